import MinhBachCore
import Yams

/// Reads `Theme/i18n/<language>.yaml`: a flat map of keys to text.
public enum TranslationsLoader {
    public static func load(folder: String, language: String, required: Set<String>) -> (Translations?, [Diagnostic]) {
        let path = folder + "/" + language + ".yaml"
        var diagnostics: [Diagnostic] = []
        guard let text = ContentLoader.readText(path, shown: path, diagnostics: &diagnostics) else {
            // A file that is there but cannot be used says why.
            if diagnostics.contains(where: { $0.code != .missingFile }) { return (nil, diagnostics) }
            return (nil, [.error(.missingTranslation, at: SourceLocation(file: path),
                                 "the theme has no interface text for the language `\(language)`",
                                 hint: "add \(path), or set `language` in site.yaml to one the theme provides")])
        }
        let r = YAMLReader(file: path)
        guard let m = r.parseRoot(text) else { return (nil, r.diagnostics) }
        ControlCharacterCheck.report(in: m.node, yaml: text, reader: r)
        var strings: [String: String] = [:]
        for pair in m.pairs {
            if let s = r.text(pair.value, field: pair.key) { strings[pair.key] = s }
        }
        diagnostics += r.diagnostics
        for key in required.sorted() where strings[key] == nil {
            diagnostics.append(.error(.missingTranslation, at: SourceLocation(file: path, line: 1, column: 1), field: key,
                                      "the interface text `\(key)` is missing", hint: "add a line `\(key): \"…\"`"))
        }
        return (diagnostics.hasErrors ? nil : Translations(language: language, strings: strings), diagnostics)
    }
}
