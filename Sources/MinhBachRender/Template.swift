import Foundation

/// The theme's Mustache templates, compiled once and rendered against dictionaries.
///
/// Written here rather than taken from swift-mustache (which the project used first) because
/// of measured cost: that library asks the runtime, for every key of every tag, whether each
/// value on the context stack conforms to its protocols; on the national archive this was
/// about 0.7 ms a page and most of the build. This renderer reads the contexts the build makes
/// (`[String: Any]`, `[String: String]`, arrays, strings, booleans) with concrete casts only.
///
/// It implements the Mustache the theme uses, with the spec's meaning: `{{name}}` (escaped),
/// `{{{name}}}` and `{{&name}}`, dotted names, `{{.}}`, sections and inverted sections,
/// partials `{{>name}}`, parents `{{<name}}` with blocks `{{$name}}`, comments, and the
/// `{{% CONTENT_TYPE: … }}` pragma (accepted; escaping is always HTML). Standalone tag lines
/// leave no blank line. Anything else is a syntax error with its line and column.
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable([String], escaped: Bool)
        case section([String], inverted: Bool, [Node])
        case partial(String)
        case parent(String, blocks: [String: [Node]])
        case block(String, [Node])
    }

    struct SyntaxError: Error {
        let line: Int
        let column: Int
        let message: String
    }

    let nodes: [Node]

    init(_ source: String) throws {
        var parser = Parser(source: Array(source.utf8))
        nodes = try parser.parse(closing: nil, openedAt: 0)
    }

    private init(nodes: [Node]) { self.nodes = nodes }

    /// The template with every `{{i18n.key}}` replaced by its text, escaped as the tag says.
    /// The interface text is the same on every page of a build, so it is looked up once here
    /// instead of on each of tens of thousands of pages.
    func resolvingInterfaceText(_ strings: [String: String]) -> Template {
        Template(nodes: Template.resolve(nodes, strings))
    }

    private static func resolve(_ nodes: [Node], _ strings: [String: String]) -> [Node] {
        var out: [Node] = []
        for node in nodes {
            switch node {
            case .variable(let path, let escaped) where path.count == 2 && path[0] == "i18n":
                guard let text = strings[path[1]] else { out.append(node); continue }
                var bytes: [UInt8] = []
                if escaped { FastHTMLEscaping.append(text, to: &bytes) } else { bytes.append(contentsOf: text.utf8) }
                if case .text(let previous)? = out.last {
                    out[out.count - 1] = .text(previous + bytes)
                } else {
                    out.append(.text(bytes))
                }
            case .section(let path, let inverted, let children):
                out.append(.section(path, inverted: inverted, resolve(children, strings)))
            case .parent(let name, let blocks):
                out.append(.parent(name, blocks: blocks.mapValues { resolve($0, strings) }))
            case .block(let name, let children):
                out.append(.block(name, resolve(children, strings)))
            default:
                out.append(node)
            }
        }
        return out
    }

    // MARK: rendering

    struct Library: Sendable {
        var templates: [String: Template] = [:]
    }

    /// The page as UTF-8 bytes, the form it is written in: no `String` is built for it.
    func renderBytes(_ context: Any, library: Library) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32_768)
        var stack: [Any] = [context]
        Template.render(nodes, &stack, library, [:], &out)
        return out
    }

    func render(_ context: Any, library: Library) -> String {
        String(decoding: renderBytes(context, library: library), as: UTF8.self)
    }

    private static func render(_ nodes: [Node], _ stack: inout [Any], _ library: Library, _ blocks: [String: [Node]], _ out: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let path, let escaped):
                guard let value = lookup(path, stack) else { continue }
                if Swift.type(of: value) == String.self {
                    let text = value as! String
                    if escaped { FastHTMLEscaping.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
                } else {
                    let text = string(value)
                    if escaped { FastHTMLEscaping.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
                }
            case .section(let path, let inverted, let children):
                let value = lookup(path, stack)
                if inverted {
                    if !truthy(value) { render(children, &stack, library, blocks, &out) }
                    continue
                }
                guard let value else { continue }
                let type = Swift.type(of: value)
                // Lists are walked in their own element type: no `[Any]` copy per section.
                if type == [[String: Any]].self {
                    for item in value as! [[String: Any]] { renderItem(item, children, &stack, library, blocks, &out) }
                } else if type == [[String: String]].self {
                    for item in value as! [[String: String]] { renderItem(item, children, &stack, library, blocks, &out) }
                } else if type == [String].self {
                    for item in value as! [String] { renderItem(item, children, &stack, library, blocks, &out) }
                } else if type == [Any].self {
                    for item in value as! [Any] { renderItem(item, children, &stack, library, blocks, &out) }
                } else if type == Bool.self {
                    if value as! Bool { render(children, &stack, library, blocks, &out) }
                } else {
                    renderItem(value, children, &stack, library, blocks, &out)
                }
            case .partial(let name):
                if let t = library.templates[name] { render(t.nodes, &stack, library, blocks, &out) }
            case .parent(let name, let overrides):
                // The innermost override of a block wins, as in the spec: the caller's blocks
                // first, then this parent tag's.
                if let t = library.templates[name] {
                    render(t.nodes, &stack, library, blocks.isEmpty ? overrides : overrides.merging(blocks) { _, outer in outer }, &out)
                }
            case .block(let name, let defaults):
                render(blocks[name] ?? defaults, &stack, library, blocks, &out)
            }
        }
    }

    @inline(__always)
    private static func renderItem(_ item: Any, _ children: [Node], _ stack: inout [Any], _ library: Library,
                                   _ blocks: [String: [Node]], _ out: inout [UInt8]) {
        stack.append(item)
        render(children, &stack, library, blocks, &out)
        stack.removeLast()
    }

    /// Finds the first name on the stack, top first, then follows the rest of a dotted name.
    private static func lookup(_ path: [String], _ stack: [Any]) -> Any? {
        guard let first = path.first else { return stack.last }
        var value: Any?
        var k = stack.count - 1
        while k >= 0 {
            if let v = child(first, of: stack[k]) { value = v; break }
            k -= 1
        }
        if path.count == 1 { return value }
        for name in path.dropFirst() {
            guard let current = value else { return nil }
            value = child(name, of: current)
        }
        return value
    }

    // Casting a `[String: String]` to `[String: Any]` (or back) converts it element by element,
    // and Swift infers `[String: String]` for any dictionary literal of strings: so the exact
    // dynamic type is checked first and only identity casts are made.
    @inline(__always)
    private static func child(_ name: String, of frame: Any) -> Any? {
        let type = Swift.type(of: frame)
        if type == [String: Any].self { return (frame as! [String: Any])[name] }
        if type == [String: String].self { return (frame as! [String: String])[name] }
        return nil
    }

    private static func truthy(_ value: Any?) -> Bool {
        guard let value else { return false }
        let type = Swift.type(of: value)
        if type == Bool.self { return value as! Bool }
        if type == [[String: Any]].self { return !(value as! [[String: Any]]).isEmpty }
        if type == [[String: String]].self { return !(value as! [[String: String]]).isEmpty }
        if type == [String].self { return !(value as! [String]).isEmpty }
        if type == [Any].self { return !(value as! [Any]).isEmpty }
        return true
    }

    private static func string(_ value: Any) -> String {
        if let s = value as? String { return s }
        if let i = value as? Int { return String(i) }
        if let b = value as? Bool { return b ? "true" : "false" }
        return String(describing: value)
    }

    // MARK: parsing

    private struct Parser {
        let source: [UInt8]
        var i = 0

        init(source: [UInt8]) { self.source = source }

        func position(_ at: Int) -> (Int, Int) {
            var line = 1, column = 1
            for k in 0..<min(at, source.count) {
                if source[k] == 0x0A { line += 1; column = 1 } else { column += 1 }
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
                guard source[i] == 0x7B, i + 1 < source.count, source[i + 1] == 0x7B else {
                    text.append(source[i]); i += 1; continue
                }
                let start = i
                var triple = false
                var j = i + 2
                if j < source.count && source[j] == 0x7B { triple = true; j += 1 }
                let close: [UInt8] = triple ? [0x7D, 0x7D, 0x7D] : [0x7D, 0x7D]
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
                    let children = try parse(closing: name, openedAt: start)
                    nodes.append(.section(Template.path(name), inverted: sigil == "^", children))
                case "/":
                    guard name == closing else { throw error(start, closing.map { "expected {{/\($0)}} but found {{/\(name)}}" } ?? "{{/\(name)}} closes nothing") }
                    flush()
                    return nodes
                case ">":
                    flush(); nodes.append(.partial(name))
                case "<":
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
                    flush(); nodes.append(.variable(Template.path(name), escaped: false))
                default:
                    flush(); nodes.append(.variable(Template.path(name), escaped: !triple))
                }
            }
            if let closing { throw error(openedAt, "{{#\(closing)}} is never closed by {{/\(closing)}}") }
            flush()
            return nodes
        }

        /// When the tag that started at `start` stands alone on its line, drops the line's
        /// leading whitespace from `text` and skips its trailing whitespace and newline.
        mutating func standalone(start: Int, text: inout [UInt8]) {
            var k = start - 1
            while k >= 0 && (source[k] == 0x20 || source[k] == 0x09) { k -= 1 }
            guard k < 0 || source[k] == 0x0A else { return }
            var e = i
            while e < source.count && (source[e] == 0x20 || source[e] == 0x09 || source[e] == 0x0D) { e += 1 }
            guard e == source.count || source[e] == 0x0A else { return }
            while let last = text.last, last == 0x20 || last == 0x09 { text.removeLast() }
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
    }

    static func path(_ name: String) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}
