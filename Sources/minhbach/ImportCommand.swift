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
            let n = problems.errorCount
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
        abstract: Interface.text("Turn a CSV file into content files; shows what it would do unless --write."),
        subcommands: [ImportTable.self, ImportUnits.self, ImportReform.self], defaultSubcommand: ImportTable.self)
}

struct ImportTable: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "table",
        abstract: Interface.text("Turn the portal's exported table (CSV) into result files; shows what it would do unless --write."))

    @Argument(help: .interface("The CSV file (UTF-8, comma- or semicolon-separated).", value: "tệp")) var file: String
    @Option(help: .interface("The month of the table, YYYY-MM.", value: "tháng")) var period: String
    @Option(help: .interface("Only match units under this parent.", value: "đơn-vị-trên")) var parent: String?
    @Option(name: .customLong("map"), help: .interface("A YAML file mapping unusual headers to keys: \"Header\": key.", value: "tệp")) var mapping: String?
    @Flag(help: .interface("Write the new files (only when every row is good).")) var write = false
    @Flag(help: .interface("Also replace the figures of existing files that differ.")) var force = false
    @Option(help: .interface("The content folder.", value: "thư-mục")) var content = "Content"
    @Option(help: .interface("The language of messages (vi or en).", value: "ngôn-ngữ")) var lang: DiagnosticLanguage = .vi

    func run() throws {
        let out = DiagnosticOutput(language: lang)
        switch Importer.run(.init(content: content, csv: file, period: period, parent: parent, mapping: mapping, write: write, force: force)) {
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
