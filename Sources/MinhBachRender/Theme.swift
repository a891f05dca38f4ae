import Foundation
import MinhBachCore
import MinhBachContent
import MinhBachPlan

/// The templates, assets and interface text a site is built with: the built-in theme's, each
/// replaced by the theme folder's file of the same path (`ThemeFiles`). Templates are parsed
/// once, at load, and any syntax error is reported with its file, line and column before
/// anything is rendered.
public struct Theme: Sendable {
    public static let requiredTemplates = ["layout", "home", "month", "year", "archive", "units", "unit",
                                           "report", "index", "group", "page", "data", "404", "ranking"]
    /// Every language file must have the keys of this one.
    public static let referenceLanguage = "vi"
    let library: Template.Library
    public let translations: Translations
    /// Files below the theme's `assets/`, as paths relative to it, each with where it is read.
    public let assets: [(name: String, source: CopySource)]

    /// - Parameter folder: the theme folder, whose files replace the built-in theme's of the
    ///   same path; nil for the built-in theme alone.
    public static func load(from folder: String?, language: String) -> (Theme?, [Diagnostic]) {
        if let folder, !FileSystem.isFolder(folder) {
            return (nil, [.error(.missingFile, at: SourceLocation(file: folder), "the theme folder does not exist",
                                 hint: "leave out --theme to use the built-in theme, or write it out to edit with `minhbach theme export \(folder)`")])
        }
        let files = ThemeFiles(folder: folder)
        var diagnostics = files.diagnostics
        var (library, usedKeys) = loadTemplates(files, diagnostics: &diagnostics)
        for cycle in library.cycles() {
            diagnostics.append(.error(.templateCycle, at: SourceLocation(file: files.shown("templates/\(cycle.names[0]).mustache"),
                                                                           line: cycle.at.line, column: cycle.at.column),
                "the templates include one another in a loop: \(cycle.names.joined(separator: " → ")), so no page would ever end",
                hint: "remove one of these {{>name}} or {{<name}} tags; a template may include itself only inside a section such as {{#children}}"))
        }
        let assets = files.names(below: "assets/").map { name -> (name: String, source: CopySource) in
            switch files.files["assets/" + name]! {
            case .folder(let path): return (name, .file(path))
            case .builtIn(let bytes):
                let served = name.hasSuffix(".css") ? StyleSheetBytes.compact(bytes) : bytes
                return (name, .bytes(served, shown: files.shown("assets/" + name)))
            }
        }
        // The interface text: the site's language must have every key the templates use and
        // every key of the reference language (which the code's keys are tested against).
        if language != referenceLanguage {
            var unread: [Diagnostic] = []
            if let text = files.text("i18n/\(referenceLanguage).yaml", diagnostics: &unread) {
                for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix(" ") {
                    if let colon = line.firstIndex(of: ":") { usedKeys.insert(String(line[..<colon])) }
                }
            }
            diagnostics += unread.filter { $0.code == .fileTooLarge }
        }
        let (translations, translationDiagnostics) = Theme.translations(files, language: language, required: usedKeys)
        diagnostics += translationDiagnostics
        guard let translations, !diagnostics.hasErrors else { return (nil, diagnostics) }
        library.templates = library.templates.mapValues { $0.resolvingInterfaceText(translations.strings) }
        return (Theme(library: library, translations: translations, assets: assets), diagnostics)
    }

    /// The theme's templates (`templates/*.mustache`), parsed, and the interface text keys they use.
    private static func loadTemplates(_ files: ThemeFiles, diagnostics: inout [Diagnostic]) -> (Template.Library, Set<String>) {
        var library = Template.Library()
        var usedKeys: Set<String> = []
        for name in files.names(below: "templates/") where name.hasSuffix(".mustache") && !name.contains("/") {
            let relative = "templates/" + name, path = files.shown(relative)
            var problems: [Diagnostic] = []
            guard let text = files.text(relative, diagnostics: &problems) else {
                let tooLarge = problems.filter { $0.code == .fileTooLarge }
                diagnostics += tooLarge.isEmpty
                    ? [.error(.templateUnreadable, at: SourceLocation(file: path), "cannot read the template as UTF-8 text")] : tooLarge
                continue
            }
            usedKeys.formUnion(Translations.keys(inTemplate: text))
            do {
                library.templates[String(name.dropLast(".mustache".count))] = try Template(text)
            } catch let error as Template.SyntaxError {
                diagnostics.append(.error(.templateSyntax, at: SourceLocation(file: path, line: error.line, column: error.column),
                                          "template syntax error: \(error.message)", hint: "check that every {{#section}} is closed by a matching {{/section}}"))
            } catch {
                diagnostics.append(.error(.templateSyntax, at: SourceLocation(file: path), "template syntax error: \(error)"))
            }
        }
        for required in requiredTemplates where library.templates[required] == nil && !diagnostics.contains(where: { $0.location.file.hasSuffix("/\(required).mustache") }) {
            diagnostics.append(.error(.templateMissing, at: SourceLocation(file: files.shown("templates/\(required).mustache")),
                                      "the theme has no `\(required)` template"))
        }
        return (library, usedKeys)
    }

    func render(_ context: Object, template: String) -> [UInt8] {
        library.templates[template]?.renderBytes(context, library: library) ?? []
    }
}
