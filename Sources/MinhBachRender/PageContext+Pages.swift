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
        var main: [String: Any] = ["name": index.name, "total": number(index.total), "groups": groups]
        if let b = index.basis { main["basis"] = b }
        if let d = index.description { main["about"] = d }
        main["indicators"] = index.indicators.map { i -> [String: Any] in
            var row: [String: Any] = ["name": i.name, "unit": i.unit == "%" ? "tỷ lệ (%)" : "số \(i.unit)",
                                      "better": i.better == .higher ? "cao hơn là tốt hơn" : "thấp hơn là tốt hơn"]
            if let g = i.group.flatMap({ index.group($0) }) { row["group"] = g.name }
            if let d = i.description { row["description"] = d }
            return PageContext.filled(row, ["description", "group"])
        }
        if !index.bands.isEmpty {
            main["bands"] = index.bands.map { ["name": $0.name, "min": number($0.min)] }
            main["bandsNote"] = index.bandsNote ?? "Xếp loại do đơn vị công bố tự quy định, không thuộc Quyết định 766/QĐ-TTg."
        }
        return frame(title: "Chỉ số", description: "\(index.name): các nhóm tiêu chí, điểm tối đa và các chỉ tiêu thành phần.",
                     breadcrumbs: [("Trang chủ", link(.home)), ("Chỉ số", nil)], main: main)
    }

    func indexGroup(_ key: String) -> [String: Any] {
        let g = index.group(key)!
        var main: [String: Any] = ["name": g.name, "max": number(g.max)]
        if let d = g.description { main["about"] = d }
        let inds = index.indicators.filter { $0.group == key }.map { ["name": $0.name] }
        if !inds.isEmpty { main["indicators"] = inds; main["hasIndicators"] = true }
        var sample = false
        if let period = archive.latestPeriod {
            main["monthTitle"] = VietnameseFormat.month(period)
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
                    return ["rank": "\(rank)", "name": archive.units[u].name, "href": reportLink(u, period), "value": number(v), "missing": false]
                }
                rows += members.filter { archive.result($0, in: period)!.groups[key] == nil }.map {
                    ["name": archive.units[$0].name, "href": reportLink($0, period), "missing": true, "rank": "–", "value": false]
                }
                if members.contains(where: { archive.result($0, in: period)!.sample }) { sample = true }
                tables.append(["caption": "\(g.name) – các đơn vị thuộc \(archive.units[p].name), \(VietnameseFormat.month(period).lowercased())",
                               "rows": rows])
            }
            main["tables"] = tables
            main["missingExplanation"] = Strings.missingExplanation
        }
        return frame(title: g.name, description: "\(g.name) (tối đa \(number(g.max)) điểm): điểm mới nhất của các đơn vị.",
                     breadcrumbs: [("Trang chủ", link(.home)), ("Chỉ số", link(.indexOverview)), (g.name, nil)], sample: sample, main: main)
    }

    func freePage(_ i: Int) -> [String: Any] {
        let page = archive.content.pages[i]
        return frame(title: page.title, description: page.description,
                     breadcrumbs: [("Trang chủ", link(.home)), (page.title, nil)], main: ["body": page.bodyHTML])
    }

    func notFound() -> [String: Any] {
        var context = frame(title: "Không tìm thấy trang", main: [:])
        // The 404 page is served at any address, so relative links cannot work there.
        context["root"] = archive.site.baseURL ?? "/"
        context["nav"] = (context["nav"] as? [[String: Any]] ?? []).map { item in
            var item = item
            item["href"] = (archive.site.baseURL ?? "/") + (item["href"] as? String ?? "")
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
