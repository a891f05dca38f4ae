import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan

/// Home, month, year and archive pages.
extension PageContext {
    /// The most units below the root whose bars the home page draws.
    static let homeChartLimit = 12

    func home() -> Object {
        var main = Object()
        var sample = false
        if let period = archive.latestPeriod {
            main[.monthTitle] = .text(t.month(period))
            main[.monthHref] = .text(monthLink(period))
            // The home page of a site with many units below the root (34 provinces) leads with the
            // search and the table: 34 nearly equal bars say less; the month's page keeps them.
            let chart = archive.children[archive.root].count <= Self.homeChartLimit
            if let table = rankingTable(parent: archive.root, period: period,
                                        caption: t("ranking_caption", ["month": t.monthPhrase(period), "unit": rootName]), chart: chart) {
                main[.ranking] = .object(table)
                sample = table.has(.sample)
            }
            if let summary = monthSummary(period) {
                main[.summary] = .object(summary)
                if let asOf = summary[.asOf]?.string { main[.updated] = .text(t("data_updated_to", ["time": asOf])) }
            }
            if archive.rankings[period]?[archive.root].map({ ProvisionalText.rankingNote(archive, $0, t) != nil }) ?? false {
                main[.provisional] = .text(t("provisional_badge"))
            }
        } else {
            main[.empty] = true
        }
        if UnitList.isSearched(archive) {
            main[.unitSearch] = .object(unitSearchBox(offline: t("search_offline_home", ["units": t("nav_units")])))
        }
        return frame(title: archive.site.title, sample: sample, main: main)
    }

    func month(_ period: Period) -> Object {
        let title = t.month(period)
        var main: Object = [.monthTitle: .text(title)]
        var sample = archive.monthSummaries[period]?.sample ?? false
        if let table = rankingTable(parent: archive.root, period: period,
                                    caption: t("ranking_caption", ["month": t.monthPhrase(period), "unit": rootName]), chart: true) {
            main[.ranking] = .object(table)
            sample = sample || table.has(.sample)
        }
        if let summary = monthSummary(period) { main[.summary] = .object(summary) }
        main[.childrenMap] = childrenMap(archive.root, period).map(Value.object) ?? false
        if let top = monthTop(period) { main[.monthTop] = .text(top) }
        if let s = archive.standing(archive.root, in: period) {
            main[.rootScore] = .text(number(s.score))
            main[.rootName] = .text(rootName)
            main[.rootReport] = .text(reportLink(archive.root, period))
            if case .average(let n) = s.source { main[.rootAverage] = .text(t("average_of", ["count": "\(n)"])) }
        }
        main[.neighbours] = .object(monthNeighbours(period))
        main[.yearHref] = .text(link(.year(period.year)))
        main[.yearTitle] = .text(t("year_title", ["year": "\(period.year)"]))
        main[.csvHref] = .text(root + (archive.span.map(SitePaths.recordedCSV) ?? SitePaths.monthCSV(period)))
        main[.downloadLabel] = .text(t(archive.span == nil ? "month_download" : "recorded_download"))
        return frame(title: title, description: t("month_description", ["index": index.name, "month": t.monthPhrase(period)]),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_archive"), link(.archive)),
                                   (t("year_title", ["year": "\(period.year)"]), link(.year(period.year))), (title, nil)],
                     sample: sample, main: main)
    }

    /// "Đứng đầu: Phường Long Hoa, 88,45 điểm.", said under the month's title so that a phone
    /// shows it on its first screen above the editor's text; only for a complete month, as a
    /// rank among some of the units is not the month's ranking.
    func monthTop(_ period: Period) -> String? {
        guard let ranking = archive.rankings[period]?[archive.root], ranking.isComplete else { return nil }
        let first = ranking.ranked.filter { archive.standing($0, in: period)?.shownRank?.rank == 1 }
        guard let score = first.first.flatMap({ archive.standing($0, in: period)?.score }) else { return nil }
        return t("month_top", ["units": first.map { archive.units[$0].name }.joined(separator: ", "), "score": number(score)])
    }

    /// A year: its months and its yearly averages, a table per parent. On a site too large
    /// to list them all (`UnitList.isWhole`), the root's units only, each parent's units on
    /// its own page (`unitYear`), linked from here.
    func year(_ year: Int) -> Object {
        let months = archive.periods.filter { $0.year == year }
        let yearTitle = t("year_title", ["year": "\(year)"])
        var main: Object = [
            .yearTitle: .text(yearTitle), .hasMonths: true,
            .months: .list(months.map { p -> Object in
                var month: Object = [.title: .text(t.month(p)), .href: .text(monthLink(p))]
                if let partial = monthPartialText(p) { month[.partial] = .text(partial) }
                return month.filled([.partial])
            }),
        ]
        let byParent = yearAveragesByParent(year)
        let whole = UnitList.isWhole(archive)
        let links = recordedLinks(in: year)
        if !links.isEmpty { main[.periods] = .object([.rows: .list(links)]) }
        var recordedSample = false
        if let ranking = recordedYearRanking(year) {
            // The portal's own figure for the year: no average of the months beside it.
            main[.recordedYear] = .object(ranking)
            recordedSample = ranking.has(.sample)
        } else {
            main[.tables] = .list(archive.unitIDs.compactMap { p in
                guard whole || p == archive.root, let list = byParent[p] else { return nil }
                return yearTable(parent: p, year: year, list)
            })
        }
        if !whole && !main.has(.recordedYear) {
            let parents = archive.unitIDs.filter { $0 != archive.root && byParent[$0] != nil }
            main[.parents] = .list(parents.map { [.name: .text(archive.units[$0].name), .href: .text(link(.unitYear(unit: $0, year: year)))] })
            main[.hasParents] = true
        }
        main = main.filled([.hasParents])
        let sample = recordedSample || archive.content.results.contains { $0.period.year == year && $0.sample }
        return frame(title: yearTitle, description: t("year_description", ["index": index.name, "year": "\(year)"]),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_archive"), link(.archive)), (yearTitle, nil)],
                     sample: sample, main: main)
    }

    /// The yearly averages of one parent's units, on a large site.
    func unitYear(_ u: UnitID, _ year: Int) -> Object {
        let yearTitle = t("year_title", ["year": "\(year)"])
        let title = t("year_average_caption", ["year": "\(year)", "unit": archive.units[u].name])
        let list = yearAveragesByParent(year)[u] ?? []
        let main: Object = [.yearTitle: .text(title), .tables: .list([yearTable(parent: u, year: year, list)]),
                            .hasParents: false, .hasMonths: false]
        let units = archive.children[u]
        let sample = archive.content.results.contains { r in r.period.year == year && r.sample && units.contains { archive.units[$0].slug == r.unit } }
        return frame(title: title, description: t("year_description", ["index": index.name, "year": "\(year)"]),
                     breadcrumbs: unitCrumbs(u) + [(archive.units[u].name, unitLink(u)), (yearTitle, nil)], sample: sample, main: main)
    }

    private func yearAveragesByParent(_ year: Int) -> [UnitID: [YearAverage]] {
        var byParent: [UnitID: [YearAverage]] = [:]
        for a in archive.yearAverages[year] ?? [] { if let p = archive.parent[a.unit] { byParent[p, default: []].append(a) } }
        return byParent
    }

    private func yearTable(parent p: UnitID, year: Int, _ list: [YearAverage]) -> Object {
        var rank = 0
        var previous: Figure?
        let rows = list.enumerated().map { i, a -> Object in
            if a.average != previous { rank = i + 1; previous = a.average }
            return [.rank: .text("\(rank)"), .name: .text(archive.units[a.unit].name), .href: .text(unitLink(a.unit)),
                    .average: .text(number(a.average)), .averageSort: .text(a.average.description), .months: .text("\(a.months)")]
        }
        return [.caption: .text(t("year_average_caption", ["year": "\(year)", "unit": archive.units[p].name])), .rows: .list(rows)]
    }

    /// "chưa đủ số liệu: 7/8 đơn vị có số liệu" for a month in which some unit expected has
    /// no figures; nil for a complete month.
    func monthPartialText(_ period: Period) -> String? {
        guard let coverage = archive.coverage(in: period), !coverage.isComplete else { return nil }
        return t("month_partial", ["count": "\(coverage.withData)", "expected": "\(coverage.expected)"])
    }

    func archivePage() -> Object {
        var counts: [Period: Int] = [:]
        for r in archive.content.results { counts[r.period, default: 0] += 1 }
        let years = archive.years.reversed().map { year -> Object in
            let months = archive.periods.filter { $0.year == year }.reversed().map { p -> Object in
                [.title: .text(t.month(p)), .href: .text(monthLink(p)),
                 .count: .text(monthPartialText(p) ?? t("results_count", ["count": "\(counts[p] ?? 0)"]))]
            }
            // The recorded periods after the months, newest first too; a recorded year is its year's page.
            let periods = archive.recordedPeriods(in: year).reversed().map { span -> Object in
                let sub = archive.recorded[span]!
                let partial = sub.coverage(in: span.first).flatMap { $0.isComplete ? nil : $0 }.map {
                    t("month_partial", ["count": "\($0.withData)", "expected": "\($0.expected)"])
                }
                return [.title: .text(t.period(span)), .href: .text(link(span.kind == .year ? .year(year) : .recorded(span))),
                        .count: .text(partial ?? t("results_count", ["count": "\(sub.content.results.count)"]))]
            }
            var entry: Object = [.yearTitle: .text(t("year_title", ["year": "\(year)"])), .href: .text(link(.year(year))),
                                 .months: .list(Array(months))]
            if !periods.isEmpty { entry[.periods] = .list(Array(periods)) }
            return entry
        }
        var main: Object = [.years: .list(Array(years))]
        if years.isEmpty { main[.empty] = true }
        return frame(title: t("nav_archive"), description: t("archive_description"),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_archive"), nil)], main: main)
    }
}
