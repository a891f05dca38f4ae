import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan

/// The unit tree, a unit's page and a unit's monthly report.
extension PageContext {
    /// A group below this share of its maximum is shown as needing improvement.
    static let lowShare = 70

    func unitsPage() -> Object {
        let latest = archive.latestPeriod
        func node(_ u: UnitID) -> Object {
            let unit = archive.units[u]
            var item: Object = [.name: .text(unit.name), .kind: .text(unit.kind), .href: .text(unitLink(u)),
                                .search: .text(VietnameseCollation.folded(unit.name))]
            if let code = unit.code { item[.code] = .text(code) }
            reorganisation(u, into: &item)
            if let p = latest, let s = archive.standing(u, in: p) {
                var standing: Object = [.score: .text(number(s.score)), .month: .text(t.month(p))]
                if let rank = rankText(s) { standing[.rank] = .text(rank) }
                if case .average = s.source { standing[.average] = true }
                item[.standing] = .object(standing.filled([.rank, .average]))
            }
            if let label = codeLabel(unit) { item[.codeLabel] = .text(label) }
            let kids = archive.children[u]
            if !kids.isEmpty {
                if whole || u == archive.root {
                    item[.children] = .list(kids.map(node))
                    item[.hasChildren] = true
                } else {
                    item[.count] = .text(t("units_below", ["count": "\(descendants(u))"]))
                }
            }
            return item.filled([.code, .dissolved, .hasSuccessors, .origin, .standing, .children, .hasChildren, .count])
        }
        // A large tree (a national site) is listed to the root's children, each linking to its
        // page, which lists its units; the search then reads `SitePaths.unitSearch`.
        let whole = UnitList.isWhole(archive)
        func descendants(_ u: UnitID) -> Int { archive.children[u].reduce(0) { $0 + 1 + descendants($1) } }
        var intro = t("units_intro", ["count": "\(archive.units.count)"])
        if let latest { intro += "; " + t("units_latest", ["month": t.month(latest)]) }
        let main: Object = [.tree: .list([node(archive.root)]), .intro: .text(intro + "."),
                            .unitSearch: .object(whole ? [.index: false] : unitSearchBox(offline: t("search_offline_list")))]
        return frame(title: t("nav_units"), description: t("units_description"),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_units"), nil)], main: main)
    }

    /// The unit search's box (`unit-search.mustache`) where it reads the units' list, which
    /// names their pages from its own folder; without a list it filters the tree on the page.
    /// `offline` says where to look when the list cannot be fetched.
    func unitSearchBox(offline: String) -> Object {
        [.index: .text(root + SitePaths.unitSearch), .offline: .text(offline)]
    }

    /// How a unit's code is labelled, which depends on what the code is.
    func codeLabel(_ unit: Unit) -> String? {
        switch unit.codeKind {
        case .administrative: return t("administrative_code")
        case .agency: return t("agency_code")
        case nil: return nil
        }
    }

    /// What a reorganisation did to the unit, in `item`: "Đã giải thể từ 01/07/2025; sáp nhập
    /// vào Phường Thanh Điền" (`dissolved`, `successors`), and "Thành lập từ 01/07/2025, hình
    /// thành từ Phường Hiệp Tân, Xã Thanh Điền" (`origin`, `predecessors`), each unit of this
    /// site a link, so that the old and the new pages lead to each other.
    func reorganisation(_ u: UnitID, into item: inout Object) {
        let unit = archive.units[u]
        if let dissolved = unit.dissolved {
            item[.dissolved] = .text(t("dissolved_since", ["date": t.date(dissolved)]))
            let successors = unit.successors.map { successor -> Object in
                if let id = archive.unit(successor) { return [.name: .text(archive.units[id].name), .href: .text(unitLink(id))] }
                return [.name: .text(successor), .href: false]
            }
            if !successors.isEmpty {
                item[.successors] = Self.separated(successors)
                item[.hasSuccessors] = true
                if successors.count > 1, let principal = successors.first?[.name]?.string {
                    item[.principal] = .text(t("results_continue_in", ["unit": principal]))
                }
            }
        }
        let predecessors = archive.predecessors[u]
        var origin = unit.established.map { t("established_since", ["date": t.date($0)]) }
        if !predecessors.isEmpty {
            origin = origin.map { $0 + ", " + t("formed_from") } ?? t("formed_from_start")
            item[.predecessors] = Self.separated(predecessors.map { [.name: .text(archive.units[$0].name), .href: .text(unitLink($0))] })
            item[.hasPredecessors] = true
        }
        if let origin { item[.origin] = .text(origin) }
        item = item.filled([.hasSuccessors, .principal, .hasPredecessors])
    }

    /// Links for "A, B, C": each item says whether it is the first (no comma before it).
    static func separated(_ items: [Object]) -> Value {
        .list(items.enumerated().map { i, item in
            var item = item
            item[.first] = .flag(i == 0)
            return .object(item)
        })
    }

    func unitPage(_ u: UnitID) -> Object {
        let unit = archive.units[u]
        var main: Object = [.name: .text(unit.name), .kind: .text(unit.kind)]
        if let code = unit.code, let label = codeLabel(unit) { main[.code] = .text(code); main[.codeLabel] = .text(label) }
        if !unit.profileHTML.isEmpty { main[.profile] = .text(unit.profileHTML) }
        if let p = archive.parent[u] { main[.parent] = .object([.name: .text(archive.units[p].name), .href: .text(unitLink(p))]) }
        reorganisation(u, into: &main)

        let history = archive.history(of: u)
        var sample = unit.sample
        if let latest = history.last, let s = archive.standing(u, in: latest) {
            var card: Object = [.month: .text(t.month(latest)), .score: .text(number(s.score)),
                                .total: .text(number(index.total)), .href: .text(reportLink(u, latest))]
            if let rank = displayRank(u, latest, s) { card[.rank] = .text(rank) }
            if case .average(let n) = s.source { card[.average] = .text(t("average_of", ["count": "\(n)"])) }
            if let note = ProvisionalText.note(archive, u, latest, t) { card[.provisional] = .text(note) }
            changeCells(s, into: &card)
            main[.latest] = .object(card.filled([.rank, .average, .scoreChange, .rankChange, .provisional]))
        }
        // One table per edition of the index, the latest first: two editions' groups are not
        // the same columns, and their figures not comparable. The chart draws the latest's.
        var tables: [Value] = []
        let editions = Dictionary(grouping: history) { archive.index.edition(of: $0) }
        for e in editions.keys.sorted(by: >) {
            let months = editions[e]!
            var table = inEdition(of: months[0]).historyTable(u, months, sample: &sample)
            if editions.count > 1 {
                let name = e == 0 ? archive.index.firstEditionName ?? t("edition_first") : archive.index.editions[e - 1].name
                table[.historyCaption] = .text(t("history_caption_edition", ["unit": unit.name, "edition": name]))
                table[.note] = .text(t("history_edition_note", ["edition": name]))
            }
            tables.append(.object(table.filled([.note])))
        }
        main[.tables] = .list(tables)
        let charted = history.filter { archive.index.edition(of: $0) == archive.index.edition(of: history.last!) }
        if charted.count >= 2 {
            let points = charted.map { p -> Charts.Point in
                let s = archive.standing(u, in: p)!
                return chartPoint(p, value: s.score, rank: displayRank(u, p, s), provisional: archive.isProvisional(u, in: p))
            }
            let provisionalKey = charted.contains { archive.isProvisional(u, in: $0) } ? t("chart_history_provisional") : ""
            main[.chart] = .text(Charts.line(id: "chart-history", title: t("chart_history_title", ["unit": unit.name]),
                                             description: t("chart_history_desc", ["first": t.monthPhrase(charted.first!), "last": t.monthPhrase(charted.last!)])
                                                 + provisionalKey,
                                             axisTitle: t("chart_history_axis", ["total": constants.totalText]), points: points, format: number))
        }
        if !history.isEmpty { main[.hasHistory] = true }
        if let recorded = recordedHistory(u) { main[.recorded] = .object(recorded) }
        followedDossiers(u, into: &main)
        if let tracker = commitmentTracker(u) { main[.commitments] = .object(tracker) }
        main[.jsonHref] = .text(root + SitePaths.unitJSON(unit.slug))
        main[.feedHref] = .text(root + SitePaths.unitFeed(unit.slug))
        // The latest month in which one of its units has a figure: a month of another province's
        // results alone would rank its 168 communes as 168 rows of "chưa có số liệu".
        if !archive.children[u].isEmpty, let latest = archive.periods.last(where: { archive.rankings[$0]?[u]?.ranked.isEmpty == false }),
           let table = rankingTable(parent: u, period: latest,
                                    caption: t("children_ranking_caption", ["unit": unit.name, "month": t.monthPhrase(latest)])) {
            main[.childrenRanking] = .object(table)
            if let map = childrenMap(u, latest) { main[.childrenMap] = .object(map) }
            sample = sample || table.has(.sample)
        } else if !archive.children[u].isEmpty {
            // No ranking yet (a new site, a province of a national one): its units, listed.
            main[.children] = .list(archive.children[u].map { c in [.name: .text(archive.units[c].name), .href: .text(unitLink(c))] })
            main[.hasChildren] = true
        }
        return frame(title: unit.name, description: t("unit_description", ["unit": unit.name, "index": index.name]),
                     breadcrumbs: unitCrumbs(u) + [(unit.name, nil)], sample: sample, main: main)
    }

    /// A unit's months of one edition of the index, newest first, with that edition's groups.
    /// A unit whose months are all its units' average (a province of the national site) has no
    /// group figures: its table has no group columns, 24 rows of six "—" were 6 KB.
    func historyTable(_ u: UnitID, _ months: [Period], sample: inout Bool) -> Object {
        let hasGroups = months.contains { p in
            archive.standing(u, in: p)?.resultIndex.map { !archive.content.results[$0].groups.isEmpty } ?? false
        }
        var rows: [Value] = []
        for p in months.reversed() {
            let s = archive.standing(u, in: p)!
            var row: Object = [.month: .text(t.month(p)), .monthSort: .text(p.description), .href: .text(reportLink(u, p)),
                               .score: .text(number(s.score)), .scoreSort: .text(s.score.description),
                               .groups: hasGroups ? groupCells(s) : .list([Value]())]
            if let rank = displayRank(u, p, s) { row[.rank] = .text(rank) }
            if case .average = s.source { row[.rowAverage] = .text(t("average_short")) }
            if archive.isSample(u, in: p) { row[.rowSample] = true; sample = true }
            if archive.isProvisional(u, in: p) { row[.rowProvisional] = true }
            if archive.result(u, in: p)?.draft == true { row[.rowDraft] = true }
            changeCells(s, into: &row)
            rows.append(.object(row.filled(PageContext.rowKeys)))
        }
        return [.history: .list(rows), .historyCaption: .text(t("history_caption", ["unit": archive.units[u].name])),
                .groupHeaders: hasGroups ? groupHeaders : .list([Value]()), .legend: hasGroups ? groupLegend : false]
    }

    /// A month of the history chart: "T6" on the axis ("T6/2023" where the year is said) and
    /// "hạng 7/8" above its point, never a bare "7/8" that reads as a date.
    func chartPoint(_ p: Period, value: Figure, rank: String?, provisional: Bool = false) -> Charts.Point {
        // English abbreviates a month as its name's first three letters (Jan, Feb, …).
        let values: KeyValuePairs<String, String> = ["month": "\(p.month)", "month_abbr": String(t("month_\(p.month)").prefix(3)),
                                                     "year": "\(p.year)"]
        return Charts.Point(label: t.month(p), value: value, note: rank.map { t("chart_rank", ["rank": $0]) },
                            month: t("chart_month", values), monthWithYear: t("chart_month_year", values), year: p.year,
                            provisional: provisional ? t("provisional_badge") : nil)
    }

    /// The rank a citizen should see: the portal's published one when recorded, else computed.
    func displayRank(_ u: UnitID, _ p: Period, _ s: Standing) -> String? {
        if let r = archive.result(u, in: p), let published = r.publishedRank {
            return "\(published)/\(r.publishedOf ?? s.rankedAmong)"
        }
        return rankText(s)
    }

    func report(_ u: UnitID, _ period: Period) -> Object {
        let unit = archive.units[u]
        let s = archive.standing(u, in: period)!
        let monthTitle = t.month(period)
        var main: Object = [.name: .text(unit.name), .unitHref: .text(unitLink(u)), .monthTitle: .text(monthTitle),
                            .monthHref: .text(monthLink(period)), .score: .text(number(s.score)), .total: .text(constants.totalText),
                            .rankingOfMonth: .text(constants.monthTexts[period]?.rankingOfMonth ?? t("ranking_of_month", ["month": t.monthPhrase(period)])),
                            .allMonths: .text(t("all_months_of", ["unit": unit.name]))]
        let rank = displayRank(u, period, s)
        if let rank { main[.rank] = .text(rank) }
        if let band = index.band(for: s.score) {
            main[.band] = .object([.name: .text(band.name), .note: .text(index.bandsNote ?? t("band_note_default"))])
        }
        changeCells(s, into: &main)
        provisionalCells(u, period, into: &main)
        var sample = false
        if case .average(let n) = s.source {
            main[.average] = .text(t("no_own_result", ["average": t("average_of", ["count": "\(n)"])]))
        }
        let compared = siblingComparison(u, period)
        if let compared {
            main[.comparison] = .object(comparisonContext(u, period, compared.comparison, parent: compared.parent, sample: compared.sample))
            sample = compared.sample
        }
        if let r = archive.result(u, in: period) {
            sample = sample || r.sample
            if r.draft { main[.draft] = true }
            resultCells(r, s, period, compared: compared?.comparison, into: &main)
            if let commitments = reportCommitments(u, period, r) { main[.commitments] = .object(commitments) }
            addGroupRanks(u, period, into: &main)
        }
        if !archive.children[u].isEmpty,
           let table = rankingTable(parent: u, period: period,
                                    caption: t("children_ranking_caption", ["unit": unit.name, "month": t.monthPhrase(period)])) {
            main[.childrenRanking] = .object(table)
            if let map = childrenMap(u, period) { main[.childrenMap] = .object(map) }
            sample = sample || table.has(.sample)
        }
        if let neighbours = neighbours(u, period) { main[.neighbours] = .object(neighbours) }
        main[.jsonHref] = .text(root + SitePaths.unitJSON(unit.slug))
        main[.feedHref] = .text(root + SitePaths.unitFeed(unit.slug))
        let description = t("report_description", ["unit": unit.name, "month": t.monthPhrase(period), "score": number(s.score),
                                                    "total": constants.totalText,
                                                    "rank": rank.map { t("report_rank_phrase", ["rank": $0]) } ?? ""])
        return frame(title: "\(unit.name) – \(monthTitle)", description: description,
                     breadcrumbs: unitCrumbs(u) + [(unit.name, unitLink(u)), (monthTitle, nil)], sample: sample, main: main)
    }

    /// The cells of a report that come from the unit's own result file: its groups (a table and
    /// a chart), indicators, notice text, overdue dossiers, document and source.
    private func resultCells(_ r: ResultRecord, _ s: Standing, _ period: Period, compared: SiblingComparison?, into main: inout Object) {
        if let published = r.publishedRank, let computed = s.rank,
           published != computed || (r.publishedOf.map { $0 != s.rankedAmong } ?? false) {
            main[.rankNote] = .text(t("rank_differs", ["published": "\(published)/\(r.publishedOf ?? s.rankedAmong)",
                                                       "computed": "\(computed)/\(s.rankedAmong)"]))
        }
        let toFix = groupCells(r, period, compared: compared, into: &main)
        recoverableCells(r, archive.units[archive.unit(r.unit) ?? archive.root].name, period, into: &main)
        indicatorCells(r, into: &main)
        if r.hasBody { main[.body] = .text(r.bodyHTML) }
        overdueCells(r, into: &main)
        if !toFix.isEmpty { main[.lowGroups] = .texts(toFix); main[.hasLowGroups] = true }
        if !toFix.isEmpty || !r.overdue.isEmpty { main[.attention] = true }
        if let d = r.document {
            var doc = Object()
            if let n = d.number { doc[.number] = .text(t("document_number", ["number": n])) }
            if let date = d.date { doc[.date] = .text(t("document_date", ["date": t.date(date)])) }
            if let signer = d.signer { doc[.signer] = .text(signer) }
            if let title = d.title { doc[.title] = .text(title) }
            if doc.has(.number) || doc.has(.date) { doc[.hasDocument] = true }
            if !doc.isEmpty { main[.document] = .object(doc.filled([.number, .date, .signer, .title, .hasDocument])) }
        }
        if let asOf = r.asOf { main[.asOf] = .text(t.timestamp(asOf)) }
        if let source = r.source { main[.source] = .text(source) }
        if let note = r.note { main[.note] = .text(note) }
    }

    /// The indicators the result gives, each with its value and which way is good; those it
    /// does not give are named in one line ("không công bố: …") rather than as empty rows.
    private func indicatorCells(_ r: ResultRecord, into main: inout Object) {
        let indicators = r.indicators
        guard !indicators.isEmpty else { return }
        main[.indicators] = .list(index.indicators.compactMap { i -> Object? in
            guard let v = indicators[i.key] else { return nil }
            return [.name: .text(i.name), .value: .text(number(v)), .unit: .text(i.unit),
                    .better: .text(i.better == .higher ? constants.higherBetter : constants.lowerBetter)]
        })
        let unpublished = index.indicators.filter { indicators[$0.key] == nil }.map(\.name)
        main[.unpublished] = unpublished.isEmpty ? false : .text(t("indicators_not_published", ["names": unpublished.joined(separator: "; ")]))
        main[.showIndicators] = true
    }

    /// The result's groups as rows and as a chart, each bar marked with the siblings' median
    /// when there is one; what a group scored too low says (the "to fix" list).
    private func groupCells(_ r: ResultRecord, _ period: Period, compared: SiblingComparison?, into main: inout Object) -> [String] {
        var toFix: [String] = []
        var bars: [Charts.Bar] = []
        let groups = r.groups, computed = r.computedGroups
        main[.groups] = .list(index.groups.indices.map { gi -> Object in
            let g = index.groups[gi]
            let maxText = groupMaxTexts[gi]
            // rows[0] is the total.
            let median = compared.flatMap { $0.rows[gi + 1].median }.map { Charts.Marker(value: $0, text: t("chart_median", ["value": number($0)])) }
            var row: Object = [.name: .text(g.name), .max: .text(maxText), .computed: .flag(computed.contains(g.key))]
            if let v = groups[g.key] {
                let valueText = number(v)
                row[.value] = .text(valueText)
                let percent = g.max.units > 0 ? Int((v.units * 100 + g.max.units / 2) / g.max.units) : 0
                row[.percent] = .text("\(percent)")
                if percent < PageContext.lowShare {
                    row[.low] = true
                    toFix.append(t("to_fix_low_group", ["group": g.name, "value": valueText, "max": maxText, "percent": "\(percent)"]))
                }
                bars.append(Charts.Bar(label: g.name, value: v, max: g.max, valueText: valueText + "/" + maxText,
                                       highlight: percent < PageContext.lowShare, marker: median))
            } else {
                row[.missing] = true
                bars.append(Charts.Bar(label: g.name, value: nil, max: g.max, valueText: "—/\(maxText): \(t("not_published"))",
                                       highlight: false, marker: median))
            }
            return row.filled([.value, .missing, .percent, .low])
        })
        main[.groupsChart] = .text(Charts.bars(id: "chart-groups",
                                               title: constants.monthTexts[period]?.groupsChartTitle ?? t("chart_groups_title", ["month": t.monthPhrase(period)]),
                                               description: constants.groupsChartDescription
                                                   + (bars.contains { $0.marker != nil } ? " " + t("chart_groups_desc_median") : ""),
                                               bars: bars,
                                               scale: index.groups.map(\.max).max() ?? index.total, track: true))
        return toFix
    }

    /// The unit's reports of the months before and after this one, when it has them.
    private func neighbours(_ u: UnitID, _ period: Period) -> Object? {
        let history = archive.history(of: u)
        guard let i = history.firstIndex(of: period) else { return nil }
        var neighbours: Object = [.previous: false, .next: false]
        if i > 0 { neighbours[.previous] = .object([.title: .text(t.month(history[i - 1])), .href: .text(reportLink(u, history[i - 1]))]) }
        if i + 1 < history.count { neighbours[.next] = .object([.title: .text(t.month(history[i + 1])), .href: .text(reportLink(u, history[i + 1]))]) }
        return neighbours
    }
}
