/// Reads CSV as RFC 4180 defines it (fields in quotes may hold delimiters, quotes written
/// twice and line ends), returning each record with the physical line it starts on.
///
/// Ours rather than SwiftCSV's, which the importer used before: SwiftCSV gives rows without
/// their lines, so a cell spanning two lines shifted every line number after it, and it reads
/// a quote that is never closed as one cell up to the end of the file. An export with such a
/// quote in a column nobody reads "wrote 1 file" and silently dropped the three rows after it.
/// Here a quoted cell that is never closed, or whose closing quote is followed by more text
/// (a stray quote further on closed it), is a `Problem` at the line where the cell began, and
/// the reading goes on from that cell as if its quote were plain text, so that every other
/// row is still read and checked.
///
///     Tên đơn vị,Tổng điểm,Ghi chú      ← line 1, the header
///     Phường An,80,"chưa đóng           ← line 2: Problem(.unclosedQuote, line: 2, column: 2)
///     Phường Bình,70,                   ← line 3, read as a row
struct CSVReader {
    struct Record: Equatable {
        /// 1-based: the header is line 1.
        let line: Int
        let fields: [String]
    }

    struct Problem: Equatable {
        enum Kind: Equatable { case unclosedQuote, textAfterQuote }
        let kind: Kind
        /// The line on which the quoted cell begins.
        let line: Int
        /// The cell's position in its record, from 0.
        let column: Int
    }

    let records: [Record]
    let problems: [Problem]

    /// - Parameter delimiter: `,` or `;`, as ASCII.
    init(_ text: String, delimiter: UInt8) {
        var parser = Parser(bytes: Array(text.utf8), delimiter: delimiter)
        parser.run()
        records = parser.records
        problems = parser.problems
    }

    private struct Parser {
        let bytes: [UInt8]
        let delimiter: UInt8
        var i = 0
        var line = 1
        var records: [Record] = []
        var problems: [Problem] = []
        /// Opening quotes found broken: read again as plain text.
        var plainQuotes: Set<Int> = []

        init(bytes: [UInt8], delimiter: UInt8) {
            self.bytes = bytes
            self.delimiter = delimiter
        }

        mutating func run() {
            while i < bytes.count {
                let start = line
                var fields: [String] = []
                while true {
                    fields.append(field(column: fields.count))
                    if i < bytes.count && bytes[i] == delimiter { i += 1; continue }
                    endLine()
                    break
                }
                records.append(Record(line: start, fields: fields))
            }
        }

        /// Reads one field and stops at the delimiter or line end after it.
        mutating func field(column: Int) -> String {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), !plainQuotes.contains(i) else { return plain() }
            let open = i, openLine = line
            if let value = quoted(column: column) { return value }
            // Broken: read this cell again from its quote, as text.
            plainQuotes.insert(open)
            i = open
            line = openLine
            return plain()
        }

        mutating func plain() -> String {
            let start = i
            while i < bytes.count, bytes[i] != delimiter, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        /// The quoted field at `i`, or nil with a problem when its quotes are unbalanced.
        mutating func quoted(column: Int) -> String? {
            let openLine = line
            var value: [UInt8] = []
            i += 1
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let next = i + 1 < bytes.count ? bytes[i + 1] : nil
                    if next == UInt8(ascii: "\"") { value.append(b); i += 2; continue }
                    i += 1
                    if next == nil || next == delimiter || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") {
                        return String(decoding: value, as: UTF8.self)
                    }
                    problems.append(Problem(kind: .textAfterQuote, line: openLine, column: column))
                    return nil
                }
                if b == UInt8(ascii: "\r") || b == UInt8(ascii: "\n") {
                    endLine()
                    value.append(UInt8(ascii: "\n"))
                    continue
                }
                value.append(b)
                i += 1
            }
            problems.append(Problem(kind: .unclosedQuote, line: openLine, column: column))
            return nil
        }

        /// Steps over a line end (`\r\n`, `\n` or a lone `\r`) at `i`, if there is one.
        mutating func endLine() {
            guard i < bytes.count else { return }
            if bytes[i] == UInt8(ascii: "\r") { i += 1; if i < bytes.count && bytes[i] == UInt8(ascii: "\n") { i += 1 } }
            else if bytes[i] == UInt8(ascii: "\n") { i += 1 }
            else { return }
            line += 1
        }
    }
}
