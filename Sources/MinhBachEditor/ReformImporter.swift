import Foundation
import MinhBachCore
import MinhBachContent

/// `minhbach import reform MAP.csv --date 2025-07-01`: records a reorganisation in the unit
/// files. Each old unit of the map gets `dissolved: DATE` and `successor` (the new units it
/// went into, the one its figures continue in first); each new unit gets `established:
/// DATE`; a district or province all of whose units were dissolved is dissolved too (and, when
/// its units went into units of one new province beside it, that province is its successor,
/// as old Tỉnh Long An's is new Tỉnh Tây Ninh); one all of whose units are new is established.
/// The unit pages then say "sáp nhập vào …" and "hình thành từ …", each linking to the other.
///
/// Codes are not unique across a reorganisation (new Phường Thanh Điền keeps old Phường Hiệp
/// Tân's 25633, new Tây Ninh old Long An's 80): an old code is looked up among the units that
/// existed before the date, a new one among those after it, and the names, when the map has
/// them, must agree. Every problem is reported with its line, nothing is written while there is
/// one, a value already written is never changed, and a second run writes nothing.
///
///     Mã PX cũ;Tên cũ;Mã PX mới;Tên mới
///     25633;Phường Hiệp Tân;25633;Phường Thanh Điền    → hiep-tan: dissolved, successor thanh-dien
///     25654;Xã Thanh Điền;25633;Phường Thanh Điền      → thanh-dien: established 2025-07-01
public struct ReformImporter {
    public struct Options: Sendable {
        public var content: String
        public var csv: String
        public var date: Day
        public var write: Bool

        public init(content: String, csv: String, date: Day, write: Bool = false) {
            self.content = content; self.csv = csv; self.date = date; self.write = write
        }
    }

    /// A field the import gives a unit, as its file will read.
    public struct Field: Sendable, Equatable {
        public let name: String
        public let value: String
    }

    /// A unit the reorganisation changes.
    public struct Change: Sendable {
        /// The first line of the map that names the unit; 0 for a district or province,
        /// which the map names through its units.
        public let line: Int
        public let slug: String
        public let name: String
        public let path: String
        /// The fields it gets, in the order they are written; those it has already with the
        /// same value are in `kept`.
        public let fields: [Field]
        public let kept: [Field]
        /// `update` when it gets a field, `unchanged` when it has them all already.
        public var action: Importer.Action { fields.isEmpty ? .unchanged : .update }
    }

    public struct Outcome: Sendable {
        /// Old units, then new ones, then districts and provinces, each in the map's order.
        public var changes: [Change] = []
        public var problems: [Diagnostic] = []
        public var written: [String] = []
    }

    /// The import, step by step: the map read and its columns recognised, each row's old and
    /// new unit found, what each unit becomes worked out (the map's units, then the districts
    /// and provinces above them), checked against what the files say already, and (with
    /// `--write`, and only when nothing is wrong) the files given their new fields.
    public static func run(_ o: Options) -> Result<Outcome, EditorError> {
        let content: ContentSet
        switch Importer.site(o.content) {
        case .success(let read): content = read
        case .failure(let e): return .failure(e)
        }
        let rows: MapRows
        switch MapRows.read(o.csv) {
        case .success(let read): rows = read
        case .failure(let e): return .failure(e)
        }
        var problems = rows.problems
        let site = SiteUnits(content.units, root: content.site.root, date: o.date)
        let found = site.resolve(rows, file: o.csv, problems: &problems)
        let plan = Plan(found, site: site, rows: rows, file: o.csv, problems: &problems)
        var outcome = Outcome()
        outcome.changes = plan.changes(site: site, folder: o.content, file: o.csv, problems: &problems)
        problems += laterResults(plan, content: content, date: o.date)
        outcome.problems = problems.sortedForReport()
        if o.write && !outcome.problems.contains(where: { $0.severity == .error }) {
            switch write(outcome.changes) {
            case .success(let written): outcome.written = written
            case .failure(let e): return .failure(e)
            }
        }
        return .success(outcome)
    }

    /// A result of a dissolved unit for a month from the date on, or of a new unit for a month
    /// before it: the build would refuse it (a result outside the unit's lifetime), so the
    /// import refuses first, naming the file, and writes nothing.
    static func laterResults(_ plan: Plan, content: ContentSet, date: Day) -> [Diagnostic] {
        content.results.compactMap { r -> Diagnostic? in
            if plan.dissolved.contains(r.unit), date <= r.period.firstDay {
                return .error(.afterDissolution, at: r.location,
                              "\(r.unit) would be dissolved on \(date), and this is its result for \(r.period)",
                              hint: "results after the reorganisation belong to the unit it went into: move the file, or correct the map")
            }
            if plan.established.contains(r.unit), date > r.period.lastDay {
                return .error(.beforeEstablishment, at: r.location,
                              "\(r.unit) would be established on \(date), and this is its result for \(r.period)",
                              hint: "results before the reorganisation belong to the units it was formed from: move the file, or correct the map")
            }
            return nil
        }
    }

    /// Each changed file given its new fields, whole (a reader never sees half a file); the
    /// paths written. Every file is read and its fields placed before any is written.
    static func write(_ changes: [Change]) -> Result<[String], EditorError> {
        var edited: [(path: String, text: String)] = []
        for change in changes where !change.fields.isEmpty {
            guard let text = try? String(contentsOfFile: change.path, encoding: .utf8),
                  let new = FrontMatterEdit.adding(change.fields.map { ($0.name, $0.value) }, to: text) else {
                return .failure(EditorError("cannot read the front matter of \(change.path); nothing was written", hint: "run `minhbach check` to see why"))
            }
            edited.append((change.path, new))
        }
        var written: [String] = []
        for file in edited {
            if let failure = FileSystem.writeWhole([Array(file.text.utf8)[...]], to: file.path) {
                let hint: Message = "free some space and run the import again: it writes only what is missing"
                guard let first = written.first else { return .failure(EditorError("cannot write \(file.path): \(failure)", hint: hint)) }
                return .failure(EditorError("cannot write \(file.path): \(failure); \(written.count) files were written before it, the first \(first)", hint: hint))
            }
            written.append(file.path)
        }
        return .success(written)
    }
}
