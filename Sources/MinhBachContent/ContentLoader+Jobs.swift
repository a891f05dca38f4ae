import MinhBachCore
import MinhBachMarkdown

// A class: the load phase hands 80,000 of them to its threads, and a struct of five strings
// was copied (and released) at each step.
final class Job: Sendable {
    enum Kind: Sendable { case unit, result, month, page }
    let kind: Kind
    /// Below the content folder; as the build opens it; as diagnostics show it.
    let relative: String
    let path: String
    let shown: String
    let name: String
    let period: Period?
    /// A recorded quarter's, half-year's or year's folder (then `period` is its first month).
    let span: ReportingPeriod?

    init(kind: Kind, root: String, relative: String, display: DisplayPath, name: String, period: Period?,
         span: ReportingPeriod? = nil) {
        self.kind = kind
        self.relative = relative
        self.path = root + "/" + relative
        self.shown = display.join(relative)
        self.name = name
        self.period = period
        self.span = span
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
    func run(index: IndexDefinition?, markdown: MarkdownRenderer, cached: ParseCache.Entry?, knownHash: UInt64?,
             drafts: Bool = false) -> Loaded {
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
        let (value, found) = parse(bytes, index: index, markdown: markdown, drafts: drafts)
        return Loaded(value: value, diagnostics: found, hash: hash)
    }

    private func parse(_ bytes: [UInt8], index: IndexDefinition?, markdown: MarkdownRenderer, drafts: Bool) -> (Value?, [Diagnostic]) {
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
            let (r, d) = ResultLoader.load(text, file: shown, unit: slug, period: period!, span: span, index: index?.inForce(period!),
                                           markdown: markdown, drafts: drafts)
            return (r.map(Value.result), d)
        case .month:
            var (m, d) = MonthLoader.load(text, file: shown, period: period!, markdown: markdown)
            m?.span = span
            return (m.map(Value.month), d)
        case .page:
            let (p, d) = PageLoader.load(text, file: shown, slug: slug, markdown: markdown)
            return (p.map(Value.page), d)
        }
    }
}

extension ContentLoader {
    /// A job per file to read: units, then each month's results (and its note), then pages,
    /// in path order.
    static func listJobs(_ root: String, display: DisplayPath, links: LinkRule, listed: (String) -> [FileSystem.Entry]??,
                         diagnostics: inout [Diagnostic]) -> [Job] {
        func list(_ folder: String) -> [FileSystem.Entry]? { listed(folder) ?? FileSystem.list(root + "/" + folder) }
        var jobs: [Job] = []
        for name in listFiles(list("units"), in: root + "/units", relative: "units", links: links, diagnostics: &diagnostics,
                              shown: display.join("units")) {
            jobs.append(Job(kind: .unit, root: root, relative: "units/" + name, display: display, name: name, period: nil))
        }
        let monthFolders = monthFolders(list("results"), in: root + "/results", links: links, diagnostics: &diagnostics,
                                        shown: display.join("results"))
        for folder in monthFolders {
            let shownFolder = display.join("results/" + folder)
            let span = ReportingPeriod(folder: folder)
            guard let period = Period(folder) ?? span?.first else {
                diagnostics.append(.error(.badMonthFolder, at: SourceLocation(file: shownFolder),
                    "the folder name `\(folder)` is not a month (YYYY-MM), a quarter (YYYY-Q1 to Q4), a half-year (YYYY-H1, H2) or a year (YYYY)",
                    hint: "name the folder like 2023-06, 2023-Q2, 2023-H1 or 2023"))
                continue
            }
            for name in listFiles(list("results/" + folder), in: root + "/results/" + folder, relative: "results/" + folder, links: links,
                                   diagnostics: &diagnostics, shown: shownFolder) {
                jobs.append(Job(kind: name == "_index.md" ? .month : .result, root: root, relative: "results/" + folder + "/" + name,
                                display: display, name: name, period: period, span: span))
            }
        }
        for name in listFiles(list("pages"), in: root + "/pages", relative: "pages", links: links, diagnostics: &diagnostics,
                              shown: display.join("pages")) {
            jobs.append(Job(kind: .page, root: root, relative: "pages/" + name, display: display, name: name, period: nil))
        }
        return jobs
    }

    /// What the jobs read, by kind, in their order; their diagnostics go to `diagnostics`.
    static func gather(_ jobs: [Job], _ loaded: [Job.Loaded], diagnostics: inout [Diagnostic])
        -> (units: [Unit], results: [ResultRecord], months: [MonthSummary], pages: [FreePage], resultsParsed: Int,
            spanResults: [ResultRecord], spanSummaries: [MonthSummary]) {
        var units: [Unit] = [], results: [ResultRecord] = [], months: [MonthSummary] = [], pages: [FreePage] = []
        var spanResults: [ResultRecord] = [], spanSummaries: [MonthSummary] = []
        var resultsParsed = 0
        results.reserveCapacity(jobs.count)
        for i in loaded.indices {
            if !loaded[i].diagnostics.isEmpty { diagnostics += loaded[i].diagnostics }
            if jobs[i].kind == .result && !loaded[i].fromCache { resultsParsed += 1 }
            switch loaded[i].value {
            case .unit(let u): units.append(u)
            case .result(let r) where r.span != nil: spanResults.append(r)
            case .result(let r): results.append(r)
            case .month(let m) where m.span != nil: spanSummaries.append(m)
            case .month(let m): months.append(m)
            case .page(let p): pages.append(p)
            case nil: break
            }
        }
        return (units, results, months, pages, resultsParsed, spanResults, spanSummaries)
    }
}
