import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachBuild
import MinhBachEditor
import MinhBachServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve",
        abstract: Interface.text("Preview the site: build into a temporary folder, serve it, rebuild and reload on every change."))

    @Option(help: .interface("The port (0 picks a free one).", value: "cổng")) var port: UInt16 = 8000
    @Option(help: .interface("The address to listen on; loopback unless you choose otherwise.", value: "địa-chỉ")) var host = "127.0.0.1"
    @Option(help: .interface("The content folder.", value: "thư-mục")) var content = "Content"
    @Option(help: .interface("A theme folder whose files replace the built-in theme's; by default Theme/ beside the content folder, when there is one.", value: "thư-mục")) var theme: String?
    @Option(help: .interface("The language of messages (vi or en); by default the site's language.", value: "ngôn-ngữ")) var lang: DiagnosticLanguage?
    @Flag(help: .interface("Build and show drafts (draft: true), each marked as a draft; never in `build`.")) var drafts = false
    @Flag(help: .interface("Open the preview in the browser ($BROWSER, else xdg-open).")) var open = false

    func run() async throws {
        let options = Preview.Options(content: content, theme: theme ?? BuildOptions.themeBeside(content: content), host: host, port: port,
                                      language: lang, drafts: drafts)
        // Written at once, not kept in print's buffer: a script waiting for a line reads it.
        let preview = Preview(options: options) { text in FileHandle.standardOutput.write(Data(text.utf8)) }
        let folder = preview.folder
        StopSignals.install { folder.remove() }
        let language = lang ?? .vi
        let open = self.open
        do {
            try await preview.run { url in
                let say = { (line: Message) in FileHandle.standardOutput.write(Data((line.text(in: language) + "\n").utf8)) }
                say("Previewing at \(url) (Ctrl-C to stop). Pages reload when you save a file.")
                // Without a browser the preview goes on: the address is on the line above.
                if open && !Browser.open(url) { say("No browser was found to open it (set $BROWSER); open the address yourself.") }
            }
        } catch let refusal as PreviewRefusal {
            DiagnosticOutput(language: language).fail(EditorError(refusal.message, hint: refusal.hint))
            throw ExitCode(1)
        }
    }
}
