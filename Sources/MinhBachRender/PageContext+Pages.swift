import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan

/// The index's description, its groups, free pages and the "not found" page.
extension PageContext {
    func indexOverview() -> Object {
        let groups = index.groups.map { g -> Object in
            var row: Object = [.name: .text(g.name), .max: .text(number(g.max)), .href: .text(link(.indexGroup(g.key)))]
            if let d = g.description { row[.description] = .text(d) }
            let inds = index.indicators.filter { $0.group == g.key }.map { [.name: .text($0.name)] as Object }
            if !inds.isEmpty { row[.indicators] = .list(inds) }
            row[.criteriaRows] = g.criteria.isEmpty ? false : .text(t("index_criteria", ["criteria": g.criteria.map { c in
                c.target.map { t("index_criterion_target", ["name": c.name, "max": number(c.max), "target": number($0)]) }
                    ?? t("index_criterion", ["name": c.name, "max": number(c.max)])
            }.joined(separator: "; ")]))
            return row.filled([.description, .indicators])
        }
        var main: Object = [.name: .text(index.name), .groups: .list(groups),
                            .totalText: .text(t("index_total", ["total": number(index.total)]))]
        main[.editions] = archive.index.editions.isEmpty ? false : .object(editionsContext())
        if let b = index.basis { main[.basis] = .text(t("index_basis", ["basis": b])) }
        if let d = index.description { main[.about] = .text(d) }
        main[.hasIndicators] = .flag(!index.indicators.isEmpty)
        main[.indicators] = .list(index.indicators.map { i -> Object in
            var row: Object = [.name: .text(i.name), .unit: .text(i.isPercentage ? t("percentage") : t("count_of", ["noun": i.unit])),
                               .better: .text(i.better == .higher ? t("higher_better") : t("lower_better"))]
            if let g = i.group.flatMap({ index.group($0) }) { row[.group] = .text(g.name) }
            if let d = i.description { row[.description] = .text(d) }
            return row.filled([.description, .group])
        })
        if !index.bands.isEmpty {
            main[.bands] = .texts(index.bands.map { t("band_from", ["name": $0.name, "min": number($0.min)]) })
            main[.bandsNote] = .text(index.bandsNote ?? t("band_note_default"))
        }
        return frame(title: t("nav_index"), description: t("index_description", ["index": index.name]),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_index"), nil)], main: main)
    }

    /// The index's editions, oldest first, each from its first month (the first to the month
    /// before the second), with its groups; and what a new edition means for the pages.
    private func editionsContext() -> Object {
        let all = archive.index
        let firstName = all.firstEditionName ?? t("edition_first")
        var items: [Value] = [.object([.name: .text(t("edition_until", ["name": firstName, "month": t.monthPhrase(all.editions[0].from.previous),
                                                                          "groups": editionGroups(all.groups)])), .description: false])]
        var before = all.groups
        for e in all.editions {
            // Groups with the same keys and maxima as the edition before are not listed again.
            let same = e.groups.map { "\($0.key) \($0.max)" } == before.map { "\($0.key) \($0.max)" }
            let groups = same ? t("edition_same_groups") : editionGroups(e.groups)
            before = e.groups
            items.append(.object([.name: .text(t("edition_from", ["name": e.name, "month": t.monthPhrase(e.from), "groups": groups])),
                                  .description: e.description.map { .text($0) } ?? false]))
        }
        return [.rows: .list(items), .note: .text(t("editions_note"))]
    }

    private func editionGroups(_ groups: [IndexGroup]) -> String {
        groups.map { "\($0.name) (\(number($0.max)))" }.joined(separator: ", ")
    }

    func indexGroup(_ key: String) -> Object {
        let g = index.group(key)!
        var main: Object = [.name: .text(g.name), .maxText: .text(t("group_max", ["max": number(g.max)]))]
        if let d = g.description { main[.about] = .text(d) }
        let inds = index.indicators.filter { $0.group == key }.map(\.name)
        if !inds.isEmpty { main[.indicators] = .text(inds.joined(separator: "; ")) }
        var sample = false
        // The latest month whose edition of the index has the group.
        if let period = archive.periods.last(where: { archive.index.inForce($0).group(key) != nil }) {
            main[.heading] = .text(t("group_scores_heading", ["month": t.monthPhrase(period)]))
            var tables: [Object] = []
            // A large site lists the root's units only (a national one listed 3,366 rows, 757 KB);
            // each parent's monthly ranking, linked below, has its units' points in the group.
            let whole = UnitList.isWhole(archive)
            if !whole {
                let parents = archive.unitIDs.filter { $0 != archive.root && !archive.children[$0].isEmpty && archive.standing($0, in: period) != nil }
                main[.parents] = .list(parents.map { [.name: .text(archive.units[$0].name), .href: .text(reportLink($0, period))] })
                main[.hasParents] = true
            }
            var criterionTables: [[Object]] = g.criteria.map { _ in [] }
            for p in archive.unitIDs where whole || p == archive.root {
                let members = archive.children[p].filter { archive.result($0, in: period) != nil }
                guard !members.isEmpty else { continue }
                // Ranked by this group's points only when every unit expected has figures: among
                // the few with files, the best would read as the month's first.
                let ranking = archive.rankings[period]?[p]
                let complete = ranking?.isComplete ?? true
                func table(_ name: String, _ figure: (ResultRecord) -> Figure?) -> Object {
                    var caption = t("group_caption", ["group": name, "unit": archive.units[p].name, "month": t.monthPhrase(period)])
                    if let ranking, !complete {
                        caption = t("ranking_caption_partial", ["caption": caption, "count": "\(ranking.withData)", "expected": "\(ranking.expected)"])
                    }
                    return [.caption: .text(caption), .rows: .list(rankedRows(members, period, complete: complete, by: figure))]
                }
                if members.contains(where: { archive.result($0, in: period)!.sample }) { sample = true }
                tables.append(table(g.name) { $0.groups[key] })
                for (i, c) in g.criteria.enumerated() { criterionTables[i].append(table(c.name) { $0.criteria[c.key] }) }
            }
            if !g.criteria.isEmpty {
                main[.criteriaHeading] = .text(t("criteria_ranking_heading", ["month": t.monthPhrase(period)]))
                main[.criteriaRankings] = .list(zip(g.criteria, criterionTables).map { c, tables in
                    [.name: .text(c.name), .maxText: .text(t("group_max", ["max": number(c.max)])), .tables: .list(tables)]
                })
            }
            main[.tables] = .list(tables)
        }
        main = main.filled([.hasParents])
        return frame(title: g.name, description: t("group_description", ["group": g.name, "max": number(g.max)]),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_index"), link(.indexOverview)), (g.name, nil)], sample: sample, main: main)
    }

    func freePage(_ i: Int) -> Object {
        let page = archive.content.pages[i]
        return frame(title: page.title, description: page.description,
                     breadcrumbs: [(t("nav_home"), link(.home)), (page.title, nil)], main: [.body: .text(page.bodyHTML)])
    }

    func notFound() -> Object {
        // The 404 page is served at any address, so relative links cannot work there: it links
        // from base_url, or from the server's root when the site has none.
        let base = archive.site.baseURL.map { URLPath.path(of: $0) } ?? "/"
        var context = frame(title: t("not_found_title"), main: Object())
        context[.root] = .text(base)
        context[.siteFeed] = .text(base + SitePaths.siteFeed)
        if case .list(let items)? = context[.nav] {
            context[.nav] = .list(items.map { item -> Value in
                guard var object = item.object else { return item }
                object[.href] = .text(base + (object[.href]?.string ?? ""))
                return .object(object)
            })
        }
        return context
    }

    func build() -> Object {
        switch spec.kind {
        case .home: return home()
        case .month(let p): return month(p)
        case .year(let y): return year(y)
        case .unitYear(let u, let y): return unitYear(u, y)
        case .rankingPart(let u, let p, let part): return rankingPart(u, p, part)
        case .archive: return archivePage()
        case .units: return unitsPage()
        case .unit(let u): return unitPage(u)
        case .recorded(let span):
            var context = month(span.first)
            context[.recorded] = true
            return context
        case .report(let u, let p): return reportWithCompleteness(u, p)
        case .recordedReport(let u, let span):
            var context = reportWithCompleteness(u, span.first)
            context[.recorded] = true
            return context
        case .indexOverview: return indexOverview()
        case .indexGroup(let k): return indexGroup(k)
        case .freePage(let i): return freePage(i)
        case .openData: return openDataPage()
        case .notFound: return notFound()
        }
    }

    /// A report shows the unit's rank, so it says too whether that month is complete.
    private func reportWithCompleteness(_ u: UnitID, _ p: Period) -> Object {
        var context = report(u, p)
        if let s = archive.standing(u, in: p), let note = monthPartialNote(s, p) { context[.monthPartial] = .text(note) }
        return context
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
