/// CSV as RFC 4180 writes it (CRLF line ends; fields with a comma, quote or line end in
/// quotes, quotes doubled), with a UTF-8 byte-order mark so that Excel shows Vietnamese
/// correctly. Writing needs no library; reading CSV (editors' imports) uses SwiftCSV.
public struct CSVWriter: Sendable {
    private var text = "\u{FEFF}"

    public init(header: [String]) { append(header) }

    public mutating func append(_ fields: [String]) {
        text += fields.map(CSVWriter.field).joined(separator: ",") + "\r\n"
    }

    public var bytes: [UInt8] { Array(text.utf8) }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
