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
    /// from Word or Notepad have both). Works on UTF-8 bytes: it runs once per content file.
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var bytes = Array(text.utf8)
        if bytes.starts(with: Byte.byteOrderMark) { bytes.removeFirst(3) }
        if bytes.contains(Byte.carriageReturn) { bytes = normalizeLineEnds(bytes) }
        guard let firstEnd = lineEnd(bytes, from: 0), isFence(bytes[0..<firstEnd]) else { return .failure(.missingOpeningFence) }
        let yamlStart = min(firstEnd + 1, bytes.count)
        var lineStart = yamlStart
        while lineStart < bytes.count {
            let end = lineEnd(bytes, from: lineStart) ?? bytes.count
            if isFence(bytes[lineStart..<end]) {
                let yamlEnd = max(yamlStart, lineStart - 1)
                var bodyStart = min(end + 1, bytes.count)
                while bodyStart < bytes.count && bytes[bodyStart] == Byte.lineFeed { bodyStart += 1 }
                return .success(FrontMatter(yaml: String(decoding: bytes[yamlStart..<yamlEnd], as: UTF8.self),
                                            yamlFirstLine: 2,
                                            body: String(decoding: bytes[bodyStart...], as: UTF8.self)))
            }
            lineStart = end + 1
        }
        return .failure(.missingClosingFence)
    }

    /// The index of the newline ending the line that starts at `start`, or the end of the text
    /// when the last line has no newline; nil when `start` is past the end.
    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count else { return nil }
        var i = start
        while i < bytes.count && bytes[i] != Byte.lineFeed { i += 1 }
        return i
    }

    private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        var l = line
        while let c = l.last, c == Byte.space || c == Byte.tab { l.removeLast() }
        return l.elementsEqual(Byte.fence)
    }

    private static func normalizeLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == Byte.carriageReturn {
                out.append(Byte.lineFeed)
                if i + 1 < bytes.count && bytes[i + 1] == Byte.lineFeed { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }

    /// The bytes that mark out front matter. The fence and the line ends are ASCII, so in UTF-8
    /// a byte equal to one of them is always that character.
    private enum Byte {
        /// U+FEFF, which Notepad writes at the start of a UTF-8 file.
        static let byteOrderMark = Array("\u{FEFF}".utf8)
        /// The line that opens and closes the YAML.
        static let fence = Array("---".utf8)
        static let lineFeed = UInt8(ascii: "\n")
        /// Ends lines alone (old Mac) or before a line feed (Windows).
        static let carriageReturn = UInt8(ascii: "\r")
        /// Trailing blanks an editor may leave after a fence.
        static let space = UInt8(ascii: " ")
        static let tab = UInt8(ascii: "\t")
    }
}
