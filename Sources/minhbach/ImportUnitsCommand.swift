import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachEditor

struct ImportUnits: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units",
        abstract: Interface.text("Turn the statistics office's list of administrative units (CSV) into unit files; shows what it would do unless --write."))

    @Argument(help: .interface("The list (UTF-8, comma- or semicolon-separated), one row per commune.", value: "tệp")) var file: String
    @Option(help: .interface("Only this province's units, by its name or code (Mã TP).", value: "tỉnh")) var province: String?
    @Flag(help: .interface("Write the new files (only when every row is good).")) var write = false
    @Option(help: .interface("The content folder.", value: "thư-mục")) var content = "Content"
    @Option(help: .interface("The language of messages (vi or en).", value: "ngôn-ngữ")) var lang: DiagnosticLanguage = .vi

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
                default:
                    switch unit.coordinates {
                    case .missing(let c)?: out.say("\(place) (unchanged; the list gives lat \(c.lat), lon \(c.lon), which the file has not)")
                    case .differ(let c)?: out.say("\(place) (unchanged; the file's lat and lon are kept, the list gives lat \(c.lat), lon \(c.lon))")
                    case nil: out.say("\(place) (unchanged)")
                    }
                }
            }
            let placeless = outcome.units.filter { if case .missing = $0.coordinates { return true }; return false }.count
            if placeless > 0 {
                out.say(placeless == 1 ? "\(placeless) unit file has no coordinates and the list has them; an import never changes a file that exists: add `lat` and `lon` to it to place it on the map."
                                       : "\(placeless) unit files have no coordinates and the list has them; an import never changes a file that exists: add `lat` and `lon` to them to place them on the map.")
            }
            for told in outcome.toldApart {
                out.say("`\(told.slug)` would name \(told.members.count) units; they are told apart:")
                for m in told.members {
                    if m.line > 0 { out.say("  \(m.slug): \(m.name), line \(m.line)") }
                    else if let file = m.file { out.say("  \(m.slug): \(m.name), \(file)") }
                    else { out.say("  \(m.slug): \(m.name), the site’s root") }
                }
            }
            try out.endImport(outcome.problems, written: write ? outcome.written.count : nil,
                              dryRun: outcome.units.contains(where: { $0.action == .create })
                                  ? "Nothing written: run again with --write to write the new files."
                                  : "Nothing to write: every unit of the list has its file already.")
        }
    }
}
