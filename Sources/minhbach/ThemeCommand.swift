import ArgumentParser
import MinhBachCore
import MinhBachEditor

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "theme", abstract: Interface.text("The built-in theme."),
                                                    subcommands: [ThemeExportCommand.self])
}

struct ThemeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export",
        abstract: Interface.text("Write the built-in theme into a new folder, to edit; keep only the files you change."))

    @Argument(help: .interface("A new or empty folder, e.g. Theme (beside Content/, it is used without --theme).", value: "thư-mục")) var folder: String
    @Option(help: .interface("The language of messages (vi or en).", value: "ngôn-ngữ")) var lang: DiagnosticLanguage = .vi

    func run() throws {
        let out = DiagnosticOutput(language: lang)
        switch ThemeExport.run(to: folder) {
        case .failure(let error):
            out.fail(error)
            throw ExitCode(1)
        case .success(let written):
            out.say("Wrote the built-in theme into \(folder)/ (\(written.count) files); delete those you do not change: the built-in ones stand in for them.")
        }
    }
}
