import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve",
        abstract: "Preview the site: build into a temporary folder, serve it, rebuild and reload on every change.")

    @Option(help: "The port (0 picks a free one).") var port: UInt16 = 8000
    @Option(help: "The address to listen on; loopback unless you choose otherwise.") var host = "127.0.0.1"
    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "The theme folder.") var theme = "Theme"
    @Option(help: "The language of messages (vi or en); by default the site's language.") var lang: MessageLanguage?

    func run() async throws {
        let preview = Preview(options: .init(content: content, theme: theme, host: host, port: port,
                                             language: lang.map { $0 == .en ? .en : .vi }))
        let folder = preview.folder
        StopSignals.install { folder.remove() }
        let vi = lang != .en
        try await preview.run { url in
            let line = vi ? "Xem trước tại \(url) (Ctrl-C để dừng). Trang tự cập nhật khi bạn lưu tệp.\n"
                          : "Previewing at \(url) (Ctrl-C to stop). Pages reload when you save a file.\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }
}
