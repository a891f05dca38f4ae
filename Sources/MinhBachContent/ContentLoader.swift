import Foundation
import MinhBachCore
import MinhBachMarkdown

/// Reads `Content/` whole: lists its files, parses them on all cores, then checks what only
/// the whole set can tell (the unit tree, results of unknown units). Writes nothing.
public enum ContentLoader {
    public struct Outcome: Sendable {
        /// nil when `site.yaml` or `index.yaml` could not be read at all.
        public var content: ContentSet?
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        /// The parse cache being written in the background; wait for it before exiting.
        public var cacheWrite: DispatchGroup? = nil
        /// Of the loading time, how much the checks across files took (the unit tree,
        /// results of unknown units…), after each file's own checks.
        public var validationSeconds: Double = 0
        /// Results parsed from their files; the others came from the parse cache.
        public var resultsParsed = 0
        /// Whether a file's bytes, as read here, differ from those hashed earlier by this build
        /// (an editor saved it meanwhile): then the build's record of its inputs would name
        /// bytes it did not publish, and must not be kept.
        public var changedWhileRead = false
    }

    /// - Parameter root: the content folder as the user named it (`Content`); file names in
    ///   diagnostics start with it, so they are relative to the current folder when it is.
    /// - Parameter cache: where parsed results are kept between builds, and a text naming the
    ///   generator (a new `minhbach` may read the same bytes differently); nil reads every file.
    /// - Parameter knownHashes: the hashes of files' bytes already read by this build (by the
    ///   paths below `root`, in the order given; nil for one not read); a file whose hash has a
    ///   cached result is not read again.
    /// - Parameter listed: the entries of a folder below `root` (`results/2023-06`) as this build
    ///   listed them already, if it did: listing 80,000 files twice cost a tenth of a second.
    public static func load(from root: String, cache: (file: String, generator: String)? = nil,
                            knownHashes: ([String]) -> [UInt64?] = { $0.map { _ in nil } },
                            listed: (String) -> [FileSystem.Entry]?? = { _ in nil }) -> Outcome {
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
            return Outcome(content: nil, diagnostics: [.error(.noContent, at: SourceLocation(file: root),
                "the content folder does not exist", hint: "run the command from the site's folder, or pass --content DIR")], fileCount: 0)
        }
        let display = DisplayPath(root: root)
        let links = LinkRule(root: root, shown: display.prefix.isEmpty ? "." : display.prefix)
        let refusedLinks = topLinks(root, listed: listed(""), links: links, display: display)
        diagnostics += refusedLinks
        // A refused link is never read: its target could be any file of the machine.
        let refused = Set(refusedLinks.map(\.location.file))

        let siteFile = display.join("site.yaml")
        let indexFile = display.join("index.yaml")
        var site: SiteConfig?
        var index: IndexDefinition?
        if !refused.contains(siteFile), let text = readText(root + "/site.yaml", shown: siteFile, diagnostics: &diagnostics) {
            let (s, d) = SiteLoader.load(yaml: text, file: siteFile)
            site = s; diagnostics += d
        }
        if !refused.contains(indexFile), let text = readText(root + "/index.yaml", shown: indexFile, diagnostics: &diagnostics) {
            let (i, d) = IndexLoader.load(yaml: text, file: indexFile)
            index = i; diagnostics += d
        }
        let markdown = MarkdownRenderer(allowsRawHTML: site?.unsafeHTML ?? false)

        // Parsed results of earlier builds, valid only for the same index, settings and paths;
        // read while the folders are listed.
        var salt = Hash64()
        if let cache {
            salt.add(cache.generator)
            salt.add(FileSystem.read(root + "/index.yaml").map { String(contentHash($0), radix: 16) } ?? "-")
            salt.add(site?.unsafeHTML == true ? "raw-html" : "safe")
            salt.add(display.join(""))
        }
        var parsed: ParseCache?
        var jobs: [Job] = []
        concurrently({ parsed = cache.map { ParseCache.read(from: $0.file, salt: salt.value) } }, {
            func list(_ folder: String) -> [FileSystem.Entry]? { listed(folder) ?? FileSystem.list(root + "/" + folder) }
            for name in listFiles(list("units"), in: root + "/units", links: links, diagnostics: &diagnostics, shown: display.join("units")) {
                jobs.append(Job(kind: .unit, root: root, relative: "units/" + name, display: display, name: name, period: nil))
            }
            let monthFolders = monthFolders(list("results"), in: root + "/results", links: links, diagnostics: &diagnostics,
                                            shown: display.join("results"))
            for folder in monthFolders {
                let shownFolder = display.join("results/" + folder)
                guard let period = Period(folder) else {
                    diagnostics.append(.error(.badMonthFolder, at: SourceLocation(file: shownFolder),
                        "the folder name `\(folder)` is not a month written as YYYY-MM",
                        hint: "name the folder like 2023-06 (four-digit year, two-digit month)"))
                    continue
                }
                for name in listFiles(list("results/" + folder), in: root + "/results/" + folder, links: links,
                                       diagnostics: &diagnostics, shown: shownFolder) {
                    jobs.append(Job(kind: name == "_index.md" ? .month : .result, root: root, relative: "results/" + folder + "/" + name,
                                    display: display, name: name, period: period))
                }
            }
            for name in listFiles(list("pages"), in: root + "/pages", links: links, diagnostics: &diagnostics, shown: display.join("pages")) {
                jobs.append(Job(kind: .page, root: root, relative: "pages/" + name, display: display, name: name, period: nil))
            }
        })
        var cacheWrite: DispatchGroup?
        // Each result's cached entry, found in one walk: both are in path order.
        let known = knownHashes(jobs.map(\.relative))
        let cachedAt = parsed?.positions(of: jobs.map { $0.kind == .result ? $0.shown : nil }) ?? []
        var loaded = Array(jobs.indices).parallelMap { i in
            jobs[i].run(index: index, markdown: markdown, cached: cachedAt.isEmpty ? nil : cachedAt[i].map { parsed!.entries[$0] },
                        knownHash: known[i])
        }
        if let cache, index != nil {
            // The next cache holds this build's results that loaded without a diagnostic, in
            // path order (the order of the jobs). After a one-file edit all but one come from
            // the cache as they were stored.
            var entries: [ParseCache.Entry] = []
            entries.reserveCapacity(parsed?.entries.count ?? 0)
            var changed = false
            // By position, not by pairs: copying 17,000 jobs and results cost more than the loop.
            for i in jobs.indices where jobs[i].kind == .result {
                if loaded[i].fromCache, let at = cachedAt[i] {
                    entries.append(parsed!.entries[at])
                    continue
                }
                guard case .result(let record)? = loaded[i].value, loaded[i].diagnostics.isEmpty, let hash = loaded[i].hash else { continue }
                entries.append(ParseCache.Entry(path: jobs[i].shown, hash: hash, record: record))
                changed = true
            }
            // The same count of entries, all taken from the cache, are the entries it holds.
            if changed || entries.count != parsed?.entries.count {
                // Written while the build goes on: the file is only read by the next build.
                let updated = ParseCache(salt: salt.value, entries: entries, previous: parsed ?? ParseCache(salt: 0))
                let group = DispatchGroup()
                DispatchQueue.global(qos: .utility).async(group: group) { updated.write(to: cache.file) }
                cacheWrite = group
            }
        }
        var resultsParsed = 0
        var changed = jobs.indices.filter { known[$0] != nil && loaded[$0].hash != nil && known[$0] != loaded[$0].hash }.map { jobs[$0].shown }
        for name in ["site.yaml", "index.yaml"] {
            let hashed = knownHashes([name])[0]
            if let hashed, FileSystem.read(root + "/" + name).map(contentHash) != hashed { changed.append(display.join(name)) }
        }
        for file in changed {
            diagnostics.append(.warning(.changedWhileRead, at: SourceLocation(file: file),
                "the file changed while the build was reading it; the site shows what was read",
                hint: "build again once the file is saved"))
        }
        let changedWhileRead = !changed.isEmpty
        var units: [Unit] = [], results: [ResultRecord] = [], months: [MonthSummary] = [], pages: [FreePage] = []
        results.reserveCapacity(jobs.count)
        for i in loaded.indices {
            if !loaded[i].diagnostics.isEmpty { diagnostics += loaded[i].diagnostics }
            if jobs[i].kind == .result && !loaded[i].fromCache { resultsParsed += 1 }
            switch loaded[i].value {
            case .unit(let u): units.append(u)
            case .result(let r): results.append(r)
            case .month(let m): months.append(m)
            case .page(let p): pages.append(p)
            case nil: break
            }
        }
        let fileCount = jobs.count
        // Let go of on another thread: freeing 80,000 jobs (five strings each) held up the
        // phases after this one.
        let done = (jobs, loaded)
        jobs = []
        loaded = []
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(done) {} }

        let staticFiles = staticFiles(root + "/static", links: links, diagnostics: &diagnostics, shown: display.join("static"))
            .map { StaticFile(outputPath: $0, sourcePath: root + "/static/" + $0) }
        guard let site, let index else {
            return Outcome(content: nil, diagnostics: diagnostics, fileCount: fileCount + 2, cacheWrite: cacheWrite,
                           resultsParsed: resultsParsed)
        }
        var content = ContentSet(site: site, index: index, units: units, results: results, months: months,
                                 pages: pages, staticFiles: staticFiles)
        let validationStart = ContinuousClock.now
        diagnostics += ContentValidator.validate(&content, siteFile: siteFile, unitsFolder: display.join("units"))
        let validation = ContinuousClock.now - validationStart
        return Outcome(content: content, diagnostics: diagnostics, fileCount: fileCount + 2, cacheWrite: cacheWrite,
                       validationSeconds: Double(validation.components.seconds) + Double(validation.components.attoseconds) / 1e18,
                       resultsParsed: resultsParsed, changedWhileRead: changedWhileRead)
    }

    // MARK: files

    /// The largest Markdown, YAML or template file read (1 MiB). A month's result is about a
    /// kilobyte and the longest free page some tens; a larger file is a mistake, or an attempt
    /// to make every build slow, and is refused before it is read.
    public static let maxFileBytes = 1 << 20

    /// The file as UTF-8 text; nil with a diagnostic when it is missing, too large or not UTF-8.
    public static func readText(_ path: String, shown: String, diagnostics: inout [Diagnostic]) -> String? {
        readBytes(path, shown: shown, diagnostics: &diagnostics).flatMap { decode($0, shown: shown, diagnostics: &diagnostics) }
    }

    static func readBytes(_ path: String, shown: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        switch FileSystem.read(path, atMost: maxFileBytes) {
        case .bytes(let bytes):
            return bytes
        case .tooLarge(let size):
            diagnostics.append(.error(.fileTooLarge, at: SourceLocation(file: shown),
                "the file is \(size) bytes, more than the \(maxFileBytes) bytes (1 MiB) a Markdown, YAML or template file may have",
                hint: "split the text into several files; pictures and documents to download belong in `static/`"))
            return nil
        case .unreadable:
            diagnostics.append(.error(.missingFile, at: SourceLocation(file: shown), "the file is missing or cannot be read"))
            return nil
        }
    }

    static func decode(_ bytes: [UInt8], shown: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(.error(.notUtf8, at: SourceLocation(file: shown), "the file is not UTF-8 text",
                                      hint: "save it again choosing the UTF-8 encoding"))
            return nil
        }
        return text
    }

}

/// Shows content paths the way the user named the folder, relative to the current folder
/// when the folder lies below it.
struct DisplayPath {
    let prefix: String

    init(root: String) {
        var r = root
        while r.count > 1 && r.hasSuffix("/") { r.removeLast() }
        let cwd = FileManager.default.currentDirectoryPath
        if r.hasPrefix(cwd + "/") { r = String(r.dropFirst(cwd.count + 1)) }
        if r.hasPrefix("./") { r = String(r.dropFirst(2)) }
        prefix = r
    }

    func join(_ path: String) -> String { prefix.isEmpty || prefix == "." ? path : prefix + "/" + path }
}

// A class: the load phase hands 80,000 of them to its threads, and a struct of five strings
// was copied (and released) at each step.
private final class Job: Sendable {
    enum Kind: Sendable { case unit, result, month, page }
    let kind: Kind
    /// Below the content folder; as the build opens it; as diagnostics show it.
    let relative: String
    let path: String
    let shown: String
    let name: String
    let period: Period?

    init(kind: Kind, root: String, relative: String, display: DisplayPath, name: String, period: Period?) {
        self.kind = kind
        self.relative = relative
        self.path = root + "/" + relative
        self.shown = display.join(relative)
        self.name = name
        self.period = period
    }

    enum Value: Sendable {
        case unit(Unit), result(ResultRecord), month(MonthSummary), page(FreePage)
    }

    struct Loaded: Sendable {
        var value: Value?
        var diagnostics: [Diagnostic]
        /// The hash of the file's bytes, when they could be read.
        var hash: UInt64?
        var fromCache = false
    }

    /// - Parameter cached: the parse cache's entry for this file, if it has one.
    func run(index: IndexDefinition?, markdown: MarkdownRenderer, cached: ParseCache.Entry?, knownHash: UInt64?) -> Loaded {
        // The bytes were hashed moments ago by the up-to-date check: a cached result for that
        // hash is what this file holds, so it need not be read twice.
        if kind == .result, let knownHash, let cached, cached.hash == knownHash {
            return Loaded(value: .result(cached.record), diagnostics: [], hash: knownHash, fromCache: true)
        }
        var diagnostics: [Diagnostic] = []
        guard let bytes = ContentLoader.readBytes(path, shown: shown, diagnostics: &diagnostics) else { return Loaded(diagnostics: diagnostics) }
        let hash = contentHash(bytes)
        if kind == .result, let cached, cached.hash == hash {
            return Loaded(value: .result(cached.record), diagnostics: [], hash: hash, fromCache: true)
        }
        let (value, found) = parse(bytes, index: index, markdown: markdown)
        return Loaded(value: value, diagnostics: found, hash: hash)
    }

    private func parse(_ bytes: [UInt8], index: IndexDefinition?, markdown: MarkdownRenderer) -> (Value?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let text = ContentLoader.decode(bytes, shown: shown, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let slug = String(name.dropLast(3))
        if kind != .month && !Slug.isValid(slug) {
            let suggestion = Slug.suggest(from: slug)
            diagnostics.append(.error(.badSlug, at: SourceLocation(file: shown, line: 1, column: 1),
                "the file name `\(name)` is not a slug of lower-case letters a–z, digits and hyphens",
                hint: suggestion.isEmpty ? "rename the file" : "rename it to `\(suggestion).md`"))
            return (nil, diagnostics)
        }
        switch kind {
        case .unit:
            let (u, d) = UnitLoader.load(text, file: shown, slug: slug, markdown: markdown)
            return (u.map(Value.unit), d)
        case .result:
            let (r, d) = ResultLoader.load(text, file: shown, unit: slug, period: period!, index: index, markdown: markdown)
            return (r.map(Value.result), d)
        case .month:
            let (m, d) = MonthLoader.load(text, file: shown, period: period!, markdown: markdown)
            return (m.map(Value.month), d)
        case .page:
            let (p, d) = PageLoader.load(text, file: shown, slug: slug, markdown: markdown)
            return (p.map(Value.page), d)
        }
    }
}
