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
            main["monthTitle"] = VietnameseFormat.month(period)
            main["monthHref"] = monthLink(period)
            if let table = rankingTable(parent: archive.root, period: period,
                                        caption: "Xếp hạng \(VietnameseFormat.month(period).lowercased()) – \(archive.units[archive.root].name)") {
                main["ranking"] = table
                sample = table["sample"] != nil
            }
            if let summary = monthSummary(period) { main["summary"] = summary }
        } else {
            main["empty"] = true
        }
        return frame(title: archive.site.title, sample: sample, main: main)
    }

    func month(_ period: Period) -> [String: Any] {
        let title = VietnameseFormat.month(period)
        var main: [String: Any] = ["monthTitle": title]
        var sample = archive.monthSummaries[period]?.sample ?? false
        if let table = rankingTable(parent: archive.root, period: period,
                                    caption: "Xếp hạng \(title.lowercased()) – \(archive.units[archive.root].name)") {
            main["ranking"] = table
            sample = sample || table["sample"] != nil
        }
        if let summary = monthSummary(period) { main["summary"] = summary }
        if let s = archive.standing(archive.root, in: period) {
            main["rootScore"] = score(s.score)
            main["rootName"] = archive.units[archive.root].name
            main["rootReport"] = reportLink(archive.root, period)
            if case .average(let n) = s.source { main["rootAverage"] = Strings.average(of: n) }
        }
        main["neighbours"] = monthNeighbours(period)
        main["yearHref"] = link(.year(period.year))
        main["csvHref"] = root + OpenData.monthCSV(period)
        main["year"] = "\(period.year)"
        return frame(title: title, description: "Kết quả \(index.name) \(title.lowercased()): xếp hạng các đơn vị.",
                     breadcrumbs: [("Trang chủ", link(.home)), ("Lưu trữ", link(.archive)), ("Năm \(period.year)", link(.year(period.year))), (title, nil)],
                     sample: sample, main: main)
    }

    func year(_ year: Int) -> [String: Any] {
        let months = archive.periods.filter { $0.year == year }
        var main: [String: Any] = [
            "year": "\(year)",
            "months": months.map { ["title": VietnameseFormat.month($0), "href": monthLink($0)] },
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
                        "average": score(a.average), "months": "\(a.months)"]
            }
            tables.append(["caption": "Điểm bình quân năm \(year) – các đơn vị thuộc \(archive.units[p].name)", "rows": rows])
        }
        main["tables"] = tables
        let sample = archive.content.results.contains { $0.period.year == year && $0.sample }
        return frame(title: "Năm \(year)", description: "Kết quả \(index.name) năm \(year): các tháng và điểm bình quân của từng đơn vị.",
                     breadcrumbs: [("Trang chủ", link(.home)), ("Lưu trữ", link(.archive)), ("Năm \(year)", nil)],
                     sample: sample, main: main)
    }

    func archivePage() -> [String: Any] {
        var counts: [Period: Int] = [:]
        for r in archive.content.results { counts[r.period, default: 0] += 1 }
        let years = archive.years.reversed().map { year -> [String: Any] in
            let months = archive.periods.filter { $0.year == year }.reversed().map { p -> [String: Any] in
                ["title": VietnameseFormat.month(p), "href": monthLink(p), "count": "\(counts[p] ?? 0)"]
            }
            return ["year": "\(year)", "href": link(.year(year)), "months": Array(months)]
        }
        var main: [String: Any] = ["years": Array(years)]
        if years.isEmpty { main["empty"] = true }
        return frame(title: "Lưu trữ", description: "Mọi tháng đã công bố, mới nhất trước.",
                     breadcrumbs: [("Trang chủ", link(.home)), ("Lưu trữ", nil)], main: main)
    }
}
