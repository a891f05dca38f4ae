import Foundation
import MinhBachCore
import MinhBachContent

/// `minhbach import units`: turns the statistics office's list of administrative units (one
/// row per commune, with its province and, before 2025, its district) into unit files, as
/// `minhbach new unit` writes them, one for each province, district and commune, except the
/// site's root. Every problem is reported with its line, and nothing is written while there is
/// one; an existing unit is never changed, and a second run writes nothing.
///
///     Tỉnh / Thành phố;Mã TP;Phường / Xã;Mã PX;Cấp
///     Tỉnh Tây Ninh;80;Phường Thanh Điền;25633;Phường     → units/tay-ninh.md, units/thanh-dien.md
public struct UnitListImporter {
    public struct Options: Sendable {
        public var content: String
        public var csv: String
        /// One province only, by its name ("Tây Ninh", "Tỉnh Tây Ninh") or its code ("80").
        public var province: String?
        public var write: Bool

        public init(content: String, csv: String, province: String? = nil, write: Bool = false) {
            self.content = content; self.csv = csv; self.province = province; self.write = write
        }
    }

    /// A unit file the list asks for.
    public struct Planned: Sendable {
        /// The first line of the list that names the unit.
        public let line: Int
        public let name: String
        public let slug: String
        public let path: String
        /// `create`, `unchanged`, or `refuse` when a file of that name says something else.
        public let action: Importer.Action
        public let text: String
        /// The list's coordinates, when a file that is kept has none or others.
        public var coordinates: CoordinatesKept? = nil
    }

    /// What an existing unit file that is not changed says of the place the list gives.
    public enum CoordinatesKept: Sendable, Equatable {
        /// The file has no `lat` and `lon`; the list has these.
        case missing(Coordinates)
        /// The file has its own; the list has these.
        case differ(Coordinates)
    }

    /// Units that wanted one slug, and the slugs they got.
    public struct ToldApart: Sendable, Equatable {
        public struct Member: Sendable, Equatable {
            public let slug: String
            public let name: String
            /// 0 for the site's root or a unit of the site, which are not on the list.
            public let line: Int
            /// The file of a unit the site has already.
            public let file: String?

            public init(slug: String, name: String, line: Int, file: String? = nil) {
                self.slug = slug; self.name = name; self.line = line; self.file = file
            }
        }
        public let slug: String
        public let members: [Member]
    }

    public struct Outcome: Sendable {
        /// In the order of their lines, each province or district before its first commune.
        public var units: [Planned] = []
        public var toldApart: [ToldApart] = []
        /// Every problem of the list, with its line, in line order.
        public var problems: [Diagnostic] = []
        public var written: [String] = []
    }

    /// The import, step by step: the list read and its columns recognised, its rows turned into
    /// units, the site's root found among them, the slugs given, each file compared with the one
    /// already there, and (with `--write`, and only when nothing is wrong) the new files written.
    public static func run(_ o: Options) -> Result<Outcome, EditorError> {
        let content: ContentSet
        switch Importer.site(o.content) {
        case .success(let read): content = read
        case .failure(let e): return .failure(e)
        }
        let csv: CSVReader
        switch Importer.readCSV(o.csv) {
        case .success(let read): csv = read
        case .failure(let e): return .failure(e)
        }
        guard let header = csv.records.first?.fields.map({ $0.trimmingWhitespace() }) else {
            return .failure(EditorError("the list in \(o.csv) is empty", hint: "export the list of units again"))
        }
        let columns: UnitListColumns
        switch UnitListColumns.recognise(header, file: o.csv) {
        case .success(let found): columns = found
        case .failure(let e): return .failure(e)
        }
        var reader = RowReader(columns: columns, header: header, file: o.csv)
        for record in csv.records.dropFirst() { reader.read(record) }
        var problems = csv.problems.map { Importer.quoteDiagnostic($0, header: header, file: o.csv) } + reader.problems
        var units = reader.units
        if let wanted = o.province {
            switch only(province: wanted, units, file: o.csv) {
            case .success(let kept): units = kept
            case .failure(let e): return .failure(e)
            }
        }
        let root = content.units.first { $0.slug == content.site.root }
        problems += markRoot(&units, root: root, slug: content.site.root, file: o.csv)
        let slugs = assignSlugs(&units, root: (content.site.root, root?.name ?? content.site.root), existing: content.units, file: o.csv)
        problems += slugs.problems
        var outcome = Outcome()
        outcome.toldApart = slugs.toldApart
        outcome.units = plan(units, existing: content.units, rootSlug: content.site.root, folder: o.content, file: o.csv, problems: &problems)
        outcome.problems = problems.sortedForReport()
        if o.write && !outcome.problems.contains(where: { $0.severity == .error }) {
            for unit in outcome.units where unit.action == .create {
                switch Scaffold.write(Scaffold.Created(path: unit.path, text: unit.text)) {
                case .success: outcome.written.append(unit.path)
                case .failure(let e): return .failure(e)
                }
            }
        }
        return .success(outcome)
    }

    /// One province's units: the province, and the districts and communes below it.
    static func only(province wanted: String, _ units: [ListedUnit], file: String) -> Result<[ListedUnit], EditorError> {
        let provinces = units.filter { $0.level == .province }
        let name = Importer.comparableName(wanted)
        guard let province = provinces.first(where: { $0.code == wanted.trimmingWhitespace() })
                ?? provinces.first(where: { Importer.comparableName($0.name) == name }) else {
            let names = provinces.map { Importer.comparableName($0.name) }
            return .failure(EditorError("no province of \(file) is “\(wanted)”\(NearMiss.phrase(for: name, among: names))",
                                        hint: "give the province’s name as the list writes it, or its code (“Mã TP”)"))
        }
        var kept: Set<String> = [province.key]
        for level in [UnitLevel.district, .commune] {
            for u in units where u.level == level && u.parentKey.map(kept.contains) == true { kept.insert(u.key) }
        }
        return .success(units.filter { kept.contains($0.key) })
    }

    /// The unit of the list that is the site's root, if one is: it has the root's code, or
    /// else its name. It gets no file, and the units below it have the root as their parent.
    static func markRoot(_ units: inout [ListedUnit], root: MinhBachContent.Unit?, slug: String, file: String) -> [Diagnostic] {
        guard let root else { return [] }
        let above = units.indices.filter { units[$0].level != .commune }
        var matches = above.filter { root.code != nil && units[$0].code == root.code }
        if matches.isEmpty {
            let name = Importer.comparableWords(root.name)
            matches = above.filter { Importer.comparableWords(units[$0].name) == name }
        }
        guard let first = matches.first else { return [] }
        if matches.count > 1 {
            let other = units[matches[1]]
            return [.error(.importDuplicate, at: SourceLocation(file: file, line: other.line, column: other.column),
                           "“\(other.name)” (code \(other.code)) and the unit on line \(units[first].line) both have the name of the site’s root `\(slug)`",
                           hint: "give the root the code of the one it is (`code` in its unit file)")]
        }
        units[first].isRoot = true
        units[first].slug = slug
        return []
    }

    /// Each unit's file, and whether one is there already with the same fields.
    static func plan(_ units: [ListedUnit], existing: [MinhBachContent.Unit], rootSlug: String, folder: String, file: String,
                     problems: inout [Diagnostic]) -> [Planned] {
        let bySlug = Dictionary(existing.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let index = Dictionary(uniqueKeysWithValues: units.indices.map { (units[$0].key, $0) })
        var planned: [(level: UnitLevel, unit: Planned)] = []
        for u in units where !u.isRoot && !u.slug.isEmpty {
            let parent = u.parentKey.flatMap { index[$0] }.map { units[$0].slug } ?? rootSlug
            let path = folder + "/units/\(u.slug).md"
            var action = Importer.Action.create
            var kept: CoordinatesKept?
            if FileManager.default.fileExists(atPath: path) {
                let problem = difference(u, parent: parent, from: bySlug[u.slug], path: path, file: file)
                action = problem == nil ? .unchanged : .refuse
                if let problem { problems.append(problem) }
                // A place is not what a unit is: a file without one, or with its own, is kept as it is.
                if let listed = u.coordinates, let existing = bySlug[u.slug], existing.coordinates != listed {
                    kept = existing.coordinates == nil ? .missing(listed) : .differ(listed)
                }
            }
            let text = Scaffold.unitText(name: u.name, kind: u.kind, parent: parent, code: u.code, coordinates: u.coordinates, placeholder: false)
            planned.append((u.level, Planned(line: u.line, name: u.name, slug: u.slug, path: path, action: action, text: text, coordinates: kept)))
        }
        return planned.sorted { ($0.unit.line, $0.level) < ($1.unit.line, $1.level) }.map(\.unit)
    }

    /// Why the unit file already at `path` is not the unit of the list, if it is not.
    static func difference(_ u: ListedUnit, parent: String, from existing: MinhBachContent.Unit?, path: String, file: String) -> Diagnostic? {
        let at = SourceLocation(file: file, line: u.line, column: u.column)
        guard let existing else {
            return .error(.importChanged, at: at, "\(path) already exists, and is not a unit file that can be read; it is not overwritten",
                          hint: "run `minhbach check` to see why")
        }
        let fields: [(String, String?, String, Int)] = [("name", existing.name, u.name, u.column), ("kind", existing.kind, u.kind, u.column),
                                                        ("code", existing.code, u.code, u.codeColumn), ("parent", existing.parent, parent, u.column)]
        guard let (field, old, new, column) = fields.first(where: { $0.1 != $0.2 }) else { return nil }
        return .error(.importChanged, at: SourceLocation(file: file, line: u.line, column: column), field: field,
                      "\(path) already has `\(field)` \(old.map { "\"\($0)\"" } ?? "—"), the list gives \"\(new)\"; it is not overwritten",
                      hint: "correct the file or the list: an import never changes a unit that exists")
    }
}

/// A unit as the list gives it, before it has a file.
struct ListedUnit {
    let level: UnitLevel
    let name: String
    let kind: String
    /// The name without its kind: "Long Hoa" for "Phường Long Hoa".
    let rest: String
    let code: String
    /// The `key` of the province or district it belongs to.
    let parentKey: String?
    let line: Int
    /// The columns of its name and code, from 1, for messages.
    let column: Int
    let codeColumn: Int
    var slug = ""
    var isRoot = false
    /// A commune's centroid, when the list has the columns.
    var coordinates: Coordinates? = nil

    /// Codes are unique within a level only.
    static func key(_ level: UnitLevel, _ code: String) -> String { "\(level.rawValue):\(code)" }
    var key: String { Self.key(level, code) }
}
