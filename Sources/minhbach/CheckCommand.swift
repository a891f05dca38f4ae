import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachCore

/// Everything `build` checks, without writing anything: for editors before they publish, and
/// for text editors and other tools (`--format json`).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check",
                                                    abstract: Interface.text("Check the content (every file, every figure) without writing anything."))

    @Option(help: .interface("The content folder.", value: "thư-mục"))
    var content = "Content"

    @Option(help: .interface("A theme folder whose files replace the built-in theme's (checked too); by default Theme/ beside the content folder, when there is one.", value: "thư-mục"))
    var theme: String?

    @Option(help: .interface("text (path:line:col: …) or json.", value: "dạng"))
    var format: DiagnosticOutput.Format = .text

    @Option(help: .interface("The language of messages (vi or en); by default the site's language.", value: "ngôn-ngữ"))
    var lang: DiagnosticLanguage?

    func run() throws {
        let report = SiteBuilder.build(BuildOptions(content: content, theme: theme ?? BuildOptions.themeBeside(content: content), write: false))
        let out = DiagnosticOutput(requested: lang, report: report, format: format)
        out.printDiagnostics(report.diagnostics)
        if format == .text {
            if report.diagnostics.isEmpty {
                out.say("No problems: the content is ready to build.")
            } else {
                out.say("\(out.counts(report.diagnostics)).", toError: true)
            }
        }
        if report.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
