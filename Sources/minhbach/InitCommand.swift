import ArgumentParser
import MinhBachCore
import MinhBachEditor

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init",
        abstract: Interface.text("Make a new site in a new folder: settings, the Decision 766 index, the root unit, a short guide."))

    @Argument(help: .interface("A new (or empty) folder.", value: "thư-mục")) var folder: String
    @Option(name: .customLong("root-name"), help: .interface("The root unit's official name, e.g. \"Tỉnh Tây Ninh\".", value: "tên")) var rootName: String
    @Option(name: .customLong("root-kind"), help: .interface("Its kind (tỉnh, thành phố, xã, phường…); by default from the name.", value: "loại")) var rootKind: String?
    @Option(help: .interface("The site's title.", value: "tiêu-đề")) var title: String?
    @Option(help: .interface("The publishing authority.", value: "cơ-quan")) var authority: String?
    @Option(name: .customLong("base-url"), help: .interface("The address the site will have.", value: "địa-chỉ")) var baseURL: String?
    @Option(help: .interface("The site's language, and of messages (vi or en).", value: "ngôn-ngữ")) var lang: DiagnosticLanguage = .vi

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
