import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan

/// Builds the `Object` a template renders for one page.
///
/// A key whose value would be nil is left out, so `{{#key}}` sections test presence; rows
/// fill the optional keys they test with `false` (see `Object.filled`).
struct PageContext {
    let archive: Archive
    let spec: PageSpec
    let extras: PublishedExtras
    let constants: PageConstants
    let t: Translations
    /// "../../" from this page back to the site root; empty at the root.
    let root: String
    let depth: Int

    init(archive: Archive, spec: PageSpec, extras: PublishedExtras, constants: PageConstants) {
        self.archive = archive
        self.spec = spec
        self.extras = extras
        self.constants = constants
        self.t = extras.translations
        let month = PageContext.month(of: spec.kind, in: archive)
        if case .indexGroup(let key) = spec.kind, let found = archive.index.latestEdition(with: key) {
            // A group's page: the latest edition that has the group.
            (index, edition) = found
        } else {
            index = month.map { archive.index.inForce($0) } ?? archive.index
            edition = month.map { archive.index.edition(of: $0) } ?? 0
        }
        depth = spec.path.utf8.count { $0 == UInt8(ascii: "/") }
        self.root = String(repeating: "../", count: depth)
    }

    /// The index in force on this page: its month's edition, or the latest month's where the
    /// page is not about one month (a unit's page, the index's pages); and that edition's number.
    private(set) var index: IndexDefinition
    private(set) var edition: Int
    var groupMaxTexts: [String] { constants.groupMaxTexts[edition] }

    /// This page's context as it reads the edition of the index in force in `period`: for the
    /// months of an earlier edition on a unit's page.
    func inEdition(of period: Period) -> PageContext {
        var other = self
        other.index = archive.index.inForce(period)
        other.edition = archive.index.edition(of: period)
        return other
    }

    /// The month a page is about, whose edition of the index it shows.
    static func month(of kind: PageKind, in archive: Archive) -> Period? {
        switch kind {
        case .report(_, let p), .month(let p), .rankingPart(_, let p, _): return p
        default: return archive.latestPeriod
        }
    }
    var rootName: String { archive.units[archive.root].name }

    // MARK: links (relative, ending in index.html so they work from the file system too)

    func link(_ kind: PageKind) -> String { root + SitePaths.folder(for: kind, archive: archive) + SitePaths.pageFile }
    func unitLink(_ u: UnitID) -> String { link(.unit(u)) }
    func reportLink(_ u: UnitID, _ p: Period) -> String { link(.report(unit: u, period: p)) }
    func monthLink(_ p: Period) -> String { link(.month(p)) }

    // MARK: formatting

    func number(_ f: Figure) -> String { t.number(f) }

    /// The page frame shared by every template: site, navigation, breadcrumbs, metadata.
    func frame(title: String, description: String? = nil, breadcrumbs: [(String, String?)] = [],
               sample: Bool = false, main: Object) -> Object {
        let site = archive.site
        var context = main
        context.reserveCapacity(context.keys.count + 16)
        context[.template] = .text(spec.template)
        context[.lang] = .text(site.language)
        context[.root] = .text(root)
        context[.siteTitle] = .text(site.title)
        context[.authority] = .text(site.authority)
        context[.title] = .text(title)
        let fullTitle = spec.kind == .home ? site.title : "\(title) – \(site.title)"
        context[.fullTitle] = .text(fullTitle)
        let pageDescription = description ?? constants.defaultDescription
        context[.description] = .text(pageDescription)
        context[.siteFeed] = .text(root + SitePaths.siteFeed)
        context[.footerBasis] = .text(constants.footerBasis)
        if let address = extras.address, spec.kind != .notFound {
            let url = address.absolute(SitePaths.folder(for: spec.kind, archive: archive))
            context[.meta] = .object([.canonical: .text(url), .ogTitle: .text(fullTitle), .ogDescription: .text(pageDescription),
                                      .locale: .text(constants.locale)])
        }
        context[.nav] = navigation
        if !breadcrumbs.isEmpty {
            context[.hasBreadcrumbs] = true
            context[.breadcrumbs] = .list(breadcrumbs.enumerated().map { i, crumb -> Object in
                var item: Object = [.title: .text(crumb.0)]
                if let href = crumb.1 { item[.href] = .text(href) }
                if i == breadcrumbs.count - 1 { item[.current] = true }
                return item.filled([.href, .current])
            })
        }
        if sample { context[.sample] = true }
        return context
    }

    /// The navigation list, with the entry of this page's section marked current.
    private var navigation: Value {
        let current = constants.nav.firstIndex { entry in
            entry.kind == spec.kind || (entry.kind == .units && isUnitPage) || (entry.kind == .archive && isArchivePage)
        } ?? -1
        if depth < PageConstants.navDepths { return constants.navLists[depth][current + 1] }
        return .list(constants.nav.indices.map { i in
            .object([.title: .text(constants.nav[i].title), .href: .text(root + constants.nav[i].folder + "index.html"),
                     .current: .flag(i == current)])
        })
    }

    private var isUnitPage: Bool {
        switch spec.kind { case .unit, .report, .recordedReport: return true; default: return false }
    }

    private var isArchivePage: Bool {
        switch spec.kind { case .month, .year, .recorded: return true; default: return false }
    }

    func unitCrumbs(_ u: UnitID) -> [(String, String?)] {
        [(t("nav_home"), link(.home)), (t("nav_units"), link(.units))] + archive.ancestors(of: u).map { (archive.units[$0].name, unitLink($0)) }
    }

    // MARK: shared pieces

    /// Column headers for the index's groups: name, short name (false when it has none) and maximum.
    var groupHeaders: Value {
        .list(index.groups.indices.map { i in
            [.name: .text(index.groups[i].name), .short: index.groups[i].short.map(Value.text) ?? false,
             .max: .text(groupMaxTexts[i]), .key: .text(index.groups[i].key)] as Object
        })
    }

    /// The full names of the groups whose columns are headed by a short one, for under a wide
    /// table (a heading's title is out of reach on a touch screen); false when none has one.
    var groupLegend: Value {
        let named = index.groups.compactMap { g in g.short.map { t("group_legend_item", ["short": $0, "name": g.name]) } }
        return named.isEmpty ? false : .text(t("group_legend", ["groups": named.joined(separator: "; ")]))
    }

    /// One cell per group of the index: the points, or "—" when not published.
    func groupCells(_ standing: Standing) -> Value {
        guard let r = standing.resultIndex.map({ archive.content.results[$0] }) else {
            return .list(index.groups.map { _ in [.value: "—", .missing: true, .sort: ""] as Object })
        }
        let groups = r.groups
        return .list(index.groups.map { g -> Object in
            if let v = groups[g.key] { return [.value: .text(number(v)), .missing: false, .sort: .text(v.description)] }
            return [.value: "—", .missing: true, .sort: ""]
        })
    }

    func changeCells(_ s: Standing, into row: inout Object) {
        if let d = s.scoreChange {
            row[.scoreChange] = .text(t.change(d))
            let value = number(d.magnitude)
            row[.scoreChangeLabel] = .text(d.units > 0 ? t("score_up", ["value": value]) : d.units < 0 ? t("score_down", ["value": value]) : t("score_same"))
            row[.scoreChangeSort] = .text(d.description)
            row[d.units > 0 ? .scoreUp : d.units < 0 ? .scoreDown : .scoreSame] = true
        }
        if let d = s.rankChange {
            row[.rankChange] = .text(d > 0 ? "▲ \(d)" : d < 0 ? "▼ \(-d)" : "=")
            row[.rankChangeLabel] = .text(d == 1 ? t("rank_up_one") : d == -1 ? t("rank_down_one")
                                          : d > 0 ? t("rank_up", ["value": "\(d)"]) : d < 0 ? t("rank_down", ["value": "\(-d)"]) : t("rank_same"))
            row[d > 0 ? .rankUp : d < 0 ? .rankDown : .rankSame] = true
        }
    }

    /// A parent's children ranked in `period`, as the ranking table partial renders it, with
    /// a bar chart of the same totals. In an incomplete month the table says so (caption and
    /// notice), and its rank column holds published ranks only ("6/8", for it lists fewer rows
    /// than 8) and "—" for the others. A long ranking shows the rows of `part` alone, with
    /// links to its other parts (`RankingParts`), and no chart: 168 bars of which 50 are
    /// drawn would mislead, and all of them would not fit the page.
    func rankingTable(parent: UnitID, period: Period, caption: String, chart: Bool = false, part: Int = 1) -> Object? {
        guard let ranking = archive.rankings[period]?[parent] else { return nil }
        let complete = ranking.isComplete
        let parts = RankingParts.count(ranking)
        let drawn = chart && parts == 1
        var sample = false
        let shown = RankingParts.rows(of: part, in: ranking)
        var rows: [Value] = []
        rows.reserveCapacity(shown.count)
        var bars: [Charts.Bar] = []
        for position in shown {
            guard position < ranking.ranked.count else {
                let u = ranking.withoutData[position - ranking.ranked.count]
                let row: Object = [.name: .text(archive.units[u].name), .href: .text(unitLink(u)), .noData: .text(t("no_data"))]
                rows.append(.object(row.filled(PageContext.rowKeys)))
                continue
            }
            let u = ranking.ranked[position]
            let s = archive.standing(u, in: period)!
            rows.append(.object(rankingRow(u, s, period, complete: complete, sample: &sample)))
            if drawn {
                // A bar is labelled with its rank only where the rank is the month's ranking.
                let label = complete ? s.shownRank.map { "\($0.rank). " } ?? "" : ""
                bars.append(Charts.Bar(label: label + archive.units[u].name, value: s.score, max: index.total,
                                       valueText: number(s.score), highlight: false))
            }
        }
        let count = "\(ranking.withData)", expected = "\(ranking.expected)"
        var table: Object = [
            .caption: .text(complete ? caption : t("ranking_caption_partial", ["caption": caption, "count": count, "expected": expected])),
            .groupHeaders: groupHeaders, .legend: groupLegend, .rows: .list(rows),
            .note: .text(t("ranking_note", ["ranked": "\(ranking.withData)", "members": "\(ranking.expected)"])),
        ]
        // Always set, so that a complete table inside a page never finds a page-wide key.
        table[.partial] = false
        if !complete {
            let anyPublished = ranking.ranked.contains { archive.standing($0, in: period)!.publishedRank != nil }
            table[.partial] = .text(t("partial_month", ["count": count, "expected": expected]) + " "
                                    + t(periodKey(anyPublished ? "partial_rank_published" : "partial_rank_none"), ["expected": expected]))
        }
        // No change across a new edition of the index (`Archive.withMonthBefore`).
        table[.hasChange] = .flag(archive.periods.contains(period.previous)
                                  && archive.index.edition(of: period.previous) == archive.index.edition(of: period))
        if sample { table[.sample] = true }
        table[.provisionalNote] = ProvisionalText.rankingNote(archive, ranking, t).map(Value.text) ?? false
        table[.chart] = false
        if drawn && !bars.isEmpty {
            let description = complete ? t("chart_month_desc", ["count": "\(bars.count)"]) : t(periodKey("chart_month_desc_partial"), ["count": count, "expected": expected])
            table[.chart] = .text(Charts.bars(id: "chart-month", title: t("chart_month_title", ["month": t.monthPhrase(period)]),
                                              description: description, bars: bars, scale: index.total, track: false))
        }
        table[.parts] = parts > 1 ? .object(rankingParts(parent, period, ranking, count: parts, current: part)) : false
        return table
    }

    /// One ranked unit's row.
    private func rankingRow(_ u: UnitID, _ s: Standing, _ period: Period, complete: Bool, sample: inout Bool) -> Object {
        var row: Object = [
            .name: .text(archive.units[u].name), .href: .text(unitLink(u)),
            .report: .text(reportLink(u, period)), .score: .text(number(s.score)), .scoreSort: .text(s.score.description),
            .groups: groupCells(s), .rankSort: "",
        ]
        if let shown = s.shownRank {
            row[.rank] = .text(complete ? "\(shown.rank)" : "\(shown.rank)/\(shown.of)")
            row[.rankSort] = .text("\(shown.rank)")
        }
        if case .average(let n) = s.source { row[.rowAverage] = .text(t("average_of", ["count": "\(n)"])) }
        if let r = s.resultIndex.map({ archive.content.results[$0] }) {
            if r.sample { row[.rowSample] = true; sample = true }
            if r.draft { row[.rowDraft] = true }
        }
        if archive.isProvisional(u, in: period) { row[.rowProvisional] = true }
        changeCells(s, into: &row)
        return row.filled(PageContext.rowKeys)
    }

    /// The links between a long ranking's parts, "1–50 · 51–100 · …", the current one marked,
    /// and what the split means for sorting and where every row is in one file.
    func rankingParts(_ parent: UnitID, _ period: Period, _ ranking: Ranking, count: Int, current: Int) -> Object {
        let links: [Value] = (1...count).map { part in
            let rows = RankingParts.rows(of: part, in: ranking)
            return .object([.title: .text("\(rows.lowerBound + 1)–\(rows.upperBound)"),
                            .href: .text(link(.rankingPart(parent: parent, period: period, part: part))),
                            .current: .flag(part == current)])
        }
        let total = ranking.ranked.count + ranking.withoutData.count
        return [.partLinks: .list(links), .csvHref: .text(root + SitePaths.monthCSV(period)),
                .note: .text(t("ranking_parts_note", ["count": "\(total)", "parts": "\(count)", "size": "\(RankingParts.rowsPerPart)"]))]
    }

    /// A text's key on the pages of a recorded quarter, half-year or year, whose wording says
    /// "kỳ" (the period) where a month's says "tháng": `key_span`, beside `key` in the i18n files.
    func periodKey(_ key: String) -> String { archive.span == nil ? key : key + "_span" }

    /// What a page about one unit's month says when its siblings' month is incomplete: how
    /// many have figures, and whether the rank shown is the portal's or none.
    func monthPartialNote(_ s: Standing, _ period: Period) -> String? {
        guard !s.isComplete else { return nil }
        return t(s.shownRank == nil ? periodKey("report_partial_none") : "report_partial_published",
                 ["month": t.month(period), "count": "\(s.withData)", "expected": "\(s.expected)"])
    }

    func monthSummary(_ period: Period) -> Object? {
        guard let m = archive.monthSummaries[period] else { return nil }
        var summary = Object()
        if let asOf = m.asOf { summary[.asOf] = .text(t.timestamp(asOf)) }
        if let note = m.note { summary[.note] = .text(note) }
        if !m.bodyHTML.isEmpty { summary[.body] = .text(m.bodyHTML) }
        return summary.isEmpty ? nil : summary.filled([.asOf, .note, .body])
    }

    func monthNeighbours(_ period: Period) -> Object {
        var result: Object = [.previous: false, .next: false]
        guard let i = archive.periods.firstIndex(of: period) else { return result }
        if i > 0 {
            let p = archive.periods[i - 1]
            result[.previous] = .object([.title: .text(t.month(p)), .href: .text(monthLink(p))])
        }
        if i + 1 < archive.periods.count {
            let p = archive.periods[i + 1]
            result[.next] = .object([.title: .text(t.month(p)), .href: .text(monthLink(p))])
        }
        return result
    }

    static let rowKeys: [Key] = [.rank, .report, .score, .scoreSort, .rowAverage, .rowSample, .rowProvisional, .rowDraft, .scoreChange, .scoreChangeLabel,
                                 .scoreChangeSort, .scoreUp, .scoreDown, .scoreSame, .rankChange, .rankChangeLabel, .rankUp,
                                 .rankDown, .rankSame, .noData, .groups, .href, .month]

    /// The rank a page shows, "7/8": the published one, else the computed one of a complete
    /// month; nil for the root (no siblings) and in an incomplete month without a published rank.
    func rankText(_ s: Standing) -> String? { s.shownRank.map { "\($0.rank)/\($0.of)" } }
}
