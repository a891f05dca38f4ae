import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

/// The rows of each month's downloads (CSV and JSON) as a build made them, by the month's
/// key, so that the next build makes again only the months whose inputs changed: after a
/// one-file correction, one month of twenty-four.
///
/// Safe by construction: a month's key covers every input its rows may show (the month's
/// results and those before it, the units, the index, the options and the generator; see
/// `PageKeys`), so rows found under a key are the rows a full build would make. Kept in the
/// cache folder, outside the site, one file per month named by its key, so that a build
/// writes only the months it made; a file that is missing or damaged only costs making that
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

    static let magic = Array("minhbach-download-rows/2\n".utf8)

    static func file(_ key: UInt64, in folder: String) -> String { folder + "/" + Hash64.hex(key) + ".rows" }

    /// The rows stored in `folder` under any of `keys`.
    public static func read(from folder: String, keys: [UInt64]) -> DownloadRows {
        // The months' files side by side: a national archive's are 60 MB together.
        let read: [(UInt64, Month)?] = keys.parallelMap { key in
            guard let bytes = FileSystem.read(file(key, in: folder)), bytes.starts(with: magic) else { return nil }
            var r = ByteReader(bytes: bytes, offset: magic.count)
            guard r.u64() == key, let csv = r.slice(), let json = r.slice(), r.offset == bytes.count else { return nil }
            return (key, Month(csv: csv, json: json))
        }
        return DownloadRows(months: Dictionary(read.compactMap { $0 }, uniquingKeysWith: { a, _ in a }))
    }

    /// Writes the months not in `folder` yet and removes the files of other keys. Each file
    /// is written whole (temporary name, then rename); a failure only costs speed.
    public func write(to folder: String) {
        guard FileSystem.makeFolders(folder) else { return }
        let present = Set((FileSystem.list(folder) ?? []).map(\.name))
        for (key, month) in months where !present.contains(Hash64.hex(key) + ".rows") {
            var w = ByteWriter()
            w.bytes = DownloadRows.magic
            w.u64(key)
            w.int(month.csv.count)
            let middle = w.bytes
            w = ByteWriter()
            w.int(month.json.count)
            _ = FileSystem.writeWhole([middle[...], month.csv, w.bytes[...], month.json], to: DownloadRows.file(key, in: folder))
        }
        let current = Set(months.keys.map { Hash64.hex($0) + ".rows" })
        for name in present where !current.contains(name) { unlink(folder + "/" + name) }
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
