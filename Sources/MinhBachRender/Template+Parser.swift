import Foundation

extension Template {
    /// Reads a template's text into nodes, each tag's name matched to a key as it is read.
    struct Parser {
        let source: [UInt8]
        let naming: (String) -> Key?
        var i = 0
        private(set) var includes: [Include] = []
        /// How many sections on a page's value enclose the tag being read.
        private var conditions = 0

        init(source: [UInt8], naming: @escaping (String) -> Key?) {
            self.source = source
            self.naming = naming
        }

        func position(_ at: Int) -> (Int, Int) {
            var line = 1, column = 1
            for k in 0..<min(at, source.count) {
                if source[k] == Byte.newline { line += 1; column = 1 } else { column += 1 }
            }
            return (line, column)
        }

        func error(_ at: Int, _ message: String) -> SyntaxError {
            let (l, c) = position(at)
            return SyntaxError(line: l, column: c, message: message)
        }

        /// Parses until `{{/closing}}` (or the end when `closing` is nil).
        mutating func parse(closing: String?, openedAt: Int) throws -> [Node] {
            var nodes: [Node] = []
            var text: [UInt8] = []
            func flush() {
                if !text.isEmpty { nodes.append(.text(text)); text.removeAll() }
            }
            while i < source.count {
                guard source[i] == Byte.tagOpen, i + 1 < source.count, source[i + 1] == Byte.tagOpen else {
                    text.append(source[i]); i += 1; continue
                }
                let start = i
                var triple = false
                var j = i + 2
                if j < source.count && source[j] == Byte.tagOpen { triple = true; j += 1 }
                let close: [UInt8] = triple ? [Byte.tagClose, Byte.tagClose, Byte.tagClose] : [Byte.tagClose, Byte.tagClose]
                guard let end = find(close, from: j) else { throw error(start, "a tag opened here is never closed with }}") }
                var inner = String(decoding: source[j..<end], as: UTF8.self)
                i = end + close.count
                var sigil: Character = " "
                if !triple, let first = inner.first, "#^/>!<$&%".contains(first) {
                    sigil = first
                    inner.removeFirst()
                }
                let name = inner.trimmingCharacters(in: .whitespacesAndNewlines)
                // A standalone tag (alone on its line, with whitespace) leaves no blank line.
                if sigil != " " && sigil != "&" && !triple { standalone(start: start, text: &text) }
                switch sigil {
                case "#", "^":
                    flush()
                    let path = Template.path(name, naming)
                    // Interface text, `.` and unknown names are the same on every page: they end nothing.
                    let onData: Bool
                    if case .keys = path { onData = true } else { onData = false }
                    if onData { conditions += 1 }
                    let children = try parse(closing: name, openedAt: start)
                    if onData { conditions -= 1 }
                    nodes.append(.section(path, inverted: sigil == "^", children))
                case "/":
                    guard name == closing else { throw error(start, closing.map { "expected {{/\($0)}} but found {{/\(name)}}" } ?? "{{/\(name)}} closes nothing") }
                    flush()
                    return nodes
                case ">":
                    include(name, at: start)
                    flush(); nodes.append(.partial(name))
                case "<":
                    include(name, at: start)
                    flush()
                    let children = try parse(closing: name, openedAt: start)
                    var blocks: [String: [Node]] = [:]
                    for child in children { if case .block(let b, let content) = child { blocks[b] = content } }
                    nodes.append(.parent(name, blocks: blocks))
                case "$":
                    flush()
                    nodes.append(.block(name, try parse(closing: name, openedAt: start)))
                case "!", "%":
                    break
                case "&":
                    flush(); nodes.append(.variable(Template.path(name, naming), escaped: false))
                default:
                    flush(); nodes.append(.variable(Template.path(name, naming), escaped: !triple))
                }
            }
            if let closing { throw error(openedAt, "{{#\(closing)}} is never closed by {{/\(closing)}}") }
            flush()
            return nodes
        }

        mutating func include(_ name: String, at start: Int) {
            let (line, column) = position(start)
            includes.append(Include(name: name, line: line, column: column, conditional: conditions > 0))
        }

        /// When the tag that started at `start` stands alone on its line, drops the line's
        /// leading whitespace from `text` and skips its trailing whitespace and newline.
        mutating func standalone(start: Int, text: inout [UInt8]) {
            var k = start - 1
            while k >= 0 && (source[k] == Byte.space || source[k] == Byte.tab) { k -= 1 }
            guard k < 0 || source[k] == Byte.newline else { return }
            var e = i
            while e < source.count && (source[e] == Byte.space || source[e] == Byte.tab || source[e] == Byte.carriageReturn) { e += 1 }
            guard e == source.count || source[e] == Byte.newline else { return }
            while let last = text.last, last == Byte.space || last == Byte.tab { text.removeLast() }
            i = min(e + 1, source.count)
        }

        func find(_ needle: [UInt8], from: Int) -> Int? {
            var k = from
            while k + needle.count <= source.count {
                if source[k] == needle[0] && Array(source[k..<(k + needle.count)]) == needle { return k }
                k += 1
            }
            return nil
        }

        /// The bytes the parser looks at: all ASCII, so in UTF-8 a byte equal to one of them is
        /// always that character.
        private enum Byte {
            /// Two open a tag (`{{name}}`), three one whose value is not escaped.
            static let tagOpen = UInt8(ascii: "{")
            static let tagClose = UInt8(ascii: "}")
            /// A standalone tag takes its line's blanks and line end with it.
            static let newline = UInt8(ascii: "\n")
            static let carriageReturn = UInt8(ascii: "\r")
            static let space = UInt8(ascii: " ")
            static let tab = UInt8(ascii: "\t")
        }
    }
}
