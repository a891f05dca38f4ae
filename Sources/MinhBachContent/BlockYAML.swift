/// A reader for the block-style YAML that editors write in front matter: `key: value` lines,
/// nested mappings by indentation, `- ` lists (of mappings or of text), plain, 'single' and
/// "double" quoted one-line values, comments, the empty `[]`, and flow mappings that close on
/// their line with plain keys and plain or quoted values, as criteria are written:
///
///     criteria:
///       cong-khai-dung-han: {points: "6", numerator: 318, denominator: 318}
///
/// Written by hand, next to Yams, for speed only: Yams builds its node tree through libyaml
/// events with much bookkeeping per node, and on the national archive (80,000 result files)
/// that was the largest part of loading. This reader accepts only documents it reads exactly
/// as YAML does and returns nil for anything else (block scalars, flow sequences with content,
/// flow mappings with anything more, anchors, tags, multi-line values, tabs, duplicate keys,
/// escapes, syntax errors), which Yams then parses and reports on. Tests check that both give
/// the same nodes, positions included.
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
        // libyaml gives up on a simple key longer than 1024 characters (an error there): a
        // bound in bytes, never above that, leaves every such key to Yams.
        guard colon < end, colon - keyStart <= 1024 else { return nil }
        var keyEnd = colon
        while keyEnd > keyStart && bytes[keyEnd - 1] == Byte.space { keyEnd -= 1 }
        let key = String(decoding: bytes[keyStart..<keyEnd], as: UTF8.self)
        let keyNode = YAMLNode(.scalar(key, plain: true), line: line + 1, column: column(keyStart, line: line))
        var valueStart = colon + 1
        while valueStart < end && bytes[valueStart] == Byte.space { valueStart += 1 }
        if valueStart < end && bytes[valueStart] != Byte.comment {
            guard let value = value(from: valueStart, line: line) else { return nil }
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
                guard let item = value(from: content, line: current) else { return nil }
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

    /// A value that fits on its line: plain, quoted, the empty `[]`, or a flow mapping.
    private func value(from start: Int, line: Int) -> YAMLNode? {
        let end = lines[line].end
        switch bytes[start] {
        case Byte.doubleQuote, Byte.singleQuote:
            guard let (node, after) = quoted(from: start, line: line), restIsComment(after, end) else { return nil }
            return node
        case Byte.flowSequenceStart:
            let i = skipSpaces(start + 1, end)
            guard i < end, bytes[i] == Byte.flowSequenceEnd, restIsComment(i + 1, end) else { return nil }
            return YAMLNode(.sequence([]), line: line + 1, column: column(start, line: line))
        case Byte.flowMappingStart:
            return flowMapping(from: start, line: line)
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
            return YAMLNode(.scalar(String(decoding: bytes[start..<last], as: UTF8.self), plain: true), line: line + 1, column: column(start, line: line))
        }
    }

    /// A 'single' or "double" quoted text that closes on its line, and the index just after the
    /// closing quote.
    private func quoted(from start: Int, line: Int) -> (YAMLNode, after: Int)? {
        let end = lines[line].end
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
        let node = YAMLNode(.scalar(String(decoding: text, as: UTF8.self), plain: false), line: line + 1, column: column(start, line: line))
        return (node, i + 1)
    }

    // MARK: flow mappings

    /// A flow mapping that closes on its line, `{key: value, …}`, with plain keys and plain or
    /// quoted values, then at most a comment. Criteria are written this way, one a line, in
    /// every result file. Anything else between the braces (nested collections, an entry
    /// without a value, quoted keys, several lines) is nil and left to Yams.
    private func flowMapping(from start: Int, line: Int) -> YAMLNode? {
        let end = lines[line].end
        var pairs: [YAMLNode.Pair] = []
        var keys = Set<String>()
        var i = skipSpaces(start + 1, end)
        while i < end && bytes[i] != Byte.flowMappingEnd {
            // libyaml stops looking for a key's `:` after 1024 characters, and then reads the
            // entry differently; a byte count bounds the character count.
            guard let (key, colon) = flowPlain(from: i, line: line, isKey: true), colon - i <= 1024,
                  let text = key.scalarText, keys.insert(text).inserted else { return nil }
            let valueStart = skipSpaces(colon + 1, end)
            guard valueStart < end, let (value, stop) = flowValue(from: valueStart, line: line) else { return nil }
            pairs.append(YAMLNode.Pair(key: key, value: value))
            // A comma before the `}` (`{a: 1,}`) gives the same nodes in Yams.
            i = bytes[stop] == Byte.flowEntry ? skipSpaces(stop + 1, end) : stop
        }
        guard i < end, restIsComment(i + 1, end) else { return nil }
        return YAMLNode(.mapping(pairs), line: line + 1, column: column(start, line: line))
    }

    /// A value inside a flow mapping, and the index of the `,` or `}` that ends it.
    private func flowValue(from start: Int, line: Int) -> (YAMLNode, stop: Int)? {
        guard bytes[start] == Byte.singleQuote || bytes[start] == Byte.doubleQuote else {
            return flowPlain(from: start, line: line, isKey: false)
        }
        let end = lines[line].end
        guard let (node, after) = quoted(from: start, line: line) else { return nil }
        let stop = skipSpaces(after, end)
        guard stop < end, bytes[stop] == Byte.flowEntry || bytes[stop] == Byte.flowMappingEnd else { return nil }
        return (node, stop)
    }

    /// Plain text inside a flow mapping, from its first character (the caller skips the spaces
    /// before it): a key up to its `: `, a value up to its `,` or `}`
    /// (trailing spaces excluded), with the index of that `:`, `,` or `}`. Nil when anything
    /// else ends it, as libyaml would read it otherwise or not at all.
    private func flowPlain(from start: Int, line: Int, isKey: Bool) -> (YAMLNode, stop: Int)? {
        let end = lines[line].end
        // Between braces `?` and `:` are indicators even before a non-space (`{?a: 1}`).
        guard isPlainStart(start, end), bytes[start] != Byte.mappingKey, bytes[start] != Byte.mappingValue else { return nil }
        var i = start
        var last = start
        while true {
            // The mapping goes on past this line.
            guard i < end else { return nil }
            let b = bytes[i]
            if b == Byte.mappingValue {
                // `: ` ends a key (in a value it is an error); libyaml rejects `:` before a flow
                // indicator, `?` or the line's end, and reads any other `:` as text (`10:30`).
                guard i + 1 < end, !Byte.afterFlowColon.contains(bytes[i + 1]) else { return nil }
                if bytes[i + 1] == Byte.space {
                    if isKey { break }
                    return nil
                }
            } else if b == Byte.flowEntry || b == Byte.flowMappingEnd {
                // A key without `: ` (`{a}`, the `2` of `{a: 1,2}`) is an entry with a null value.
                if isKey { return nil }
                break
            } else if b == Byte.flowSequenceStart || b == Byte.flowSequenceEnd || b == Byte.flowMappingStart {
                return nil
            } else if b == Byte.comment && bytes[i - 1] == Byte.space {
                // The comment would hide the closing `}`.
                return nil
            }
            if b != Byte.space { last = i + 1 }
            i += 1
        }
        let node = YAMLNode(.scalar(String(decoding: bytes[start..<last], as: UTF8.self), plain: true), line: line + 1, column: column(start, line: line))
        return (node, i)
    }

    private func skipSpaces(_ from: Int, _ end: Int) -> Int {
        var i = from
        while i < end && bytes[i] == Byte.space { i += 1 }
        return i
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
        /// What libyaml refuses right after a `:` inside a plain scalar in a flow collection.
        static let afterFlowColon: [UInt8] = [flowEntry, mappingKey, flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd]
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
