import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachBuild
import MinhBachServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve",
        abstract: "Preview the site: build into a temporary folder, serve it, rebuild and reload on every change.")

    @Option(help: "The port (0 picks a free one).") var port: UInt16 = 8000
    @Option(help: "The address to listen on; loopback unless you choose otherwise.") var host = "127.0.0.1"
    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "A theme folder whose files replace the built-in theme's; by default Theme/ beside the content folder, when there is one.") var theme: String?
    @Option(help: "The language of messages (vi or en); by default the site's language.") var lang: DiagnosticLanguage?

    func run() async throws {
        let preview = Preview(options: .init(content: content, theme: theme ?? BuildOptions.themeBeside(content: content), host: host, port: port, language: lang))
        let folder = preview.folder
        StopSignals.install { folder.remove() }
        let language = lang ?? .vi
        try await preview.run { url in
            let line: Message = "Previewing at \(url) (Ctrl-C to stop). Pages reload when you save a file."
            // Written at once, not kept in print's buffer: a script waiting for the address reads this line.
            FileHandle.standardOutput.write(Data((line.text(in: language) + "\n").utf8))
        }
    }
}
