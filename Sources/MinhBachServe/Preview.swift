import Foundation
import FlyingFox
import FlyingSocks
import MinhBachBuild
import MinhBachCore

/// `minhbach serve`: builds into a temporary folder (never the published `Site/`), serves it on
/// loopback, rebuilds when `Content/` or `Theme/` change, and reloads the open page. While the
/// content has errors, every page shows them (file, line, message) instead of a stale site,
/// and it recovers by itself once the file is fixed.
public final class Preview: Sendable {
    public struct Options: Sendable {
        public var content: String
        public var theme: String
        public var host: String
        public var port: UInt16
        public var language: DiagnosticLanguage?

        public init(content: String = "Content", theme: String = "Theme", host: String = "127.0.0.1", port: UInt16 = 8000,
                    language: DiagnosticLanguage? = nil) {
            self.content = content; self.theme = theme; self.host = host; self.port = port; self.language = language
        }
    }

    let options: Options
    let output: String
    let state = PreviewState()

    public init(options: Options) {
        self.options = options
        output = NSTemporaryDirectory() + "minhbach-preview-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Runs until the task is cancelled. `onListening` receives the address it serves.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        defer { try? FileManager.default.removeItem(atPath: output) }
        await rebuild(port: options.port)
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: options.host, port: options.port), logger: .disabled)
        let state = self.state
        let output = self.output
        await server.appendRoute("GET /__minhbach/version") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .init("Cache-Control"): "no-store"],
                         body: Data(String(await state.version).utf8))
        }
        await server.appendRoute("GET *") { request in
            await Preview.respond(to: request.path, output: output, state: state)
        }
        let watcher = Task { await self.watch() }
        defer { watcher.cancel() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                try await server.waitUntilListening()
                var port = self.options.port
                if case .ip4(_, let p)? = await server.listeningAddress { port = p }
                if port != self.options.port { await self.rebuild(port: port) } // links with the port actually used
                onListening("http://\(self.options.host):\(port)/")
            }
            try await group.waitForAll()
        }
    }

    /// Polls the sources twice a second: portable, and cheap next to a build.
    func watch() async {
        var last = fingerprint()
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 500_000_000)
            let now = fingerprint()
            if now != last {
                last = now
                await rebuild(port: await state.port)
            }
        }
    }

    func rebuild(port: UInt16) async {
        await state.setPort(port)
        let report = SiteBuilder.build(BuildOptions(content: options.content, theme: options.theme, output: output,
                                                    baseURL: "http://\(options.host):\(port)/"))
        let language = options.language ?? (report.siteLanguage == "en" ? .en : .vi)
        await state.update(report: report, language: language)
    }

    /// Every file's path, size and modification time below the watched folders.
    func fingerprint() -> [String: String] {
        var prints: [String: String] = [:]
        for folder in [options.content, options.theme] {
            guard let e = FileManager.default.enumerator(atPath: folder) else { continue }
            while let path = e.nextObject() as? String {
                let attributes = e.fileAttributes
                let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
                let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                prints[folder + "/" + path] = "\(size):\(modified)"
            }
        }
        return prints
    }

    static func respond(to path: String, output: String, state: PreviewState) async -> HTTPResponse {
        var relative = path.removingPercentEncoding ?? path
        while relative.hasPrefix("/") { relative.removeFirst() }
        let parts = relative.split(separator: "/")
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else {
            return HTTPResponse(statusCode: .forbidden)
        }
        var file = output + "/" + relative
        var isDir: ObjCBool = false
        if relative.isEmpty || (FileManager.default.fileExists(atPath: file, isDirectory: &isDir) && isDir.boolValue) {
            file = (file.hasSuffix("/") ? file : file + "/") + "index.html"
        }
        let isPage = file.hasSuffix(".html")
        if isPage, let errorPage = await state.errorPage {
            return HTTPResponse(statusCode: .internalServerError, headers: [.contentType: "text/html; charset=utf-8"],
                                body: Data(errorPage.utf8))
        }
        guard var data = FileManager.default.contents(atPath: file) else {
            let notFound = FileManager.default.contents(atPath: output + "/404.html").map { inject($0) } ?? Data("Not found".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: notFound)
        }
        if isPage { data = inject(data) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: contentType(file), .init("Cache-Control"): "no-store"], body: data)
    }

    /// The page reloads itself when the build's version changes (preview only: the published
    /// site has no such script).
    static let reloadScript = """
        <script>(function(){var v=null;function p(){fetch("/__minhbach/version",{cache:"no-store"}).then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v)location.reload();v=t;setTimeout(p,600)}).catch(function(){setTimeout(p,1500)})}p()})();</script>
        """

    static func inject(_ data: Data) -> Data {
        let html = String(decoding: data, as: UTF8.self)
        guard let end = html.range(of: "</body>", options: .backwards) else { return Data((html + reloadScript).utf8) }
        return Data(html.replacingCharacters(in: end, with: reloadScript + "</body>").utf8)
    }

    static func contentType(_ file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "xml": return "application/xml; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}

/// What the preview last built: a version that changes with every build, and the page of
/// diagnostics to show while the content has errors.
actor PreviewState {
    private(set) var version = 0
    private(set) var errorPage: String?
    private(set) var port: UInt16 = 0

    func setPort(_ p: UInt16) { port = p }

    func update(report: BuildReport, language: DiagnosticLanguage) {
        version += 1
        errorPage = report.succeeded ? nil : PreviewState.page(report.diagnostics.filter { $0.severity == .error }, language)
    }

    static func page(_ errors: [Diagnostic], _ language: DiagnosticLanguage) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        let vi = language == .vi
        let items = errors.map { d -> String in
            let position = d.location.line > 0 ? "\(d.location.file):\(d.location.line):\(max(d.location.column, 1))" : d.location.file
            var item = "<li><code>\(escape(position))</code><br>\(escape(d.text.text(in: language)))"
            if let hint = d.hintText { item += "<br><small>\(vi ? "Gợi ý" : "Hint"): \(escape(hint.text(in: language)))</small>" }
            return item + "</li>"
        }.joined(separator: "\n")
        let title = vi ? "Nội dung có lỗi" : "The content has errors"
        let intro = vi ? "Trang chưa được tạo lại vì có \(errors.count) lỗi. Sửa tệp và lưu lại: trang sẽ tự cập nhật."
                       : "The site was not rebuilt because of \(errors.count) error(s). Fix the file and save it: this page updates by itself."
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}li{margin:.75rem 0}code{background:#fff1ec;padding:0 .25rem}h1{color:#9c2a00}</style>
            </head><body><h1>\(title)</h1><p>\(intro)</p><ol>
            \(items)
            </ol>\(Preview.reloadScript)</body></html>
            """
    }
}
