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
        let bySlug: [String: MinhBachContent.Unit]
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
            bySlug = Dictionary(units.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
            // By name, only the units that exist in the month: a national site has old Xã Tân An
            // (dissolved in 2025) beside new Xã Tân An.
            let living = units.filter { $0.exists(in: period) }
            byName = Dictionary(grouping: living, by: { Importer.comparableName($0.name) })
            byMarkedName = Dictionary(grouping: living, by: { Importer.markedName($0.name) })
            let file = options.csv
            rowCount = table.rows.count { RowMaker.skipped($0, table, file) == nil }
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
            Importer.skipped(record.fields, code: cell(.code, record.fields, table) ?? cell(.slug, record.fields, table),
                             name: cell(.name, record.fields, table), at: SourceLocation(file: file, line: record.line, column: 1))
        }

        func make(_ record: CSVReader.Record) -> RowOutcome {
            if let skipped = RowMaker.skipped(record, table, o.csv) { return RowOutcome(row: nil, problems: [skipped]) }
            let line = record.line
            let at = SourceLocation(file: o.csv, line: line, column: 1)
            if let month = cell(.period, record.fields), month != period.description {
                return RowOutcome(row: nil, problems: [.error(.importOtherPeriod, at: at, "the row is of \(month), not of --period \(period)",
                                  hint: "import each month's rows with its own --period")])
            }
            let (found, problem) = self.unit(of: record.fields, at: at)
            guard let unit = found else { return RowOutcome(row: nil, problems: problem.map { [$0] } ?? []) }
            if !matched.insert(unit.slug).inserted {
                return RowOutcome(row: nil, problems: [.error(.importDuplicate, at: at, "\(unit.name) appears in more than one row")])
            }
            // The result file this row becomes, checked exactly as the build checks files.
            let fileText = resultFile(record.fields, line: line)
            let (made, problems) = ResultLoader.load(fileText, file: o.csv, unit: unit.slug, period: period,
                                                     index: content.index, markdown: markdown)
            let errors = problems.filter { $0.severity == .error }
            guard errors.isEmpty, let made else {
                return RowOutcome(row: nil, problems: errors.map { atCell($0, unit: unit, line: line) })
            }
            let path = o.content + "/results/\(period)/\(unit.slug).md"
            let (action, differences) = self.action(for: made, at: path, unit: unit)
            let finalText = action == .update ? merged(existingPath: path, imported: fileText) : fileText
            let row = Row(line: line, unit: unit.slug, unitName: unit.name, path: path, action: action, text: finalText)
            guard action == .refuse else { return RowOutcome(row: row) }
            return RowOutcome(row: row, problems: [.error(.importChanged, at: at,
                              "\(path) exists with other figures than this row (\(differences.joined(separator: "; "))); it is not changed",
                              hint: "check which is right; run again with --force to replace the file's figures")])
        }

        /// The unit a row is: by its slug (the site's own CSV), its code, else its name.
        func unit(of cells: [String], at: SourceLocation) -> (MinhBachContent.Unit?, Diagnostic?) {
            let name = cell(.name, cells) ?? ""
            let code = cell(.code, cells)
            if let slug = cell(.slug, cells), let u = bySlug[slug] { return (u, nil) }
            if let code, let u = byCode[code] { return (u, nil) }
            // The name as written first ("Tân Thành" and "Tân Thạnh" are two communes of Tây Ninh),
            // then without its marks ("TAN THANH", "Hiep Tan"), when that names one unit only.
            let named = (byMarkedName[Importer.markedName(name)] ?? byName[Importer.comparableName(name)] ?? [])
                .sorted { $0.slug < $1.slug }
            if named.count == 1 { return (named[0], nil) }
            let parents = Set(named.map { $0.parent ?? "" })
            if named.count > 1 && parents.count > 1 {
                // One name under several parents ("Xã Tân Phú" of two districts): --parent says which.
                let list = Importer.listed(named)
                let options = parents.sorted().filter { !$0.isEmpty }.map { "--parent \($0)" }.joined(separator: ", ")
                return (nil, .error(.importAmbiguous, at: at, "“\(name)”: the name matches \(named.count) units: \(list) — add --parent",
                                       hint: "\(options) keeps the units under one parent; a column “Mã định danh” with the units’ codes tells them apart too"))
            }
            if named.count > 1 {
                return (nil, .error(.importUnmatched, at: at,
                                       "“\(name)” could be any of \(named.map { "\($0.name) (`\($0.slug)`)" }.joined(separator: ", "))",
                                       hint: "add the units’ codes to the table (a column “Mã”), or write the name with its marks"))
            }
            let label = [name, code, cell(.slug, cells)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return (nil, .error(.importUnmatched, at: at, "no unit matches “\(label)”",
                                   hint: "add the unit with `minhbach new unit`, give it this `code`, or check the name"))
        }

        /// The front matter of the result file the row's cells make.
        func resultFile(_ cells: [String], line: Int) -> String {
            var front = ["---", "# Nhập từ \((o.csv as NSString).lastPathComponent), dòng \(line)."]
            if let score = cell(.score, cells) { front.append("score: \(Scaffold.quoted(Importer.figure(score)))") }
            if let rank = cell(.rank, cells) {
                let parts = rank.split(separator: "/").map { String($0).trimmingWhitespace() }
                front.append("rank: \(Scaffold.quoted(parts[0]))")
                if parts.count == 2 { front.append("of: \(Scaffold.quoted(parts[1]))") }
                else if let of = cell(.rankOf, cells) { front.append("of: \(Scaffold.quoted(of))") }
                else { front.append("of: \(rowCount)") }
            }
            // A group the site's CSV marks as computed (from its criteria) is not a published figure.
            let groups = content.index.groups.filter { cell(.groupSource($0.key), cells) != "computed" }
                .compactMap { g in cell(.group(g.key), cells).map { "  \(g.key): \(Scaffold.quoted(Importer.figure($0)))" } }
            if !groups.isEmpty { front += ["groups:"] + groups }
            front += Importer.criteriaLines(content.index) { cell($0, cells) }
            let indicators = content.index.indicators.compactMap { ind in
                cell(.indicator(ind.key), cells).map { "  \(ind.key): \(Scaffold.quoted(Importer.figure(ind.unit == "%" ? Importer.withoutPercentSign($0) : $0)))" }
            }
            if !indicators.isEmpty { front += ["indicators:"] + indicators }
            if cell(.sample, cells) == "true" { front.append("sample: true") }
            front.append("source: \"https://dichvucong.gov.vn\"")
            front.append("---")
            return front.joined(separator: "\n") + "\n"
        }

        /// What becomes of the file at `path`: made, left as it is (the same figures), updated
        /// (`--force`) or refused (other figures: an error names the row).
        /// The differences, each as "field: the file's value → the table's value".
        func action(for made: ResultRecord, at path: String, unit: MinhBachContent.Unit) -> (Action, [String]) {
            guard FileManager.default.fileExists(atPath: path), let existingText = try? String(contentsOfFile: path, encoding: .utf8) else {
                return (.create, [])
            }
            let (existing, _) = ResultLoader.load(existingText, file: path, unit: unit.slug, period: period, index: content.index, markdown: markdown)
            if let existing, sameFigures(existing, made) { return (.unchanged, []) }
            let differences = existing.map { Importer.differences($0, made, table: table) } ?? []
            return (o.force ? .update : .refuse, differences)
        }
    }
}
