import MinhBachCore

/// The rows of each month's downloads (CSV and JSON) as a build made them, by the month's
/// key, so that the next build makes again only the months whose inputs changed: after a
/// one-file correction, one month of twenty-four.
///
/// Safe by construction: a month's key covers every input its rows may show (the month's
/// results and those before it, the units, the index, the options and the generator; see
/// `PageKeys`), so rows found under a key are the rows a full build would make. Kept in the
/// cache folder, outside the site; a file that is missing or damaged only costs making every
/// month again. The format is `ByteWriter`'s.
public struct DownloadRows: Sendable {
    public struct Month: Sendable {
        /// CSV rows without the byte-order mark and header; JSON rows each led by a comma.
        public let csv: ArraySlice<UInt8>
        public let json: ArraySlice<UInt8>
    }

    public let months: [UInt64: Month]

    public init(months: [UInt64: Month] = [:]) {
        self.months = months
    }

    static let magic = Array("minhbach-download-rows/1\n".utf8)

    public static func read(from file: String) -> DownloadRows? {
        guard let bytes = FileSystem.read(file), bytes.starts(with: magic) else { return nil }
        var r = ByteReader(bytes: bytes, offset: magic.count)
        guard let count = r.int(), count >= 0, count < 100_000 else { return nil }
        var months: [UInt64: Month] = [:]
        for _ in 0..<count {
            guard let key = r.u64(), let csv = r.slice(), let json = r.slice() else { return nil }
            months[key] = Month(csv: csv, json: json)
        }
        return DownloadRows(months: months)
    }

    /// Written whole (temporary name, then rename); a failure only costs speed.
    public func write(to file: String) {
        var header = ByteWriter()
        header.bytes = DownloadRows.magic
        header.int(months.count)
        var pieces = [header.bytes[...]]
        for key in months.keys.sorted() {
            let month = months[key]!
            var w = ByteWriter()
            w.u64(key)
            w.int(month.csv.count)
            pieces += [w.bytes[...], month.csv]
            w = ByteWriter()
            w.int(month.json.count)
            pieces += [w.bytes[...], month.json]
        }
        if let slash = file.lastIndex(of: "/") { _ = FileSystem.makeFolders(String(file[..<slash])) }
        _ = FileSystem.writeWhole(pieces, to: file)
    }
}

extension ByteReader {
    /// A length-prefixed run of bytes, without copying them.
    mutating func slice() -> ArraySlice<UInt8>? {
        guard let n = int(), n >= 0, offset + n <= bytes.count else { return nil }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }
}
