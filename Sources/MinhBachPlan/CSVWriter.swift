/// CSV as RFC 4180 writes it (CRLF line ends; fields with a comma, quote or line end in
/// quotes, quotes doubled), with a UTF-8 byte-order mark so that Excel shows Vietnamese
/// correctly. Writing needs no library; reading CSV (editors' imports) uses SwiftCSV.
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = Array("\u{FEFF}".utf8)

    public init(header: [String]) { append(header) }

    public mutating func append(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            bytes.append(contentsOf: CSVWriter.field(field).utf8)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    static func field(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
