import Foundation
import FlyingFox
import MinhBachBuild
import MinhBachCore

/// `minhbach serve`: builds into a temporary folder (never the published `Site/`), serves it on
/// loopback, rebuilds when `Content/` or `Theme/` change, and reloads the open page. While the
/// content has errors, every page shows them (file, line, message) instead of a stale site,
/// and it recovers by itself once the file is fixed. It answers GET and HEAD with files of its
/// folder only (`ServedFolder`, `RequestPath`), and removes its folder when it ends
/// (`PreviewFolder`; `StopSignals` for Ctrl-C and `kill`).
public final class Preview: Sendable {
    public struct Options: Sendable {
        public var content: String
        public var theme: String?
        public var host: String
        public var port: UInt16
        public var language: DiagnosticLanguage?
        /// Drafts (`draft: true`) are built and shown, each page marked as a draft.
        public var drafts: Bool

        public init(content: String = "Content", theme: String? = nil, host: String = "127.0.0.1", port: UInt16 = 8000,
                    language: DiagnosticLanguage? = nil, drafts: Bool = false) {
            self.content = content; self.theme = theme; self.host = host; self.port = port; self.language = language
            self.drafts = drafts
        }
    }

    let options: Options
    /// Everything the preview writes is inside `folder`: the site in `output`, and whatever the
    /// build keeps next to its output.
    public let folder: PreviewFolder
    let output: String
    let state = PreviewState()
    /// Told what each build did, as lines to print (`RebuildLines`).
    let say: @Sendable (String) -> Void

    public init(options: Options, say: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.say = say
        folder = PreviewFolder()
        output = folder.path + "/site"
    }

    /// Runs until the task is cancelled. `onListening` receives the address it serves.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        PreviewFolder.removeAbandoned()
        try folder.create()
        defer { folder.remove() }
        let server = try PreviewServer.listening(host: options.host, port: options.port)
        // Read before the first build, not when the watcher's task first runs: on a loaded
        // machine that was after the address was printed, so a file saved at once was taken
        // for the state already built and never rebuilt (seen in a fresh clone's test run).
        let sources = fingerprint()
        await rebuild(port: server.port, changed: nil)
        let watcher = Task { await self.watch(from: sources) }
        defer { watcher.cancel() }
        onListening("http://\(options.host):\(server.port)/")
        let state = self.state
        let site = ServedFolder(path: output)
        try await server.run { head in await Preview.respond(to: head, site: site, state: state) }
    }

    /// Polls the sources twice a second: portable, and cheap next to a build.
    /// - Parameter last: the sources as the last build read them.
    func watch(from last: [String: String]) async {
        var last = last
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 500_000_000)
            let now = fingerprint()
            if now != last {
                let changed = Preview.changes(from: last, to: now)
                last = now
                await rebuild(port: await state.port, changed: changed)
            }
        }
    }

    /// - Parameter changed: the files changed since the last build; nil for the first.
    func rebuild(port: UInt16, changed: [String]?) async {
        await state.setPort(port)
        var build = BuildOptions(content: options.content, theme: options.theme, output: output,
                                 baseURL: "http://\(options.host):\(port)/")
        build.drafts = options.drafts
        let started = ContinuousClock.now
        let report = SiteBuilder.build(build)
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let language = options.language ?? (report.siteLanguage == "en" ? .en : .vi)
        let wasFailing = await state.failing
        await state.update(report: report, language: language)
        say(RebuildLines.text(changed: changed, report: report, seconds: seconds, wasFailing: wasFailing, language: language))
    }

    /// Every file's path, size and modification time below the watched folders; a folder's
    /// path ends with "/", so that what changed can be named by its files. Hidden entries are
    /// left out, as the build leaves them: `.git`, an editor's swap file, and the temporary
    /// file a program saves through (`.dat.nosync…`), which would be named as a change.
    func fingerprint() -> [String: String] {
        var prints: [String: String] = [:]
        for folder in [options.content] + (options.theme.map { [$0] } ?? []) {
            guard let e = FileManager.default.enumerator(atPath: folder) else { continue }
            while let path = e.nextObject() as? String {
                if (path as NSString).lastPathComponent.hasPrefix(".") {
                    e.skipDescendants()
                    continue
                }
                let attributes = e.fileAttributes
                let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
                let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let isFolder = (attributes?[.type] as? FileAttributeType) == .typeDirectory
                prints[folder + "/" + path + (isFolder ? "/" : "")] = "\(size):\(modified)"
            }
        }
        return prints
    }

    /// The files added, changed or removed between two fingerprints, in order; the folders
    /// only when no file changed (an empty folder made or removed).
    static func changes(from old: [String: String], to new: [String: String]) -> [String] {
        let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
        let files = changed.filter { !$0.hasSuffix("/") }
        return files.isEmpty ? changed.map { String($0.dropLast()) } : files
    }

    static func respond(to head: RequestHead, site: ServedFolder, state: PreviewState) async -> PreviewResponse {
        guard head.method == "GET" || head.method == "HEAD" else {
            var refusal = PreviewResponse(.methodNotAllowed)
            refusal.allow = "GET, HEAD"
            return refusal
        }
        let request: RequestPath
        switch RequestPath.parse(head.target) {
        case .path(let path): request = path
        case .refused(let status): return PreviewResponse(status)
        }
        if request.names == ["__minhbach", "version"] {
            return PreviewResponse(.ok, body: Data(String(await state.version).utf8))
        }
        let file = site.file(for: request)
        let isPage = file?.hasSuffix(".html") ?? (request.isFolder || request.names.last?.hasSuffix(".html") == true)
        if isPage, let errorPage = await state.errorPage {
            return PreviewResponse(.internalServerError, contentType: "text/html; charset=utf-8", body: Data(errorPage.utf8))
        }
        guard let file, let data = FileManager.default.contents(atPath: file) else {
            let notFound = FileManager.default.contents(atPath: site.path + "/404.html").map { inject($0) }
            return PreviewResponse(.notFound, contentType: "text/html; charset=utf-8", body: notFound ?? Data("Not found".utf8))
        }
        return PreviewResponse(.ok, contentType: contentType(file), body: isPage ? inject(data) : data)
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
    /// Whether the last build failed.
    private(set) var failing = false

    func setPort(_ p: UInt16) { port = p }

    func update(report: BuildReport, language: DiagnosticLanguage) {
        version += 1
        failing = !report.succeeded
        errorPage = report.succeeded ? nil : PreviewState.page(report.diagnostics.filter { $0.severity == .error }, language)
    }

    static func page(_ errors: [Diagnostic], _ language: DiagnosticLanguage) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        let items = errors.map { d -> String in
            let position = d.location.line > 0 ? "\(d.location.file):\(d.location.line):\(max(d.location.column, 1))" : d.location.file
            var item = "<li><code>\(escape(position))</code><br>\(escape(d.text.text(in: language)))"
            if let hint = d.hintText { item += "<br><small>\(escape(Message("Hint").text(in: language))): \(escape(hint.text(in: language)))</small>" }
            return item + "</li>"
        }.joined(separator: "\n")
        let title = escape(Message("The content has errors").text(in: language))
        let intro: Message = "The site was not rebuilt because of \(errors.count) error(s). Fix the file and save it: this page updates by itself."
        let introText = escape(intro.text(in: language))
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}li{margin:.75rem 0}code{background:#fff1ec;padding:0 .25rem}h1{color:#9c2a00}</style>
            </head><body><h1>\(title)</h1><p>\(introText)</p><ol>
            \(items)
            </ol>\(Preview.reloadScript)</body></html>
            """
    }
}
