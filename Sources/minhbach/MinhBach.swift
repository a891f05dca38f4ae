import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachCore

@main
struct MinhBach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minhbach",
        abstract: "Builds a static site of monthly public-service results from Markdown files.",
        subcommands: [Build.self],
        defaultSubcommand: nil
    )
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content and build the site.")

    @Option(help: "The content folder (site.yaml, index.yaml, units/, results/).")
    var content = "Content"

    @Option(help: "The theme folder (templates/, assets/).")
    var theme = "Theme"

    @Option(help: "The output folder. Left untouched when the content has errors.")
    var output = "Site"

    @Option(name: .customLong("base-url"), help: "The site's address, overriding base_url in site.yaml.")
    var baseURL: String?

    @Flag(help: "Print the time each build phase took.")
    var timings = false

    func run() throws {
        let report = SiteBuilder.build(BuildOptions(content: content, theme: theme, output: output, baseURL: baseURL))
        let diagnostics = report.diagnostics
        if !diagnostics.isEmpty {
            FileHandle.standardError.write(Data((diagnostics.map(\.formatted).joined(separator: "\n") + "\n").utf8))
        }
        if timings {
            for phase in report.phases {
                print(String(format: "  %-8@ %8.3f s  %7d", phase.name as NSString, phase.seconds, phase.count))
            }
        }
        let counts = "\(plural(diagnostics.errorCount, "error")), \(plural(diagnostics.warningCount, "warning"))"
        if diagnostics.hasErrors {
            FileHandle.standardError.write(Data("""
                \(counts); nothing was written to \(output)/.
                hint: fix the errors above (each names the file, line and field), then build again.\n
                """.utf8))
            throw ExitCode(1)
        }
        if let failure = report.writeFailure {
            FileHandle.standardError.write(Data("error: \(failure)\n".utf8))
            throw ExitCode(1)
        }
        print(String(format: "Built %d pages into %@/ (%d files written, %d unchanged, %d removed), %@, in %.2f s",
                     report.pages, output as NSString, report.written, report.unchanged, report.removed,
                     plural(diagnostics.warningCount, "warning") as NSString, report.seconds))
    }

    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
