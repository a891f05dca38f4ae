import ArgumentParser
import MinhBachCore
import MinhBachEditor

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init",
        abstract: "Make a new site in a new folder: settings, the Decision 766 index, the root unit, a short guide.")

    @Argument(help: "A new (or empty) folder.") var folder: String
    @Option(name: .customLong("root-name"), help: "The root unit's official name, e.g. \"Tỉnh Tây Ninh\".") var rootName: String
    @Option(name: .customLong("root-kind"), help: "Its kind (tỉnh, thành phố, xã, phường…); by default from the name.") var rootKind: String?
    @Option(help: "The site's title.") var title: String?
    @Option(help: "The publishing authority.") var authority: String?
    @Option(name: .customLong("base-url"), help: "The address the site will have.") var baseURL: String?
    @Option(help: "The site's language, and of messages (vi or en).") var lang: DiagnosticLanguage = .vi

    func run() throws {
        let out = DiagnosticOutput(language: lang)
        switch SiteInit.run(.init(folder: folder, rootName: rootName, rootKind: rootKind, title: title, authority: authority,
                                  baseURL: baseURL, language: lang)) {
        case .failure(let error):
            out.fail(error)
            throw ExitCode(1)
        case .success(let written):
            for file in written { out.say("\(folder)/\(file)") }
            out.say("Made a new site in \(folder)/. Build it with: minhbach build --content \(folder)/Content --output \(folder)/Site")
        }
    }
}
