import ArgumentParser
import MinhBachCore

@main
struct MinhBach: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minhbach",
        abstract: "Builds a static site of monthly public-service results from Markdown files.",
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, NewCommand.self, ImportCommand.self, NoticeCommand.self, ServeCommand.self, ThemeCommand.self]
    )
}

/// `--lang vi|en`: the language of messages; by default the site's own (site.yaml), else Vietnamese.
extension DiagnosticLanguage: ExpressibleByArgument {}
