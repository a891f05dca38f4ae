import MinhBachCore

/// Adds fields to a content file's front matter and leaves every other byte as it was (the
/// editor's comments, order and line ends), so that an import's change to a unit file is the
/// lines it adds and nothing else.
enum FrontMatterEdit {
    /// `text` with `name: value` lines just before the closing `---`; a field already there
    /// without a value (`dissolved:`) has its line replaced. nil when the text has no front
    /// matter.
    static func adding(_ fields: [(name: String, value: String)], to text: String) -> String? {
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.components(separatedBy: newline)
        let first = lines.first.map { $0.hasPrefix("\u{FEFF}") ? String($0.dropFirst()) : $0 }
        guard first?.trimmingWhitespace() == "---",
              let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingWhitespace() == "---" }) else { return nil }
        var insertAt = close
        for field in fields {
            let line = "\(field.name): \(field.value)"
            if let empty = (1..<insertAt).first(where: { isEmptyField(lines[$0], field.name) }) {
                lines[empty] = line
            } else {
                lines.insert(line, at: insertAt)
                insertAt += 1
            }
        }
        return lines.joined(separator: newline)
    }

    /// `name:` at the start of a line, with nothing (or only a comment, or `null`/`~`) after.
    private static func isEmptyField(_ line: String, _ name: String) -> Bool {
        guard line.hasPrefix(name + ":") else { return false }
        let rest = String(line.dropFirst(name.count + 1)).trimmingWhitespace()
        return rest.isEmpty || rest.hasPrefix("#") || rest == "~" || rest == "null"
    }
}
