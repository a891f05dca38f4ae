import Foundation
import MinhBachCore

/// CSV as RFC 4180 writes it (CRLF line ends; fields with a comma, quote or line end in
/// quotes, quotes doubled), with a UTF-8 byte-order mark so that Excel shows Vietnamese
/// correctly. Writing needs no library; reading CSV (editors' imports) is `CSVReader`'s.
///
/// The files are meant for spreadsheets, which run a cell that begins with `=`, `+`, `-` or
/// `@` as a formula (a unit named `=HYPERLINK(…)` would become a link on every reader's
/// machine). So a text cell that begins with one of those, a tab or a carriage return is
/// written as OWASP's "CSV Injection" page advises: quoted, behind a single quote, which the
/// spreadsheet shows as text. Whether a cell is text is decided by its column, never by its
/// look: `-1` in a number column stays the number -1, while a unit slug `-1` is text.
///
///     var csv = CSVWriter(header: ["unit_name", "score"], numberColumns: ["score"])
///     csv.append(["=1+2", "-1"])    // '=1+2 as text, then the number -1: "'=1+2",-1
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = Array("\u{FEFF}".utf8)
    /// Per column, whether it holds numbers.
    private let numeric: [Bool]

    /// - Parameter numberColumns: the names of the columns that hold numbers; all others hold text.
    public init(header: [String], numberColumns: Set<String> = []) {
        numeric = header.map { numberColumns.contains($0) }
        write(header, numeric: [])
    }

    public mutating func append(_ fields: [String]) { write(fields, numeric: numeric) }

    private mutating func write(_ fields: [String], numeric: [Bool]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            let isNumber = i < numeric.count && numeric[i]
            bytes.append(contentsOf: (isNumber ? CSVWriter.number(field) : CSVWriter.text(field)).utf8)
        }
        bytes.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    /// A text cell, without control characters, quoted when RFC 4180 needs it, neutralised
    /// when a spreadsheet would take it for a formula.
    static func text(_ raw: String) -> String {
        let value = ControlCharacters.removing(from: raw)
        if let first = value.utf8.first, startsFormula(first) {
            return "\"'" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return quoted(value)
    }

    /// A number cell as it is (`69.81`, `-1`, or empty for a missing figure). The build only
    /// puts numbers in these columns; anything else is written as text, so that no column can
    /// carry a formula.
    static func number(_ value: String) -> String {
        var digits = value.utf8[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        let parts = digits.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        let isNumber = value.isEmpty || (!digits.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        })
        return isNumber ? value : text(value)
    }

    /// Whether a cell beginning with `b` is read by spreadsheets as a formula (OWASP's list).
    static func startsFormula(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): return true
        default: return false
        }
    }

    static func quoted(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { b in
            b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
