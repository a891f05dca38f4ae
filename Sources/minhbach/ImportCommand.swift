import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachEditor

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import",
        abstract: "Turn the portal's exported table (CSV) into result files; shows what it would do unless --write.")

    @Argument(help: "The CSV file (UTF-8, comma- or semicolon-separated).") var file: String
    @Option(help: "The month of the table, YYYY-MM.") var period: String
    @Option(help: "Only match units under this parent.") var parent: String?
    @Option(name: .customLong("map"), help: "A YAML file mapping unusual headers to keys: \"Header\": key.") var mapping: String?
    @Flag(help: "Write the new files (only when every row is good).") var write = false
    @Flag(help: "Also replace the figures of existing files that differ.") var force = false
    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "The language of messages (vi or en).") var lang: MessageLanguage = .vi

    func run() throws {
        let language: DiagnosticLanguage = lang == .vi ? .vi : .en
        let vi = language == .vi
        switch Importer.run(.init(content: content, csv: file, period: period, parent: parent, mapping: mapping, write: write, force: force)) {
        case .failure(let error):
            FileHandle.standardError.write(Data((error.text(in: language) + "\n").utf8))
            throw ExitCode(1)
        case .success(let outcome):
            for row in outcome.rows {
                let what: String
                switch row.action {
                case .create: what = vi ? "tạo mới" : "new"
                case .unchanged: what = vi ? "không đổi" : "unchanged"
                case .update: what = vi ? "thay số liệu (--force)" : "figures replaced (--force)"
                case .refuse: what = vi ? "KHÔNG đổi: số liệu khác tệp hiện có" : "NOT changed: differs from the existing file"
                }
                print("\(file):\(row.line): \(row.unitName) → \(row.path) (\(what))")
            }
            if !outcome.problems.isEmpty {
                FileHandle.standardError.write(Data((outcome.problems.map { $0.formatted(in: language) }.joined(separator: "\n") + "\n").utf8))
            }
            let bad = outcome.problems.contains { $0.severity == .error }
            if bad {
                let n = outcome.problems.errorCount
                print(vi ? "Có \(n) dòng lỗi: chưa ghi tệp nào." : "\(n) bad row\(n == 1 ? "" : "s"): nothing was written.")
                throw ExitCode(1)
            }
            if write {
                let n = outcome.written.count
                print(vi ? "Đã ghi \(n) tệp." : "Wrote \(n) file\(n == 1 ? "" : "s").")
            } else {
                print(vi ? "Chưa ghi gì: chạy lại với --write để ghi các tệp mới." : "Nothing written: run again with --write to write the new files.")
            }
        }
    }
}
