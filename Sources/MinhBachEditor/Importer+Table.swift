import Foundation
import MinhBachCore
import MinhBachContent

/// The table an import reads, as an office has it: a CSV file or an `.xlsx` workbook, with a
/// title or two above its header, and headers the import may not know.
extension Importer {
    /// The table as read: the header found, what each column holds, and the rows below it.
    struct Table {
        let header: [String]
        let columns: [Column]
        /// The lines below the header, each with its line in the file (its row in the sheet).
        let rows: [CSVReader.Record]
        let quoteProblems: [CSVReader.Problem]
        /// A warning for each line above the header that was not empty (a title, a date).
        let titleLines: [Diagnostic]
        /// Whether the table is a sheet, whose cells have names ("C7").
        let isSheet: Bool
        let mapping: Mapping

        /// The name of the cell of column `k` (from 0) on `line`: "C7" in a sheet; nil in a CSV file.
        func cellName(_ k: Int, line: Int) -> String? {
            isSheet ? XLSXReader.letters(k) + String(line) : nil
        }

        /// The header of column `k` as the file writes it, or its number when it has none.
        func headerText(_ k: Int) -> String {
            k < header.count && !header[k].isEmpty ? header[k] : "#\(k + 1)"
        }
    }

    /// Which header went to which field, as `import` prints it before anything else.
    public struct Mapping: Sendable {
        /// The first line of the mapping ("columns of table.csv (the header is line 3):"),
        /// then one line per header.
        public let lines: [Message]
        /// The headers that are read by no field and that the import does not know.
        public let unmapped: [String]
    }

    /// The rows of a file as read, before its header is looked for.
    struct Source {
        let records: [CSVReader.Record]
        let problems: [CSVReader.Problem]
        /// The sheet read, for a workbook.
        let sheet: String?
    }

    /// The table read, its header found (the first line whose headers name a score and a unit:
    /// the lines above it are titles, each said to be skipped) and its columns recognised, by
    /// the portal's names, the site's own download columns or a mapping file. A column the
    /// import needs and does not find, two columns for one field, or (`--strict`) a header it
    /// does not know stop it.
    /// - Parameter editions: every edition's keys, which the site's CSV has as columns.
    static func readTable(_ o: Options, content: ContentSet, editions: IndexDefinition? = nil,
                          mapped: (Mapping) -> Void) -> Result<Table, EditorError> {
        let source: Source
        switch readSource(o) {
        case .success(let read): source = read
        case .failure(let e): return .failure(e)
        }
        var mapping: [String: String] = [:]
        if let file = o.mapping {
            switch readMapping(file) {
            case .success(let m): mapping = m
            case .failure(let e): return .failure(e)
            }
        }
        let records = source.records
        let classified = records.map { r in r.fields.map { classify($0, index: content.index, mapping: mapping, editions: editions) } }
        let found = classified.firstIndex { c in c.contains(.score) && (c.contains(.name) || c.contains(.code) || c.contains(.slug)) }
            ?? records.firstIndex { r in r.fields.contains { !$0.trimmingWhitespace().isEmpty } }
        guard let at = found else {
            return .failure(EditorError("the table in \(o.csv) is empty", hint: "export the month's table from the portal again"))
        }
        let header = records[at].fields.map { $0.trimmingWhitespace() }
        let columns = classified[at]
        let isSheet = source.sheet != nil
        let titles = records[..<at].compactMap { r -> Diagnostic? in
            guard let first = r.fields.lazy.map({ $0.trimmingWhitespace() }).first(where: { !$0.isEmpty }) else { return nil }
            return .warning(.importSkipped, at: SourceLocation(file: o.csv, line: r.line, column: 1),
                            "skipped: “\(first)” is above the header (line \(records[at].line)), not a unit’s row")
        }
        let map = describe(header, columns, file: o.csv, sheet: source.sheet, line: records[at].line, index: content.index)
        mapped(map)
        for (k, column) in columns.enumerated() where ![.ignored, .unmapped, .derived, .revision, .otherEdition].contains(column) {
            guard let first = columns[..<k].firstIndex(of: column) else { continue }
            return .failure(EditorError("the columns “\(header[first])” (column \(first + 1)) and “\(header[k])” (column \(k + 1)) of \(o.csv) both hold `\(column.key)`",
                                        hint: "keep one of them, or map the other to `ignore` in a mapping file (--map)"))
        }
        guard columns.contains(.score) else {
            return .failure(EditorError("no column of \(o.csv) holds the total score",
                                        hint: "the portal calls it “Tổng điểm”; name the column so, or map it in a mapping file (--map)"))
        }
        guard columns.contains(.name) || columns.contains(.code) || columns.contains(.slug) else {
            return .failure(EditorError("no column of \(o.csv) names the unit or its code",
                                        hint: "the portal calls them “Tên đơn vị” and “Mã định danh”"))
        }
        if o.strict && !map.unmapped.isEmpty {
            return .failure(EditorError("\(o.csv) has columns that no field reads: \(map.unmapped.map { "“\($0)”" }.joined(separator: ", ")) (--strict)",
                                        hint: "map each to a key, or to `ignore`, in a mapping file (--map); without --strict they are left out"))
        }
        return .success(Table(header: header, columns: columns, rows: Array(records[(at + 1)...]), quoteProblems: source.problems,
                              titleLines: titles, isSheet: isSheet, mapping: map))
    }

    /// The lines of the mapping: each header, the field it is read into (with the index's name
    /// for it) or that it is not read.
    static func describe(_ header: [String], _ columns: [Column], file: String, sheet: String?, line: Int,
                         index: IndexDefinition) -> Mapping {
        var lines: [Message] = [sheet.map { "columns of \(file), sheet “\($0)” (the header is row \(line)):" }
                                ?? "columns of \(file) (the header is line \(line)):"]
        var unmapped: [String] = []
        for (k, (text, column)) in zip(header, columns).enumerated() {
            let shown = text.isEmpty ? "#\(k + 1)" : text
            // A sheet's columns by their letters, as the spreadsheet shows them.
            let place = sheet == nil ? String(k + 1) : XLSXReader.letters(k)
            switch column {
            case .unmapped:
                lines.append("  “\(shown)” (column \(place)) → not read: no field has this name")
                if !text.isEmpty { unmapped.append(text) }
            case .ignored: lines.append("  “\(shown)” (column \(place)) → not read")
            case .derived: lines.append("  “\(shown)” (column \(place)) → not read: the build computes it")
            case .revision: lines.append("  “\(shown)” (column \(place)) → not read: a revision is kept in the result file's `revised_from`")
            case .otherEdition: lines.append("  “\(shown)” (column \(place)) → not read: a field of another edition of the index")
            default:
                if let name = fieldName(column, index: index) {
                    lines.append("  “\(shown)” (column \(place)) → `\(column.key)` (\(name))")
                } else {
                    lines.append("  “\(shown)” (column \(place)) → `\(column.key)`")
                }
            }
        }
        return Mapping(lines: lines, unmapped: unmapped)
    }

    /// The index's name for the field a column is read into.
    static func fieldName(_ column: Column, index: IndexDefinition) -> String? {
        switch column {
        case .group(let k), .groupSource(let k): return index.group(k)?.name
        case .indicator(let k): return index.indicator(k)?.name
        case .criterion(let k), .numerator(let k), .denominator(let k):
            return index.groups.lazy.flatMap(\.criteria).first { $0.key == k }?.name
        default: return nil
        }
    }

    /// The rows of the file: a workbook's sheet, or a CSV file's lines.
    static func readSource(_ o: Options) -> Result<Source, EditorError> {
        guard let data = FileManager.default.contents(atPath: o.csv) else {
            return .failure(EditorError("cannot read \(o.csv)"))
        }
        if XLSXReader.isZip(data) {
            do {
                let sheet = try XLSXReader(path: o.csv, sheet: o.sheet)
                return .success(Source(records: sheet.records, problems: [], sheet: sheet.sheet))
            } catch {
                return .failure(workbookError(error, file: o.csv))
            }
        }
        // The signature of the compound files Excel 97–2003 saved.
        if Array(data.prefix(4)) == [0xD0, 0xCF, 0x11, 0xE0] {
            return .failure(EditorError("\(o.csv) is an Excel 97–2003 workbook (.xls), which the import does not read",
                                        hint: "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV UTF-8"))
        }
        return readCSV(o.csv).map { Source(records: $0.records, problems: $0.problems, sheet: nil) }
    }

    static func workbookError(_ failure: XLSXReader.Failure, file: String) -> EditorError {
        switch failure {
        case .notAWorkbook:
            return EditorError("\(file) is a zip file but not an Excel workbook (.xlsx)",
                               hint: "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV UTF-8")
        case .noSuchSheet(let wanted, let names):
            return EditorError("the workbook \(file) has no sheet “\(wanted)”; its sheets: \(names.map { "“\($0)”" }.joined(separator: ", "))",
                               hint: "--sheet takes a sheet’s name or its number, from 1")
        case .damaged(let part):
            return EditorError("the part \(part) of the workbook \(file) cannot be read",
                               hint: "open it in Excel or LibreOffice and save it again")
        }
    }
}
