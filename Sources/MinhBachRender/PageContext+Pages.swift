import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan

/// The index's description, its groups, free pages and the "not found" page.
extension PageContext {
    func indexOverview() -> [String: Any] {
        let groups = index.groups.map { g -> [String: Any] in
            var row: [String: Any] = ["name": g.name, "max": number(g.max), "href": link(.indexGroup(g.key))]
            if let d = g.description { row["description"] = d }
            let inds = index.indicators.filter { $0.group == g.key }.map { ["name": $0.name] }
            if !inds.isEmpty { row["indicators"] = inds }
            return PageContext.filled(row, ["description", "indicators"])
        }
        var main: [String: Any] = ["name": index.name, "groups": groups,
                                   "totalText": t("index_total", ["total": number(index.total)])]
        if let b = index.basis { main["basis"] = t("index_basis", ["basis": b]) }
        if let d = index.description { main["about"] = d }
        main["indicators"] = index.indicators.map { i -> [String: Any] in
            var row: [String: Any] = ["name": i.name, "unit": i.isPercentage ? t("percentage") : t("count_of", ["noun": i.unit]),
                                      "better": i.better == .higher ? t("higher_better") : t("lower_better")]
            if let g = i.group.flatMap({ index.group($0) }) { row["group"] = g.name }
            if let d = i.description { row["description"] = d }
            return PageContext.filled(row, ["description", "group"])
        }
        if !index.bands.isEmpty {
            main["bands"] = index.bands.map { t("band_from", ["name": $0.name, "min": number($0.min)]) }
            main["bandsNote"] = index.bandsNote ?? t("band_note_default")
        }
        return frame(title: t("nav_index"), description: t("index_description", ["index": index.name]),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_index"), nil)], main: main)
    }

    func indexGroup(_ key: String) -> [String: Any] {
        let g = index.group(key)!
        var main: [String: Any] = ["name": g.name, "maxText": t("group_max", ["max": number(g.max)])]
        if let d = g.description { main["about"] = d }
        let inds = index.indicators.filter { $0.group == key }.map(\.name)
        if !inds.isEmpty { main["indicators"] = inds.joined(separator: "; ") }
        var sample = false
        if let period = archive.latestPeriod {
            main["heading"] = t("group_scores_heading", ["month": t.monthPhrase(period)])
            var tables: [[String: Any]] = []
            for p in archive.units.indices {
                let members = archive.children[p].filter { archive.result($0, in: period) != nil }
                guard !members.isEmpty else { continue }
                let withValue = members.filter { archive.result($0, in: period)!.groups[key] != nil }
                    .sorted { archive.result($0, in: period)!.groups[key]! > archive.result($1, in: period)!.groups[key]! }
                var rank = 0
                var previous: Figure?
                var rows: [[String: Any]] = withValue.enumerated().map { i, u in
                    let v = archive.result(u, in: period)!.groups[key]!
                    if v != previous { rank = i + 1; previous = v }
                    return ["rank": "\(rank)", "name": archive.units[u].name, "href": reportLink(u, period), "value": number(v),
                            "sort": v.description, "missing": false]
                }
                rows += members.filter { archive.result($0, in: period)!.groups[key] == nil }.map {
                    ["name": archive.units[$0].name, "href": reportLink($0, period), "missing": true, "rank": "–", "value": "—", "sort": ""]
                }
                if members.contains(where: { archive.result($0, in: period)!.sample }) { sample = true }
                tables.append(["caption": t("group_caption", ["group": g.name, "unit": archive.units[p].name, "month": t.monthPhrase(period)]),
                               "rows": rows])
            }
            main["tables"] = tables
        }
        return frame(title: g.name, description: t("group_description", ["group": g.name, "max": number(g.max)]),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_index"), link(.indexOverview)), (g.name, nil)], sample: sample, main: main)
    }

    func freePage(_ i: Int) -> [String: Any] {
        let page = archive.content.pages[i]
        return frame(title: page.title, description: page.description,
                     breadcrumbs: [(t("nav_home"), link(.home)), (page.title, nil)], main: ["body": page.bodyHTML])
    }

    func notFound() -> [String: Any] {
        // The 404 page is served at any address, so relative links cannot work there: it links
        // from base_url, or from the server's root when the site has none.
        let base = archive.site.baseURL.map { URLPath.path(of: $0) } ?? "/"
        var context = frame(title: t("not_found_title"), main: [:])
        context["root"] = base
        context["siteFeed"] = base + Feeds.siteFeed
        context["nav"] = (context["nav"] as? [[String: Any]] ?? []).map { item in
            var item = item
            item["href"] = base + (item["href"] as? String ?? "")
            return item
        }
        return context
    }

    func build() -> [String: Any] {
        switch spec.kind {
        case .home: return home()
        case .month(let p): return month(p)
        case .year(let y): return year(y)
        case .archive: return archivePage()
        case .units: return unitsPage()
        case .unit(let u): return unitPage(u)
        case .report(let u, let p): return report(u, p)
        case .indexOverview: return indexOverview()
        case .indexGroup(let k): return indexGroup(k)
        case .freePage(let i): return freePage(i)
        case .openData: return openDataPage()
        case .notFound: return notFound()
        }
    }
}

/// The path part of an absolute address: "https://a.vn/x/y/" → "/x/y/".
enum URLPath {
    static func path(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}
