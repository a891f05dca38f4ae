/// Where a problem is: a file (relative to the current folder), and the 1-based line and column
/// of the offending key or value. Line 0 means "the file as a whole".
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
}

/// One problem found in the content, as a value: the build collects them all, sorts them and
/// prints them compiler-style before deciding whether anything may be written.
///
///     Content/results/2023-06/hiep-tan.md:12:8: error: `score` is 120, above the index total 100
///       hint: the total is out of 100; check the figure in the notice
/// Codable so that a build skipped as up to date can show the warnings of the build it skips
/// (`BuildState.warnings`).
public struct Diagnostic: Sendable, Hashable, Codable {
    public var severity: Severity
    public var location: SourceLocation
    /// The front-matter field the problem is about (`groups.so-hoa-ho-so`), when there is one.
    public var field: String?
    /// A stable identifier of the kind of problem (`unknown-group`), for translations and tests.
    public var code: DiagnosticCode
    public var text: Message
    public var hintText: Message?

    /// The message in English.
    public var message: String { text.text(in: .en) }
    /// The hint in English.
    public var hint: String? { hintText?.text(in: .en) }

    public init(_ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation, field: String? = nil,
                _ message: Message, hint: Message? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.field = field
        self.text = message
        self.hintText = hint
    }

    public static func error(_ code: DiagnosticCode, at location: SourceLocation, field: String? = nil,
                             _ message: Message, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, field: field, message, hint: hint)
    }

    public static func warning(_ code: DiagnosticCode, at location: SourceLocation, field: String? = nil,
                               _ message: Message, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, field: field, message, hint: hint)
    }

    /// `path:line:col: error: message`, then an indented hint line when there is a hint.
    public var formatted: String { formatted(in: .en) }

    /// `path:line:col: lỗi: …` in Vietnamese, `path:line:col: error: …` in English.
    public func formatted(in language: DiagnosticLanguage) -> String {
        var position = location.file
        if location.line > 0 {
            position += ":\(location.line):\(max(location.column, 1))"
        }
        let word: Message = severity == .error ? "error" : "warning"
        var out = "\(position): \(word.text(in: language)): \(text.text(in: language))"
        if let hintText { out += "\n  \(Diagnostic.hintLabel.text(in: language)): \(hintText.text(in: language))" }
        return out
    }

    /// What a hint line begins with.
    public static let hintLabel: Message = "hint"
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { count(where: { $0.severity == .error }) }
    public var warningCount: Int { count(where: { $0.severity == .warning }) }
    public var hasErrors: Bool { contains(where: { $0.severity == .error }) }

    /// Sorted by file, line and column, so that output is the same on every run however the
    /// parallel phases that found the problems were scheduled.
    public func sortedForReport() -> [Diagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            if a.severity != b.severity { return a.severity == .error }
            return a.text.pattern < b.text.pattern
        }
    }
}
