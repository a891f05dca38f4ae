import MinhBachCore
import MinhBachInputs
import MinhBachContent

enum LoadPhase {
    /// load: every content file read and checked on all cores, a result whose bytes an earlier
    /// build parsed taken from the parse cache; then validate, the checks across files.
    /// `--base-url` replaces the site's address here, so that every later phase sees only one.
    static func run(_ run: BuildRun, inputs: InputHash?) -> ContentLoader.Outcome {
        run.progress?.begin("load", total: 0)
        let options = run.options
        let cache = run.caches.parsedResults.map { (file: $0, generator: SiteBuilder.generatorVersion) }
        var loaded = ContentLoader.read(from: options.content, cache: cache,
                                        knownHashes: { inputs?.hashes(of: 0, $0) ?? $0.map { _ in nil } },
                                        listed: { folder in inputs.map { $0.listing[0]?[folder] } }, drafts: options.drafts)
        run.waitAtEnd(for: loaded.cacheWrite)
        run.lap("load", count: loaded.fileCount)
        loaded.validate()
        run.lap("validate", count: loaded.content?.results.count ?? 0)
        run.report.diagnostics += loaded.diagnostics
        run.report.siteLanguage = loaded.content?.site.language
        run.report.resultsParsed = loaded.resultsParsed
        if let override = options.baseURL, loaded.content != nil {
            if let problem = SiteBuilder.checkBaseURL(override) {
                run.report.diagnostics.append(.error(.badUrl, at: SourceLocation(file: "--base-url"), problem))
            } else {
                loaded.content!.site.baseURL = override.hasSuffix("/") ? override : override + "/"
            }
        }
        return loaded
    }
}
