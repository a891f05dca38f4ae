#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

/// Reading folders and files with the C library directly. A national archive is some 80,000
/// small files; Foundation's `FileManager` spent about a tenth of a millisecond per file on
/// attributes and bridging, which was most of an up-to-date check. These calls do one
/// `readdir` pass per folder and one `open`/`read`/`close` per file.
public enum FileSystem {
    public enum Kind: Sendable { case file, folder, other }

    public struct Entry: Sendable {
        public let name: String
        /// What the entry is, or for a symbolic link what it leads to (`.other` when nothing).
        public let kind: Kind
        /// A symbolic link: walks never enter a linked folder (a link to its own parent would
        /// be walked for ever), and readers check where a link leads (`Links`).
        public let isLink: Bool

        init(name: String, kind: Kind, isLink: Bool = false) {
            self.name = name
            self.kind = kind
            self.isLink = isLink
        }
    }

    private static let direntNameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let direntTypeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!

    /// The entries of `folder` except `.` and `..`, sorted by name; nil when it cannot be read.
    public static func list(_ folder: String) -> [Entry]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let item = readdir(dir) {
            // The name is read where it lies: a record is only as long as its name, so copying
            // the whole `dirent` (`item.pointee`) can read past the end of the last one.
            let name = String(cString: (UnsafeRawPointer(item) + direntNameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            switch Int32((UnsafeRawPointer(item) + direntTypeOffset).load(as: UInt8.self)) {
            case Int32(DT_REG): entries.append(Entry(name: name, kind: .file))
            case Int32(DT_DIR): entries.append(Entry(name: name, kind: .folder))
            case Int32(DT_LNK): entries.append(Entry(name: name, kind: kind(of: folder + "/" + name), isLink: true))
            default: entries.append(entry(name, in: folder))   // the type is unknown: ask lstat
            }
        }
        return entries.sorted { utf8Precedes($0.name, $1.name) }
    }

    private static func entry(_ name: String, in folder: String) -> Entry {
        var info = stat()
        guard lstat(folder + "/" + name, &info) == 0 else { return Entry(name: name, kind: .other) }
        if (info.st_mode & S_IFMT) == S_IFLNK { return Entry(name: name, kind: kind(of: folder + "/" + name), isLink: true) }
        return Entry(name: name, kind: kind(of: info))
    }

    private static func kind(of info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// What `path` is, following links.
    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        return kind(of: info)
    }

    /// Every regular file below `folder`, as relative paths in byte order, linked folders not
    /// entered. Hidden entries are included only when `hidden` is true.
    public static func tree(_ folder: String, hidden: Bool) -> [String] {
        var files: [String] = []
        func walk(_ relative: String) {
            guard let entries = list(relative.isEmpty ? folder : folder + "/" + relative) else { return }
            for entry in entries where hidden || !entry.name.hasPrefix(".") {
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                switch entry.kind {
                case .file: files.append(path)
                case .folder where !entry.isLink: walk(path)
                case .folder, .other: break
                }
            }
        }
        walk("")
        return files.sorted { utf8Precedes($0, $1) }
    }

    /// Every folder below `folder` and itself (as ""), each with its entries, in byte order of
    /// their relative paths; linked folders are listed as entries, not entered. Hidden entries
    /// are included only when `hidden` is true.
    ///
    /// The folders of each depth are listed side by side: a national archive's month folders
    /// hold thousands of files each, and listing them one after the other was a tenth of a
    /// second on one core at the start of every build.
    public static func folders(_ folder: String, hidden: Bool) -> [(relative: String, entries: [Entry])] {
        var found: [(relative: String, entries: [Entry])] = []
        var depth = [""]
        while !depth.isEmpty {
            let listed = depth.parallelReadMap(chunk: 1) { relative -> (relative: String, entries: [Entry])? in
                guard let entries = list(relative.isEmpty ? folder : folder + "/" + relative) else { return nil }
                return (relative, hidden ? entries : entries.filter { !$0.name.hasPrefix(".") })
            }
            depth = []
            for case let (relative, entries)? in listed {
                found.append((relative, entries))
                for entry in entries where entry.kind == .folder && !entry.isLink { depth.append(relative.isEmpty ? entry.name : relative + "/" + entry.name) }
            }
        }
        return found.sorted { utf8Precedes($0.relative, $1.relative) }
    }

    /// The whole file; nil when it is missing, not a regular file or unreadable.
    ///
    /// Opened without waiting (`O_NONBLOCK`, which changes nothing for a regular file): opening
    /// a named pipe put in place of a content file would otherwise wait for a writer for ever.
    public static func read(_ path: String) -> [UInt8]? {
        read(opened: open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK))
    }

    public enum Limited {
        case bytes([UInt8])
        /// Larger than allowed, with the size found (the file is not read).
        case tooLarge(Int)
        /// Missing, not a regular file or unreadable.
        case unreadable
    }

    /// The whole file when it is at most `limit` bytes long; a larger one is not read at all.
    public static func read(_ path: String, atMost limit: Int) -> Limited {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .unreadable }
        var info = stat()
        if fstat(fd, &info) == 0, Int(info.st_size) > limit {
            close(fd)
            return .tooLarge(Int(info.st_size))
        }
        guard let bytes = read(opened: fd) else { return .unreadable }
        // It may have grown since it was measured.
        return bytes.count > limit ? .tooLarge(bytes.count) : .bytes(bytes)
    }

    /// The whole file `name` of the open folder `folder` (a descriptor): a national archive
    /// has thousands of files per folder, and naming each by its path from the root made the
    /// kernel walk that path again for every one.
    public static func read(in folder: Int32, _ name: String) -> [UInt8]? {
        read(opened: openat(folder, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK))
    }

    private static func read(opened fd: Int32) -> [UInt8]? {
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // Read into uninitialised storage: zeroing first cost as much as the read.
        var capacity = max(Int(info.st_size), 0) + 1
        if capacity > hugeBuffer, let bytes = readInParts(fd, size: capacity - 1) { return bytes }
        while true {
            var failed = false
            let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                if capacity >= hugeBuffer { adviseHugePages(buffer) }
                while count < capacity {
                    let n = Glibc.read(fd, buffer.baseAddress! + count, capacity - count)
                    if n < 0 { if errno == EINTR { continue }; failed = true; return }
                    if n == 0 { return }
                    count += n
                }
            }
            if failed { return nil }
            if bytes.count < capacity { return bytes }
            // The file grew while being read: start again with room for more.
            capacity *= 2
            guard lseek(fd, 0, SEEK_SET) == 0 else { return nil }
        }
    }

    /// A large file read in parts on all cores: the system clears each new page of memory
    /// as it is first written, and for the 170 MB parse cache of a national archive that
    /// alone was a tenth of a second on one core. Nil when the file is not `size` bytes long
    /// (it changed while being read), to be read again in one piece.
    private static func readInParts(_ fd: Int32, size: Int) -> [UInt8]? {
        let part = 16 << 20
        let parts = (size + part - 1) / part
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            adviseHugePages(buffer)
            nonisolated(unsafe) let base = buffer.baseAddress!
            let failures = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                var at = p * part
                let end = min(size, at + part)
                while at < end {
                    let n = pread(fd, base + at, end - at, off_t(at))
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { failures.add(1, ordering: .relaxed); return }
                    at += n
                }
            }
            // One byte more than the size the file had means it grew.
            guard failures.load(ordering: .relaxed) == 0, pread(fd, base + size, 1, off_t(size)) == 0 else { return }
            count = size
            complete = true
        }
        return complete ? bytes : nil
    }
}

/// Files read into buffers at least this large (the parse cache of a national archive is
/// 170 MB) are backed by huge pages where the system offers them
/// (`madvise`): filling them 4 KB at a time, one page fault each, cost a tenth of a second
/// per national one-file rebuild.
let hugeBuffer = 8 << 20

func adviseHugePages(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
    #if os(Linux)
    let page = 2 << 20
    let start = (Int(bitPattern: buffer.baseAddress!) + page - 1) & ~(page - 1)
    let end = (Int(bitPattern: buffer.baseAddress!) + buffer.count) & ~(page - 1)
    if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
    #endif
}

/// Whether `a` comes before `b` in the order of their UTF-8 bytes (the order paths are listed
/// in), compared with `memcmp`: the generic comparison of the UTF-8 views cost a tenth of a
/// second per 80,000 paths.
///
/// Read in place (`withContiguousStorageIfAvailable`), without copying either string: the
/// copies' reference counting was most of the cost of sorting a folder's entries.
@inlinable
public func utf8Precedes(_ a: String, _ b: String) -> Bool {
    let inPlace = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in
            let n = min(x.count, y.count)
            let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
            return c != 0 ? c < 0 : x.count < y.count
        }
    }
    if let inPlace = inPlace ?? nil { return inPlace }
    return a.utf8.lexicographicallyPrecedes(b.utf8)
}

/// Whether `a` and `b` have the same UTF-8 bytes (`==` on strings compares canonical
/// equivalence, and the generic comparison of the UTF-8 views went a byte at a time).
@inlinable
public func utf8Equal(_ a: String, _ b: String) -> Bool {
    let inPlace = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in
            x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
        }
    }
    if let inPlace = inPlace ?? nil { return inPlace }
    return a.utf8.elementsEqual(b.utf8)
}

/// Where each of `keys` (nil: none wanted) is among `count` items in order, for keys mostly
/// given in that same order: the item after the previous one found is tried first (one
/// comparison), else the items are halved. The load phase looks up every content file so.
/// - Parameter equal: whether item `i` is the key.
/// - Parameter precedes: whether item `i` comes before the key.
@inlinable
public func orderedPositions<Key>(of keys: [Key?], count: Int, equal: (Int, Key) -> Bool, precedes: (Int, Key) -> Bool) -> [Int?] {
    var next = 0
    return keys.map { key in
        guard let key else { return nil }
        if next < count && equal(next, key) {
            next += 1
            return next - 1
        }
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if precedes(mid, key) { low = mid + 1 } else { high = mid }
        }
        guard low < count, equal(low, key) else { return nil }
        next = low + 1
        return low
    }
}

/// A 64-bit hash of bytes, to notice that a file changed between two builds without keeping
/// its old copy. Eight bytes a step with a multiply-rotate mix and a final avalanche (the
/// finaliser of SplitMix64). Hand-written because no package of the offline set offers a
/// fast non-cryptographic hash, and swift-crypto would add a minute to every clean build;
/// it is not meant to resist someone crafting collisions, only to see edits.
public func contentHash(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { contentHash($0) }
}

public func contentHash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
    var hash = ContentHasher(count: raw.count)
    hash.add(raw)
    return hash.value
}

/// The hash of bytes given in pieces, the same as `contentHash` of the pieces joined.
public func contentHash(_ pieces: [ArraySlice<UInt8>]) -> UInt64 {
    var hash = ContentHasher(count: pieces.reduce(0) { $0 + $1.count })
    for piece in pieces { piece.withUnsafeBytes { hash.add($0) } }
    return hash.value
}

/// `contentHash` a piece at a time: the words are those of the bytes joined, a word split
/// between two pieces completed from the next.
struct ContentHasher {
    private var h: UInt64
    /// The bytes since the last whole word, little-endian, and how many.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    /// - Parameter count: how many bytes will be added in all.
    init(count: Int) {
        h = 0x243F_6A88_85A3_08D3 ^ (UInt64(count) &* 0x9E37_79B9_7F4A_7C15)
    }

    private mutating func mix(_ w: UInt64) {
        h = (h ^ (w &* 0x9E37_79B9_7F4A_7C15))
        h = ((h << 31) | (h >> 33)) &* 0xBF58_476D_1CE4_E5B9
    }

    mutating func add(_ raw: UnsafeRawBufferPointer) {
        let n = raw.count
        var i = 0
        if pendingCount > 0 {
            while pendingCount < 8 && i < n { pending |= UInt64(raw[i]) << (8 * UInt64(pendingCount)); pendingCount += 1; i += 1 }
            guard pendingCount == 8 else { return }
            mix(pending)
            pending = 0
            pendingCount = 0
        }
        while i + 8 <= n {
            mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        while i < n { pending |= UInt64(raw[i]) << (8 * UInt64(pendingCount)); pendingCount += 1; i += 1 }
    }

    /// The hash of the bytes added (the last, partial word padded with zeros).
    var value: UInt64 {
        var copy = self
        copy.mix(pending)
        var h = copy.h
        h ^= h >> 30; h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 27; h = h &* 0x94D0_49BB_1331_11EB
        h ^= h >> 31
        return h
    }
}

extension FileSystem {
    /// Writes the pieces one after the other to a temporary name beside `target`, then
    /// renames it over `target`, so that a reader (or a crash) never sees half a file.
    /// Returns the reason on failure, with nothing left behind.
    public static func writeWhole(_ pieces: [ArraySlice<UInt8>], to target: String) -> String? {
        writeWhole(pieces, in: AT_FDCWD, target)
    }

    /// As `writeWhole(_:to:)`, for `target` relative to the open folder `folder` (a
    /// descriptor), so that writing 90,000 pages does not walk the output folder's path each time.
    public static func writeWhole(_ pieces: [ArraySlice<UInt8>], in folder: Int32, _ target: String) -> String? {
        let temporary = target + ".minhbach-tmp-\(getpid())"
        let fd = openat(folder, temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        var failure = writeAll(pieces, to: fd)
        close(fd)
        if failure == nil && renameat(folder, temporary, folder, target) != 0 { failure = String(cString: strerror(errno)) }
        if failure != nil { unlinkat(folder, temporary, 0) }
        return failure
    }

    /// Writes the pieces one after the other to the open file `fd`; the reason on failure.
    public static func writeAll(_ pieces: [ArraySlice<UInt8>], to fd: Int32) -> String? {
        var failure: String?
        pieces: for piece in pieces {
            piece.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { failure = n == 0 ? "no space left" : String(cString: strerror(errno)); return }
                    offset += n
                }
            }
            if failure != nil { break pieces }
        }
        return failure
    }

    /// Creates `folder` and its missing parents; false when it cannot.
    public static func makeFolders(_ folder: String) -> Bool {
        if kind(of: folder) == .folder { return true }
        if let slash = folder.lastIndex(of: "/"), slash > folder.startIndex {
            guard makeFolders(String(folder[..<slash])) else { return false }
        }
        return mkdir(folder, 0o755) == 0 || errno == EEXIST
    }
}

/// Hashes a sequence of values in order (strings, numbers, input files).
public struct Hash64: Sendable {
    private var bytes: [UInt8] = []

    public init() {}

    public mutating func add(_ text: String) {
        add(text: text)
    }

    /// A text in pieces: `add(utf8: a.utf8); add(text: b)` adds what `add(a + b)` adds.
    public mutating func add(utf8 piece: String.UTF8View) {
        bytes.append(contentsOf: piece)
    }

    public mutating func add(text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x01)
    }

    public mutating func add(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public var value: UInt64 { contentHash(bytes) }

    public static func hex(of text: String) -> String {
        var h = Hash64()
        h.add(text)
        return h.hex
    }

    public var hex: String { Hash64.hex(value) }

    /// Sixteen hex digits.
    public static func hex(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension FileSystem {
    public enum Resolved: Sendable, Equatable {
        case path(String)
        /// A link on the way leads to one that leads back (the system gives up after 40).
        case loop
        /// Something on the way does not exist.
        case missing
    }

    /// `path` with every link on it resolved (`realpath`).
    public static func resolve(_ path: String) -> Resolved {
        guard let resolved = realpath(path, nil) else { return errno == ELOOP ? .loop : .missing }
        defer { free(resolved) }
        return .path(String(cString: resolved))
    }

    /// What the link at `path` holds, as written in it; nil when it is not a link.
    public static func linkText(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
