import Yams

/// A parsed YAML value with the line and column it starts at: what `YAMLReader` reads.
///
/// Lighter than Yams' `Node` (no tags, anchors or styles beyond "plain or not"), because a
/// national archive holds tens of thousands of small front matters and building Yams' nodes
/// was a large share of reading them. Documents outside the subset that `BlockYAML` reads are
/// parsed by Yams and converted.
struct YAMLNode: Sendable, Equatable {
    enum Content: Sendable, Equatable {
        /// The text; `plain` when it was written without quotes (only plain text can be null).
        case scalar(String, plain: Bool)
        case mapping([Pair])
        case sequence([YAMLNode])
        case alias
    }

    struct Pair: Sendable, Equatable {
        let key: YAMLNode
        let value: YAMLNode
    }

    let content: Content
    /// 1-based, within the YAML text (the reader adds the front matter's first line).
    let line: Int
    let column: Int

    var scalarText: String? {
        if case .scalar(let s, _) = content { return s }
        return nil
    }

    init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    init(_ node: Node) {
        let mark = node.mark
        let content: Content
        switch node {
        case .scalar(let s): content = .scalar(s.string, plain: s.style == .plain)
        case .mapping(let m): content = .mapping(m.map { Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) })
        case .sequence(let s): content = .sequence(s.map(YAMLNode.init))
        case .alias: content = .alias
        }
        self.init(content, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
