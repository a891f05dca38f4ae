import Foundation

/// The language diagnostics are written in.
public enum DiagnosticLanguage: String, Sendable, CaseIterable {
    case vi, en
}

/// A message to an editor, kept as a pattern and its values so that it can be shown in
/// Vietnamese or English. Written as ordinary English string interpolation at the call site:
///
///     "`score` is \(value), outside 0–\(max)"
///
/// becomes the pattern "`score` is {0}, outside 0–{1}" with two values. The pattern is the key
/// of its translation in `DiagnosticCatalog` (the gettext approach: the English text is the
/// key), and translations may reorder the values. A value that is itself a `Message` ("a list")
/// is translated too. A number (`Figure`, `Double`) is kept as a number and written as the
/// language writes it: "`score` là 71,2" and "0,09 giây", "`score` is 71.2" and "0.09 s".
public struct Message: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible, Codable {
    public enum Value: Sendable, Hashable, Codable {
        case text(String)
        case message(Message)
        /// A number in plain notation with a decimal point ("71.2"); Vietnamese shows a comma.
        case number(String)
    }

    public let pattern: String
    public let values: [Value]

    public init(pattern: String, values: [Value]) {
        self.pattern = pattern
        self.values = values
    }

    public init(stringLiteral value: String) {
        self.init(pattern: value, values: [])
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(pattern: stringInterpolation.pattern, values: stringInterpolation.values)
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var pattern = ""
        var values: [Value] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { pattern += literal }

        public mutating func appendInterpolation(_ message: Message) {
            pattern += "{\(values.count)}"
            values.append(.message(message))
        }

        /// A figure: "71,2" in Vietnamese, "71.2" in English.
        public mutating func appendInterpolation(_ figure: Figure) {
            pattern += "{\(values.count)}"
            values.append(.number(figure.description))
        }

        /// A measurement, with `decimals` digits after the point ("0,09" in Vietnamese), or as
        /// Swift writes it when `decimals` is nil.
        public mutating func appendInterpolation(_ number: Double, decimals: Int? = nil) {
            pattern += "{\(values.count)}"
            values.append(.number(decimals.map { String(format: "%.\($0)f", number) } ?? String(describing: number)))
        }

        public mutating func appendInterpolation<T>(_ value: T) {
            pattern += "{\(values.count)}"
            values.append(.text(String(describing: value)))
        }
    }

    /// The message in `language`; English when the catalogue has no translation.
    public func text(in language: DiagnosticLanguage) -> String {
        let template = language == .en ? pattern : (DiagnosticCatalog.vietnamese[pattern] ?? pattern)
        // One pass over the template, so that a value that itself reads "{1}" (a folder's
        // name, a cell of a table) is shown as it is rather than filled in after it.
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let digits = rest[rest.index(after: open)...].prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.endIndex < rest.endIndex, rest[digits.endIndex] == "}", let i = Int(digits), i < values.count {
                switch values[i] {
                case .text(let s): out += s
                case .message(let m): out += m.text(in: language)
                case .number(let s): out += language == .vi ? s.replacing(".", with: ",") : s
                }
                rest = rest[rest.index(after: digits.endIndex)...]
            } else {
                out += "{"
                rest = rest[rest.index(after: open)...]
            }
        }
        return out + rest
    }

    public var description: String { text(in: .en) }
}
