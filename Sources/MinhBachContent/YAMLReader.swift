import Foundation
import MinhBachCore
import Yams

/// Reads one file's YAML into typed values, recording every problem as a `Diagnostic` that
/// carries the file, the line and column of the offending key or value, and the field path.
///
/// Numbers and dates are read from the scalar's text as written, never through Yams' own
/// float or timestamp resolution: "69,81" and 69.81 both become the exact figure 69.81.
final class YAMLReader {
    let file: String
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, firstLine: Int = 1) {
        self.file = file
        self.lineOffset = firstLine - 1
    }

    // MARK: locations and reports

    func location(_ node: YAMLNode?) -> SourceLocation {
        guard let node else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: node.line + lineOffset, column: node.column)
    }

    var fileStart: SourceLocation { SourceLocation(file: file, line: max(lineOffset, 1), column: 1) }

    func error(_ code: DiagnosticCode, _ node: YAMLNode?, field: String?, _ message: Message, hint: Message? = nil) {
        diagnostics.append(.error(code, at: location(node), field: field, message, hint: hint))
    }

    func warning(_ code: DiagnosticCode, _ node: YAMLNode?, field: String?, _ message: Message, hint: Message? = nil) {
        diagnostics.append(.warning(code, at: location(node), field: field, message, hint: hint))
    }

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: parsing

    /// The document's root mapping; nil (with a diagnostic) on a syntax error or a non-mapping.
    func parseRoot(_ yaml: String) -> Mapping? {
        if let node = BlockYAML.parse(yaml) { return mapping(node, field: nil) }
        if let at = YAMLAliases.overflow(in: yaml) {
            diagnostics.append(.error(.yamlAliases, at: SourceLocation(file: file, line: at.line + lineOffset, column: at.column),
                "the aliases (`*name`) here stand for more than \(YAMLAliases.limit) values in all",
                hint: "write the values out instead of repeating them with `&name` and `*name`"))
            return nil
        }
        let node: YAMLNode?
        do {
            // The basic resolver tags every scalar as text: figures, dates and nulls are read from
            // the text as written (below), which also spares a regular expression per scalar.
            // The encoding is named: Yams's default reads the process environment on every call.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8).map(YAMLNode.init)
        } catch let error as YamlError {
            diagnostics.append(syntaxDiagnostic(error))
            return nil
        } catch {
            diagnostics.append(.error(.yamlSyntax, at: fileStart, "cannot read the YAML: \(error)"))
            return nil
        }
        guard let node else { return Mapping(reader: self, node: nil, pairs: [], path: "") }
        if isNull(node) {
            return Mapping(reader: self, node: nil, pairs: [], path: "")
        }
        return mapping(node, field: nil)
    }

    private func syntaxDiagnostic(_ error: YamlError) -> Diagnostic {
        let hint: Message = "check indentation (spaces, not tabs), that every `key:` has a space after the colon, and that text containing `: ` or `#` is in quotes"
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml's words, translated when `YAMLProblems` lists them (`Message` looks them up).
            let said = Message(stringLiteral: problem)
            guard let context else {
                return .error(.yamlSyntax, at: place(mark), "YAML syntax error: \(said)", hint: hint)
            }
            let during = Message(stringLiteral: context.text)
            if YAMLProblems.pointedAtStart.contains(context.text), context.mark.line < mark.line {
                return .error(.yamlSyntax, at: place(context.mark),
                              "YAML syntax error: \(said) (\(during) that starts here; found on line \(mark.line + lineOffset), column \(mark.column))",
                              hint: hint)
            }
            if context.mark.line == mark.line {
                return .error(.yamlSyntax, at: place(mark), "YAML syntax error: \(said) (\(during))", hint: hint)
            }
            return .error(.yamlSyntax, at: place(mark), "YAML syntax error: \(said) (\(during) on line \(context.mark.line + lineOffset))",
                          hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(.duplicateKey, at: SourceLocation(file: file, line: context.mark.line + lineOffset, column: context.mark.column),
                          "the key \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) appears more than once",
                          hint: "keep one of them: a figure must not have two values")
        case .reader(let problem, let offset, _, let yaml):
            let at = offset.map { place(byte: $0, in: yaml) } ?? fileStart
            return .error(.yamlEncoding, at: at, "cannot read the file: \(Message(stringLiteral: problem))",
                          hint: "save the file as UTF-8")
        default:
            return .error(.yamlSyntax, at: fileStart, "YAML syntax error: \(error)")
        }
    }

    private func place(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// Where libyaml's reader stopped: byte `offset` of `yaml`, as a line and a column counted
    /// in characters, as its scanner counts them.
    private func place(byte offset: Int, in yaml: String) -> SourceLocation {
        let bytes = yaml.utf8.prefix(offset)
        let line = bytes.count { $0 == UInt8(ascii: "\n") } + 1
        let lineStart = bytes.lastIndex(of: UInt8(ascii: "\n")).map { bytes.index(after: $0) } ?? bytes.startIndex
        let column = String(decoding: bytes[lineStart...], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    // MARK: typed values

    func mapping(_ node: YAMLNode, field: String?) -> Mapping? {
        guard case .mapping(let m) = node.content else {
            let message: Message = field.map { "`\($0)` must be a set of `key: value` lines, found \(describe(node))" }
                ?? "the front matter must be a set of `key: value` lines, found \(describe(node))"
            error(.wrongType, node, field: field, message)
            return nil
        }
        var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        for pair in m {
            guard let key = pair.key.scalarText else {
                error(.wrongType, pair.key, field: field, "a key must be plain text")
                continue
            }
            pairs.append((nfc(key), pair.key, pair.value))
        }
        return Mapping(reader: self, node: node, pairs: pairs, path: field.map { $0 + "." } ?? "")
    }

    func sequence(_ node: YAMLNode, field: String) -> [YAMLNode]? {
        if isNull(node) { return [] }
        guard case .sequence(let s) = node.content else {
            error(.wrongType, node, field: field, "`\(field)` must be a list (lines starting with `- `), found \(describe(node))")
            return nil
        }
        return s
    }

    func text(_ node: YAMLNode, field: String) -> String? {
        guard let s = node.scalarText else {
            error(.wrongType, node, field: field, "`\(field)` must be text, found \(describe(node))")
            return nil
        }
        return nfc(s).trimmingWhitespace()
    }

    func figure(_ node: YAMLNode, field: String) -> Figure? {
        guard let s = node.scalarText else {
            error(.wrongType, node, field: field, "`\(field)` must be a number, found \(describe(node))")
            return nil
        }
        switch Figure.parse(s) {
        case .success(let f): return f
        case .failure(.tooManyDecimals):
            error(.tooManyDecimals, node, field: field, "`\(field)` has more than \(Figure.maxDecimals) decimals: \(s)",
                  hint: "copy the figure as the portal shows it, e.g. 92,45")
        case .failure(.notANumber):
            error(.notANumber, node, field: field, "`\(field)` must be a number, found \"\(s)\"",
                  hint: "write it like 69,81 or 69.81, without units or thousands separators; leave the key out if the figure was not published")
        }
        return nil
    }

    /// Decimal degrees, "11.286792" or "11,2868", rounded to four decimals (about 11 m).
    func degrees(_ node: YAMLNode, field: String) -> Figure? {
        guard let s = node.scalarText else {
            error(.wrongType, node, field: field, "`\(field)` must be a number, found \(describe(node))")
            return nil
        }
        guard case .success(let f) = Figure.parse(s, roundingExtraDecimals: true) else {
            error(.notANumber, node, field: field, "`\(field)` must be a number of degrees, found \"\(s)\"",
                  hint: "write decimal degrees, like 11.2868 or 106.1052, not degrees and minutes (11°17′)")
            return nil
        }
        return f
    }

    /// A whole number ≥ 0 (ranks, counts).
    func count(_ node: YAMLNode, field: String) -> Int? {
        guard let f = figure(node, field: field) else { return nil }
        guard let n = f.wholeValue else {
            error(.notWhole, node, field: field, "`\(field)` must be a whole number, found \(f)",
                  hint: "counts have no decimals; do not write thousands separators")
            return nil
        }
        guard n >= 0 else {
            error(.outOfRange, node, field: field, "`\(field)` cannot be negative, found \(n)")
            return nil
        }
        return n
    }

    func bool(_ node: YAMLNode, field: String) -> Bool? {
        if let s = node.scalarText {
            switch s.lowercased() {
            case "true", "yes", "có": return true
            case "false", "no", "không": return false
            default: break
            }
        }
        error(.wrongType, node, field: field, "`\(field)` must be true or false, found \(describe(node))")
        return nil
    }

    func day(_ node: YAMLNode, field: String) -> Day? {
        guard let raw = text(node, field: field) else { return nil }
        switch Day.parse(raw) {
        case .success(let d): return d
        case .failure(.format):
            error(.badDate, node, field: field, "`\(field)` must be a date like 2023-06-30 or 30/06/2023, found \"\(raw)\"")
        case .failure(.impossible(let reason)):
            error(.impossibleDate, node, field: field, "`\(field)` is not a real date: \"\(raw)\" (\(reason))",
                  hint: "check the date in the source document; if it is wrong there, write the correct one and explain in `note`")
        }
        return nil
    }

    func timestamp(_ node: YAMLNode, field: String) -> Timestamp? {
        guard let raw = text(node, field: field) else { return nil }
        switch Timestamp.parse(raw) {
        case .success(let t): return t
        case .failure(.day(.impossible(let reason))):
            error(.impossibleDate, node, field: field, "`\(field)` is not a real date: \"\(raw)\" (\(reason))",
                  hint: "check the date in the source document; if it is wrong there, write the correct one and explain in `note`")
        case .failure(.time):
            error(.badTime, node, field: field, "`\(field)` has an impossible time: \"\(raw)\"", hint: "hours are 0–23 and minutes 0–59")
        case .failure:
            error(.badTimestamp, node, field: field, "`\(field)` must be a date and time like \"2023-06-30 15:10\", found \"\(raw)\"")
        }
        return nil
    }

    /// An absolute http(s) address; anything else could become a `javascript:` link.
    func url(_ node: YAMLNode, field: String) -> String? {
        guard let raw = text(node, field: field) else { return nil }
        let lower = raw.lowercased()
        guard (lower.hasPrefix("https://") || lower.hasPrefix("http://")), raw.count > 8,
              !raw.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else {
            error(.badUrl, node, field: field, "`\(field)` must be a web address starting with https:// or http://, found \"\(raw)\"")
            return nil
        }
        return raw
    }

    func slug(_ node: YAMLNode, field: String) -> String? {
        guard let raw = text(node, field: field) else { return nil }
        guard Slug.isValid(raw) else {
            error(.badSlug, node, field: field, "`\(field)` must be a slug of lower-case letters a–z, digits and hyphens, found \"\(raw)\"",
                  hint: "for example `\(Slug.suggest(from: raw).isEmpty ? "hiep-tan" : Slug.suggest(from: raw))`")
            return nil
        }
        return raw
    }

    func isNull(_ node: YAMLNode) -> Bool {
        guard case .scalar(let s, plain: true) = node.content else { return false }
        switch s {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    func describe(_ node: YAMLNode) -> Message {
        switch node.content {
        case .scalar(let s, _): return s.isEmpty ? "nothing" : "\"\(s)\""
        case .mapping: return "a set of `key: value` lines"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

/// Unicode NFC, as Vietnamese text arrives both precomposed ("ệ") and decomposed ("e" + two
/// combining marks, from some Mac and Word exports). Text without combining marks is already
/// NFC for every script the site uses, and is returned as is: normalising costs a Foundation
/// round trip per string.
///
/// The check reads UTF-8 bytes: everything below U+0300 (ASCII, the Latin letters of
/// Vietnamese such as "ư", "đ") and the precomposed letters U+1E00–U+1EFF combine with nothing
/// and are skipped without decoding; any other character is asked for its combining class.
func nfc(_ s: String) -> String {
    var copy = s
    let needsNormalising = copy.withUTF8 { bytes -> Bool in
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            // Continuation bytes (0x80–0xBF) and leads of U+0080–U+02FF are all below U+0300's lead.
            if b < UTF8Byte.firstCombiningLead { i += 1; continue }
            if b == UTF8Byte.precomposedLead && i + 1 < n
                && bytes[i + 1] >= UTF8Byte.precomposedSecondFirst && bytes[i + 1] <= UTF8Byte.precomposedSecondLast {
                i += 3; continue
            }
            let length = b >= UTF8Byte.fourByteLead ? 4 : b >= UTF8Byte.threeByteLead ? 3 : 2
            var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length where i + k < n { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            if let scalar = Unicode.Scalar(value), scalar.properties.canonicalCombiningClass != .notReordered { return true }
            i += length
        }
        return false
    }
    return needsNormalising ? s.precomposedStringWithCanonicalMapping : s
}

/// The UTF-8 bytes `nfc` tells characters apart by, before decoding any.
private enum UTF8Byte {
    /// Leads U+0300–U+033F (U+0300 is CC 80), the first combining marks.
    static let firstCombiningLead: UInt8 = 0xCC
    /// U+1E00–U+1EFF, the precomposed Latin letters (most of Vietnamese's: "ệ", "ở"), are
    /// E1 B8 80 to E1 BB BF.
    static let precomposedLead: UInt8 = 0xE1
    static let precomposedSecondFirst: UInt8 = 0xB8
    static let precomposedSecondLast: UInt8 = 0xBB
    /// The lowest leads of three- and four-byte characters.
    static let threeByteLead: UInt8 = 0xE0
    static let fourByteLead: UInt8 = 0xF0
}

/// A YAML mapping being read: hands out fields by name, reports required ones that are
/// missing, and reports every key nobody asked for as unknown.
final class Mapping {
    let reader: YAMLReader
    let node: YAMLNode?
    let pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)]
    let path: String
    /// Which pairs were asked for (a few keys each: a list beats hashing).
    private var seen: [Bool]

    init(reader: YAMLReader, node: YAMLNode?, pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)], path: String) {
        self.reader = reader
        self.node = node
        self.pairs = pairs
        self.path = path
        self.seen = Array(repeating: false, count: pairs.count)
    }

    func field(_ key: String) -> String { path + key }

    /// The value of `key`, or nil when the key is absent or has no value (`key:` alone).
    func value(_ key: String) -> YAMLNode? {
        guard let i = pairs.firstIndex(where: { $0.key == key }) else { return nil }
        // The same key can appear twice once both are in NFC (typed precomposed and
        // decomposed): both were asked for, neither is an unknown field.
        for j in i..<pairs.count where pairs[j].key == key { seen[j] = true }
        return reader.isNull(pairs[i].value) ? nil : pairs[i].value
    }

    func keyNode(_ key: String) -> YAMLNode? { pairs.first(where: { $0.key == key })?.keyNode }

    func required(_ key: String, what: Message) -> YAMLNode? {
        if let v = value(key) { return v }
        let at = keyNode(key) ?? node
        let present = keyNode(key) != nil
        reader.reportMissing(field: field(key), at: at, present: present, what: what)
        return nil
    }

    /// Reports keys that were never asked for: an unknown top-level field is a warning (it is
    /// ignored), while an unknown key under `groups` or `indicators` is an error, because the
    /// figure it holds would silently vanish.
    enum KeyKind { case field, group, indicator, criterion }

    func reportUnknownKeys(known: [String], severity: Severity, code: DiagnosticCode, what: KeyKind) {
        for (i, pair) in pairs.enumerated() where !seen[i] {
            let fieldName = field(pair.key)
            let near = NearMiss.phrase(for: pair.key, among: known)
            let message: Message
            switch what {
            case .field: message = "unknown field `\(pair.key)`\(near)"
            case .group: message = "unknown group `\(pair.key)`\(near)"
            case .indicator: message = "unknown indicator `\(pair.key)`\(near)"
            case .criterion: message = "unknown criterion `\(pair.key)`\(near)"
            }
            let hint: Message = severity == .error
                ? "known keys: \(known.joined(separator: ", "))"
                : "this field is ignored; known fields: \(known.joined(separator: ", "))"
            reader.report(Diagnostic(severity, code, at: reader.location(pair.keyNode), field: fieldName, message, hint: hint))
        }
    }
}

extension YAMLReader {
    func reportMissing(field: String, at node: YAMLNode?, present: Bool, what: Message) {
        let message: Message = present ? "`\(field)` has no value; it is required (\(what))" : "missing required field `\(field)` (\(what))"
        let location = node.map { self.location($0) } ?? fileStart
        report(.error(.missingField, at: location, field: field, message, hint: "add a line `\(field.split(separator: ".").last!): …` to the front matter"))
    }
}
