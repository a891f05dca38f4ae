import MinhBachCore

/// What `minhbach build` was asked to do.
public struct BuildOptions: Sendable {
    public var content: String
    public var theme: String
    public var output: String
    /// Overrides `base_url` from site.yaml (e.g. for a staging host under a sub-path).
    public var baseURL: String?
    /// False for `minhbach check`: every check runs, nothing is rendered or written.
    public var write: Bool
    /// Updated as the build goes, for a progress display.
    public var progress: BuildProgress?

    public init(content: String = "Content", theme: String = "Theme", output: String = "Site", baseURL: String? = nil,
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
