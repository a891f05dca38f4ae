import MinhBachCore

/// A YAML file that is one mapping of keys to text (a theme's `i18n/<language>.yaml`), read
/// and checked like every content file: size, encoding, syntax, aliases, control characters,
/// and every value a text.
public enum TextMapFile {
    public enum Outcome: Sendable {
        /// The file is not there (nothing else is wrong with it).
        case missing
        /// The file was read: its texts (nil when it cannot be read as a mapping), and what is
        /// wrong with it (a value that is not a text is left out).
        case read([String: String]?, [Diagnostic])
    }

    public static func read(_ path: String) -> Outcome {
        var diagnostics: [Diagnostic] = []
        guard let text = ContentLoader.readText(path, shown: path, diagnostics: &diagnostics) else {
            return diagnostics.allSatisfy { $0.code == .missingFile } ? .missing : .read(nil, diagnostics)
        }
        return parse(text, shown: path)
    }

    /// The same, of text already read (`shown` names it in diagnostics).
    public static func parse(_ text: String, shown path: String) -> Outcome {
        let r = YAMLReader(file: path)
        guard let m = r.parseRoot(text) else { return .read(nil, r.diagnostics) }
        ControlCharacterCheck.report(in: m.node, yaml: text, reader: r)
        var strings: [String: String] = [:]
        for pair in m.pairs {
            if let s = r.text(pair.value, field: pair.key) { strings[pair.key] = s }
        }
        return .read(strings, r.diagnostics)
    }
}
