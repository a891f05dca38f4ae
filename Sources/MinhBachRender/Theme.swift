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
        let templatesFolder = folder + "/templates"
        var diagnostics: [Diagnostic] = []
        var usedKeys: Set<String> = []
        var library = Template.Library()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: templatesFolder)) ?? []).sorted()
        for name in names where name.hasSuffix(".mustache") {
            let path = templatesFolder + "/" + name
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("template-unreadable", at: SourceLocation(file: path), "cannot read the template as UTF-8 text"))
                continue
            }
            usedKeys.formUnion(Translations.keys(inTemplate: text))
            do {
                library.templates[String(name.dropLast(".mustache".count))] = try Template(text)
            } catch let error as Template.SyntaxError {
                diagnostics.append(.error("template-syntax", at: SourceLocation(file: path, line: error.line, column: error.column),
                                          "template syntax error: \(error.message)", hint: "check that every {{#section}} is closed by a matching {{/section}}"))
            } catch {
                diagnostics.append(.error("template-syntax", at: SourceLocation(file: path), "template syntax error: \(error)"))
            }
        }
        for required in requiredTemplates where library.templates[required] == nil && !diagnostics.contains(where: { $0.location.file.hasSuffix("/\(required).mustache") }) {
            diagnostics.append(.error("template-missing", at: SourceLocation(file: templatesFolder + "/\(required).mustache"),
                                      "the theme has no `\(required)` template"))
        }
        let assetsFolder = folder + "/assets"
        var assets: [String] = []
        if let e = FileManager.default.enumerator(atPath: assetsFolder) {
            while let p = e.nextObject() as? String {
                var isDir: ObjCBool = false
                if !p.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                   FileManager.default.fileExists(atPath: assetsFolder + "/" + p, isDirectory: &isDir), !isDir.boolValue {
                    assets.append(p)
                }
            }
        }
        // The interface text: the site's language must have every key the templates use and
        // every key of the reference language (which the code's keys are tested against).
        var required = usedKeys
        if language != referenceLanguage,
           let data = FileManager.default.contents(atPath: folder + "/i18n/\(referenceLanguage).yaml"),
           let text = String(data: data, encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix(" ") {
                if let colon = line.firstIndex(of: ":") { required.insert(String(line[..<colon])) }
            }
        }
        let (translations, translationDiagnostics) = TranslationsLoader.load(folder: folder + "/i18n", language: language, required: required)
        diagnostics += translationDiagnostics
        guard let translations, !diagnostics.hasErrors else { return (nil, diagnostics) }
        library.templates = library.templates.mapValues { $0.resolvingInterfaceText(translations.strings) }
        return (Theme(library: library, translations: translations, assets: assets.sorted(), folder: folder), diagnostics)
    }

    func render(_ context: Object, template: String) -> [UInt8] {
        library.templates[template]?.renderBytes(context, library: library) ?? []
    }
}
