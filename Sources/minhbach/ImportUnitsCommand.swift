import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachEditor

struct ImportUnits: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units",
        abstract: "Turn the statistics office's list of administrative units (CSV) into unit files; shows what it would do unless --write.")

    @Argument(help: "The list (UTF-8, comma- or semicolon-separated), one row per commune.") var file: String
    @Option(help: "Only this province's units, by its name or code (Mã TP).") var province: String?
    @Flag(help: "Write the new files (only when every row is good).") var write = false
    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "The language of messages (vi or en).") var lang: DiagnosticLanguage = .vi

    func run() throws {
        let out = DiagnosticOutput(language: lang)
        switch UnitListImporter.run(.init(content: content, csv: file, province: province, write: write)) {
        case .failure(let error):
            out.fail(error)
            throw ExitCode(1)
        case .success(let outcome):
            for unit in outcome.units {
                let place = "\(file):\(unit.line): \(unit.name) → \(unit.path)"
                switch unit.action {
                case .create: out.say("\(place) (new)")
                case .refuse: out.say("\(place) (NOT written: differs from the existing file)")
                default: out.say("\(place) (unchanged)")
                }
            }
            for told in outcome.toldApart {
                out.say("`\(told.slug)` would name \(told.members.count) units; they are told apart:")
                for m in told.members {
                    out.say(m.line > 0 ? "  \(m.slug): \(m.name), line \(m.line)" : "  \(m.slug): \(m.name), the site’s root")
                }
            }
            out.printDiagnostics(outcome.problems)
            if outcome.problems.contains(where: { $0.severity == .error }) {
                let n = outcome.problems.errorCount
                out.say(n == 1 ? "\(n) bad row: nothing was written." : "\(n) bad rows: nothing was written.")
                throw ExitCode(1)
            }
            if write {
                let n = outcome.written.count
                out.say(n == 1 ? "Wrote \(n) file." : "Wrote \(n) files.")
            } else if outcome.units.contains(where: { $0.action == .create }) {
                out.say("Nothing written: run again with --write to write the new files.")
            } else {
                out.say("Nothing to write: every unit of the list has its file already.")
            }
        }
    }
}
