import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachEditor

/// `minhbach import TABLE.csv --period …` as before, and `minhbach import units LIST.csv`: the
/// table is the default, so that the commands editors already type keep working.
extension DiagnosticOutput {
    /// How an import ends: its problems, then that nothing was written because of them
    /// (exit 1), or how many files were written (`written`; nil for a dry run), or `dryRun`.
    func endImport(_ problems: [Diagnostic], written: Int?,
                   dryRun: Message = "Nothing written: run again with --write to write the new files.") throws {
        printDiagnostics(problems)
        if problems.contains(where: { $0.severity == .error }) {
            // Rows, not errors: a row with two bad cells is one bad row.
            let errors = problems.filter { $0.severity == .error }
            let n = Set(errors.filter { $0.location.line > 0 }.map { "\($0.location.file):\($0.location.line)" }).count
                + errors.count { $0.location.line <= 0 }
            say(n == 1 ? "\(n) bad row: nothing was written." : "\(n) bad rows: nothing was written.")
            throw ExitCode(1)
        }
        if let n = written {
            say(n == 1 ? "Wrote \(n) file." : "Wrote \(n) files.")
        } else {
            say(dryRun)
        }
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import",
        abstract: Interface.text("Turn a table (CSV or .xlsx) into content files; shows what it would do unless --write."),
        subcommands: [ImportTable.self, ImportUnits.self, ImportReform.self], defaultSubcommand: ImportTable.self)
}

struct ImportTable: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "table",
        abstract: Interface.text("Turn the portal's exported table (CSV or .xlsx) into result files; shows what it would do unless --write."))

    @Argument(help: .interface("The table: a CSV file (UTF-8, comma- or semicolon-separated) or an Excel workbook (.xlsx).", value: "tệp")) var file: String
    @Option(help: .interface("The month of the table, YYYY-MM.", value: "tháng")) var period: String
    @Option(help: .interface("Only match units under this parent.", value: "đơn-vị-trên")) var parent: String?
    @Option(name: .customLong("map"), help: .interface("A YAML file mapping unusual headers to keys: \"Header\": key.", value: "tệp")) var mapping: String?
    @Option(help: .interface("The sheet of an .xlsx workbook, by name or number (from 1); the first by default.", value: "trang-tính")) var sheet: String?
    @Flag(help: .interface("Refuse a table with a header that no field reads, rather than leave its column out.")) var strict = false
    @Flag(help: .interface("Write the new files (only when every row is good).")) var write = false
    @Flag(help: .interface("Also replace the figures of existing files that differ.")) var force = false
    @Option(help: .interface("The content folder.", value: "thư-mục")) var content = "Content"
    @Option(help: .interface("The language of messages (vi or en).", value: "ngôn-ngữ")) var lang: DiagnosticLanguage = .vi

    func run() throws {
        let out = DiagnosticOutput(language: lang)
        let options = Importer.Options(content: content, csv: file, period: period, parent: parent, mapping: mapping,
                                       write: write, force: force, sheet: sheet, strict: strict)
        // The mapping first, before any problem: what went where explains most of them.
        switch Importer.run(options, mapped: { mapping in
            mapping.lines.forEach { out.say($0) }
            // Out before the problems, which go to standard error, even when both are piped.
            fflush(nil)
        }) {
        case .failure(let error):
            out.fail(error)
            throw ExitCode(1)
        case .success(let outcome):
            for row in outcome.rows {
                let place = "\(file):\(row.line): \(row.unitName) → \(row.path)"
                switch row.action {
                case .create: out.say("\(place) (new)")
                case .unchanged: out.say("\(place) (unchanged)")
                case .update: out.say("\(place) (figures replaced (--force))")
                case .refuse: out.say("\(place) (NOT changed: differs from the existing file)")
                }
            }
            try out.endImport(outcome.problems, written: write ? outcome.written.count : nil)
        }
    }
}
