import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachBuild
import MinhBachServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve",
        abstract: Interface.text("Preview the site: build into a temporary folder, serve it, rebuild and reload on every change."))

    @Option(help: .interface("The port (0 picks a free one).", value: "cổng")) var port: UInt16 = 8000
    @Option(help: .interface("The address to listen on; loopback unless you choose otherwise.", value: "địa-chỉ")) var host = "127.0.0.1"
    @Option(help: .interface("The content folder.", value: "thư-mục")) var content = "Content"
    @Option(help: .interface("A theme folder whose files replace the built-in theme's; by default Theme/ beside the content folder, when there is one.", value: "thư-mục")) var theme: String?
    @Option(help: .interface("The language of messages (vi or en); by default the site's language.", value: "ngôn-ngữ")) var lang: DiagnosticLanguage?

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
