import MinhBachCore
import MinhBachContent

extension ReformImporter {
    /// What the reorganisation makes of each unit: the map's old units dissolved into its new
    /// ones, the new ones established, then the districts and provinces above them.
    struct Plan {
        private(set) var dissolved: Set<String> = []
        private(set) var established: Set<String> = []
        /// An old unit's new units, the one its figures continue in first.
        private(set) var successors: [String: [String]] = [:]
        /// Units in the order they are reported, each with the first line that names it (0 for
        /// a district or province).
        private(set) var order: [(slug: String, line: Int)] = []
        let date: Day

        init(_ found: [Found], site: SiteUnits, rows: MapRows, file: String, problems: inout [Diagnostic]) {
            date = site.date
            let byOld = Dictionary(grouping: found, by: \.old)
            // A row whose old and new unit are one unit says it goes on (a site that has it once).
            let goingOn = Set(found.filter { $0.old == $0.new }.map(\.old))
            var seen: Set<Int> = []
            for f in found where seen.insert(f.old).inserted && !goingOn.contains(f.old) {
                let group = byOld[f.old]!
                guard let new = principalFirst(group, site: site, rows: rows, file: file, problems: &problems) else { continue }
                let slug = site.units[f.old].slug
                dissolved.insert(slug)
                successors[slug] = new.map { site.units[$0].slug }
                order.append((slug, f.row.line))
            }
            var seenNew: Set<Int> = []
            for f in found where seenNew.insert(f.new).inserted && !goingOn.contains(f.new) {
                let slug = site.units[f.new].slug
                if dissolved.contains(slug), let first = byOld[f.new]?.first {
                    problems.append(.error(.importDuplicate, at: rows.at(file, f.row.line, .newCode),
                                           "\(site.path(f.new)) is a new unit here, and an old unit dissolved on line \(first.row.line)",
                                           hint: "a unit either ends on the date or begins on it: correct one of the two rows"))
                    continue
                }
                established.insert(slug)
                order.append((slug, f.row.line))
            }
            containers(site)
        }

        /// The old unit's new units in the map's order, the one marked “Chính” first; nil (and
        /// a problem) when it went into several and “Chính” marks none, or more than one.
        private func principalFirst(_ group: [Found], site: SiteUnits, rows: MapRows, file: String, problems: inout [Diagnostic]) -> [Int]? {
            var new: [Int] = []
            for f in group where !new.contains(f.new) { new.append(f.new) }
            guard new.count > 1, rows.columns[.principal] != nil else { return new }
            let marked = Array(Set(group.filter { $0.row.principal == true }.map(\.new)))
            guard marked.count == 1 else {
                let lines = group.map { "\($0.row.line)" }.joined(separator: ", ")
                let column = rows.header[rows.columns[.principal]!]
                problems.append(.error(.badValue, at: rows.at(file, group[0].row.line, .principal), field: column,
                                       marked.isEmpty ? "\(site.units[group[0].old].name) went into \(new.count) units (lines \(lines)), and “\(column)” marks none of them"
                                                      : "\(site.units[group[0].old].name) went into \(new.count) units (lines \(lines)), and “\(column)” marks \(marked.count) of them",
                                       hint: "mark with x the one row whose new unit the old unit’s figures continue in"))
                return nil
            }
            return marked + new.filter { $0 != marked[0] }
        }

        /// A unit with units below it (not the root) ends on the date when every unit below it
        /// that existed before does, and none goes on: it is dissolved, and its successors are
        /// the units beside it (same parent) that its units' figures went on in, most first
        /// (old Tỉnh Long An → Tỉnh Tây Ninh; an old district has none, its province goes on or
        /// is itself dissolved). It begins on the date when every unit below it is new. Deepest
        /// first, so that a province sees what its districts became.
        private mutating func containers(_ site: SiteUnits) {
            func depth(_ i: Int) -> Int {
                var d = 0, p = site.units[i].parent
                while let s = p, let j = site.bySlug[s], d < site.units.count { d += 1; p = site.units[j].parent }
                return d
            }
            let parents = site.units.indices.filter { site.children[site.units[$0].slug] != nil && site.units[$0].slug != site.root }
            let depths = Dictionary(uniqueKeysWithValues: parents.map { ($0, depth($0)) })
            for c in parents.sorted(by: { (depths[$0]!, site.units[$1].slug) > (depths[$1]!, site.units[$0].slug) }) {
                let unit = site.units[c], kids = site.children[unit.slug]!
                let before = kids.filter { endsOrWent(site, $0) }, after = kids.filter { goesOnOrBegins(site, $0) }
                if site.existedBefore(c), !before.isEmpty, after.isEmpty {
                    dissolved.insert(unit.slug)
                    successors[unit.slug] = inheritors(of: c, site: site)
                    order.append((unit.slug, 0))
                } else if site.existsAfter(c), !after.isEmpty, after.allSatisfy({ begins(site, $0) }),
                          !kids.contains(where: { site.existedBefore($0) && !established.contains(site.units[$0].slug) }) {
                    established.insert(unit.slug)
                    order.append((unit.slug, 0))
                }
            }
        }

        /// The unit begins on the date (by this map or by its file).
        private func begins(_ site: SiteUnits, _ i: Int) -> Bool {
            established.contains(site.units[i].slug) || site.units[i].established == date
        }

        /// The unit existed before the date and ends on it (by this map or by its file).
        private func endsOrWent(_ site: SiteUnits, _ i: Int) -> Bool {
            site.existedBefore(i) && (dissolved.contains(site.units[i].slug) || site.units[i].dissolved == date)
        }

        /// The unit exists after the date (it was not dissolved by this map).
        private func goesOnOrBegins(_ site: SiteUnits, _ i: Int) -> Bool {
            site.existsAfter(i) && !dissolved.contains(site.units[i].slug)
        }

        /// The units beside `c` that the figures of the units below it went on in, most first.
        private func inheritors(of c: Int, site: SiteUnits) -> [String] {
            let parent = site.units[c].parent
            var count: [String: Int] = [:]
            var stack = site.children[site.units[c].slug] ?? []
            while let i = stack.popLast() {
                let slug = site.units[i].slug
                stack += site.children[slug] ?? []
                guard let first = (successors[slug] ?? site.units[i].successors).first else { continue }
                // Up from the successor to the unit beside `c`, if it has one.
                var s: String? = first, steps = 0
                while let current = s, let j = site.bySlug[current], steps <= site.units.count {
                    if site.units[j].parent == parent {
                        // A unit with units below it, as `c` has: on a province's own site, old
                        // Tỉnh Long An under the root went into communes, not into a unit like it.
                        if current != site.units[c].slug, site.children[current] != nil { count[current, default: 0] += 1 }
                        break
                    }
                    s = site.units[j].parent
                    steps += 1
                }
            }
            return count.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        }
    }
}

extension ReformImporter.Plan {
    /// Each unit's change: the fields it gets, and those its file has already with the same
    /// value. A value already there and different is a problem, never overwritten.
    func changes(site: ReformImporter.SiteUnits, folder: String, file: String, problems: inout [Diagnostic]) -> [ReformImporter.Change] {
        order.compactMap { slug, line in
            guard let i = site.bySlug[slug] else { return nil }
            let unit = site.units[i]
            var wanted: [(field: ReformImporter.Field, has: String?)] = []
            if dissolved.contains(slug) {
                wanted.append((.init(name: "dissolved", value: date.description), unit.dissolved?.description))
                if let next = successors[slug], !next.isEmpty {
                    wanted.append((.init(name: "successor", value: Self.yaml(next)), unit.successors.isEmpty ? nil : Self.yaml(unit.successors)))
                }
            }
            if established.contains(slug) {
                wanted.append((.init(name: "established", value: date.description), unit.established?.description))
            }
            var fields: [ReformImporter.Field] = [], kept: [ReformImporter.Field] = []
            for (field, has) in wanted {
                guard let has else { fields.append(field); continue }
                if has == field.value { kept.append(field); continue }
                let at = line > 0 ? SourceLocation(file: file, line: line, column: 1) : unit.location
                problems.append(.error(.importChanged, at: at, field: field.name,
                                       "\(unit.location.file) already has `\(field.name)` \(has), the map gives \(field.value); it is not changed",
                                       hint: "an import never changes what a unit file says: correct the file or the map"))
            }
            return ReformImporter.Change(line: line, slug: slug, name: unit.name, path: unit.location.file, fields: fields, kept: kept)
        }
    }

    /// `thanh-dien`, or `[truong-thanh, tan-thanh]`: slugs need no quotes in YAML.
    static func yaml(_ slugs: [String]) -> String {
        slugs.count == 1 && Slug.isValid(slugs[0]) ? slugs[0] : "[" + slugs.map { Slug.isValid($0) ? $0 : Scaffold.quoted($0) }.joined(separator: ", ") + "]"
    }
}
