import MinhBachCore
import MinhBachContent

extension Theme {
    /// The theme's interface text for `language` (`i18n/<language>.yaml`), which must hold
    /// every key of `required`.
    static func translations(_ files: ThemeFiles, language: String, required: Set<String>) -> (Translations?, [Diagnostic]) {
        let relative = "i18n/" + language + ".yaml"
        let path = files.shown(relative)
        var unread: [Diagnostic] = []
        let outcome = files.text(relative, diagnostics: &unread).map { TextMapFile.parse($0, shown: path) }
        guard case .read(let read, var diagnostics)? = outcome else {
            if !unread.isEmpty && !unread.allSatisfy({ $0.code == .missingFile }) { return (nil, unread) }
            return (nil, [.error(.missingTranslation, at: SourceLocation(file: path),
                                 "the theme has no interface text for the language `\(language)`",
                                 hint: "add \(path), or set `language` in site.yaml to one the theme provides")])
        }
        guard let strings = read else { return (nil, diagnostics) }
        for key in required.sorted() where strings[key] == nil {
            diagnostics.append(.error(.missingTranslation, at: SourceLocation(file: path, line: 1, column: 1), field: key,
                                      "the interface text `\(key)` is missing", hint: "add a line `\(key): \"…\"`"))
        }
        return (diagnostics.hasErrors ? nil : Translations(language: language, strings: strings), diagnostics)
    }
}
