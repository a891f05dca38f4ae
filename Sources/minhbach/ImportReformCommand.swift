import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachEditor

struct ImportReform: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reform",
        abstract: Interface.text("Record a reorganisation of units (which old unit went into which new one, CSV) in the unit files; shows what it would do unless --write."))

    @Argument(help: .interface("The map (UTF-8, comma- or semicolon-separated): a row per old unit and a new unit it went into, under “Mã PX cũ” and “Mã PX mới”.", value: "tệp")) var file: String
    @Option(help: .interface("The day the new units began, YYYY-MM-DD (2025-07-01 for the 2025 reorganisation).", value: "ngày")) var date: String
    @Flag(help: .interface("Write the changes (only when every row is good).")) var write = false
    @Option(help: .interface("The content folder.", value: "thư-mục")) var content = "Content"
    @Option(help: .interface("The language of messages (vi or en).", value: "ngôn-ngữ")) var lang: DiagnosticLanguage = .vi

    func run() throws {
        let out = DiagnosticOutput(language: lang)
        guard case .success(let day) = Day.parse(date) else {
            out.fail(EditorError("--date “\(date)” is not a day", hint: "write it as YYYY-MM-DD, e.g. 2025-07-01"))
            throw ExitCode(1)
        }
        switch ReformImporter.run(.init(content: content, csv: file, date: day, write: write)) {
        case .failure(let error):
            out.fail(error)
            throw ExitCode(1)
        case .success(let outcome):
            for change in outcome.changes {
                let place = change.line > 0 ? "\(file):\(change.line): \(change.name) → \(change.path)" : "\(change.name) → \(change.path)"
                let fields = change.fields.map { "\($0.name): \($0.value)" }.joined(separator: ", ")
                if change.fields.isEmpty { out.say("\(place) (unchanged)") }
                else if change.line > 0 { out.say("\(place): \(fields)") }
                else { out.say("\(place): \(fields) (from the units below it)") }
            }
            let dissolved = outcome.changes.count { $0.fields.contains { $0.name == "dissolved" } }
            let established = outcome.changes.count { $0.fields.contains { $0.name == "established" } }
            out.say("Units dissolved: \(dissolved); established: \(established).")
            try out.endImport(outcome.problems, written: write ? outcome.written.count : nil,
                              dryRun: outcome.changes.contains(where: { !$0.fields.isEmpty })
                                  ? "Nothing written: run again with --write to write the changes."
                                  : "Nothing to write: every unit of the map has these fields already.")
        }
    }
}
