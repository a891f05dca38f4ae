import Foundation
import MinhBachCore
import MinhBachContent
import MinhBachPlan
import MinhBachOutput

/// The checks of what a build was asked that no input file holds (the output folder,
/// `--base-url`, the paths of everything the site will contain), and the options that shape
/// every output.
extension SiteBuilder {
    /// The options that shape every output besides the inputs: which generator made it, for
    /// which address.
    static func keyOptions(_ options: BuildOptions) -> [String] { [generatorVersion, options.baseURL ?? ""] + (options.drafts ? ["drafts"] : []) }

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
        for (name, folder) in [("content", options.content), ("theme", options.theme)].compactMap({ pair in pair.1.map { (pair.0, $0) } }) {
            if OutputPlace.overlap(out, OutputPlace.realPath(folder)) {
                problems.append(.error(.badOutput, at: SourceLocation(file: options.output),
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
    static func checkPaths(plan: SitePlan, content: ContentSet, options: BuildOptions) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let pagesFolder = options.content + "/pages"
        let years = Set(content.results.map { "\($0.period.year)" } + content.months.map { "\($0.period.year)" })
        for page in content.pages where SitePaths.reservedSlugs.contains(page.slug) || years.contains(page.slug) {
            problems.append(.error(.reservedSlug, at: SourceLocation(file: "\(pagesFolder)/\(page.slug).md"),
                "the page name `\(page.slug)` is used by the site itself", hint: "rename the file, e.g. to `trang-\(page.slug).md`"))
        }
        // Only the copied files' paths can conflict: those few are looked up, not all 90,000.
        let copied = Set(plan.copies.map(\.product.path))
        var owner: [String: String] = [:]
        for product in plan.rendered + plan.published where copied.contains(product.path) {
            if case .page = product.kind { owner[product.path] = "a generated page" } else { owner[product.path] = "a generated file" }
        }
        for (copy, source) in plan.copies.map({ ($0.product, $0.source.shown) }) {
            if let other = owner[copy.path] {
                problems.append(.error(.pathConflict, at: SourceLocation(file: source),
                    "`\(copy.path)` would overwrite \(other)", hint: "rename or move the file"))
            } else if !OutputFile.isSafe(copy.path) {
                problems.append(.warning(.ignoredFile, at: SourceLocation(file: source), "ignored: hidden or unsafe file name"))
            } else {
                owner[copy.path] = source
            }
        }
        return problems
    }

    /// What `publish` made is what the plan declares, file for file: a file it does not
    /// declare would be written without being checked against the copies, and one it
    /// declares but `publish` did not make would be missing from the site.
    static func checkMade(_ made: [OutputFile], plan: SitePlan, output: String) -> [Diagnostic] {
        guard !made.map(\.path).elementsEqual(plan.published.map(\.path)) else { return [] }
        let declared = Set(plan.published.map(\.path)), madePaths = Set(made.map(\.path))
        let stray = made.map(\.path).filter { !declared.contains($0) } + plan.published.map(\.path).filter { !madePaths.contains($0) }
        return [.error(.internalError, at: SourceLocation(file: output),
            "the generator's plan of the site and what it made differ (\(stray.first ?? "order")); nothing was written",
            hint: "this is a fault of MinhBach, not of the content: please report it with the content folder")]
    }
}
