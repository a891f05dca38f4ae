import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan

/// The unit tree, a unit's page and a unit's monthly report.
extension PageContext {
    func unitsPage() -> [String: Any] {
        let latest = archive.latestPeriod
        func node(_ u: Int) -> [String: Any] {
            let unit = archive.units[u]
            var item: [String: Any] = ["name": unit.name, "kind": unit.kind, "href": unitLink(u)]
            if let code = unit.code { item["code"] = code }
            if let dissolved = unit.dissolved {
                item["dissolved"] = VietnameseFormat.date(dissolved)
                if let successor = successorLink(unit) { item["successor"] = successor }
            }
            if let p = latest, let s = archive.standing(u, in: p) {
                var standing: [String: Any] = ["score": score(s.score), "month": VietnameseFormat.month(p)]
                if let rank = rankText(s) { standing["rank"] = rank }
                if case .average = s.source { standing["average"] = true }
                item["standing"] = PageContext.filled(standing, ["rank", "average"])
            }
            let kids = archive.children[u]
            if !kids.isEmpty { item["children"] = kids.map(node); item["hasChildren"] = true }
            return PageContext.filled(item, ["code", "dissolved", "successor", "standing", "children", "hasChildren"])
        }
        var main: [String: Any] = ["tree": [node(archive.root)], "unitCount": "\(archive.units.count)"]
        if let latest { main["latestMonth"] = VietnameseFormat.month(latest) }
        return frame(title: "Đơn vị", description: "Tất cả đơn vị hành chính, mã định danh và kết quả mới nhất.",
                     breadcrumbs: [("Trang chủ", link(.home)), ("Đơn vị", nil)], main: main)
    }

    func successorLink(_ unit: Unit) -> [String: Any]? {
        guard let successor = unit.successor else { return nil }
        if let id = archive.unit(successor) { return ["name": archive.units[id].name, "href": unitLink(id)] }
        return ["name": successor, "href": false]
    }

    func unitPage(_ u: Int) -> [String: Any] {
        let unit = archive.units[u]
        var main: [String: Any] = ["name": unit.name, "kind": unit.kind]
        if let code = unit.code { main["code"] = code }
        if !unit.profileHTML.isEmpty { main["profile"] = unit.profileHTML }
        if let p = archive.parent[u] { main["parent"] = ["name": archive.units[p].name, "href": unitLink(p)] }
        if let dissolved = unit.dissolved {
            main["dissolved"] = VietnameseFormat.date(dissolved)
            if let successor = successorLink(unit) { main["successor"] = successor }
        }
        if let established = unit.established { main["established"] = VietnameseFormat.date(established) }

        let history = archive.history(of: u)
        var sample = unit.sample
        if let latest = history.last, let s = archive.standing(u, in: latest) {
            var card: [String: Any] = ["month": VietnameseFormat.month(latest), "score": score(s.score),
                                       "total": number(index.total), "href": reportLink(u, latest)]
            if let rank = displayRank(u, latest, s) { card["rank"] = rank }
            if case .average(let n) = s.source { card["average"] = Strings.average(of: n) }
            changeCells(s, into: &card)
            main["latest"] = card
        }
        main["history"] = history.reversed().map { p -> [String: Any] in
            let s = archive.standing(u, in: p)!
            var row: [String: Any] = ["month": VietnameseFormat.month(p), "href": reportLink(u, p), "score": score(s.score),
                                      "groups": groupCells(s)]
            if let rank = displayRank(u, p, s) { row["rank"] = rank }
            if case .average = s.source { row["rowAverage"] = true }
            if archive.isSample(u, in: p) { row["rowSample"] = true; sample = true }
            changeCells(s, into: &row)
            return PageContext.filled(row, PageContext.rowKeys)
        }
        if !history.isEmpty { main["hasHistory"] = true }
        main["jsonHref"] = root + OpenData.unitJSON(unit.slug)
        main["feedHref"] = root + Feeds.unitFeed(unit.slug)
        main["groupHeaders"] = groupHeaders
        if !archive.children[u].isEmpty, let latest = archive.periods.last(where: { archive.rankings[$0]?[u] != nil }),
           let table = rankingTable(parent: u, period: latest, caption: "Xếp hạng các đơn vị thuộc \(unit.name) – \(VietnameseFormat.month(latest).lowercased())") {
            main["childrenRanking"] = table
            sample = sample || table["sample"] != nil
        }
        return frame(title: unit.name, description: "\(unit.name): kết quả \(index.name) qua các tháng.",
                     breadcrumbs: unitCrumbs(u) + [(unit.name, nil)], sample: sample, main: main)
    }

    /// The rank a citizen should see: the portal's published one when recorded, else computed.
    func displayRank(_ u: Int, _ p: Period, _ s: Standing) -> String? {
        if let r = archive.result(u, in: p), let published = r.publishedRank {
            return "\(published)/\(r.publishedOf ?? s.rankedAmong)"
        }
        return rankText(s)
    }

    func report(_ u: Int, _ period: Period) -> [String: Any] {
        let unit = archive.units[u]
        let s = archive.standing(u, in: period)!
        let monthTitle = VietnameseFormat.month(period)
        var main: [String: Any] = ["name": unit.name, "unitHref": unitLink(u), "monthTitle": monthTitle,
                                   "monthHref": monthLink(period), "score": score(s.score), "total": number(index.total)]
        if let rank = displayRank(u, period, s) { main["rank"] = rank }
        if let band = index.band(for: s.score) {
            main["band"] = ["name": band.name, "note": index.bandsNote ?? "Xếp loại do đơn vị công bố tự quy định, không thuộc Quyết định 766/QĐ-TTg."]
        }
        changeCells(s, into: &main)
        var sample = false
        if case .average(let n) = s.source {
            main["average"] = Strings.average(of: n)
        }
        if let r = archive.result(u, in: period) {
            sample = r.sample
            if let published = r.publishedRank, let computed = s.rank, published != computed || (r.publishedOf.map { $0 != s.rankedAmong } ?? false) {
                main["rankNote"] = "Thứ hạng do Cổng Dịch vụ công quốc gia công bố là \(published)/\(r.publishedOf ?? s.rankedAmong); tính từ số liệu trên trang này là \(computed)/\(s.rankedAmong)."
            }
            main["groups"] = index.groups.map { g -> [String: Any] in
                var row: [String: Any] = ["name": g.name, "max": number(g.max)]
                if let v = r.groups[g.key] {
                    row["value"] = number(v)
                    let percent = g.max.units > 0 ? Int((v.units * 100 + g.max.units / 2) / g.max.units) : 0
                    row["percent"] = "\(percent)"
                    if percent < 70 { row["low"] = true }
                } else {
                    row["missing"] = true
                }
                return PageContext.filled(row, ["value", "missing", "percent", "low"])
            }
            main["missingExplanation"] = Strings.missingExplanation
            let indicators = index.indicators.map { i -> [String: Any] in
                var row: [String: Any] = ["name": i.name, "unit": i.unit, "better": i.better == .higher ? "cao hơn là tốt hơn" : "thấp hơn là tốt hơn"]
                if let v = r.indicators[i.key] { row["value"] = number(v) } else { row["missing"] = true }
                if i.isPercentage { row["percentage"] = true }
                return PageContext.filled(row, ["value", "missing", "percentage"])
            }
            if !r.indicators.isEmpty { main["indicators"] = indicators; main["showIndicators"] = true }
            if !r.bodyHTML.isEmpty { main["body"] = r.bodyHTML }
            if !r.overdue.isEmpty {
                main["overdue"] = r.overdue.map { o -> [String: Any] in
                    var row: [String: Any] = ["code": o.code]
                    if let d = o.received { row["received"] = VietnameseFormat.date(d) }
                    if let h = o.handler { row["handler"] = h }
                    if let n = o.note { row["note"] = n }
                    return PageContext.filled(row, ["received", "handler", "note"])
                }
                main["overdueCount"] = "\(r.overdue.count)"
            }
            if let d = r.document {
                var doc: [String: Any] = [:]
                if let n = d.number { doc["number"] = n }
                if let date = d.date { doc["date"] = VietnameseFormat.date(date) }
                if let signer = d.signer { doc["signer"] = signer }
                if let title = d.title { doc["title"] = title }
                if !doc.isEmpty { main["document"] = PageContext.filled(doc, ["number", "date", "signer", "title"]) }
            }
            if let asOf = r.asOf { main["asOf"] = VietnameseFormat.timestamp(asOf) }
            if let source = r.source { main["source"] = source }
            if let note = r.note { main["note"] = note }
        }
        if let table = rankingTable(parent: u, period: period, caption: "Xếp hạng các đơn vị thuộc \(unit.name) – \(monthTitle.lowercased())") {
            main["childrenRanking"] = table
            sample = sample || table["sample"] != nil
        }
        let history = archive.history(of: u)
        if let i = history.firstIndex(of: period) {
            var neighbours: [String: Any] = ["previous": false, "next": false]
            if i > 0 { neighbours["previous"] = ["title": VietnameseFormat.month(history[i - 1]), "href": reportLink(u, history[i - 1])] }
            if i + 1 < history.count { neighbours["next"] = ["title": VietnameseFormat.month(history[i + 1]), "href": reportLink(u, history[i + 1])] }
            main["neighbours"] = neighbours
        }
        main["jsonHref"] = root + OpenData.unitJSON(unit.slug)
        main["feedHref"] = root + Feeds.unitFeed(unit.slug)
        let title = "\(unit.name) – \(monthTitle)"
        return frame(title: title, description: "\(unit.name), \(monthTitle.lowercased()): \(score(s.score))/\(number(index.total)) điểm\(main["rank"].map { ", xếp hạng \($0)" } ?? "").",
                     breadcrumbs: unitCrumbs(u) + [(unit.name, unitLink(u)), (monthTitle, nil)], sample: sample, main: main)
    }
}
