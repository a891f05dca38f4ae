import Foundation
import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan
import MinhBachRender
import MinhBachOutput

/// The build, as named phases read top to bottom:
///
///     load → theme → rank → plan → publish → render → write
///
/// Every check runs before `write`; if any found an error, the output folder is left exactly
/// as it was.
public enum SiteBuilder {
    /// The generator is an input too: a new `minhbach` may produce other bytes from the same
    /// content, so its own executable's hash is part of the up-to-date check.
    static let generatorVersion: String = {
        let hash = FileSystem.mappedHash("/proc/self/exe") ?? CommandLine.arguments.first.flatMap { FileSystem.read($0).map(contentHash) } ?? contentHash([UInt8]())
        return "minhbach-" + String(hash, radix: 16)
    }()

    public static func build(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        var clock = PhaseClock()

        // up-to-date: when every input is byte for byte what the last clean build read and its
        // output is intact, there is nothing to do.
        var inputs: InputHash?
        var served = SurveyedTree()
        var spareTree: SpareTree?
        var place: OutputPlace?
        // What is kept for the next build outside the site is written while this one goes on.
        let backgroundWrites = DispatchGroup()
        defer { backgroundWrites.wait() }
        if options.write {
            // The output folder is compared with the sources by real path before anything is
            // made beside it, then held by this build alone until it ends.
            report.diagnostics += checkOutputFolder(options)
            if report.diagnostics.hasErrors { return report }
            do {
                place = try OutputPlace(output: options.output, waiting: { options.onWait?($0) })
            } catch {
                report.writeFailure = "\(error)"
                return report
            }
        }
        defer { place?.release() }
        if options.write, let place {
            // Files untouched since an earlier build are known by their stamps, not read again.
            let stampsFile = options.reuse ? options.cacheFolder.map { folder in
                folder + "/inputs-" + Hash64.hex(of: absolute(options.content) + "\n" + absolute(options.theme)) + ".stamps"
            } : nil
            // What the previous build left is read beside the hashing of the inputs.
            var hashed: InputHash!
            var found = SurveyedTree()
            let shared = SharedManifest()
            concurrently({
                hashed = InputHash(folders: [options.content, options.theme], options: keyOptions(options),
                                   stamps: stampsFile.flatMap(InputStamps.read(from:)))
                // The spare tree is surveyed on the core that hashing leaves free first (both
                // surveys after a one-file edit of the medium corpus: 40 ms each).
                spareTree = SpareTree(place: place, trust: options.reuse, like: shared)
            }, {
                // The generator's program (16 MB) is hashed beside the inputs, not before them.
                _ = generatorVersion
                found = SurveyedTree.survey(place, trust: options.reuse, sharing: shared)
            })
            inputs = hashed
            report.inputsRead = hashed.filesRead
            served = found
            // Stamped again only when more than one file in a hundred had to be read: below
            // that, the next build reading those few again costs less than writing 80,000
            // stamps (and a file edited just now could not be trusted by its stamp anyway).
            if let stampsFile, hashed.filesRead * 100 > hashed.files.count {
                // Written while the build goes on: only the next build reads it.
                let made = hashed!
                DispatchQueue.global(qos: .utility).async(group: backgroundWrites) {
                    InputStamps.write(made.files, stamps: made.stamps, taken: made.stamped, to: stampsFile)
                }
            }
            // Up to date only with proof: the state of a build that had no diagnostic, for these
            // very inputs, and every file of the output as that build wrote it.
            if let state = served.state, state.inputHash == hashed.summary, served.isIntact {
                report.upToDate = true
                report.files = served.manifest.count
                report.unchanged = served.manifest.count
                report.pages = served.manifest.paths.count { $0.hasSuffix(".html") }
                report.phases.append(clock.lap("check", count: served.manifest.count))
                return report
            }
            report.phases.append(clock.lap("hash", count: hashed.filesRead))
        }

        let progress = options.progress
        // load: read and check every content file, on all cores.
        progress?.begin("load", total: 0)
        // One cache per content folder, named by its absolute path.
        let cache = options.reuse ? options.cacheFolder.map { folder in
            (file: folder + "/results-" + Hash64.hex(of: absolute(options.content)) + ".cache", generator: generatorVersion)
        } : nil
        let hashedContent = inputs
        var loaded = ContentLoader.load(from: options.content, cache: cache, knownHashes: { hashedContent?.hashes(of: 0, $0) ?? $0.map { _ in nil } },
                                        listed: { folder in hashedContent.map { $0.listing[0]?[folder] } })
        defer { loaded.cacheWrite?.wait() }
        report.diagnostics += loaded.diagnostics
        report.siteLanguage = loaded.content?.site.language
        report.resultsParsed = loaded.resultsParsed
        if let override = options.baseURL, loaded.content != nil {
            if let problem = checkBaseURL(override) {
                report.diagnostics.append(.error("bad-url", at: SourceLocation(file: "--base-url"), problem))
            } else {
                loaded.content!.site.baseURL = override.hasSuffix("/") ? override : override + "/"
            }
        }
        // Each file is checked as it is read; the checks across files are their own phase.
        var load = clock.lap("load", count: loaded.fileCount)
        load.seconds -= loaded.validationSeconds
        report.phases.append(load)
        report.phases.append(BuildReport.Phase(name: "validate", seconds: loaded.validationSeconds, count: loaded.content?.results.count ?? 0))

        // theme: parse every template once.
        let (theme, themeDiagnostics) = Theme.load(from: options.theme, language: loaded.content?.site.language ?? "vi")
        report.diagnostics += themeDiagnostics
        report.phases.append(clock.lap("theme", count: theme?.assets.count ?? 0))

        guard let content = loaded.content, let theme, !report.diagnostics.hasErrors else {
            report.diagnostics = report.diagnostics.sortedForReport()
            return report
        }

        // rank: siblings per month, averages, history.
        progress?.begin("rank", total: content.results.count)
        let archive = Archive(content: content)
        report.diagnostics += archive.diagnostics
        report.phases.append(clock.lap("rank", count: content.results.count))

        // plan: every page and copied file.
        let pages = PagePlan.pages(of: archive)
        var copies: [(path: String, source: String)] = theme.assets.map { ("assets/" + $0, theme.folder + "/assets/" + $0) }
        copies += content.staticFiles.map { ($0.outputPath, $0.sourcePath) }
        report.phases.append(clock.lap("plan", count: pages.count + copies.count))

        // publish: downloads, feeds and the sitemap, from the same archive as the pages.
        progress?.begin("publish", total: 0)
        // The downloads (on all cores by month; a month whose inputs did not change is taken
        // from the previous build), and beside them the content's dates, the feeds and the
        // sitemap.
        var madeOpenData: OpenData?
        var madeDates: ContentDates?
        var madeKeys: PageKeys?
        let hashedInputs = inputs
        let changedWhileRead = loaded.changedWhileRead
        let rowsFolder = options.reuse ? options.cacheFolder.map { folder in
            folder + "/downloads-" + Hash64.hex(of: absolute(options.content))
        } : nil
        let address = SiteAddress(archive: archive)
        var feedsAndSitemap: [OutputFile] = []
        concurrently({
            madeKeys = hashedInputs.map { PageKeys(inputs: $0, options: keyOptions(options), archive: archive) }
            let monthKeys = madeKeys.map { keys in archive.periods.map { keys.key(for: .month($0)) } }
            let previous = monthKeys.flatMap { keys in rowsFolder.map { DownloadRows.read(from: $0, keys: keys) } }
            let made = OpenData(archive: archive, translations: theme.translations, monthKeys: monthKeys, previous: previous)
            if let rowsFolder, monthKeys != nil, made.monthsMade > 0, !changedWhileRead {
                // Written while the build goes on: only the next build reads them.
                DispatchQueue.global(qos: .utility).async(group: backgroundWrites) { made.rows.write(to: rowsFolder) }
            }
            madeOpenData = made
        }, {
            let dates = ContentDates(archive: archive)
            madeDates = dates
            guard let address else { return }
            feedsAndSitemap = Feeds.files(archive: archive, address: address, dates: dates, translations: theme.translations)
            // A page's folder is its path without `index.html`.
            let listed = pages.filter { $0.kind != .notFound }.map { (path: $0.path.dropLast(10), day: dates.day(for: $0.kind)) }
            feedsAndSitemap += Sitemap.files(pages: listed, address: address)
        })
        let openData = madeOpenData!, dates = madeDates!, keys = madeKeys
        report.downloadMonthsMade = openData.monthsMade
        let generated = openData.files + feedsAndSitemap
        // Each unit's download and feed are made with the pages (below), like them kept when
        // their inputs did not change.
        var products = pages.map { Product.page($0) }
        for u in archive.units.indices {
            products.append(.unitData(u, path: OpenData.unitJSON(archive.units[u].slug)))
            if address != nil { products.append(.unitFeed(u, path: Feeds.unitFeed(archive.units[u].slug))) }
        }
        if address == nil {
            report.diagnostics.append(.warning("no-base-url", at: SourceLocation(file: options.content + "/site.yaml"), field: "base_url",
                "`base_url` is not set: feeds, the sitemap and canonical links are left out",
                hint: "add `base_url: https://…/` with the address the site will have, or pass --base-url"))
        }
        report.diagnostics += checkPaths(pages: pages, generated: generated.map(\.path) + products.dropFirst(pages.count).map(\.path),
                                         copies: copies, content: content, options: options)
        report.phases.append(clock.lap("publish", count: generated.count))
        report.diagnostics = report.diagnostics.sortedForReport()
        if report.diagnostics.hasErrors || !options.write { return report }

        // Copied files are read before anything is written: one that cannot be read stops the
        // build with the output folder as it was.
        var copied: [OutputFile] = []
        for copy in copies {
            guard let bytes = FileSystem.read(copy.source) else {
                report.diagnostics.append(.error("missing-file", at: SourceLocation(file: copy.source), "cannot read the file to copy"))
                continue
            }
            copied.append(OutputFile(path: copy.path, bytes: bytes))
        }
        report.pages = pages.count
        report.files = products.count + generated.count + copied.count
        if report.diagnostics.hasErrors { return report }
        let session: SiteWriter.Session
        do {
            session = try SiteWriter.Session(place: place!, served: served, spare: spareTree, paths: products.map(\.path) + generated.map(\.path) + copied.map(\.path),
                                             trust: options.reuse)
        } catch {
            report.writeFailure = "\(error)"
            return report
        }

        // render: pages to bytes on all cores, each written as soon as it is rendered (unless
        // its bytes did not change), so that the whole site is never held in memory. A page
        // whose inputs are those of the previous build is kept as it is, not rendered again.
        let renderer = SiteRenderer(archive: archive, theme: theme, extras: PublishedExtras(openData: openData, address: address, translations: theme.translations))
        progress?.begin("render", total: products.count)
        let outcomes: [(outcome: SiteWriter.Outcome, key: UInt64?, rendered: Bool)] = products.parallelMap(chunk: 16) { product in
            defer { progress?.advance() }
            let key = keys.map { product.key($0, archive) }
            if options.reuse, let key, let kept = session.keep(product.path, key: key) {
                return (kept, key, false)
            }
            let file: OutputFile
            switch product {
            case .page(let page): file = OutputFile(path: page.path, bytes: renderer.render(page))
            case .unitData(let u, _): file = OpenData.unitFile(archive, u)
            case .unitFeed(let u, _): file = Feeds.unitFile(archive: archive, unit: u, address: address!, dates: dates, translations: theme.translations)
            }
            return (session.put(file), key, true)
        }
        report.rendered = zip(products, outcomes).count { product, done in
            if case .page = product { return done.rendered } else { return false }
        }
        report.phases.append(clock.lap("render", count: outcomes.count { $0.rendered }))

        // write: downloads, feeds and copied files whose bytes changed; the manifest; stale
        // files of the previous build removed.
        let otherOutcomes = (generated + copied).parallelMap { session.put($0) }
        var recorded = outcomes.map(\.outcome)
        // Keys of inputs that changed while they were read would name bytes the pages do not show.
        for i in recorded.indices where recorded[i].isWritten && !loaded.changedWhileRead { recorded[i].key = outcomes[i].key }
        do {
            // Only a build without any diagnostic may be skipped next time: its warnings would
            // otherwise go unseen.
            let written = try session.finish(recorded + otherOutcomes, inputHash: report.diagnostics.isEmpty && !loaded.changedWhileRead ? inputs?.summary : nil)
            report.written = written.written
            report.unchanged = written.unchanged
            report.removed = written.removed
            report.wroteOutput = true
        } catch {
            report.writeFailure = "\(error)"
        }
        report.phases.append(clock.lap("write", count: otherOutcomes.count))
        report.retained = [loaded, archive, inputs, served, pages, products, outcomes, recorded,
                           otherOutcomes, openData, keys, dates, session, renderer, generated, copied]
        return report
    }

    /// The options that shape every output besides the inputs: which generator made it, for
    /// which address.
    static func keyOptions(_ options: BuildOptions) -> [String] { [generatorVersion, options.baseURL ?? ""] }

    static func checkBaseURL(_ url: String) -> Message? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !url.contains(where: \.isWhitespace) else {
            return "--base-url must be a web address starting with https:// or http://, found \"\(url)\""
        }
        return nil
    }

    /// The output folder must not be (or contain, or lie in) the sources, compared by real path
    /// so that a link (`alias -> Content`) is what it points to: a build must never overwrite
    /// the editors' files.
    static func checkOutputFolder(_ options: BuildOptions) -> [Diagnostic] {
        let out = OutputPlace.realPath(options.output)
        var problems: [Diagnostic] = []
        for (name, folder) in [("content", options.content), ("theme", options.theme)] {
            if OutputPlace.overlap(out, OutputPlace.realPath(folder)) {
                problems.append(.error("bad-output", at: SourceLocation(file: options.output),
                    "the output folder overlaps the \(name) folder \(folder)", hint: "choose a separate folder, such as Site"))
            }
        }
        return problems
    }

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/"))
        var p = url.standardizedFileURL.path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    /// Two outputs with one path would overwrite each other; a free page cannot take a
    /// name the generator uses (`don-vi`, a year such as `2023`).
    static func checkPaths(pages: [PageSpec], generated: [String], copies: [(path: String, source: String)],
                           content: ContentSet, options: BuildOptions) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let pagesFolder = options.content + "/pages"
        let years = Set(content.results.map { "\($0.period.year)" } + content.months.map { "\($0.period.year)" })
        for page in content.pages where PagePlan.reservedSlugs.contains(page.slug) || years.contains(page.slug) {
            problems.append(.error("reserved-slug", at: SourceLocation(file: "\(pagesFolder)/\(page.slug).md"),
                "the page name `\(page.slug)` is used by the site itself", hint: "rename the file, e.g. to `trang-\(page.slug).md`"))
        }
        // Only the copied files' paths can conflict: those few are looked up, not all 90,000.
        let copied = Set(copies.map(\.path))
        var owner: [String: String] = [:]
        for page in pages where copied.contains(page.path) { owner[page.path] = "a generated page" }
        for path in generated where copied.contains(path) { owner[path] = "a generated file" }
        for copy in copies {
            if let other = owner[copy.path] {
                problems.append(.error("path-conflict", at: SourceLocation(file: copy.source),
                    "`\(copy.path)` would overwrite \(other)", hint: "rename or move the file"))
            } else if !OutputFile.isSafe(copy.path) {
                problems.append(.warning("ignored-file", at: SourceLocation(file: copy.source), "ignored: hidden or unsafe file name"))
            } else {
                owner[copy.path] = copy.source
            }
        }
        return problems
    }
}

/// Measures the phases of one build.
struct PhaseClock {
    private var last = ContinuousClock.now

    mutating func lap(_ name: String, count: Int) -> BuildReport.Phase {
        let now = ContinuousClock.now
        let d = now - last
        last = now
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return BuildReport.Phase(name: name, seconds: seconds, count: count)
    }
}

/// What the render phase makes: pages, and each unit's download and feed.
enum Product: Sendable {
    case page(PageSpec)
    case unitData(Int, path: String)
    case unitFeed(Int, path: String)

    var path: String {
        switch self {
        case .page(let page): return page.path
        case .unitData(_, let path), .unitFeed(_, let path): return path
        }
    }

    /// A unit's download shows what its page shows; its feed also shows, for a month the unit
    /// has no result of its own, the month's date, which any result of that month may move.
    func key(_ keys: PageKeys, _ archive: Archive) -> UInt64 {
        switch self {
        case .page(let page): return keys.key(for: page.kind)
        case .unitData(let u, _): return keys.key(for: .unit(u))
        case .unitFeed(let u, _):
            return Feeds.usesMonthDates(archive: archive, unit: u) ? keys.key(for: .home) : keys.key(for: .unit(u))
        }
    }
}
