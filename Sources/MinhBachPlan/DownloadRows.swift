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
/// writes only the months it made. Each is a `CacheFile` salted with the key, of two
/// entries (the CSV rows, the JSON rows): a file that is missing, damaged (either entry fails
/// its checksum) or another month's only costs making that month again.
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

    static func format(_ key: UInt64) -> CacheFile { CacheFile(format: "minhbach-download-rows/3", salt: key) }

    static func file(_ key: UInt64, in folder: String) -> String { folder + "/" + Hash64.hex(key) + ".rows" }

    /// The rows stored in `folder` under any of `keys`. A file that fails its checks is
    /// removed, so that the rows made again in its place are written.
    public static func read(from folder: String, keys: [UInt64]) -> DownloadRows {
        // The months' files side by side: a national archive's are 60 MB together.
        let read: [(UInt64, Month)?] = keys.parallelMap { key in
            let path = file(key, in: folder)
            // Copied out of the mapping: the rows become pieces of the downloads' files.
            guard let (_, rows) = format(key).read(path, decode: { Array($0.bytes[$0.range])[...] }),
                  rows.count == 2, let csv = rows[0], let json = rows[1] else {
                unlink(path)
                return nil
            }
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
            let format = DownloadRows.format(key)
            format.write([format.entry(month.csv), format.entry(month.json)], to: DownloadRows.file(key, in: folder))
        }
        let current = Set(months.keys.map { Hash64.hex($0) + ".rows" })
        for name in present where !current.contains(name) { unlink(folder + "/" + name) }
    }
}
