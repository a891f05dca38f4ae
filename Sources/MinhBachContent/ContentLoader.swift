import Foundation
import MinhBachCore
import MinhBachMarkdown

/// Reads `Content/` whole: lists its files, parses them on all cores (`read`), then checks
/// what only the whole set can tell, the unit tree, results of unknown units (`validate`).
/// Writes nothing but its parse cache.
public enum ContentLoader {
    public struct Outcome: Sendable {
        /// nil when `site.yaml` or `index.yaml` could not be read at all.
        public var content: ContentSet?
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        /// The parse cache being written in the background; wait for it before exiting.
        public var cacheWrite: DispatchGroup? = nil
        /// Results parsed from their files; the others came from the parse cache.
        public var resultsParsed = 0
        /// Whether a file's bytes, as read here, differ from those hashed earlier by this build
        /// (an editor saved it meanwhile): then the build's record of its inputs would name
        /// bytes it did not publish, and must not be kept.
        public var changedWhileRead = false
        /// The content folder as diagnostics name it.
        var display = DisplayPath(root: ".")

        /// The checks across files (`ContentValidator`), once every file was read.
        public mutating func validate() {
            guard content != nil else { return }
            diagnostics += ContentValidator.validate(&content!, siteFile: display.join("site.yaml"), unitsFolder: display.join("units"))
        }
    }

    /// `read`, then `validate`.
    public static func load(from root: String) -> Outcome {
        var outcome = read(from: root)
        outcome.validate()
        return outcome
    }

    /// Every file of the content folder read and checked on its own.
    ///
    /// - Parameter root: the content folder as the user named it (`Content`); file names in
    ///   diagnostics start with it, so they are relative to the current folder when it is.
    /// - Parameter cache: where parsed results are kept between builds, and a text naming the
    ///   generator (a new `minhbach` may read the same bytes differently); nil reads every file.
    /// - Parameter knownHashes: the hashes of files' bytes already read by this build (by the
    ///   paths below `root`, in the order given; nil for one not read); a file whose hash has a
    ///   cached result is not read again.
    /// - Parameter listed: the entries of a folder below `root` (`results/2023-06`) as this build
    ///   listed them already, if it did: listing 80,000 files twice cost a tenth of a second.
    /// - Parameter drafts: drafts with a score are read as results marked draft (`serve --drafts`).
    public static func read(from root: String, cache: (file: String, generator: String)? = nil,
                            knownHashes: ([String]) -> [UInt64?] = { $0.map { _ in nil } },
                            listed: (String) -> [FileSystem.Entry]?? = { _ in nil }, drafts: Bool = false) -> Outcome {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
            return Outcome(content: nil, diagnostics: [.error(.noContent, at: SourceLocation(file: root),
                "the content folder does not exist", hint: "run the command from the site's folder, or pass --content DIR")], fileCount: 0)
        }
        let display = DisplayPath(root: root)
        let links = LinkRule(root: root, shown: display.prefix.isEmpty ? "." : display.prefix)
        let top = (listed("") ?? nil) ?? FileSystem.list(root) ?? []
        var diagnostics = topLinks(root, entries: top, links: links, display: display)
        // A refused link is never read: its target could be any file of the machine.
        let refused = Set(diagnostics.map(\.location.file))
        diagnostics += UnreadFiles.atTop(top, display: display)
        let (site, index) = settings(root, display: display, refused: refused, diagnostics: &diagnostics)
        let markdown = MarkdownRenderer(allowsRawHTML: site?.unsafeHTML ?? false)

        // Parsed results of earlier builds, read while the folders are listed.
        let salt = cacheSalt(root, display: display, generator: cache?.generator, site: site)
        var parsed: ParseCache?
        var jobs: [Job] = []
        concurrently({ parsed = cache.map { ParseCache.read(from: $0.file, salt: salt) } }, {
            jobs = listJobs(root, display: display, links: links, listed: listed, diagnostics: &diagnostics)
        })
        // Each result's cached entry, found in one walk: both are in path order.
        let known = knownHashes(jobs.map(\.relative))
        let cachedAt = parsed?.positions(of: jobs.map { $0.kind == .result ? $0.shown : nil }) ?? []
        var loaded = Array(jobs.indices).parallelMap { i in
            jobs[i].run(index: index, markdown: markdown, cached: cachedAt.isEmpty ? nil : cachedAt[i].map { parsed!.entries[$0] },
                        knownHash: known[i], drafts: drafts)
        }
        let cacheWrite = cache.flatMap { cache in
            index == nil ? nil : writeCache(cache.file, salt: salt, jobs: jobs, loaded: loaded, previous: parsed, cachedAt: cachedAt)
        }
        let changed = changedFiles(root, display: display, jobs: jobs, loaded: loaded, known: known, knownHashes: knownHashes)
        for file in changed {
            diagnostics.append(.warning(.changedWhileRead, at: SourceLocation(file: file),
                "the file changed while the build was reading it; the site shows what was read",
                hint: "build again once the file is saved"))
        }
        let gathered = gather(jobs, loaded, diagnostics: &diagnostics)
        let fileCount = jobs.count + 2
        // Let go of on another thread: freeing 80,000 jobs (five strings each) held up the
        // phases after this one.
        let done = (jobs, loaded)
        (jobs, loaded) = ([], [])
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(done) {} }

        let staticFiles = staticFiles(root + "/static", links: links, diagnostics: &diagnostics, shown: display.join("static"))
            .map { StaticFile(outputPath: $0, sourcePath: root + "/static/" + $0) }
        guard let site, let index else {
            return Outcome(content: nil, diagnostics: diagnostics, fileCount: fileCount, cacheWrite: cacheWrite,
                           resultsParsed: gathered.resultsParsed, display: display)
        }
        let content = ContentSet(site: site, index: index, units: gathered.units, results: gathered.results, months: gathered.months,
                                 pages: gathered.pages, staticFiles: staticFiles, spanResults: gathered.spanResults,
                                 spanSummaries: gathered.spanSummaries)
        return Outcome(content: content, diagnostics: diagnostics, fileCount: fileCount, cacheWrite: cacheWrite,
                       resultsParsed: gathered.resultsParsed, changedWhileRead: !changed.isEmpty, display: display)
    }

    /// `site.yaml` and `index.yaml`, each nil when it cannot be read.
    private static func settings(_ root: String, display: DisplayPath, refused: Set<String>,
                                 diagnostics: inout [Diagnostic]) -> (SiteConfig?, IndexDefinition?) {
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
        return (site, index)
    }

    /// The files whose bytes, as read now, are not those hashed earlier by this build.
    private static func changedFiles(_ root: String, display: DisplayPath, jobs: [Job], loaded: [Job.Loaded], known: [UInt64?],
                                     knownHashes: ([String]) -> [UInt64?]) -> [String] {
        var changed = jobs.indices.filter { known[$0] != nil && loaded[$0].hash != nil && known[$0] != loaded[$0].hash }.map { jobs[$0].shown }
        for name in ["site.yaml", "index.yaml"] {
            let hashed = knownHashes([name])[0]
            if let hashed, FileSystem.read(root + "/" + name).map(contentHash) != hashed { changed.append(display.join(name)) }
        }
        return changed
    }
}
