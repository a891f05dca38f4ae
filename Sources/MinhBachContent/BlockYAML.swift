/// A reader for the block-style YAML that editors write in front matter: `key: value` lines,
/// nested mappings by indentation, `- ` lists (of mappings or of text), plain, 'single' and
/// "double" quoted one-line values, comments, and the empty `[]` and `{}`.
///
/// Written by hand, next to Yams, for speed only: Yams builds its node tree through libyaml
/// events with much bookkeeping per node, and on the national archive (80,000 result files)
/// that was the largest part of loading. This reader accepts only documents it reads exactly
/// as YAML does and returns nil for anything else (block scalars, flow collections, anchors,
/// tags, multi-line values, tabs, duplicate keys, escapes, syntax errors), which Yams then
/// parses and reports on. Tests check that both give the same nodes, positions included.
struct BlockYAML {
    private let bytes: [UInt8]
    /// Start and end (exclusive, before the newline) of each line.
    private var lines: [(start: Int, end: Int)] = []
    private var current = 0

    /// The document's root mapping, or nil when the document is outside this subset.
    static func parse(_ text: String) -> YAMLNode? {
        var reader = BlockYAML(bytes: Array(text.utf8))
        return reader.document()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        var start = 0
        for (i, b) in bytes.enumerated() where b == Byte.lineBreak {
            lines.append((start, i))
            start = i + 1
        }
        if start < bytes.count { lines.append((start, bytes.count)) }
    }

    private mutating func document() -> YAMLNode? {
        // Tabs and carriage returns have rules of their own; leave them to Yams.
        if bytes.contains(Byte.tab) || bytes.contains(Byte.carriageReturn) { return nil }
        skipBlank()
        guard current < lines.count, indent(of: current) == 0, !isSequenceItem(current, 0) else { return nil }
        guard let root = mapping(indent: 0) else { return nil }
        skipBlank()
        return current == lines.count ? root : nil
    }

    // MARK: lines

    private func indent(of line: Int) -> Int {
        var i = lines[line].start
        while i < lines[line].end && bytes[i] == Byte.space { i += 1 }
        return i - lines[line].start
    }

    /// Skips empty lines and whole-line comments.
    private mutating func skipBlank() {
        while current < lines.count {
            let (start, end) = lines[current]
            var i = start
            while i < end && bytes[i] == Byte.space { i += 1 }
            guard i == end || bytes[i] == Byte.comment else { return }
            current += 1
        }
    }

    private func isSequenceItem(_ line: Int, _ indent: Int) -> Bool {
        let i = lines[line].start + indent
        return i < lines[line].end && bytes[i] == Byte.sequenceEntry && (i + 1 == lines[line].end || bytes[i + 1] == Byte.space)
    }

    /// The 1-based column of byte `i` on its line, counting characters as libyaml does.
    private func column(_ i: Int, line: Int) -> Int {
        var n = 1
        for k in lines[line].start..<i where bytes[k] & Byte.continuationMask != Byte.continuation { n += 1 }
        return n
    }

    // MARK: block collections

    /// Entries at exactly `indent`, starting on the current line.
    private mutating func mapping(indent: Int, firstKeyAt: Int? = nil) -> YAMLNode? {
        var pairs: [YAMLNode.Pair] = []
        var keys = Set<String>()
        let startLine = current
        let startColumn = indent + 1
        var keyStart = firstKeyAt
        while true {
            if keyStart == nil {
                skipBlank()
                guard current < lines.count else { break }
                let i = self.indent(of: current)
                if i < indent { break }
                guard i == indent, !isSequenceItem(current, indent) else { return nil }
                keyStart = lines[current].start + indent
            }
            guard let (pair, key) = entry(keyStart: keyStart!, indent: indent), keys.insert(key).inserted else { return nil }
            pairs.append(pair)
            keyStart = nil
        }
        return YAMLNode(.mapping(pairs), line: startLine + 1, column: firstKeyAt.map { column($0, line: startLine) } ?? startColumn)
    }

    /// One `key: value` entry whose key starts at byte `keyStart` of the current line, with the
    /// nested block that follows it when the value is on the next lines.
    private mutating func entry(keyStart: Int, indent: Int) -> (YAMLNode.Pair, String)? {
        let line = current
        let end = lines[line].end
        guard isPlainStart(keyStart, end) else { return nil }
        var colon = keyStart
        while colon < end && !(bytes[colon] == Byte.mappingValue && (colon + 1 == end || bytes[colon + 1] == Byte.space)) {
            if bytes[colon] == Byte.comment && bytes[colon - 1] == Byte.space { return nil }
            colon += 1
        }
        guard colon < end else { return nil }
        var keyEnd = colon
        while keyEnd > keyStart && bytes[keyEnd - 1] == Byte.space { keyEnd -= 1 }
        let key = String(decoding: bytes[keyStart..<keyEnd], as: UTF8.self)
        let keyNode = YAMLNode(.scalar(key, plain: true), line: line + 1, column: column(keyStart, line: line))
        var valueStart = colon + 1
        while valueStart < end && bytes[valueStart] == Byte.space { valueStart += 1 }
        if valueStart < end && bytes[valueStart] != Byte.comment {
            guard let value = scalar(from: valueStart, line: line) else { return nil }
            current += 1
            return (YAMLNode.Pair(key: keyNode, value: value), key)
        }
        // Nothing after the colon: a nested block, a list at the key's own indentation, or null.
        current += 1
        skipBlank()
        if current < lines.count {
            let next = self.indent(of: current)
            if next > indent {
                guard let value = block(indent: next) else { return nil }
                return (YAMLNode.Pair(key: keyNode, value: value), key)
            }
            if next == indent && isSequenceItem(current, indent) {
                guard let value = sequence(indent: indent) else { return nil }
                return (YAMLNode.Pair(key: keyNode, value: value), key)
            }
        }
        return (YAMLNode.Pair(key: keyNode, value: emptyValue(afterColon: colon, line: line)), key)
    }

    /// An empty value (null), placed as libyaml places it: just after the colon.
    private func emptyValue(afterColon colon: Int, line: Int) -> YAMLNode {
        YAMLNode(.scalar("", plain: true), line: line + 1, column: column(colon + 1, line: line))
    }

    private mutating func block(indent: Int) -> YAMLNode? {
        isSequenceItem(current, indent) ? sequence(indent: indent) : mapping(indent: indent)
    }

    private mutating func sequence(indent: Int) -> YAMLNode? {
        var items: [YAMLNode] = []
        let startLine = current
        while true {
            skipBlank()
            guard current < lines.count else { break }
            let i = self.indent(of: current)
            if i < indent { break }
            guard i == indent else { return nil }
            guard isSequenceItem(current, indent) else { break }
            let (start, end) = lines[current]
            var content = start + indent + 1
            while content < end && bytes[content] == Byte.space { content += 1 }
            // "-" alone (a nested block on the next lines) is left to Yams.
            guard content < end, bytes[content] != Byte.comment else { return nil }
            if isMappingEntry(content, end) {
                let childIndent = content - start
                guard let item = mapping(indent: childIndent, firstKeyAt: content) else { return nil }
                items.append(item)
            } else {
                guard let item = scalar(from: content, line: current) else { return nil }
                items.append(item)
                current += 1
            }
        }
        return YAMLNode(.sequence(items), line: startLine + 1, column: indent + 1)
    }

    /// Whether a list item's text is a `key: value` entry (a mapping) rather than text.
    private func isMappingEntry(_ from: Int, _ end: Int) -> Bool {
        guard isPlainStart(from, end) else { return false }
        var i = from
        while i < end {
            if bytes[i] == Byte.mappingValue && (i + 1 == end || bytes[i + 1] == Byte.space) { return true }
            if bytes[i] == Byte.comment && bytes[i - 1] == Byte.space { return false }
            i += 1
        }
        return false
    }

    // MARK: scalars

    /// Whether plain text may start at `i`: not with an indicator that gives the line another
    /// meaning in YAML (quotes, flow brackets, anchors, tags, block scalars, directives…).
    private func isPlainStart(_ i: Int, _ end: Int) -> Bool {
        switch bytes[i] {
        case Byte.flowSequenceStart, Byte.flowSequenceEnd, Byte.flowMappingStart, Byte.flowMappingEnd, Byte.flowEntry,
             Byte.comment, Byte.anchor, Byte.alias, Byte.tag, Byte.literal, Byte.folded,
             Byte.singleQuote, Byte.doubleQuote, Byte.directive, Byte.reservedAt, Byte.reservedBacktick:
            return false
        case Byte.sequenceEntry, Byte.mappingKey, Byte.mappingValue:
            return i + 1 < end && bytes[i + 1] != Byte.space
        default:
            return true
        }
    }

    /// A value that fits on its line: plain, quoted, or the empty `[]` / `{}`.
    private func scalar(from start: Int, line: Int) -> YAMLNode? {
        let end = lines[line].end
        let col = column(start, line: line)
        switch bytes[start] {
        case Byte.doubleQuote, Byte.singleQuote:
            let quote = bytes[start]
            var text: [UInt8] = []
            var i = start + 1
            while true {
                guard i < end else { return nil }
                let b = bytes[i]
                if b == Byte.escape && quote == Byte.doubleQuote {
                    // The escapes that stand for themselves; any other is left to Yams.
                    guard i + 1 < end, [Byte.doubleQuote, Byte.escape, Byte.slash].contains(bytes[i + 1]) else { return nil }
                    text.append(bytes[i + 1])
                    i += 2
                    continue
                }
                if b == quote {
                    if quote == Byte.singleQuote && i + 1 < end && bytes[i + 1] == Byte.singleQuote {
                        text.append(Byte.singleQuote); i += 2; continue
                    }
                    break
                }
                text.append(b)
                i += 1
            }
            guard restIsComment(i + 1, end) else { return nil }
            return YAMLNode(.scalar(String(decoding: text, as: UTF8.self), plain: false), line: line + 1, column: col)
        case Byte.flowSequenceStart, Byte.flowMappingStart:
            let close: UInt8 = bytes[start] == Byte.flowSequenceStart ? Byte.flowSequenceEnd : Byte.flowMappingEnd
            var i = start + 1
            while i < end && bytes[i] == Byte.space { i += 1 }
            guard i < end, bytes[i] == close, restIsComment(i + 1, end) else { return nil }
            return YAMLNode(close == Byte.flowSequenceEnd ? .sequence([]) : .mapping([]), line: line + 1, column: col)
        default:
            guard isPlainStart(start, end) else { return nil }
            var i = start
            var last = start
            while i < end {
                let b = bytes[i]
                if b == Byte.comment && bytes[i - 1] == Byte.space { break }
                if b == Byte.mappingValue && (i + 1 == end || bytes[i + 1] == Byte.space) { return nil }
                if b != Byte.space { last = i + 1 }
                i += 1
            }
            return YAMLNode(.scalar(String(decoding: bytes[start..<last], as: UTF8.self), plain: true), line: line + 1, column: col)
        }
    }

    /// Only spaces, then optionally a comment, up to `end`.
    private func restIsComment(_ from: Int, _ end: Int) -> Bool {
        var i = from
        while i < end && bytes[i] == Byte.space { i += 1 }
        return i == end || (bytes[i] == Byte.comment && i > from)
    }

    // MARK: bytes

    /// The bytes this reader looks at, named for what they mean to YAML (the names of the
    /// spec's indicator characters, section 5.3). All are ASCII, so in UTF-8 a byte equal to
    /// one of them is always that character.
    private enum Byte {
        static let lineBreak = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
        static let tab = UInt8(ascii: "\t")
        /// Indentation, and the separation that makes `-`, `:` and `#` indicators.
        static let space = UInt8(ascii: " ")
        static let comment = UInt8(ascii: "#")
        /// `- ` starts a block list item.
        static let sequenceEntry = UInt8(ascii: "-")
        /// `? ` starts a complex key.
        static let mappingKey = UInt8(ascii: "?")
        /// `: ` ends a key.
        static let mappingValue = UInt8(ascii: ":")
        static let flowSequenceStart = UInt8(ascii: "[")
        static let flowSequenceEnd = UInt8(ascii: "]")
        static let flowMappingStart = UInt8(ascii: "{")
        static let flowMappingEnd = UInt8(ascii: "}")
        /// Separates the entries of a flow collection.
        static let flowEntry = UInt8(ascii: ",")
        static let anchor = UInt8(ascii: "&")
        static let alias = UInt8(ascii: "*")
        static let tag = UInt8(ascii: "!")
        /// `|` starts a literal block scalar.
        static let literal = UInt8(ascii: "|")
        /// `>` starts a folded block scalar.
        static let folded = UInt8(ascii: ">")
        static let singleQuote = UInt8(ascii: "'")
        static let doubleQuote = UInt8(ascii: "\"")
        static let directive = UInt8(ascii: "%")
        /// `@` and `` ` `` are reserved: no plain scalar may start with them.
        static let reservedAt = UInt8(ascii: "@")
        static let reservedBacktick = UInt8(ascii: "`")
        /// Starts an escape in a double-quoted scalar.
        static let escape = UInt8(ascii: "\\")
        /// `\/` is one of the escapes that stand for themselves.
        static let slash = UInt8(ascii: "/")
        /// A UTF-8 continuation byte is `10xxxxxx`: it starts no character, and libyaml counts
        /// columns in characters.
        static let continuationMask: UInt8 = 0b1100_0000
        static let continuation: UInt8 = 0b1000_0000
    }
}
