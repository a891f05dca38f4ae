import Foundation

/// The theme's Mustache templates, compiled once and rendered against a page's `Value`s.
///
/// Written here rather than taken from swift-mustache (which the project used first) because
/// of measured cost: that library asks the runtime, for every key of every tag, whether each
/// value on the context stack conforms to its protocols; on the national archive this was
/// about 0.7 ms a page and most of the build. Here each name is matched to a `Key` when the
/// template is parsed, and rendering compares keys as integers.
///
/// It implements the Mustache the theme uses, with the spec's meaning: `{{name}}` (escaped),
/// `{{{name}}}` and `{{&name}}`, dotted names, `{{.}}`, sections and inverted sections,
/// partials `{{>name}}`, parents `{{<name}}` with blocks `{{$name}}`, comments, and the
/// `{{% CONTENT_TYPE: … }}` pragma (accepted; escaping is always HTML). A tag alone on its line
/// (but for spaces and tabs) leaves no blank line. Anything else is a syntax error with its line
/// and column. Two rules of the spec about whitespace are not followed, as the spec's tests show
/// (`MustacheSpecTests`): a standalone partial's lines do not take the tag's indentation (no
/// template of the theme indents one), and tags that share a line are never standalone (the
/// spec's inheritance would make the layout's `{{$main}}{{/main}}` line one, and so take from
/// every page the newline it has there).
struct Template: Sendable {
    /// What a tag names: the current item (`.`), a dotted name of keys, interface text
    /// (`i18n.key`, fixed when the theme is loaded), or a name that no page sets.
    enum Path: Sendable {
        case current
        case keys([Key])
        case interfaceText(String)
        case constant(Value)
        case unknown
    }

    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Path, escaped: Bool)
        case section(Path, inverted: Bool, [Node])
        case partial(String)
        case parent(String, blocks: [String: [Node]])
        case block(String, [Node])
    }

    struct SyntaxError: Error {
        let line: Int
        let column: Int
        let message: String
    }

    /// A partial or parent tag, where it is, and whether it is inside a section on a page's
    /// value (only then can the page's data end a template's inclusion of itself).
    struct Include: Sendable {
        let name: String
        let line: Int
        let column: Int
        let conditional: Bool
    }

    let nodes: [Node]
    let includes: [Include]

    init(_ source: String) throws {
        try self.init(source, naming: Key.init(rawValue:))
    }

    /// A template whose names are matched to keys by `naming` (nil: a name no data sets), for
    /// tests whose data uses names that are no page's keys, such as the Mustache spec's.
    init(_ source: String, naming: @escaping (String) -> Key?) throws {
        var parser = Parser(source: Array(source.utf8), naming: naming)
        nodes = try parser.parse(closing: nil, openedAt: 0)
        includes = parser.includes
    }

    private init(nodes: [Node], includes: [Include]) {
        self.nodes = nodes
        self.includes = includes
    }

    /// The template with every `{{i18n.key}}` replaced by its text, escaped as the tag says.
    /// The interface text is the same on every page of a build, so it is looked up once here
    /// instead of on each of tens of thousands of pages.
    func resolvingInterfaceText(_ strings: [String: String]) -> Template {
        Template(nodes: Template.resolve(nodes, strings), includes: includes)
    }

    private static func resolve(_ nodes: [Node], _ strings: [String: String]) -> [Node] {
        var out: [Node] = []
        for node in nodes {
            switch node {
            case .variable(.interfaceText(let key), let escaped):
                guard let text = strings[key] else { out.append(.variable(.unknown, escaped: escaped)); continue }
                var bytes: [UInt8] = []
                if escaped { FastHTMLEscaping.append(text, to: &bytes) } else { bytes.append(contentsOf: text.utf8) }
                if case .text(let previous)? = out.last {
                    out[out.count - 1] = .text(previous + bytes)
                } else {
                    out.append(.text(bytes))
                }
            case .section(let path, let inverted, let children):
                var fixed = path
                if case .interfaceText(let key) = path { fixed = strings[key].map { .constant(.text($0)) } ?? .unknown }
                out.append(.section(fixed, inverted: inverted, resolve(children, strings)))
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
    func renderBytes(_ context: Object, library: Library) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32_768)
        var stack: [Value] = [.object(context)]
        Template.render(nodes, &stack, library, [:], 0, &out)
        return out
    }

    func render(_ context: Object, library: Library) -> String {
        String(decoding: renderBytes(context, library: library), as: UTF8.self)
    }

    /// Rendered on any value, where a page is always an object: the spec renders some
    /// templates on a text or a list.
    func render(root: Value, library: Library) -> String {
        var out: [UInt8] = []
        var stack = [root]
        Template.render(nodes, &stack, library, [:], 0, &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// How many partials and parents may be open inside one another. A template may include
    /// itself inside a section (`unit-node` does for each unit's children, four deep at most),
    /// which the page's data ends; one whose data never ends (a section on a value every item
    /// inherits) stops here instead of overflowing the stack. Includes that no section guards
    /// are refused when the theme is loaded (`cycles`).
    static let maxIncludeDepth = 32

    private static func render(_ nodes: [Node], _ stack: inout [Value], _ library: Library, _ blocks: [String: [Node]], _ depth: Int,
                               _ out: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let path, let escaped):
                switch lookup(path, stack) {
                case .text(let text)?:
                    if escaped { FastHTMLEscaping.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
                case .flag(let flag)?:
                    out.append(contentsOf: (flag ? "true" : "false").utf8)
                default:
                    break
                }
            case .section(let path, let inverted, let children):
                let value = lookup(path, stack)
                if inverted {
                    if !truthy(value) { render(children, &stack, library, blocks, depth, &out) }
                    continue
                }
                switch value {
                case nil: break
                case .list(let items)?:
                    for item in items { renderItem(item, children, &stack, library, blocks, depth, &out) }
                case .flag(let flag)?:
                    if flag { render(children, &stack, library, blocks, depth, &out) }
                case let item?:
                    renderItem(item, children, &stack, library, blocks, depth, &out)
                }
            case .partial(let name):
                if depth < maxIncludeDepth, let t = library.templates[name] { render(t.nodes, &stack, library, blocks, depth + 1, &out) }
            case .parent(let name, let overrides):
                // The innermost override of a block wins, as in the spec: the caller's blocks
                // first, then this parent tag's.
                if depth < maxIncludeDepth, let t = library.templates[name] {
                    render(t.nodes, &stack, library, blocks.isEmpty ? overrides : overrides.merging(blocks) { _, outer in outer }, depth + 1, &out)
                }
            case .block(let name, let defaults):
                render(blocks[name] ?? defaults, &stack, library, blocks, depth, &out)
            }
        }
    }

    @inline(__always)
    private static func renderItem(_ item: Value, _ children: [Node], _ stack: inout [Value], _ library: Library,
                                   _ blocks: [String: [Node]], _ depth: Int, _ out: inout [UInt8]) {
        stack.append(item)
        render(children, &stack, library, blocks, depth, &out)
        stack.removeLast()
    }

    /// Finds the first name on the stack, top first, then follows the rest of a dotted name.
    private static func lookup(_ path: Path, _ stack: [Value]) -> Value? {
        switch path {
        case .current: return stack.last
        case .constant(let value): return value
        case .interfaceText, .unknown: return nil
        case .keys(let keys):
            let first = keys[0]
            var value: Value?
            var k = stack.count - 1
            while k >= 0 {
                if case .object(let o) = stack[k], let v = o[first] { value = v; break }
                k -= 1
            }
            for key in keys.dropFirst() {
                guard case .object(let o)? = value else { return nil }
                value = o[key]
            }
            return value
        }
    }

    private static func truthy(_ value: Value?) -> Bool {
        switch value {
        case nil: return false
        case .flag(let flag)?: return flag
        case .list(let items)?: return !items.isEmpty
        default: return true
        }
    }

    static func path(_ name: String, _ naming: (String) -> Key?) -> Path {
        if name == "." { return .current }
        let names = name.split(separator: ".").map(String.init)
        if names.count == 2 && names[0] == "i18n" { return .interfaceText(names[1]) }
        var keys: [Key] = []
        for name in names {
            guard let key = naming(name) else { return .unknown }
            keys.append(key)
        }
        return keys.isEmpty ? .unknown : .keys(keys)
    }
}

extension Template.Library {
    /// The loops of templates that include one another outside any section on a page's value,
    /// each as the names in order from the first by name, that one again at the end
    /// (`home → layout → home`), with the tag in the first that starts it. Rendering one
    /// would never end.
    func cycles() -> [(names: [String], at: Template.Include)] {
        var found: [(names: [String], at: Template.Include)] = []
        var done: [String: Bool] = [:]   // false while on the current path
        var path: [String] = []
        var edges: [Template.Include] = []   // edges[k] leads from path[k] to path[k + 1]
        func visit(_ name: String) {
            if let finished = done[name] {
                if !finished, let start = path.firstIndex(of: name) {
                    let loop = Array(edges[start...])
                    let sources = Array(path[start...])
                    let first = sources.indices.min { sources[$0] < sources[$1] }!
                    let names = Array(sources[first...] + sources[..<first]) + [sources[first]]
                    found.append((names, loop[first]))
                }
                return
            }
            done[name] = false
            path.append(name)
            for include in templates[name]?.includes ?? [] where !include.conditional && templates[include.name] != nil {
                edges.append(include)
                visit(include.name)
                edges.removeLast()
            }
            path.removeLast()
            done[name] = true
        }
        for name in templates.keys.sorted() { visit(name) }
        return found
    }
}
