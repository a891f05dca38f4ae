import MinhBachCore

/// Finds the invisible control characters of `ControlCharacters` where content text enters:
/// in a front-matter value it is an error at that value, naming its field, because the editor
/// should know that the name or note they pasted carries one; in a Markdown body it is left
/// out with a warning at its line, as Word's line and page breaks (U+000B, U+000C) are common
/// there and mean a space. The writers leave them out too, whatever gets past this.
enum ControlCharacterCheck {
    /// Reports every text value (and key) below `root` that contains one.
    static func report(in root: YAMLNode?, yaml: String, reader: YAMLReader) {
        // A value can hold one only if the text does, raw or as an escape of a quoted string ("\v").
        guard let root, yaml.utf8.contains(where: { ControlCharacters.mayBegin($0) || $0 == UInt8(ascii: "\\") }) else { return }
        walk(root, field: nil, reader)
    }

    private static func walk(_ node: YAMLNode, field: String?, _ r: YAMLReader) {
        switch node.content {
        case .scalar(let text, _):
            check(text, node, field: field ?? "", r)
        case .mapping(let pairs):
            for pair in pairs {
                let key = pair.key.scalarText ?? ""
                let path = field.map { "\($0).\(key)" } ?? key
                check(key, pair.key, field: path, r)
                walk(pair.value, field: path, r)
            }
        case .sequence(let items):
            for (i, item) in items.enumerated() { walk(item, field: "\(field ?? "")[\(i + 1)]", r) }
        case .alias:
            break
        }
    }

    private static func check(_ text: String, _ node: YAMLNode, field: String, _ r: YAMLReader) {
        guard ControlCharacters.contains(text), let at = text.unicodeScalars.firstIndex(where: ControlCharacters.isForbidden) else { return }
        let name = ControlCharacters.name(text.unicodeScalars[at])
        // The words before it on its line, so that the editor can find an invisible character.
        let lineStart = text.unicodeScalars[..<at].lastIndex(of: "\n").map { text.unicodeScalars.index(after: $0) } ?? text.startIndex
        let before = ControlCharacters.removing(from: String(text.unicodeScalars[lineStart..<at])).trimmingWhitespace()
        let hint: Message = "delete it: such characters come with text pasted from Word; type the text again, or paste it as plain text"
        if before.isEmpty {
            r.error(.controlCharacter, node, field: field, "`\(field)` begins with an invisible control character (\(name))", hint: hint)
        } else {
            r.error(.controlCharacter, node, field: field,
                    "`\(field)` contains an invisible control character (\(name)) after “\(String(before.suffix(20)))”", hint: hint)
        }
    }

    /// `body` without them, and a warning at the file line of the first, when it has any.
    /// - Parameter text: the whole file, of which `body` (with line ends made `\n`) is the end.
    static func cleaned(body: String, of text: String, file: String, diagnostics: inout [Diagnostic]) -> String {
        guard ControlCharacters.contains(body) else { return body }
        var names: [String] = []
        var firstLine = 0
        var line = lineEnds(text) - lineEnds(body) + 1
        var out = String.UnicodeScalarView()
        for scalar in body.unicodeScalars {
            if scalar == "\n" { line += 1 }
            guard ControlCharacters.isForbidden(scalar) else { out.append(scalar); continue }
            if firstLine == 0 { firstLine = line }
            let name = ControlCharacters.name(scalar)
            if !names.contains(name) { names.append(name) }
            // Word's line break, page break and the "next line" control separate words.
            if scalar == "\u{0B}" || scalar == "\u{0C}" || scalar == "\u{85}" { out.append(" ") }
        }
        diagnostics.append(.warning(.controlCharacter, at: SourceLocation(file: file, line: firstLine, column: 1),
            "the text has invisible control characters (\(names.joined(separator: ", "))), the first on this line; they are left out",
            hint: "such characters come with text pasted from Word; delete them to silence this warning"))
        return String(out)
    }

    /// Line ends as `FrontMatter` counts them: `\r\n`, `\n` or a lone `\r`.
    private static func lineEnds(_ text: String) -> Int {
        var count = 0
        var afterCR = false
        for b in text.utf8 {
            if b == UInt8(ascii: "\n") { if !afterCR { count += 1 } } else if b == UInt8(ascii: "\r") { count += 1 }
            afterCR = b == UInt8(ascii: "\r")
        }
        return count
    }
}
