import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan

/// The unit tree, a unit's page and a unit's monthly report.
extension PageContext {
    /// A group below this share of its maximum is shown as needing improvement.
    static let lowShare = 70

    func unitsPage() -> [String: Any] {
        let latest = archive.latestPeriod
        func node(_ u: Int) -> [String: Any] {
            let unit = archive.units[u]
            var item: [String: Any] = ["name": unit.name, "kind": unit.kind, "href": unitLink(u),
                                       "search": VietnameseCollation.folded(unit.name)]
            if let code = unit.code { item["code"] = code }
            if let dissolved = unit.dissolved {
                item["dissolved"] = t("dissolved_since", ["date": t.date(dissolved)])
                if let successor = successorLink(unit) { item["successor"] = successor }
            }
            if let p = latest, let s = archive.standing(u, in: p) {
                var standing: [String: Any] = ["score": number(s.score), "month": t.month(p)]
                if let rank = rankText(s) { standing["rank"] = rank }
                if case .average = s.source { standing["average"] = true }
                item["standing"] = PageContext.filled(standing, ["rank", "average"])
            }
            let kids = archive.children[u]
            if !kids.isEmpty { item["children"] = kids.map(node); item["hasChildren"] = true }
            return PageContext.filled(item, ["code", "dissolved", "successor", "standing", "children", "hasChildren"])
        }
        var intro = t("units_intro", ["count": "\(archive.units.count)"])
        if let latest { intro += "; " + t("units_latest", ["month": t.month(latest)]) }
        let main: [String: Any] = ["tree": [node(archive.root)], "intro": intro + "."]
        return frame(title: t("nav_units"), description: t("units_description"),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_units"), nil)], main: main)
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
            main["dissolved"] = t("dissolved_since", ["date": t.date(dissolved)])
            if let successor = successorLink(unit) { main["successor"] = successor }
        }
        if let established = unit.established { main["established"] = t("established_since", ["date": t.date(established)]) }

        let history = archive.history(of: u)
        var sample = unit.sample
        if let latest = history.last, let s = archive.standing(u, in: latest) {
            var card: [String: Any] = ["month": t.month(latest), "score": number(s.score),
                                       "total": number(index.total), "href": reportLink(u, latest)]
            if let rank = displayRank(u, latest, s) { card["rank"] = rank }
            if case .average(let n) = s.source { card["average"] = t("average_of", ["count": "\(n)"]) }
            changeCells(s, into: &card)
            main["latest"] = PageContext.filled(card, ["rank", "average", "scoreChange", "rankChange"])
        }
        main["history"] = history.reversed().map { p -> [String: Any] in
            let s = archive.standing(u, in: p)!
            var row: [String: Any] = ["month": t.month(p), "monthSort": p.description, "href": reportLink(u, p),
                                      "score": number(s.score), "scoreSort": s.score.description, "groups": groupCells(s)]
            if let rank = displayRank(u, p, s) { row["rank"] = rank }
            if case .average = s.source { row["rowAverage"] = t("average_short") }
            if archive.isSample(u, in: p) { row["rowSample"] = true; sample = true }
            changeCells(s, into: &row)
            return PageContext.filled(row, PageContext.rowKeys)
        }
        if history.count >= 2 {
            let points = history.map { p -> Charts.Point in
                let s = archive.standing(u, in: p)!
                return Charts.Point(label: t.month(p), value: s.score, note: displayRank(u, p, s))
            }
            main["chart"] = Charts.line(id: "chart-history", title: t("chart_history_title", ["unit": unit.name]),
                                        description: t("chart_history_desc", ["first": t.monthPhrase(history.first!), "last": t.monthPhrase(history.last!)]),
                                        points: points, format: number)
        }
        if !history.isEmpty {
            main["hasHistory"] = true
            main["historyCaption"] = t("history_caption", ["unit": unit.name])
        }
        main["groupHeaders"] = groupHeaders
        main["jsonHref"] = root + OpenData.unitJSON(unit.slug)
        main["feedHref"] = root + Feeds.unitFeed(unit.slug)
        if !archive.children[u].isEmpty, let latest = archive.periods.last(where: { archive.rankings[$0]?[u] != nil }),
           let table = rankingTable(parent: u, period: latest,
                                    caption: t("children_ranking_caption", ["unit": unit.name, "month": t.monthPhrase(latest)])) {
            main["childrenRanking"] = table
            sample = sample || table["sample"] != nil
        }
        return frame(title: unit.name, description: t("unit_description", ["unit": unit.name, "index": index.name]),
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
        let monthTitle = t.month(period)
        var main: [String: Any] = ["name": unit.name, "unitHref": unitLink(u), "monthTitle": monthTitle,
                                   "monthHref": monthLink(period), "score": number(s.score), "total": number(index.total),
                                   "rankingOfMonth": t("ranking_of_month", ["month": t.monthPhrase(period)]),
                                   "allMonths": t("all_months_of", ["unit": unit.name])]
        let rank = displayRank(u, period, s)
        if let rank { main["rank"] = rank }
        if let band = index.band(for: s.score) {
            main["band"] = ["name": band.name, "note": index.bandsNote ?? t("band_note_default")]
        }
        changeCells(s, into: &main)
        var sample = false
        if case .average(let n) = s.source {
            main["average"] = t("no_own_result", ["average": t("average_of", ["count": "\(n)"])])
        }
        if let r = archive.result(u, in: period) {
            sample = r.sample
            if let published = r.publishedRank, let computed = s.rank,
               published != computed || (r.publishedOf.map { $0 != s.rankedAmong } ?? false) {
                main["rankNote"] = t("rank_differs", ["published": "\(published)/\(r.publishedOf ?? s.rankedAmong)",
                                                      "computed": "\(computed)/\(s.rankedAmong)"])
            }
            var toFix: [String] = []
            var bars: [Charts.Bar] = []
            main["groups"] = index.groups.map { g -> [String: Any] in
                var row: [String: Any] = ["name": g.name, "max": number(g.max)]
                if let v = r.groups[g.key] {
                    row["value"] = number(v)
                    let percent = g.max.units > 0 ? Int((v.units * 100 + g.max.units / 2) / g.max.units) : 0
                    row["percent"] = "\(percent)"
                    if percent < PageContext.lowShare {
                        row["low"] = true
                        toFix.append(t("to_fix_low_group", ["group": g.name, "value": number(v), "max": number(g.max), "percent": "\(percent)"]))
                    }
                    bars.append(Charts.Bar(label: g.name, value: v, max: g.max, valueText: "\(number(v))/\(number(g.max))",
                                           highlight: percent < PageContext.lowShare))
                } else {
                    row["missing"] = true
                    bars.append(Charts.Bar(label: g.name, value: nil, max: g.max, valueText: "—/\(number(g.max)): \(t("not_published"))", highlight: false))
                }
                return PageContext.filled(row, ["value", "missing", "percent", "low"])
            }
            main["groupsChart"] = Charts.bars(id: "chart-groups", title: t("chart_groups_title", ["month": t.monthPhrase(period)]),
                                              description: t("chart_groups_desc"), bars: bars,
                                              scale: index.groups.map(\.max).max() ?? index.total, track: true)
            let indicators = index.indicators.map { i -> [String: Any] in
                var row: [String: Any] = ["name": i.name, "unit": i.unit, "better": i.better == .higher ? t("higher_better") : t("lower_better")]
                if let v = r.indicators[i.key] { row["value"] = number(v) } else { row["missing"] = true }
                return PageContext.filled(row, ["value", "missing"])
            }
            if !r.indicators.isEmpty { main["indicators"] = indicators; main["showIndicators"] = true }
            if !r.bodyHTML.isEmpty { main["body"] = r.bodyHTML }
            if !r.overdue.isEmpty {
                main["overdue"] = r.overdue.map { o -> [String: Any] in
                    var row: [String: Any] = ["code": o.code]
                    if let d = o.received { row["received"] = t("received_on", ["date": t.date(d)]) }
                    if let h = o.handler { row["handler"] = t("handled_by", ["name": h]) }
                    if let n = o.note { row["note"] = n }
                    return PageContext.filled(row, ["received", "handler", "note"])
                }
                main["overdueHeading"] = t("overdue_heading", ["count": "\(r.overdue.count)"])
            }
            if !toFix.isEmpty { main["lowGroups"] = toFix; main["hasLowGroups"] = true }
            if !toFix.isEmpty || !r.overdue.isEmpty { main["attention"] = true }
            if let d = r.document {
                var doc: [String: Any] = [:]
                if let n = d.number { doc["number"] = t("document_number", ["number": n]) }
                if let date = d.date { doc["date"] = t("document_date", ["date": t.date(date)]) }
                if let signer = d.signer { doc["signer"] = signer }
                if let title = d.title { doc["title"] = title }
                if doc["number"] != nil || doc["date"] != nil { doc["hasDocument"] = true }
                if !doc.isEmpty { main["document"] = PageContext.filled(doc, ["number", "date", "signer", "title", "hasDocument"]) }
            }
            if let asOf = r.asOf { main["asOf"] = t.timestamp(asOf) }
            if let source = r.source { main["source"] = source }
            if let note = r.note { main["note"] = note }
        }
        if let table = rankingTable(parent: u, period: period,
                                    caption: t("children_ranking_caption", ["unit": unit.name, "month": t.monthPhrase(period)])) {
            main["childrenRanking"] = table
            sample = sample || table["sample"] != nil
        }
        let history = archive.history(of: u)
        if let i = history.firstIndex(of: period) {
            var neighbours: [String: Any] = ["previous": false, "next": false]
            if i > 0 { neighbours["previous"] = ["title": t.month(history[i - 1]), "href": reportLink(u, history[i - 1])] }
            if i + 1 < history.count { neighbours["next"] = ["title": t.month(history[i + 1]), "href": reportLink(u, history[i + 1])] }
            main["neighbours"] = neighbours
        }
        main["jsonHref"] = root + OpenData.unitJSON(unit.slug)
        main["feedHref"] = root + Feeds.unitFeed(unit.slug)
        let description = t("report_description", ["unit": unit.name, "month": t.monthPhrase(period), "score": number(s.score),
                                                    "total": number(index.total),
                                                    "rank": rank.map { t("report_rank_phrase", ["rank": $0]) } ?? ""])
        return frame(title: "\(unit.name) – \(monthTitle)", description: description,
                     breadcrumbs: unitCrumbs(u) + [(unit.name, unitLink(u)), (monthTitle, nil)], sample: sample, main: main)
    }
}
