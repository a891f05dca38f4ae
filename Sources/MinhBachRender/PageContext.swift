import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan

/// Builds the dictionary a template renders for one page. Templates get plain dictionaries
/// and arrays, never structs: the renderer reads them with plain casts.
///
/// A key whose value would be nil is left out, so `{{#key}}` sections test presence; rows
/// fill the optional keys they test with `false` (see `filled`).
struct PageContext {
    let archive: Archive
    let spec: PageSpec
    let extras: PublishedExtras
    let t: Translations
    /// "../../" from this page back to the site root; empty at the root.
    let root: String

    init(archive: Archive, spec: PageSpec, extras: PublishedExtras) {
        self.archive = archive
        self.spec = spec
        self.extras = extras
        self.t = extras.translations
        let depth = spec.path.split(separator: "/").count - 1
        self.root = String(repeating: "../", count: depth)
    }

    var index: IndexDefinition { archive.index }
    var rootName: String { archive.units[archive.root].name }

    // MARK: links (relative, ending in index.html so they work from the file system too)

    func link(_ kind: PageKind) -> String { root + PagePlan.folder(for: kind, archive: archive) + "index.html" }
    func unitLink(_ u: Int) -> String { link(.unit(u)) }
    func reportLink(_ u: Int, _ p: Period) -> String { link(.report(unit: u, period: p)) }
    func monthLink(_ p: Period) -> String { link(.month(p)) }

    // MARK: formatting

    func number(_ f: Figure) -> String { t.number(f) }

    /// The page frame shared by every template: site, navigation, breadcrumbs, metadata.
    func frame(title: String, description: String? = nil, breadcrumbs: [(String, String?)] = [],
               sample: Bool = false, main: [String: Any]) -> [String: Any] {
        let site = archive.site
        var nav: [[String: Any]] = [
            navItem(t("nav_home"), .home), navItem(t("nav_archive"), .archive), navItem(t("nav_units"), .units),
            navItem(t("nav_index"), .indexOverview), navItem(t("nav_data"), .openData),
        ]
        let menuPages = archive.content.pages.indices
            .filter { archive.content.pages[$0].menu != nil }
            .sorted { (archive.content.pages[$0].menu!, archive.content.pages[$0].slug) < (archive.content.pages[$1].menu!, archive.content.pages[$1].slug) }
        nav += menuPages.map { navItem(archive.content.pages[$0].title, .freePage($0)) }
        var context = main
        context["i18n"] = t.strings
        context["template"] = spec.template
        context["lang"] = site.language
        context["root"] = root
        context["siteTitle"] = site.title
        context["authority"] = site.authority
        context["title"] = title
        context["fullTitle"] = spec.kind == .home ? site.title : "\(title) – \(site.title)"
        let pageDescription = description ?? site.description ?? t("default_description", ["index": index.name, "authority": site.authority])
        context["description"] = pageDescription
        context["siteFeed"] = root + Feeds.siteFeed
        context["footerBasis"] = t("footer_basis", ["index": index.name, "basis": index.basis.map { " (\($0))" } ?? ""])
        if let address = extras.address, spec.kind != .notFound {
            let url = address.absolute(PagePlan.folder(for: spec.kind, archive: archive))
            context["meta"] = ["canonical": url, "ogTitle": context["fullTitle"]!, "ogDescription": pageDescription,
                               "locale": t("locale")] as [String: Any]
        }
        context["nav"] = nav
        if !breadcrumbs.isEmpty {
            context["hasBreadcrumbs"] = true
            context["breadcrumbs"] = breadcrumbs.enumerated().map { i, crumb -> [String: Any] in
                var item: [String: Any] = ["title": crumb.0]
                if let href = crumb.1 { item["href"] = href }
                if i == breadcrumbs.count - 1 { item["current"] = true }
                return PageContext.filled(item, ["href", "current"])
            }
        }
        if sample { context["sample"] = true }
        return context
    }

    private func navItem(_ title: String, _ kind: PageKind) -> [String: Any] {
        var item: [String: Any] = ["title": title, "href": link(kind)]
        if kind == spec.kind || (kind == .units && isUnitPage) || (kind == .archive && isArchivePage) {
            item["current"] = true
        }
        return PageContext.filled(item, ["current"])
    }

    private var isUnitPage: Bool {
        switch spec.kind { case .unit, .report: return true; default: return false }
    }

    private var isArchivePage: Bool {
        switch spec.kind { case .month, .year: return true; default: return false }
    }

    func unitCrumbs(_ u: Int) -> [(String, String?)] {
        [(t("nav_home"), link(.home)), (t("nav_units"), link(.units))] + archive.ancestors(of: u).map { (archive.units[$0].name, unitLink($0)) }
    }

    // MARK: shared pieces

    /// Column headers for the index's groups: name and maximum.
    var groupHeaders: [[String: Any]] {
        index.groups.map { ["name": $0.name, "max": number($0.max), "key": $0.key] }
    }

    /// One cell per group of the index: the points, or "—" when not published.
    func groupCells(_ standing: Standing) -> [[String: Any]] {
        guard let r = standing.resultIndex.map({ archive.content.results[$0] }) else {
            return index.groups.map { _ in ["value": "—", "missing": true, "sort": ""] as [String: Any] }
        }
        return index.groups.map { g in
            if let v = r.groups[g.key] { return ["value": number(v), "missing": false, "sort": v.description] }
            return ["value": "—", "missing": true, "sort": ""]
        }
    }

    func changeCells(_ s: Standing, into row: inout [String: Any]) {
        if let d = s.scoreChange {
            row["scoreChange"] = t.change(d)
            let value = number(d.magnitude)
            row["scoreChangeLabel"] = d.units > 0 ? t("score_up", ["value": value]) : d.units < 0 ? t("score_down", ["value": value]) : t("score_same")
            row["scoreChangeSort"] = d.description
            row[d.units > 0 ? "scoreUp" : d.units < 0 ? "scoreDown" : "scoreSame"] = true
        }
        if let d = s.rankChange {
            row["rankChange"] = d > 0 ? "▲ \(d)" : d < 0 ? "▼ \(-d)" : "="
            row["rankChangeLabel"] = d > 0 ? t("rank_up", ["value": "\(d)"]) : d < 0 ? t("rank_down", ["value": "\(-d)"]) : t("rank_same")
            row[d > 0 ? "rankUp" : d < 0 ? "rankDown" : "rankSame"] = true
        }
    }

    /// A parent's children ranked in `period`, as the ranking table partial renders it, with
    /// a bar chart of the same totals.
    func rankingTable(parent: Int, period: Period, caption: String, chart: Bool = false) -> [String: Any]? {
        guard let ranking = archive.rankings[period]?[parent] else { return nil }
        var sample = false
        var rows: [[String: Any]] = []
        var bars: [Charts.Bar] = []
        for u in ranking.ranked {
            let s = archive.standing(u, in: period)!
            var row: [String: Any] = [
                "rank": "\(s.rank!)", "name": archive.units[u].name, "href": unitLink(u),
                "report": reportLink(u, period), "score": number(s.score), "scoreSort": s.score.description,
                "groups": groupCells(s),
            ]
            if case .average(let n) = s.source { row["rowAverage"] = t("average_of", ["count": "\(n)"]) }
            if let r = s.resultIndex.map({ archive.content.results[$0] }), r.sample { row["rowSample"] = true; sample = true }
            changeCells(s, into: &row)
            rows.append(PageContext.filled(row, PageContext.rowKeys))
            bars.append(Charts.Bar(label: "\(s.rank!). \(archive.units[u].name)", value: s.score, max: index.total,
                                   valueText: number(s.score), highlight: false))
        }
        for u in ranking.withoutData {
            rows.append(PageContext.filled(["name": archive.units[u].name, "href": unitLink(u), "noData": t("no_data")], PageContext.rowKeys))
        }
        var table: [String: Any] = [
            "caption": caption, "groupHeaders": groupHeaders, "rows": rows,
            "note": t("ranking_note", ["ranked": "\(ranking.ranked.count)", "members": "\(ranking.ranked.count + ranking.withoutData.count)"]),
        ]
        table["hasChange"] = archive.periods.contains(period.previous)
        if sample { table["sample"] = true }
        table["chart"] = false
        if chart && !bars.isEmpty {
            table["chart"] = Charts.bars(id: "chart-month", title: t("chart_month_title", ["month": t.monthPhrase(period)]),
                                         description: t("chart_month_desc", ["count": "\(bars.count)"]),
                                         bars: bars, scale: index.total, track: false)
        }
        return table
    }

    func monthSummary(_ period: Period) -> [String: Any]? {
        guard let m = archive.monthSummaries[period] else { return nil }
        var summary: [String: Any] = [:]
        if let asOf = m.asOf { summary["asOf"] = t.timestamp(asOf) }
        if let note = m.note { summary["note"] = note }
        if !m.bodyHTML.isEmpty { summary["body"] = m.bodyHTML }
        return summary.isEmpty ? nil : PageContext.filled(summary, ["asOf", "note", "body"])
    }

    func monthNeighbours(_ period: Period) -> [String: Any] {
        var result: [String: Any] = ["previous": false, "next": false]
        guard let i = archive.periods.firstIndex(of: period) else { return result }
        if i > 0 {
            let p = archive.periods[i - 1]
            result["previous"] = ["title": t.month(p), "href": monthLink(p)]
        }
        if i + 1 < archive.periods.count {
            let p = archive.periods[i + 1]
            result["next"] = ["title": t.month(p), "href": monthLink(p)]
        }
        return result
    }

    /// Mustache looks a key that a row lacks up in the enclosing contexts, so a row without a
    /// `note` would show the page's. Every optional key a template tests is therefore present,
    /// false when it has no value.
    static func filled(_ row: [String: Any], _ keys: [String]) -> [String: Any] {
        var row = row
        for key in keys where row[key] == nil { row[key] = false }
        return row
    }

    static let rowKeys = ["rank", "report", "score", "scoreSort", "rowAverage", "rowSample", "scoreChange", "scoreChangeLabel",
                          "scoreChangeSort", "scoreUp", "scoreDown", "scoreSame", "rankChange", "rankChangeLabel", "rankUp",
                          "rankDown", "rankSame", "noData", "groups", "href", "month"]

    /// "7/8", or nil for the root, which has no siblings.
    func rankText(_ s: Standing) -> String? { s.rank.map { "\($0)/\(s.rankedAmong)" } }
}
