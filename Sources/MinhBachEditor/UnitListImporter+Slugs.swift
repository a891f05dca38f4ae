import MinhBachCore
import MinhBachContent

extension UnitListImporter {
    /// The slug a unit gets when no other unit wants it: its name without the kind and the
    /// diacritics, as the sample's units are named ("Phường Long Hoa" → `long-hoa`). A name that
    /// is only a number keeps its kind ("Phường 1" → `phuong-1`), as a slug `1` says nothing.
    static func baseSlug(kind: String, rest: String) -> String {
        rest.allSatisfy(\.isNumber) ? Slug.suggest(from: kind + " " + rest) : Slug.suggest(from: rest)
    }

    /// Who holds a slug: the site's root, a unit of the list, or a unit already on the site.
    enum Holder {
        case root, listed(Int), existing(MinhBachContent.Unit)
    }

    /// Every unit's slug. Levels are named top down, so that a unit can be told apart by its
    /// parent's final slug. A unit the site has already (same code, name and parent, or the
    /// same name and parent where the site's unit has no statistics code) keeps its file's
    /// slug, and every other slug of the site stays taken: after the 2025 reorganisation, new
    /// Tỉnh Tây Ninh (code 80) is not old Tỉnh Tây Ninh (72), nor old Tỉnh Long An (80). A
    /// new unit keeps its plain slug when it is the only one of its level that wants it and no
    /// one holds it already (the site's root, the site's units, then the provinces, then the
    /// districts). The others that want one slug are told apart by their parent's name
    /// (`tan-an-tay-ninh`), and those whose parent has two of that name also by their code
    /// (`tan-an-tay-ninh-27637`). Nothing here depends on the order of the rows: the same list
    /// and the same site always give the same slugs.
    static func assignSlugs(_ units: inout [ListedUnit], root: (slug: String, name: String),
                            existing: [MinhBachContent.Unit] = [], file: String)
        -> (toldApart: [ToldApart], problems: [Diagnostic]) {
        var taken: [String: Holder] = [root.slug: .root]
        for unit in existing where unit.slug != root.slug { taken[unit.slug] = .existing(unit) }
        let existingByParent = Dictionary(grouping: existing.filter { $0.parent != nil }, by: { $0.parent! })
        let index = Dictionary(uniqueKeysWithValues: units.indices.map { (units[$0].key, $0) })
        var toldApart: [ToldApart] = [], problems: [Diagnostic] = []
        for level in UnitLevel.allCases {
            let order = units.indices.filter { units[$0].level == level && !units[$0].isRoot }.sorted { units[$0].code < units[$1].code }
            var fresh: [Int] = []
            for i in order {
                let parent = parentSlug(units[i], units, index, root.slug)
                if let known = sameUnit(units[i], among: existingByParent[parent] ?? []) {
                    units[i].slug = known.slug
                    taken[known.slug] = .listed(i)
                } else {
                    fresh.append(i)
                }
            }
            let bases = fresh.map { baseSlug(kind: units[$0].kind, rest: units[$0].rest) }
            let wanted = Dictionary(grouping: bases, by: { $0 }).mapValues(\.count)
            var pending: [(unit: Int, base: String)] = []
            for (i, base) in zip(fresh, bases) {
                if wanted[base] == 1 && taken[base] == nil { units[i].slug = base; taken[base] = .listed(i) } else { pending.append((i, base)) }
            }
            let told = pending
            // The site's units that hold a slug tried, to be named among the units told apart.
            var held: [String: [MinhBachContent.Unit]] = [:]
            for withCode in [false, true] {
                let candidates = pending.map { p in
                    let u = units[p.unit]
                    return p.base + "-" + parentName(u, units, index, root.slug) + (withCode ? "-" + Slug.suggest(from: u.code) : "")
                }
                let counts = Dictionary(grouping: candidates, by: { $0 }).mapValues(\.count)
                pending = zip(pending, candidates).compactMap { p, candidate in
                    if case .existing(let unit) = taken[candidate], held[p.base]?.contains(where: { $0.slug == unit.slug }) != true {
                        held[p.base, default: []].append(unit)
                    }
                    guard counts[candidate] == 1, taken[candidate] == nil else { return p }
                    units[p.unit].slug = candidate
                    taken[candidate] = .listed(p.unit)
                    return nil
                }
            }
            for p in pending {
                let u = units[p.unit]
                problems.append(.error(.importDuplicate, at: SourceLocation(file: file, line: u.line, column: u.column),
                                       "“\(u.name)” (code \(u.code)) cannot be told apart from another unit of the same name, parent and code",
                                       hint: "a unit is listed twice; keep one of its rows"))
            }
            toldApart += report(told, units: units, taken: taken, held: held, root: root)
        }
        return (toldApart, problems)
    }

    /// The site's unit that is `u`, if there is one under the same parent: the same code and
    /// name, or the same name where the site's unit has no code of the statistics office (a
    /// unit written by hand, with an electronic identifier or none), so that the import then
    /// names the field that differs rather than adding the unit a second time.
    static func sameUnit(_ u: ListedUnit, among siblings: [MinhBachContent.Unit]) -> MinhBachContent.Unit? {
        let name = Importer.comparableWords(u.name)
        let named = siblings.filter { Importer.comparableWords($0.name) == name }
        return named.first { $0.code == u.code } ?? named.first { $0.code.flatMap(UnitCodeKind.init) != .administrative }
    }

    private static func parentSlug(_ u: ListedUnit, _ units: [ListedUnit], _ index: [String: Int], _ root: String) -> String {
        u.parentKey.flatMap { index[$0] }.map { units[$0].slug } ?? root
    }

    /// What tells a unit apart from others of its name: its parent's own name as a slug, even
    /// when the parent was itself told apart, so that Phường 1 of old Thành phố Tây Ninh is
    /// `phuong-1-tay-ninh` and not `phuong-1-tay-ninh-tay-ninh-viet-nam`.
    private static func parentName(_ u: ListedUnit, _ units: [ListedUnit], _ index: [String: Int], _ root: String) -> String {
        guard let p = u.parentKey.flatMap({ index[$0] }) else { return root }
        return units[p].isRoot ? units[p].slug : baseSlug(kind: units[p].kind, rest: units[p].rest)
    }

    /// The units told apart, by the slug they wanted, with the unit above them that kept it.
    private static func report(_ told: [(unit: Int, base: String)], units: [ListedUnit], taken: [String: Holder],
                               held: [String: [MinhBachContent.Unit]], root: (slug: String, name: String)) -> [ToldApart] {
        Dictionary(grouping: told, by: \.base).map { base, group in
            var members = group.filter { !units[$0.unit].slug.isEmpty }.map {
                ToldApart.Member(slug: units[$0.unit].slug, name: units[$0.unit].name, line: units[$0.unit].line)
            }
            switch taken[base] {
            case .listed(let holder): members.append(.init(slug: base, name: units[holder].name, line: units[holder].line))
            case .existing(let unit): members.append(.init(slug: base, name: unit.name, line: 0, file: unit.location.file))
            case .root: members.append(.init(slug: base, name: root.name, line: 0))
            case nil: break
            }
            members += (held[base] ?? []).map { .init(slug: $0.slug, name: $0.name, line: 0, file: $0.location.file) }
            return ToldApart(slug: base, members: members.sorted { $0.slug < $1.slug })
        }.sorted { $0.slug < $1.slug }
    }
}
