import MinhBachCore

/// What swift-argument-parser writes by itself — headings, the `--help` line, "(default: …)",
/// the usage's placeholders and its argument errors — said in Vietnamese.
///
/// The library (1.8.2) has no way to translate these: they are literals inside it
/// (`HelpGenerator`, `MessageInfo`, `UsageGenerator`), where only the commands' own texts are
/// ours. So the rendered text is translated after the fact, line by line: a line is matched
/// against the library's English patterns (`{0}` standing for what varies), and the match
/// becomes a `Message` with the same pattern, translated by `DiagnosticCatalog` like every
/// other message. A line that matches nothing is kept as it is (the commands' own texts are
/// already in Vietnamese). English output is the library's, untouched.
enum ParserText {
    /// The library's whole lines: headings, and the last line of a command with subcommands.
    static let lines: [Message] = [
        "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:",
        "  See '{0} <subcommand>' for detailed help.",
    ]

    /// The library's argument errors (`UsageGenerator`'s `ErrorMessageGenerator`), the more
    /// specific before the more general, as the first that matches is taken.
    static let errors: [Message] = [
        "Missing expected argument '{0}'",
        "Missing one of: '{0}'",
        "Missing value for '{0}'",
        "Missing required subcommand.",
        "Unknown option '{0}'. Did you mean '{1}'?",
        "Unknown option '{0}'",
        "Invalid option: {0}",
        "Unexpected argument '{0}'",
        "{0} unexpected arguments: '{1}'",
        "The option '{0}' does not take any value, but '{1}' was specified.",
        "The value '{0}' is invalid for '{1}'. Please provide one of {2}.",
        "The value '{0}' is invalid for '{1}': {2}",
        "The value '{0}' is invalid for '{1}'",
        "Value to be set with {0} had already been set with {1}",
    ]

    /// Words inside lines (see `replacing` for how the columns are kept).
    static let words = [
        "Show help information.", "Show subcommand help information.",
        "(default: ", "; default: ", "(values: ", " (default)", "[<options>]", "<subcommand>",
    ]

    /// The beginnings of lines, of the help (USAGE) and of an error ("OVERVIEW: " and
    /// "Error: " are translated with what follows them, below).
    static let prefixes = ["USAGE: ", "Help:  ", "Usage: "]

    /// `text` (help, or an error with its usage) in `language`; English as it is.
    static func translate(_ text: String, to language: DiagnosticLanguage, width: Int) -> String {
        guard language != .en else { return text }
        var out: [String] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let line = lines.popFirst() {
            if line.hasPrefix("OVERVIEW: ") {
                // The library wrapped "OVERVIEW: …" to the screen; the heading's length changed.
                var paragraph = [line.dropFirst(10)]
                while let next = lines.first, !next.isEmpty { paragraph.append(next[...]); lines.removeFirst() }
                let heading = Message(stringLiteral: "OVERVIEW: ").text(in: language)
                out += wrap(heading + paragraph.joined(separator: " "), width: width)
            } else if let error = errorLine(line, language) {
                out.append(error)
            } else if let hint = helpHint(line, language) {
                out.append(hint)
            } else {
                out.append(translateLine(line, language))
            }
        }
        return out.joined(separator: "\n")
    }

    /// "Error: Missing expected argument '--period <tháng>'" as "lỗi: thiếu …".
    private static func errorLine(_ line: String, _ language: DiagnosticLanguage) -> String? {
        guard line.hasPrefix("Error: ") else { return nil }
        let english = String(line.dropFirst(7))
        let message = errors.lazy.compactMap { match(english, $0) }.first.map(saidValues) ?? Message(stringLiteral: english)
        return Message(stringLiteral: "Error: ").text(in: language) + message.text(in: language)
    }

    /// An error's last line, "  See 'minhbach import table --help' for more information.",
    /// as a hint naming `minhbach help import table`.
    private static func helpHint(_ line: String, _ language: DiagnosticLanguage) -> String? {
        guard let m = match(line, "  See '{0} --help' for more information."), case .text(let command)? = m.values.first else { return nil }
        let words = command.split(separator: " ")
        let subcommand = words.dropFirst().joined(separator: " ")
        let hint: Message = subcommand.isEmpty ? "  hint: `\(words[0]) help` lists the commands" : "  hint: `\(words[0]) help \(subcommand)` shows every option"
        return hint.text(in: language)
    }

    private static func translateLine(_ line: String, _ language: DiagnosticLanguage) -> String {
        if let m = lines.lazy.compactMap({ match(line, $0) }).first { return m.text(in: language) }
        var line = line
        for p in prefixes where line.hasPrefix(p) {
            line = Message(stringLiteral: p).text(in: language) + line.dropFirst(p.count)
        }
        for w in words { line = replacing(w, with: Message(stringLiteral: w).text(in: language), in: line) }
        return line
    }

    /// `line` with `english` replaced by `said`; when `said` is longer and spaces follow, as
    /// many of them are dropped, so that the help's second column stays where it was.
    static func replacing(_ english: String, with said: String, in line: String) -> String {
        guard line.contains(english) else { return line }
        var out = ""
        var rest = line[...]
        while let range = rest.range(of: english) {
            out += rest[..<range.lowerBound] + said
            rest = rest[range.upperBound...]
            let extra = said.count - english.count
            if extra > 0 {
                let spaces = rest.prefix { $0 == " " }.count
                if spaces >= extra + 2 { rest = rest.dropFirst(extra) }
            }
        }
        return out + rest
    }

    /// The library's "'vi' and 'en'" and "'a', 'b' or 'c'" in a value, as a plain list ("'vi', 'en'").
    private static func saidValues(_ m: Message) -> Message {
        Message(pattern: m.pattern, values: m.values.map { value in
            guard case .text(let s) = value, s.hasPrefix("'") else { return value }
            return .text(replacing("' or '", with: "', '", in: replacing("' and '", with: "', '", in: s)))
        })
    }

    /// `text` as an instance of `pattern` ("Unknown option '{0}'"): the message with the
    /// values found where the pattern has `{n}`, or nil when it does not fit.
    static func match(_ text: String, _ pattern: Message) -> Message? {
        let parts = pattern.pattern.split(separator: /\{\d\}/, omittingEmptySubsequences: false).map(String.init)
        guard text.hasPrefix(parts[0]) else { return nil }
        var rest = text.dropFirst(parts[0].count)
        var values: [Message.Value] = []
        for (i, literal) in parts.enumerated().dropFirst() {
            // A value runs to the next literal (the last one: to the end of the text).
            let end: Substring.Index
            if i == parts.count - 1 {
                guard literal.isEmpty ? true : rest.hasSuffix(literal), rest.count >= literal.count else { return nil }
                end = rest.index(rest.endIndex, offsetBy: -literal.count)
            } else {
                guard let r = rest.range(of: literal) else { return nil }
                end = r.lowerBound
            }
            values.append(.text(String(rest[..<end])))
            rest = rest[end...].dropFirst(literal.count)
        }
        return parts.count == 1 ? (text == parts[0] ? pattern : nil) : (rest.isEmpty ? Message(pattern: pattern.pattern, values: values) : nil)
    }

    /// Words of `text` on lines of at most `width` characters.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }
}
