import MinhBachCore
import MinhBachContent

extension ReformImporter {
    /// A row with its units found: indices into `SiteUnits.units`.
    struct Found {
        let row: MapRow
        let old: Int
        let new: Int
    }

    enum Side {
        case old, new

        var codeField: ReformColumns.Field { self == .old ? .oldCode : .newCode }
        var nameField: ReformColumns.Field { self == .old ? .oldName : .newName }
    }

    /// The site's units, by slug, by code and by parent, and which of them existed before the
    /// day of the reorganisation and which after it.
    struct SiteUnits {
        let units: [MinhBachContent.Unit]
        let root: String
        let date: Day
        let bySlug: [String: Int]
        let byCode: [String: [Int]]
        let children: [String: [Int]]

        init(_ units: [MinhBachContent.Unit], root: String, date: Day) {
            self.units = units
            self.root = root
            self.date = date
            bySlug = Dictionary(units.indices.map { (units[$0].slug, $0) }, uniquingKeysWith: { a, _ in a })
            byCode = Dictionary(grouping: units.indices.filter { units[$0].code != nil }, by: { units[$0].code! })
            children = Dictionary(grouping: units.indices.filter { units[$0].parent != nil }, by: { units[$0].parent! })
        }

        /// Existed the day before `date`: an old unit of the reorganisation.
        func existedBefore(_ i: Int) -> Bool {
            (units[i].established.map { $0 < date } ?? true) && (units[i].dissolved.map { $0 >= date } ?? true)
        }

        /// Exists on `date`: a new unit, or one that goes on.
        func existsAfter(_ i: Int) -> Bool {
            (units[i].established.map { $0 <= date } ?? true) && (units[i].dissolved.map { $0 > date } ?? true)
        }

        func path(_ i: Int) -> String { units[i].location.file }

        /// The map's name and the unit's are the same, the kind aside when the map leaves it out
        /// ("Hiệp Tân" is "Phường Hiệp Tân").
        static func sameName(_ given: String, _ unit: MinhBachContent.Unit) -> Bool {
            if Importer.comparableWords(given) == Importer.comparableWords(unit.name) { return true }
            guard UnitKind.split(given) == nil else { return false }
            return Importer.comparableWords(given) == Importer.comparableWords(UnitKind.split(unit.name)?.rest ?? unit.name)
        }

        /// Each row's old and new unit. A code held by several units of its side (a site that
        /// has both the lists before and after the date, before the reorganisation is recorded)
        /// is told apart by the names, then by the units already found on the other side, then
        /// by where the neighbours went: of two undated "Xã Tân Thành" 25870, the old one is in
        /// the district whose other communes the map dissolves.
        func resolve(_ map: MapRows, file: String, problems: inout [Diagnostic]) -> [Found] {
            let rows = map.rows
            var old = rows.map { candidates($0, .old) }, new = rows.map { candidates($0, .new) }
            for _ in 0..<2 {
                let oldFound = Set(old.compactMap { $0.count == 1 ? $0[0] : nil }), newFound = Set(new.compactMap { $0.count == 1 ? $0[0] : nil })
                let oldParents = counts(oldFound), newParents = counts(newFound)
                for k in rows.indices {
                    old[k] = narrowed(old[k], notAmong: newFound, towards: oldParents, awayFrom: newParents)
                    new[k] = narrowed(new[k], notAmong: oldFound, towards: newParents, awayFrom: oldParents)
                }
            }
            var found: [Found] = [], failed: Set<String> = []
            for (k, row) in rows.enumerated() {
                let o = report(row, .old, old[k], map: map, file: file, problems: &problems)
                let n = report(row, .new, new[k], map: map, file: file, problems: &problems)
                if let o, let n { found.append(Found(row: row, old: o, new: n)) } else { failed.insert(row.oldCode) }
            }
            // An old unit with a row in doubt is left out whole: its other rows alone would
            // give it the wrong successors (or, divided, no “Chính”), a second problem for one.
            return found.filter { !failed.contains($0.row.oldCode) }
        }

        /// The units of the row's side with its code (and its name, when given).
        private func candidates(_ row: MapRow, _ side: Side) -> [Int] {
            let code = side == .old ? row.oldCode : row.newCode, name = side == .old ? row.oldName : row.newName
            return (byCode[code] ?? []).filter { i in
                (side == .old ? existedBefore(i) : existsAfter(i)) && name.map { Self.sameName($0, units[i]) } != false
            }
        }

        private func counts(_ found: Set<Int>) -> [String: Int] {
            var n: [String: Int] = [:]
            for i in found { if let p = units[i].parent { n[p, default: 0] += 1 } }
            return n
        }

        private func narrowed(_ list: [Int], notAmong other: Set<Int>, towards: [String: Int], awayFrom: [String: Int]) -> [Int] {
            guard list.count > 1 else { return list }
            let free = list.filter { !other.contains($0) }
            if free.count == 1 { return free }
            let pool = free.isEmpty ? list : free
            let score = pool.map { i in units[i].parent.map { (towards[$0] ?? 0) - (awayFrom[$0] ?? 0) } ?? 0 }
            guard let best = score.max(), best > 0, score.filter({ $0 == best }).count == 1 else { return pool }
            return [pool[score.firstIndex(of: best)!]]
        }

        /// The row's unit of `side`, or why there is none (with every unit the code names).
        private func report(_ row: MapRow, _ side: Side, _ list: [Int], map: MapRows, file: String, problems: inout [Diagnostic]) -> Int? {
            if list.count == 1 { return list[0] }
            let code = side == .old ? row.oldCode : row.newCode, name = side == .old ? row.oldName : row.newName
            let column = map.header[map.columns[side.codeField]!]
            let nameColumn = map.columns[side.nameField].map { map.header[$0] } ?? side.nameField.official
            let at = map.at(file, row.line, side.codeField)
            let holders = (byCode[code] ?? []).filter { side == .old ? existedBefore($0) : existsAfter($0) }
            let named = holders.map { "\(path($0)) (“\(units[$0].name)”)" }.joined(separator: ", ")
            if list.count > 1 {
                let hint: Message = name == nil ? "give the map the columns “Tên cũ” and “Tên mới”, so that the names tell them apart"
                                                : "give one of them its `established` or `dissolved` date by hand"
                problems.append(.error(.importDuplicate, at: at, field: column,
                                       side == .old ? "“\(column)” \(code) is the code of \(list.count) units of this site before \(date): \(named)"
                                                    : "“\(column)” \(code) is the code of \(list.count) units of this site on \(date): \(named)",
                                       hint: hint))
            } else if let name, !holders.isEmpty {
                problems.append(.error(.importChanged, at: map.at(file, row.line, side.nameField), field: nameColumn,
                                       side == .old ? "“\(nameColumn)” is “\(name)”, but the unit with the code \(code) before \(date) is \(named)"
                                                    : "“\(nameColumn)” is “\(name)”, but the unit with the code \(code) on \(date) is \(named)",
                                       hint: "the names must agree: correct the map or the unit file"))
            } else if byCode[code] == nil {
                problems.append(.error(.unknownUnit, at: at, field: column, "“\(column)” \(code) is not the code of a unit of this site",
                                       hint: side == .old ? "import the list of units as it was before \(date) first (`minhbach import units OLD.csv --write`)"
                                                          : "import the list of units since \(date) first (`minhbach import units NEW.csv --write`)"))
            } else {
                let others = byCode[code]!.map { "\(path($0)) (“\(units[$0].name)”)" }.joined(separator: ", ")
                problems.append(.error(.unknownUnit, at: at, field: column,
                                       side == .old ? "“\(column)” \(code) is the code of \(others), which did not exist before \(date)"
                                                    : "“\(column)” \(code) is the code of \(others), which does not exist on \(date)",
                                       hint: "correct the code, or the unit's `established` or `dissolved` date"))
            }
            return nil
        }
    }
}
