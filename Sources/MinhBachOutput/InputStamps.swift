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
/// Kept in the cache folder, outside the site; a stamp file that is missing or damaged only
/// costs reading every file.
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
    /// Keyed by the folder's position and the path below it, as `key(_:_:)` makes them.
    public let entries: [String: Entry]

    public init(taken: Int64, entries: [String: Entry] = [:]) {
        self.taken = taken
        self.entries = entries
    }

    public static func key(_ folder: Int, _ path: String) -> String { String(folder) + "/" + path }

    /// The hash recorded for a file whose stamp is `stamp` now, when it may be trusted.
    public func hash(of key: String, stamp: Stamp, margin: Int64) -> UInt64? {
        guard let entry = entries[key], entry.stamp == stamp,
              stamp.changed < taken - margin, stamp.modified < taken - margin else { return nil }
        return entry.hash
    }

    /// The wall clock, in nanoseconds since 1970 (the file system's times are on it too).
    public static var now: Int64 {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }

    static let magic = Array("minhbach-input-stamps/1\n".utf8)

    public static func read(from file: String) -> InputStamps? {
        guard let bytes = FileSystem.read(file), bytes.starts(with: magic) else { return nil }
        var r = ByteReader(bytes: bytes, offset: magic.count)
        guard let taken = r.int(), let count = r.int(), count >= 0, count <= bytes.count else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = r.string(), let device = r.u64(), let inode = r.u64(), let size = r.int(),
                  let modified = r.int(), let changed = r.int(), let hash = r.u64() else { return nil }
            let stamp = Stamp(device: device, inode: inode, size: Int64(size), modified: Int64(modified), changed: Int64(changed))
            entries[key] = Entry(stamp: stamp, hash: hash)
        }
        return InputStamps(taken: Int64(taken), entries: entries)
    }

    /// Writes `entries` (in their order) as stamped at `taken`: whole (temporary name, then
    /// rename); a failure only costs speed.
    public static func write(_ entries: [(key: String, entry: Entry)], taken: Int64, to file: String) {
        var w = ByteWriter()
        w.bytes = magic
        w.bytes.reserveCapacity(magic.count + 16 + entries.count * 96)
        w.int(Int(taken))
        w.int(entries.count)
        for (key, entry) in entries {
            w.string(key)
            w.u64(entry.stamp.device); w.u64(entry.stamp.inode); w.int(Int(entry.stamp.size))
            w.int(Int(entry.stamp.modified)); w.int(Int(entry.stamp.changed)); w.u64(entry.hash)
        }
        if let slash = file.lastIndex(of: "/") { _ = FileSystem.makeFolders(String(file[..<slash])) }
        _ = FileSystem.writeWhole([w.bytes[...]], to: file)
    }
}
