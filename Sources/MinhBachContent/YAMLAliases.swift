// libyaml, which Yams is built on: only its events say where an alias is without expanding it.
internal import CYaml

/// Counts what the aliases of a YAML text stand for, before anything is built from it.
///
/// Yams shares an anchored value among its aliases, but everything after it copies it each
/// time: `YAMLNode` reads every alias as the whole value, and Yams' check for duplicate keys
/// hashes a key through its aliases. Ten lines of aliases of aliases ("billion laughs") stand
/// for 10⁹ values: the build ran for minutes and past a gigabyte. libyaml's events give each
/// alias once, so the size of what it stands for is known from its anchor's, without copying.
public enum YAMLAliases {
    /// At most this many values, in all, may be stood for by the aliases of one text. Front
    /// matter has no need of aliases at all; this leaves room for a shared list or two.
    public static let limit = 10_000

    /// Where the alias is (1-based, in `yaml`) that takes the values stood for past `limit`;
    /// nil when they stay within it, or when the text is not valid YAML (Yams then says why).
    public static func overflow(in yaml: String, limit: Int = limit) -> (line: Int, column: Int)? {
        // An alias needs an anchor: text with no `&` or no `*` has none, and is not scanned.
        guard yaml.utf8.contains(UInt8(ascii: "*")), yaml.utf8.contains(UInt8(ascii: "&")) else { return nil }
        var text = yaml
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var count = Count(limit: limit)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if let at = count.add(event) { return at }
                if event.type == YAML_STREAM_END_EVENT { break }
            }
            return nil
        }
    }

    /// The sizes of the values being read and of those anchored, counted event by event.
    private struct Count {
        let limit: Int
        /// How many values each anchored one is, aliases counted as what they stand for.
        var anchored: [String: Int] = [:]
        /// The collections open around the current event, each with its anchor and size so far.
        var open: [(anchor: String?, size: Int)] = []
        var stoodFor = 0

        init(limit: Int) { self.limit = limit }

        mutating func add(_ event: yaml_event_t) -> (line: Int, column: Int)? {
            switch event.type {
            case YAML_SCALAR_EVENT:
                finish(anchor: name(event.data.scalar.anchor), size: 1)
            case YAML_ALIAS_EVENT:
                // An undefined alias is Yams' to report; it counts as one value here.
                let size = name(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
                stoodFor += size
                if stoodFor > limit { return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1) }
                finish(anchor: nil, size: size)
            case YAML_SEQUENCE_START_EVENT:
                open.append((name(event.data.sequence_start.anchor), 1))
            case YAML_MAPPING_START_EVENT:
                open.append((name(event.data.mapping_start.anchor), 1))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let done = open.popLast() { finish(anchor: done.anchor, size: done.size) }
            default:
                break
            }
            return nil
        }

        /// A value of `size` values is complete: it is part of the collection around it.
        private mutating func finish(anchor: String?, size: Int) {
            if let anchor { anchored[anchor] = size }
            if !open.isEmpty { open[open.count - 1].size += size }
        }

        private func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: $0) }
        }
    }
}
