

/// A JSON value with keys in the order given and figures written exactly as decimals.
/// Hand-written because Foundation's encoders go through `Double` (69.81 would become
/// 69.81000000000001) or sort keys alphabetically, and open data must match the pages exactly.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case figure(Figure)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// A value already written (by `JSONObjectStream`) for the depth where it is placed: large
    /// files are written in parts on all cores, then put together.
    case written([UInt8])
    /// An array whose items were written elsewhere for the depth where they are placed, in
    /// runs of whole items, each item preceded by `,\n` and its indentation (as a month's
    /// rows of the downloads are written on all cores). `pieces` places the runs as they are,
    /// never copied: the national download's rows are 60 MB.
    case writtenItems([ArraySlice<UInt8>])

    public static func optional(_ f: Figure?) -> JSONValue { f.map(JSONValue.figure) ?? .null }
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    public static func optional(_ i: Int?) -> JSONValue { i.map(JSONValue.int) ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The same, as UTF-8 bytes: written straight into a byte buffer, as the national
    /// download is tens of megabytes.
    public var bytes: [UInt8] {
        var out = Output(splits: false)
        write(into: &out, depth: 0)
        out.append(Byte.newline)
        return out.current
    }

    /// The same bytes in pieces, the runs of `writtenItems` among them as they are, to be
    /// written one after the other (`OutputFile(path:pieces:)`).
    public var pieces: [ArraySlice<UInt8>] {
        var out = Output(splits: true)
        write(into: &out, depth: 0)
        out.append(Byte.newline)
        return out.finished()
    }

    /// Where a value is written: one buffer, or pieces where runs written elsewhere are placed.
    private struct Output {
        let splits: Bool
        var current: [UInt8] = []
        var pieces: [ArraySlice<UInt8>] = []

        init(splits: Bool) {
            self.splits = splits
            current.reserveCapacity(4096)
        }

        mutating func append(_ byte: UInt8) { current.append(byte) }
        mutating func append<S: Sequence>(contentsOf bytes: S) where S.Element == UInt8 { current.append(contentsOf: bytes) }

        mutating func place(_ run: ArraySlice<UInt8>) {
            guard splits else { current.append(contentsOf: run); return }
            if !current.isEmpty { pieces.append(current[...]); current = [] }
            pieces.append(run)
        }

        mutating func finished() -> [ArraySlice<UInt8>] {
            if !current.isEmpty { pieces.append(current[...]) }
            return pieces
        }
    }

    /// The bytes of the layout, by name.
    private enum Byte {
        static let newline = UInt8(ascii: "\n")
        static let space = UInt8(ascii: " ")
        static let comma = UInt8(ascii: ",")
        static let openBracket = UInt8(ascii: "[")
        static let closeBracket = UInt8(ascii: "]")
        static let closeBrace = UInt8(ascii: "}")
    }

    private static func indent(_ depth: Int, into out: inout Output) {
        for _ in 0..<(depth * 2) { out.append(Byte.space) }
    }

    private func write(into out: inout Output, depth: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .figure(let f): out.append(contentsOf: f.description.utf8)
        case .string(let s): JSONValue.quote(s, into: &out.current)
        case .written(let bytes): out.append(contentsOf: bytes)
        case .writtenItems(let runs):
            let runs = runs.filter { !$0.isEmpty }
            guard let first = runs.first else { out.append(contentsOf: "[]".utf8); return }
            out.append(Byte.openBracket)
            out.place(first.dropFirst())    // the first item has no comma before it
            for run in runs.dropFirst() { out.place(run) }
            out.append(Byte.newline)
            JSONValue.indent(depth, into: &out)
            out.append(Byte.closeBracket)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                JSONValue.indent(depth + 1, into: &out)
                item.write(into: &out, depth: depth + 1)
                if i + 1 < items.count { out.append(Byte.comma) }
                out.append(Byte.newline)
            }
            JSONValue.indent(depth, into: &out)
            out.append(Byte.closeBracket)
        case .object(let pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (i, (key, value)) in pairs.enumerated() {
                JSONValue.indent(depth + 1, into: &out)
                JSONValue.quote(key, into: &out.current)
                out.append(contentsOf: ": ".utf8)
                value.write(into: &out, depth: depth + 1)
                if i + 1 < pairs.count { out.append(Byte.comma) }
                out.append(Byte.newline)
            }
            JSONValue.indent(depth, into: &out)
            out.append(Byte.closeBrace)
        }
    }

    /// `s` as a JSON string, without the control characters no output may contain
    /// (`ControlCharacters`): a `\u000b` would be valid JSON, but puts the character back in
    /// the hands of whoever reads the file.
    public static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        // Most text (slugs, names, months) has nothing to escape and is copied whole.
        if !s.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || ControlCharacters.mayBegin($0) }) {
            out.append(contentsOf: s.utf8)
            out.append(0x22)
            return
        }
        var text = s
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                let skipped = ControlCharacters.width(in: bytes, at: i)
                if skipped > 0 { i += skipped; continue }
                switch byte {
                case 0x22: out.append(contentsOf: "\\\"".utf8)
                case 0x5C: out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0x3C: out.append(contentsOf: "\\u003c".utf8) // safe to embed in an HTML <script> block
                default: out.append(byte)
                }
                i += 1
            }
        }
        out.append(0x22)
    }
}

/// Writes a JSON object straight into bytes, in the layout of `JSONValue` (two-space
/// indentation, keys in the order written), without building a `JSONValue` first: the
/// national download has some 80,000 rows.
public struct JSONObjectStream {
    public private(set) var bytes: [UInt8] = []
    private var items: [Int] = []
    private var depth: Int

    /// `depth`: how deep the object sits in the document, for its indentation.
    public init(depth: Int, capacity: Int = 512) {
        self.depth = depth
        bytes.reserveCapacity(capacity)
    }

    public mutating func begin() {
        bytes.append(0x7B)
        items.append(0)
    }

    public mutating func end() {
        let count = items.removeLast()
        if count > 0 {
            bytes.append(0x0A)
            indent(depth + items.count)
        }
        bytes.append(0x7D)
    }

    public mutating func key(_ name: String) {
        bytes.append(contentsOf: items[items.count - 1] > 0 ? [0x2C, 0x0A] : [0x0A])
        items[items.count - 1] += 1
        indent(depth + items.count)
        JSONValue.quote(name, into: &bytes)
        bytes.append(contentsOf: [0x3A, 0x20])
    }

    public mutating func string(_ s: String?) {
        if let s { JSONValue.quote(s, into: &bytes) } else { null() }
    }

    public mutating func int(_ i: Int?) {
        if let i { bytes.append(contentsOf: String(i).utf8) } else { null() }
    }

    public mutating func figure(_ f: Figure?) {
        if let f { bytes.append(contentsOf: f.description.utf8) } else { null() }
    }

    public mutating func bool(_ b: Bool) { bytes.append(contentsOf: (b ? "true" : "false").utf8) }

    public mutating func null() { bytes.append(contentsOf: "null".utf8) }

    private mutating func indent(_ levels: Int) {
        for _ in 0..<(levels * 2) { bytes.append(0x20) }
    }
}
