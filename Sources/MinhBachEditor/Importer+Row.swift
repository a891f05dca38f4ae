import Foundation
import MinhBachCore
import MinhBachContent
import MinhBachMarkdown

extension Importer {
    /// What one line of the table becomes: a row of the import (nil when it matches no file to
    /// make), and the problems that name the line.
    struct RowOutcome {
        var row: Row?
        var problems: [Diagnostic] = []
    }

    /// Turns the table's lines into result files: each matched to a unit (by code, else by
    /// name), written as a file would be, checked as the build checks files, and compared
    /// with the file already there.
    final class RowMaker {
        let o: Options
        let period: Period
        let content: ContentSet
        let table: Table
        let byCode: [String: MinhBachContent.Unit]
        let byName: [String: [MinhBachContent.Unit]]
        let byMarkedName: [String: [MinhBachContent.Unit]]
        /// The data lines that are not skipped: the count a rank is out of when the table does
        /// not say.
        let rowCount: Int
        let markdown = MarkdownRenderer()
        private var matched: Set<String> = []

        init(options: Options, period: Period, content: ContentSet, table: Table, units: [MinhBachContent.Unit]) {
            (o, self.period, self.content, self.table) = (options, period, content, table)
            byCode = Dictionary(units.compactMap { u in u.code.map { ($0, u) } }, uniquingKeysWith: { a, _ in a })
            // By name, only the units that exist in the month: a national site has old Xã Tân An
            // (dissolved in 2025) beside new Xã Tân An.
            let living = units.filter { $0.exists(in: period) }
            byName = Dictionary(grouping: living, by: { Importer.comparableName($0.name) })
            byMarkedName = Dictionary(grouping: living, by: { Importer.markedName($0.name) })
            let file = options.csv
            rowCount = table.csv.records.dropFirst().count { RowMaker.skipped($0, table, file) == nil }
        }

        /// The cell of column `c` in `cells`, trimmed; nil when empty.
        static func cell(_ c: Column, _ cells: [String], _ table: Table) -> String? {
            guard let k = table.columns.firstIndex(of: c), k < cells.count else { return nil }
            let v = cells[k].trimmingWhitespace()
            return v.isEmpty ? nil : v
        }

        func cell(_ c: Column, _ cells: [String]) -> String? { RowMaker.cell(c, cells, table) }

        /// Why the line is skipped (a blank line, a total row), as a warning naming it.
        static func skipped(_ record: CSVReader.Record, _ table: Table, _ file: String) -> Diagnostic? {
            Importer.skipped(record.fields, code: cell(.code, record.fields, table), at: SourceLocation(file: file, line: record.line, column: 1))
        }

        func make(_ record: CSVReader.Record) -> RowOutcome {
            if let skipped = RowMaker.skipped(record, table, o.csv) { return RowOutcome(row: nil, problems: [skipped]) }
            let line = record.line
            let at = SourceLocation(file: o.csv, line: line, column: 1)
            let name = cell(.name, record.fields) ?? ""
            let code = cell(.code, record.fields)
            var unit: MinhBachContent.Unit?
            if let code, let u = byCode[code] { unit = u }
            // The name as written first ("Tân Thành" and "Tân Thạnh" are two communes of Tây Ninh),
            // then without its marks ("TAN THANH", "Hiep Tan"), when that names one unit only.
            let named = byMarkedName[Importer.markedName(name)] ?? byName[Importer.comparableName(name)] ?? []
            if unit == nil, named.count == 1 { unit = named[0] }
            if unit == nil, named.count > 1 {
                return RowOutcome(row: nil, problems: [.error(.importUnmatched, at: at,
                                  "“\(name)” could be any of \(named.sorted { $0.slug < $1.slug }.map { "\($0.name) (`\($0.slug)`)" }.joined(separator: ", "))",
                                  hint: "add the units’ codes to the table (a column “Mã”), or write the name with its marks")])
            }
            guard let unit else {
                let label = [name, code].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
                return RowOutcome(row: nil, problems: [.error(.importUnmatched, at: at, "no unit matches “\(label)”",
                                  hint: "add the unit with `minhbach new unit`, give it this `code`, or check the name")])
            }
            if !matched.insert(unit.slug).inserted {
                return RowOutcome(row: nil, problems: [.error(.importDuplicate, at: at, "\(unit.name) appears in more than one row")])
            }
            // The result file this row becomes, checked exactly as the build checks files.
            let fileText = resultFile(record.fields, line: line)
            let (made, problems) = ResultLoader.load(fileText, file: o.csv, unit: unit.slug, period: period,
                                                     index: content.index, markdown: markdown)
            let errors = problems.filter { $0.severity == .error }
            guard errors.isEmpty, let made else {
                // Reported at the CSV row and the cell the field came from, naming the field, rather
                // than at a line of a file not yet written.
                return RowOutcome(row: nil, problems: errors.map {
                    let cellAt = SourceLocation(file: o.csv, line: line, column: Importer.column(of: $0.field, in: table.columns) ?? 1)
                    return Diagnostic(.error, $0.code, at: cellAt, field: $0.field, "\(unit.name): \($0.text)", hint: $0.hintText)
                })
            }
            let path = o.content + "/results/\(period)/\(unit.slug).md"
            let action = self.action(for: made, at: path, unit: unit)
            let finalText = action == .update ? merged(existingPath: path, imported: fileText) : fileText
            let row = Row(line: line, unit: unit.slug, unitName: unit.name, path: path, action: action, text: finalText)
            guard action == .refuse else { return RowOutcome(row: row) }
            return RowOutcome(row: row, problems: [.error(.importChanged, at: at, "\(path) exists with other figures than this row; it is not changed",
                                                          hint: "check which is right; run again with --force to replace the file's figures")])
        }

        /// The front matter of the result file the row's cells make.
        func resultFile(_ cells: [String], line: Int) -> String {
            var front = ["---", "# Nhập từ \((o.csv as NSString).lastPathComponent), dòng \(line)."]
            if let score = cell(.score, cells) { front.append("score: \(Scaffold.quoted(score))") }
            if let rank = cell(.rank, cells) {
                let parts = rank.split(separator: "/").map { String($0).trimmingWhitespace() }
                front.append("rank: \(Scaffold.quoted(parts[0]))")
                if parts.count == 2 { front.append("of: \(Scaffold.quoted(parts[1]))") }
                else { front.append("of: \(rowCount)") }
            }
            let groups = content.index.groups.compactMap { g in cell(.group(g.key), cells).map { "  \(g.key): \(Scaffold.quoted($0))" } }
            if !groups.isEmpty { front += ["groups:"] + groups }
            front += Importer.criteriaLines(content.index) { cell($0, cells) }
            let indicators = content.index.indicators.compactMap { ind in cell(.indicator(ind.key), cells).map { "  \(ind.key): \(Scaffold.quoted($0))" } }
            if !indicators.isEmpty { front += ["indicators:"] + indicators }
            front.append("source: \"https://dichvucong.gov.vn\"")
            front.append("---")
            return front.joined(separator: "\n") + "\n"
        }

        /// What becomes of the file at `path`: made, left as it is (the same figures), updated
        /// (`--force`) or refused (other figures: an error names the row).
        func action(for made: ResultRecord, at path: String, unit: MinhBachContent.Unit) -> Action {
            guard FileManager.default.fileExists(atPath: path), let existingText = try? String(contentsOfFile: path, encoding: .utf8) else {
                return .create
            }
            let (existing, _) = ResultLoader.load(existingText, file: path, unit: unit.slug, period: period, index: content.index, markdown: markdown)
            if let existing, sameFigures(existing, made) { return .unchanged }
            return o.force ? .update : .refuse
        }
    }
}
