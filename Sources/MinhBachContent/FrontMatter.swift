import MinhBachCore

/// A content file split at its `---` fences: the YAML between them and the Markdown after.
///
///     ---            ← line 1
///     score: 69,81   ← yamlFirstLine = 2
///     ---
///     The notice…    ← body
public struct FrontMatter: Sendable, Equatable {
    public var yaml: String
    /// The file line on which the YAML starts, so YAML line n is file line n + yamlFirstLine - 1.
    public var yamlFirstLine: Int
    public var body: String

    public enum Problem: Error, Sendable, Equatable {
        case missingOpeningFence
        /// The opening fence is on line 1 but no closing `---` follows.
        case missingClosingFence
    }

    /// Splits `text`, tolerating a UTF-8 byte-order mark and Windows line ends (files saved
    /// from Word or Notepad have both).
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var text = Substring(text)
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        let normalized = text.contains("\r") ? text.replacingOccurrences("\r\n", "\n").replacingOccurrences("\r", "\n") : String(text)
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first) else { return .failure(.missingOpeningFence) }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        while let line = lines.first {
            lines = lines.dropFirst()
            if isFence(line) {
                var body = lines.joined(separator: "\n")
                while body.hasPrefix("\n") { body.removeFirst() }
                return .success(FrontMatter(yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2, body: body))
            }
            yamlLines.append(line)
        }
        return .failure(.missingClosingFence)
    }

    private static func isFence(_ line: Substring) -> Bool {
        var l = line
        while let c = l.last, c == " " || c == "\t" { l.removeLast() }
        return l == "---"
    }
}

extension StringProtocol {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
