import Foundation
import MinhBachCore
import MinhBachInputs

/// What `minhbach build` was asked to do.
public struct BuildOptions: Sendable {
    public var content: String
    /// The theme folder, whose files replace the built-in theme's of the same path; nil: the
    /// built-in theme alone.
    public var theme: String?
    public var output: String
    /// Overrides `base_url` from site.yaml (e.g. for a staging host under a sub-path).
    public var baseURL: String?
    /// False for `minhbach check`: every check runs, nothing is rendered or written.
    public var write: Bool
    /// Updated as the build goes, for a progress display.
    public var progress: BuildProgress?
    /// Whether what earlier builds left may be used: pages whose inputs did not change are
    /// kept instead of rendered again. False renders every page.
    public var reuse = true
    /// Where parsed results are kept between builds (see `ParseCache`); nil parses every file.
    public var cacheFolder: String?
    /// Told, with the lock file's path, when another build is writing the same output folder
    /// and this one waits for it to finish.
    public var onWait: (@Sendable (String) -> Void)?
    /// For a command that ends right after the build: what the build made (the archive, the
    /// records of the output…) is left to the system at exit instead of being freed value by
    /// value, which took half a second for a national archive. Never for `serve`.
    public var keepsMemoryUntilExit = false
    /// Drafts with a score are built and shown, marked as drafts: `serve --drafts` only.
    public var drafts = false

    /// `$XDG_CACHE_HOME/minhbach`, else `~/.cache/minhbach`: outside the site and the content,
    /// so the cache is never published or committed.
    public static var defaultCacheFolder: String? {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/minhbach" }
        if let home = env["HOME"], home.hasPrefix("/") { return home + "/.cache/minhbach" }
        return nil
    }

    /// The theme folder a site uses when none is named: `Theme/` beside the content folder,
    /// when there is one (nil: the built-in theme alone).
    public static func themeBeside(content: String) -> String? {
        let parent = parentFolder(of: content)
        let theme = parent.isEmpty ? "Theme" : parent.hasSuffix("/") ? parent + "Theme" : parent + "/Theme"
        return FileSystem.isFolder(theme) ? theme : nil
    }

    /// The folder that holds `path` ("" for a name alone, "/" at the top). By hand, not by
    /// `NSString.deletingLastPathComponent`: on Linux that crashed for a one-letter name
    /// (`minhbach build --content c`).
    static func parentFolder(of path: String) -> String {
        var folder = Substring(path)
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        guard let slash = folder.lastIndex(of: "/") else { return "" }
        let parent = folder[..<slash]
        return parent.isEmpty ? "/" : String(parent)
    }

    public init(content: String = "Content", theme: String? = nil, output: String = "Site", baseURL: String? = nil,
                write: Bool = true) {
        self.content = content
        self.theme = theme
        self.output = output
        self.baseURL = baseURL
        self.write = write
        self.progress = nil
    }
}

/// What a build did: every problem found, the time each phase took, what was written.
public struct BuildReport: Sendable {
    public struct Phase: Sendable {
        public var name: String
        public var seconds: Double
        public var count: Int
    }

    public var diagnostics: [Diagnostic] = []
    public var phases: [Phase] = []
    public var pages = 0
    /// Pages rendered by this build; the others were kept from the previous one.
    public var rendered = 0
    /// Result files parsed by this build; the others came from the parse cache.
    public var resultsParsed = 0
    /// Input files read to hash them; the others were known by their stamps (`InputStamps`).
    public var inputsRead = 0
    /// Months whose rows of the downloads were made by this build; the others were kept.
    public var downloadMonthsMade = 0
    public var files = 0
    public var written = 0
    public var unchanged = 0
    public var removed = 0
    /// True when the output folder was written; false when errors stopped the build first.
    public var wroteOutput = false
    /// True when nothing had changed since the last clean build, which was left as it was.
    public var upToDate = false
    /// A failure while writing (disk full, permissions), after all checks had passed.
    public var writeFailure: String?

    /// The site's language (site.yaml), for messages; nil when site.yaml could not be read.
    public var siteLanguage: String?

    public var succeeded: Bool { !diagnostics.hasErrors && writeFailure == nil }
    public var seconds: Double { phases.reduce(0) { $0 + $1.seconds } }
}
