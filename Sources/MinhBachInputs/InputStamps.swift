import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

/// What each input file looked like on disk (device, inode, size, modification and change
/// times) when a build hashed its bytes, so that the next build can take the hash of a file
/// that was not touched since instead of reading it again: a national archive is 80,000
/// files, and reading them all cost most of a one-file rebuild's check.
///
/// Trusted as `git` trusts its index, and no further:
/// - Any write to a file moves its change time (which, unlike the modification time, no
///   tool can set back), so an edit that keeps size and modification time is still seen.
/// - A file changed shortly before or while its stamp was taken might change again within
///   the same tick of the file system's clock, leaving the stamp as it was. So a stamp is
///   used only when both its times are `margin` older than the moment the stamping began;
///   otherwise the file is read and hashed, as it is when anything in its stamp differs.
/// Kept in the cache folder, outside the site, as a `CacheFile` of one entry per file (its
/// path, stamp and hash) after one of when the stamping began: an entry that fails its
/// checksum is dropped, so its file is read, and a stamp file whose framing fails costs
/// reading every file. A damaged stamp never makes a changed file count as unchanged.
public struct InputStamps: Sendable {
    public struct Stamp: Sendable, Equatable {
        var device: UInt64, inode: UInt64, size: Int64
        var modified: Int64, changed: Int64   // nanoseconds since 1970

        /// The stamp of the file at `path` (following links, as reading does); nil when it
        /// is not a regular file.
        public init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(info)
        }

        /// The stamp of the file `name` in the open folder `folder` (a descriptor).
        public init?(in folder: Int32, _ name: String) {
            var info = stat()
            guard fstatat(folder, name, &info, 0) == 0 else { return nil }
            self.init(info)
        }

        private init?(_ info: stat) {
            guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        }

        init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
            self.device = device; self.inode = inode; self.size = size; self.modified = modified; self.changed = changed
        }
    }

    public struct Entry: Sendable {
        public let stamp: Stamp
        public let hash: UInt64
    }

    /// When the stamping began, in nanoseconds since 1970.
    public let taken: Int64
    /// The stamp file's bytes, and per file (in the order of folder position, then path
    /// bytes) where its path lies in them and what was recorded. Looked up by halving: the
    /// paths stay bytes, as building 80,000 strings and a dictionary of them on every build
    /// cost more than the lookups.
    private let bytes: FileBytes?
    private let paths: [(folder: Int, start: Int, count: Int)]
    private let entries: [Entry]

    public init(taken: Int64) {
        self.init(taken: taken, bytes: nil, paths: [], entries: [])
    }

    private init(taken: Int64, bytes: FileBytes?, paths: [(folder: Int, start: Int, count: Int)], entries: [Entry]) {
        self.taken = taken
        self.bytes = bytes
        self.paths = paths
        self.entries = entries
    }

    /// The hash recorded for the file at `path` in folder `folder` whose stamp is `stamp` now,
    /// when it may be trusted.
    public func hash(of folder: Int, _ path: String, stamp: Stamp, margin: Int64) -> UInt64? {
        guard stamp.changed < taken - margin, stamp.modified < taken - margin else { return nil }
        var path = path
        return path.withUTF8 { name -> UInt64? in
            let all = bytes?.bytes ?? UnsafeBufferPointer(start: nil, count: 0)
            var low = 0, high = paths.count
            var found: Int?
            while low < high {
                let mid = (low + high) / 2
                let p = paths[mid]
                let order = p.folder != folder ? (p.folder < folder ? -1 : 1)
                    : compareBytes(UnsafeBufferPointer(rebasing: all[p.start..<(p.start + p.count)]), name)
                if order == 0 { found = mid; break }
                if order < 0 { low = mid + 1 } else { high = mid }
            }
            guard let found, entries[found].stamp == stamp else { return nil }
            return entries[found].hash
        }
    }

    /// The wall clock, in nanoseconds since 1970 (the file system's times are on it too).
    public static var now: Int64 {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }

    /// Salted with the file's own path, which names the folders stamped: a stamp file copied
    /// from another content folder's is not read.
    static func format(_ file: String) -> CacheFile {
        CacheFile(format: "minhbach-input-stamps/3", salt: contentHash(Array(file.utf8)))
    }

    /// An entry of the stamp file: when the stamping began (the first), or a file's path
    /// (where it lies in the stamp file's bytes), stamp and hash.
    private enum Stored: Sendable {
        case taken(Int64)
        case file(folder: Int, start: Int, count: Int, entry: Entry)
    }

    /// The stamps stored at `file`, without the entries that fail their checksum; nil when it
    /// is missing, its framing fails or its entries are not in order.
    public static func read(from file: String) -> InputStamps? {
        // The first entry is when the stamping began; each other one a file's.
        guard let (bytes, decoded) = format(file).read(file, decode: { stored -> Stored? in
            var r = ByteReader(bytes: stored.bytes, offset: stored.range.lowerBound)
            if stored.index == 0 {
                guard let taken = r.int(), r.offset == stored.range.upperBound else { return nil }
                return .taken(Int64(taken))
            }
            guard let folder = r.int(), let n = r.int(), n >= 0, n <= stored.range.upperBound - r.offset else { return nil }
            let start = r.offset
            r.offset += n
            guard let device = r.u64(), let inode = r.u64(), let size = r.int(),
                  let modified = r.int(), let changed = r.int(), let hash = r.u64(), r.offset == stored.range.upperBound else { return nil }
            return .file(folder: folder, start: start, count: n,
                         entry: Entry(stamp: Stamp(device: device, inode: inode, size: Int64(size), modified: Int64(modified),
                                                   changed: Int64(changed)), hash: hash))
        }), case .taken(let taken)?? = decoded.first else { return nil }
        var paths: [(folder: Int, start: Int, count: Int)] = []
        var entries: [Entry] = []
        paths.reserveCapacity(decoded.count)
        entries.reserveCapacity(decoded.count)
        let inOrder: Bool = bytes.withUnsafeBufferPointer { all in
            for case let .file(folder, start, n, entry)? in decoded.dropFirst() {
                if let last = paths.last, last.folder > folder || (last.folder == folder &&
                    compareBytes(UnsafeBufferPointer(rebasing: all[last.start..<(last.start + last.count)]),
                                 UnsafeBufferPointer(rebasing: all[start..<(start + n)])) >= 0) { return false }
                paths.append((folder, start, n))
                entries.append(entry)
            }
            return true
        }
        guard inOrder else { return nil }
        return InputStamps(taken: taken, bytes: bytes, paths: paths, entries: entries)
    }

    /// Writes the stamps of `files` (in path order) as stamped at `taken`: whole (temporary
    /// name, then rename); a failure only costs speed.
    public static func write(_ files: [InputHash.File], stamps: [Stamp?], taken: Int64, to file: String) {
        // Every entry in one buffer, each then checked by its range.
        var w = ByteWriter()
        w.bytes.reserveCapacity(8 + files.count * 112)
        w.int(Int(taken))
        var ends = [w.bytes.count]
        for (f, stamp) in zip(files, stamps) {
            guard let stamp else { continue }
            w.int(f.folder)
            w.string(f.path)
            w.u64(stamp.device); w.u64(stamp.inode); w.int(Int(stamp.size))
            w.int(Int(stamp.modified)); w.int(Int(stamp.changed)); w.u64(f.hash)
            ends.append(w.bytes.count)
        }
        let format = format(file)
        let entries = ends.indices.map { i in format.entry(w.bytes[(i == 0 ? 0 : ends[i - 1])..<ends[i]]) }
        format.write(entries, to: file)
    }
}
