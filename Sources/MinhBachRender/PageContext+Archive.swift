import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan

/// Home, month, year and archive pages.
extension PageContext {
    func home() -> [String: Any] {
        var main: [String: Any] = [:]
        var sample = false
        if let period = archive.latestPeriod {
            main["monthTitle"] = t.month(period)
            main["monthHref"] = monthLink(period)
            if let table = rankingTable(parent: archive.root, period: period,
                                        caption: t("ranking_caption", ["month": t.monthPhrase(period), "unit": rootName]), chart: true) {
                main["ranking"] = table
                sample = table["sample"] != nil
            }
            if let summary = monthSummary(period) {
                main["summary"] = summary
                if let asOf = summary["asOf"] as? String { main["updated"] = t("data_updated_to", ["time": asOf]) }
            }
        } else {
            main["empty"] = true
        }
        return frame(title: archive.site.title, sample: sample, main: main)
    }

    func month(_ period: Period) -> [String: Any] {
        let title = t.month(period)
        var main: [String: Any] = ["monthTitle": title]
        var sample = archive.monthSummaries[period]?.sample ?? false
        if let table = rankingTable(parent: archive.root, period: period,
                                    caption: t("ranking_caption", ["month": t.monthPhrase(period), "unit": rootName]), chart: true) {
            main["ranking"] = table
            sample = sample || table["sample"] != nil
        }
        if let summary = monthSummary(period) { main["summary"] = summary }
        if let s = archive.standing(archive.root, in: period) {
            main["rootScore"] = number(s.score)
            main["rootName"] = rootName
            main["rootReport"] = reportLink(archive.root, period)
            if case .average(let n) = s.source { main["rootAverage"] = t("average_of", ["count": "\(n)"]) }
        }
        main["neighbours"] = monthNeighbours(period)
        main["yearHref"] = link(.year(period.year))
        main["yearTitle"] = t("year_title", ["year": "\(period.year)"])
        main["csvHref"] = root + OpenData.monthCSV(period)
        return frame(title: title, description: t("month_description", ["index": index.name, "month": t.monthPhrase(period)]),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_archive"), link(.archive)),
                                   (t("year_title", ["year": "\(period.year)"]), link(.year(period.year))), (title, nil)],
                     sample: sample, main: main)
    }

    func year(_ year: Int) -> [String: Any] {
        let months = archive.periods.filter { $0.year == year }
        let yearTitle = t("year_title", ["year": "\(year)"])
        var main: [String: Any] = [
            "yearTitle": yearTitle,
            "months": months.map { ["title": t.month($0), "href": monthLink($0)] },
        ]
        let averages = archive.yearAverages[year] ?? []
        var byParent: [Int: [YearAverage]] = [:]
        for a in averages { if let p = archive.parent[a.unit] { byParent[p, default: []].append(a) } }
        var tables: [[String: Any]] = []
        for p in archive.units.indices {
            guard let list = byParent[p] else { continue }
            var rank = 0
            var previous: Figure?
            let rows = list.enumerated().map { i, a -> [String: Any] in
                if a.average != previous { rank = i + 1; previous = a.average }
                return ["rank": "\(rank)", "name": archive.units[a.unit].name, "href": unitLink(a.unit),
                        "average": number(a.average), "averageSort": a.average.description, "months": "\(a.months)"]
            }
            tables.append(["caption": t("year_average_caption", ["year": "\(year)", "unit": archive.units[p].name]), "rows": rows])
        }
        main["tables"] = tables
        let sample = archive.content.results.contains { $0.period.year == year && $0.sample }
        return frame(title: yearTitle, description: t("year_description", ["index": index.name, "year": "\(year)"]),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_archive"), link(.archive)), (yearTitle, nil)],
                     sample: sample, main: main)
    }

    func archivePage() -> [String: Any] {
        var counts: [Period: Int] = [:]
        for r in archive.content.results { counts[r.period, default: 0] += 1 }
        let years = archive.years.reversed().map { year -> [String: Any] in
            let months = archive.periods.filter { $0.year == year }.reversed().map { p -> [String: Any] in
                ["title": t.month(p), "href": monthLink(p), "count": t("results_count", ["count": "\(counts[p] ?? 0)"])]
            }
            return ["yearTitle": t("year_title", ["year": "\(year)"]), "href": link(.year(year)), "months": Array(months)]
        }
        var main: [String: Any] = ["years": Array(years)]
        if years.isEmpty { main["empty"] = true }
        return frame(title: t("nav_archive"), description: t("archive_description"),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_archive"), nil)], main: main)
    }
}
