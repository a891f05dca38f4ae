import MinhBachCore

extension UnitListImporter {
    /// The slug a unit gets when no other unit wants it: its name without the kind and the
    /// diacritics, as the sample's units are named ("Phường Long Hoa" → `long-hoa`). A name that
    /// is only a number keeps its kind ("Phường 1" → `phuong-1`), as a slug `1` says nothing.
    static func baseSlug(kind: String, rest: String) -> String {
        rest.allSatisfy(\.isNumber) ? Slug.suggest(from: kind + " " + rest) : Slug.suggest(from: rest)
    }

    /// Every unit's slug. Levels are named top down, so that a unit can be told apart by its
    /// parent's final slug, and a unit keeps its plain slug when it is the only one of its
    /// level that wants it and no unit above it has it already (the site's root, then the
    /// provinces, then the districts). The others that want one slug are told apart by their
    /// parent's slug (`tan-an-tay-ninh`), and those whose parent has two of that name also by
    /// their code (`tan-an-tay-ninh-27637`). Nothing here depends on the order of the rows: the
    /// same list always gives the same slugs.
    static func assignSlugs(_ units: inout [ListedUnit], root: (slug: String, name: String), file: String)
        -> (toldApart: [ToldApart], problems: [Diagnostic]) {
        // Who holds each slug: a unit's index, or nil for the site's root.
        var taken: [String: Int?] = [root.slug: nil]
        let index = Dictionary(uniqueKeysWithValues: units.indices.map { (units[$0].key, $0) })
        var toldApart: [ToldApart] = [], problems: [Diagnostic] = []
        for level in UnitLevel.allCases {
            let order = units.indices.filter { units[$0].level == level && !units[$0].isRoot }.sorted { units[$0].code < units[$1].code }
            let bases = order.map { baseSlug(kind: units[$0].kind, rest: units[$0].rest) }
            let wanted = Dictionary(grouping: bases, by: { $0 }).mapValues(\.count)
            var pending: [(unit: Int, base: String)] = []
            for (i, base) in zip(order, bases) {
                if wanted[base] == 1 && taken[base] == nil { units[i].slug = base; taken[base] = i } else { pending.append((i, base)) }
            }
            let told = pending
            for withCode in [false, true] {
                let candidates = pending.map { p in
                    let u = units[p.unit]
                    return p.base + "-" + parentSlug(u, units, index, root.slug) + (withCode ? "-" + Slug.suggest(from: u.code) : "")
                }
                let counts = Dictionary(grouping: candidates, by: { $0 }).mapValues(\.count)
                pending = zip(pending, candidates).compactMap { p, candidate in
                    guard counts[candidate] == 1, taken[candidate] == nil else { return p }
                    units[p.unit].slug = candidate
                    taken[candidate] = p.unit
                    return nil
                }
            }
            for p in pending {
                let u = units[p.unit]
                problems.append(.error(.importDuplicate, at: SourceLocation(file: file, line: u.line, column: u.column),
                                       "“\(u.name)” (code \(u.code)) cannot be told apart from another unit of the same name, parent and code",
                                       hint: "a unit is listed twice; keep one of its rows"))
            }
            toldApart += report(told, units: units, taken: taken, root: root)
        }
        return (toldApart, problems)
    }

    private static func parentSlug(_ u: ListedUnit, _ units: [ListedUnit], _ index: [String: Int], _ root: String) -> String {
        u.parentKey.flatMap { index[$0] }.map { units[$0].slug } ?? root
    }

    /// The units told apart, by the slug they wanted, with the unit above them that kept it.
    private static func report(_ told: [(unit: Int, base: String)], units: [ListedUnit], taken: [String: Int?],
                               root: (slug: String, name: String)) -> [ToldApart] {
        Dictionary(grouping: told, by: \.base).map { base, group in
            var members = group.filter { !units[$0.unit].slug.isEmpty }.map {
                ToldApart.Member(slug: units[$0.unit].slug, name: units[$0.unit].name, line: units[$0.unit].line)
            }
            if let holder = taken[base] {
                if let holder { members.append(.init(slug: base, name: units[holder].name, line: units[holder].line)) }
                else { members.append(.init(slug: base, name: root.name, line: 0)) }
            }
            return ToldApart(slug: base, members: members.sorted { $0.slug < $1.slug })
        }.sorted { $0.slug < $1.slug }
    }
}
