import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: Interface.text("Check the content and build the site."))

    @Option(help: .interface("The content folder (site.yaml, index.yaml, units/, results/).", value: "thư-mục"))
    var content = "Content"

    @Option(help: .interface("A theme folder (templates/, assets/, i18n/) whose files replace the built-in theme's; by default Theme/ beside the content folder, when there is one.", value: "thư-mục"))
    var theme: String?

    @Option(help: .interface("The output folder. Left untouched when the content has errors.", value: "thư-mục"))
    var output = "Site"

    @Option(name: .customLong("base-url"), help: .interface("The site's address, overriding base_url in site.yaml.", value: "địa-chỉ"))
    var baseURL: String?

    @Option(help: .interface("The language of messages (vi or en); by default the site's language.", value: "ngôn-ngữ"))
    var lang: DiagnosticLanguage?

    @Flag(help: .interface("Print the time each build phase took."))
    var timings = false

    @Flag(name: .customLong("no-cache"), help: .interface("Read every file and render every page again, ignoring what earlier builds kept."))
    var noCache = false

    func run() throws {
        var options = BuildOptions(content: content, theme: theme ?? BuildOptions.themeBeside(content: content), output: output, baseURL: baseURL)
        let display = ProgressDisplay.startIfTerminal()
        options.progress = display?.progress
        options.reuse = !noCache
        options.cacheFolder = BuildOptions.defaultCacheFolder
        options.keepsMemoryUntilExit = true
        // The site's language is not known until the build has read site.yaml.
        let (output, waiting) = (output, DiagnosticOutput(language: lang ?? .vi))
        options.onWait = { lock in waiting.say("waiting for another build into \(output)/ to finish (\(lock))…", toError: true) }
        let report = SiteBuilder.build(options)
        display?.stop()
        let out = DiagnosticOutput(requested: lang, report: report)
        out.printDiagnostics(report.diagnostics)
        if timings {
            for phase in report.phases {
                let name = phase.name.padding(toLength: 9, withPad: " ", startingAt: 0)
                print("  " + name + String(format: "%8.3f s  %7d", phase.seconds, phase.count))
            }
        }
        if report.diagnostics.hasErrors {
            out.say("\(out.counts(report.diagnostics)); nothing was written to \(output)/.\nhint: fix the errors above (each names the file, line and field), then build again.",
                    toError: true)
            throw ExitCode(1)
        }
        if let failure = report.writeFailure {
            out.say("error: \(failure)\n\(output)/ is still the site published before, not a file of it changed.", toError: true)
            throw ExitCode(1)
        }
        if report.upToDate {
            let warnings = report.diagnostics.warningCount
            if warnings == 0 {
                out.say("\(output)/ is up to date: content and theme are unchanged since the last build (\(report.files) files), in \(report.seconds, decimals: 2) s")
            } else {
                out.say("\(output)/ is up to date: content and theme are unchanged since the last build (\(report.files) files), \(DiagnosticOutput.warnings(warnings)) as then, in \(report.seconds, decimals: 2) s")
            }
            return
        }
        let kept = report.pages - report.rendered
        let keptPages: Message = kept > 0 ? "\(report.rendered) rendered, \(kept) kept as their inputs did not change; " : ""
        let warnings = DiagnosticOutput.warnings(report.diagnostics.warningCount)
        out.say("Built \(report.pages) pages into \(output)/ (\(keptPages)\(report.written) files written, \(report.unchanged) unchanged, \(report.removed) removed), \(warnings), in \(report.seconds, decimals: 2) s")
    }
}
