import Foundation
import MinhBachCore
import MinhBachContent

/// The templates and assets of `Theme/`. Templates are parsed once, at load, and any syntax
/// error is reported with its file, line and column before anything is rendered.
public struct Theme: Sendable {
    public static let requiredTemplates = ["layout", "home", "month", "year", "archive", "units", "unit",
                                           "report", "index", "group", "page", "data", "404", "ranking"]
    /// Every language file must have the keys of this one.
    public static let referenceLanguage = "vi"
    let library: Template.Library
    public let translations: Translations
    /// Files below `Theme/assets/`, as paths relative to it.
    public let assets: [String]
    public let folder: String

    public static func load(from folder: String, language: String) -> (Theme?, [Diagnostic]) {
        var (listing, diagnostics) = list(folder)
        // A refused link is never read: its target could be any file of the machine.
        let refused = Set(diagnostics.map(\.location.file))
        var (library, usedKeys) = loadTemplates(folder, listing["templates"] ?? [], refused: refused, diagnostics: &diagnostics)
        for cycle in library.cycles() {
            diagnostics.append(.error(.templateCycle, at: SourceLocation(file: folder + "/templates/\(cycle.names[0]).mustache",
                                                                           line: cycle.at.line, column: cycle.at.column),
                "the templates include one another in a loop: \(cycle.names.joined(separator: " → ")), so no page would ever end",
                hint: "remove one of these {{>name}} or {{<name}} tags; a template may include itself only inside a section such as {{#children}}"))
        }
        var assets: [String] = []
        for (relative, entries) in listing where relative == "assets" || relative.hasPrefix("assets/") {
            let inside = relative.dropFirst("assets".count).drop { $0 == "/" }
            for entry in entries where entry.kind == .file && !refused.contains(folder + "/" + relative + "/" + entry.name) {
                assets.append(inside.isEmpty ? entry.name : inside + "/" + entry.name)
            }
        }
        // The interface text: the site's language must have every key the templates use and
        // every key of the reference language (which the code's keys are tested against).
        let reference = folder + "/i18n/\(referenceLanguage).yaml"
        if language != referenceLanguage, !refused.contains(reference) {
            var unread: [Diagnostic] = []
            if let text = ContentLoader.readText(reference, shown: reference, diagnostics: &unread) {
                for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix(" ") {
                    if let colon = line.firstIndex(of: ":") { usedKeys.insert(String(line[..<colon])) }
                }
            }
            diagnostics += unread.filter { $0.code == .fileTooLarge }
        }
        guard !refused.contains(folder + "/i18n/\(language).yaml") else { return (nil, diagnostics) }
        let (translations, translationDiagnostics) = Theme.translations(folder: folder + "/i18n", language: language, required: usedKeys)
        diagnostics += translationDiagnostics
        guard let translations, !diagnostics.hasErrors else { return (nil, diagnostics) }
        library.templates = library.templates.mapValues { $0.resolvingInterfaceText(translations.strings) }
        return (Theme(library: library, translations: translations, assets: assets.sorted(), folder: folder), diagnostics)
    }

    /// Every folder of the theme with its entries (a theme is a few tens of files), and the
    /// errors for its links (`LinkRule`).
    private static func list(_ folder: String) -> ([String: [FileSystem.Entry]], [Diagnostic]) {
        let links = LinkRule(root: folder, shown: folder)
        var listing: [String: [FileSystem.Entry]] = [:]
        var diagnostics: [Diagnostic] = []
        for (relative, entries) in FileSystem.folders(folder, hidden: false) {
            listing[relative] = entries
            for entry in entries where entry.isLink {
                let path = folder + "/" + (relative.isEmpty ? entry.name : relative + "/" + entry.name)
                if let problem = links.check(path, shown: path) { diagnostics.append(problem) }
            }
        }
        return (listing, diagnostics)
    }

    /// The templates of `Theme/templates/`, parsed, and the interface text keys they use.
    private static func loadTemplates(_ folder: String, _ entries: [FileSystem.Entry], refused: Set<String>,
                                      diagnostics: inout [Diagnostic]) -> (Template.Library, Set<String>) {
        let templatesFolder = folder + "/templates"
        var library = Template.Library()
        var usedKeys: Set<String> = []
        for entry in entries where entry.kind == .file && entry.name.hasSuffix(".mustache") {
            let path = templatesFolder + "/" + entry.name
            if refused.contains(path) { continue }
            var problems: [Diagnostic] = []
            guard let text = ContentLoader.readText(path, shown: path, diagnostics: &problems) else {
                let tooLarge = problems.filter { $0.code == .fileTooLarge }
                diagnostics += tooLarge.isEmpty
                    ? [.error(.templateUnreadable, at: SourceLocation(file: path), "cannot read the template as UTF-8 text")] : tooLarge
                continue
            }
            usedKeys.formUnion(Translations.keys(inTemplate: text))
            do {
                library.templates[String(entry.name.dropLast(".mustache".count))] = try Template(text)
            } catch let error as Template.SyntaxError {
                diagnostics.append(.error(.templateSyntax, at: SourceLocation(file: path, line: error.line, column: error.column),
                                          "template syntax error: \(error.message)", hint: "check that every {{#section}} is closed by a matching {{/section}}"))
            } catch {
                diagnostics.append(.error(.templateSyntax, at: SourceLocation(file: path), "template syntax error: \(error)"))
            }
        }
        for required in requiredTemplates where library.templates[required] == nil && !diagnostics.contains(where: { $0.location.file.hasSuffix("/\(required).mustache") }) {
            diagnostics.append(.error(.templateMissing, at: SourceLocation(file: templatesFolder + "/\(required).mustache"),
                                      "the theme has no `\(required)` template"))
        }
        return (library, usedKeys)
    }

    func render(_ context: Object, template: String) -> [UInt8] {
        library.templates[template]?.renderBytes(context, library: library) ?? []
    }
}
