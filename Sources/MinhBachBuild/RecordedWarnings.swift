import Foundation
import MinhBachCore

/// The warnings of a build, kept in its state (`BuildState.warnings`) as one JSON object a
/// line, for the build that finds nothing changed: it shows them again instead of reading the
/// whole archive to find them, and a state whose warnings cannot be read is no state at all.
enum RecordedWarnings {
    /// nil when the build had an error (nothing is recorded then) or a warning cannot be
    /// encoded on one line.
    static func encoded(_ diagnostics: [Diagnostic]) -> [String]? {
        guard !diagnostics.hasErrors else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines: [String] = []
        lines.reserveCapacity(diagnostics.count)
        for d in diagnostics {
            guard let data = try? encoder.encode(d), !data.contains(UInt8(ascii: "\n")) else { return nil }
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines
    }

    /// The warnings recorded; nil when one of them cannot be read back as a warning.
    static func decoded(_ lines: [String]) -> [Diagnostic]? {
        let decoder = JSONDecoder()
        var out: [Diagnostic] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            guard let d = try? decoder.decode(Diagnostic.self, from: Data(line.utf8)), d.severity == .warning else { return nil }
            out.append(d)
        }
        return out
    }
}
