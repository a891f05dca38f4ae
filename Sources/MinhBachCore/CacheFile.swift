/// One file of what a build keeps for the next one outside the site (parsed results, input
/// stamps, a month's rows of the downloads): a list of entries, each a run of bytes its cache
/// decodes, checked when read so that a damaged file only ever costs speed.
///
///     minhbach-parse-cache/4⏎         the format and its version, a line
///     salt                           the key of the inputs the whole file stands for
///     count                          how many entries
///     count × (length, checksum)     each entry's size, and the checksum of the salt and its bytes
///     checksum                       of everything above
///     the entries, one after the other, and nothing after them
///
/// (Numbers are `ByteWriter`'s, eight bytes little-endian.) An entry's bytes hold its own key
/// (a result's path and the hash of its file's bytes), so its checksum covers key and payload
/// together, with the salt: an entry damaged, or taken from another file or another place in
/// the table, fails it, is dropped, and what it stood for is made again. The table's checksum
/// covers every length and checksum: a file whose first lines, table or length (cut, or with
/// bytes added) do not agree is dropped whole.
///
/// The checksums are `contentHash`: 64 bits, fast, not cryptographic. They are there for
/// accidental damage (a flipped bit, a write cut short, a file copied from elsewhere), which
/// they miss about once in 2⁶⁴; any change within one eight-byte word, a flipped bit
/// included, is always seen, as each step of the hash is one-to-one. They do not stand
/// against someone forging them, who could as well write the site: the cache folder is the
/// user's own.
public struct CacheFile: Sendable {
    /// An entry as stored: its bytes and their checksum, so that an entry read before is
    /// written again as it was, without hashing it again.
    public struct Entry: Sendable {
        enum Bytes: Sendable {
            case made(ArraySlice<UInt8>)
            /// Where it lies in a file read before.
            case read(FileBytes, Range<Int>)
        }
        let bytes: Bytes
        public let checksum: UInt64

        public init(bytes: ArraySlice<UInt8>, checksum: UInt64) {
            self.bytes = .made(bytes)
            self.checksum = checksum
        }

        init(file: FileBytes, range: Range<Int>, checksum: UInt64) {
            self.bytes = .read(file, range)
            self.checksum = checksum
        }

        public var count: Int {
            switch bytes {
            case .made(let bytes): return bytes.count
            case .read(_, let range): return range.count
            }
        }

        func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            switch bytes {
            case .made(let bytes): return bytes.withUnsafeBufferPointer(body)
            case .read(let file, let range): return body(file[range])
            }
        }
    }

    let magic: [UInt8]
    public let salt: UInt64

    /// - Parameter format: the format's name and version (`minhbach-parse-cache/4`), the
    ///   file's first line; a new version of a cache's encoding needs a new one.
    /// - Parameter salt: the key of everything the file's entries depend on beyond their own keys.
    public init(format: String, salt: UInt64) {
        magic = Array((format + "\n").utf8)
        self.salt = salt
    }

    /// The entry of `bytes`, with their checksum.
    public func entry(_ bytes: ArraySlice<UInt8>) -> Entry {
        Entry(bytes: bytes, checksum: checksum(bytes))
    }

    func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer(checksum)
    }

    func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = ContentHasher(count: 8 + bytes.count)
        withUnsafeBytes(of: salt.littleEndian) { hasher.add($0) }
        hasher.add(UnsafeRawBufferPointer(bytes))
        return hasher.value
    }

    /// An entry where it was read: the file's bytes (decoders keep parts of them without
    /// copying), its range in them, its place in the table and its checksum.
    public struct Stored: Sendable {
        public let bytes: FileBytes
        public let range: Range<Int>
        public let index: Int
        public let checksum: UInt64

        /// The entry as it can be written again.
        public var entry: Entry { Entry(file: bytes, range: range, checksum: checksum) }
    }

    /// The file at `path`, and each of its entries as `decode` makes it; nil for an entry
    /// whose checksum fails or that `decode` refuses. Nil when the file is missing or its
    /// framing fails. A large file's entries are checked and decoded on all cores, each while
    /// its bytes are in the processor's cache. Hashing runs at about 6.7 GB/s a core: the
    /// 34 MB parse cache of a medium archive (16,000 results) costs 5 ms of one core.
    public func read<T: Sendable>(_ path: String, decode: (Stored) -> T?) -> (bytes: FileBytes, entries: [T?])? {
        guard let (bytes, table) = frame(path) else { return nil }
        func one(_ i: Int) -> T? {
            let stored = Stored(bytes: bytes, range: table[i].range, index: i, checksum: table[i].checksum)
            return checksum(bytes[stored.range]) == stored.checksum ? decode(stored) : nil
        }
        // A month's rows or a small site's cache: not worth waking other cores for.
        let indices = Array(table.indices)
        return (bytes, bytes.count < 1 << 20 ? indices.map(one) : indices.parallelMap(one))
    }

    /// The file's bytes and each entry's range and checksum, when its first lines, table and
    /// length agree.
    private func frame(_ path: String) -> (FileBytes, [(range: Range<Int>, checksum: UInt64)])? {
        guard let bytes = FileBytes.map(path), bytes.starts(with: magic) else { return nil }
        var r = ByteReader(bytes: bytes, offset: magic.count)
        guard r.u64() == salt, let count = r.int(), count >= 0, count <= (bytes.count - r.offset) / 16 else { return nil }
        let tableEnd = r.offset + 16 * count
        var stored = ByteReader(bytes: bytes, offset: tableEnd)
        guard let tableChecksum = stored.u64(), contentHash(UnsafeRawBufferPointer(bytes[0..<tableEnd])) == tableChecksum else { return nil }
        var ranges: [(range: Range<Int>, checksum: UInt64)] = []
        ranges.reserveCapacity(count)
        var start = stored.offset
        for _ in 0..<count {
            guard let length = r.int(), let checksum = r.u64(), length >= 0, length <= bytes.count - start else { return nil }
            ranges.append((start..<(start + length), checksum))
            start += length
        }
        return start == bytes.count ? (bytes, ranges) : nil
    }

    /// Writes `entries` to `path` whole (temporary name, then rename), making its folder
    /// first; false when it cannot, which only costs the next build speed.
    @discardableResult
    public func write(_ entries: [Entry], to path: String) -> Bool {
        var header = ByteWriter()
        header.bytes = magic
        header.bytes.reserveCapacity(magic.count + 24 + 16 * entries.count)
        header.u64(salt)
        header.int(entries.count)
        for entry in entries {
            header.int(entry.count)
            header.u64(entry.checksum)
        }
        header.u64(contentHash(header.bytes))
        if let slash = path.lastIndex(of: "/"), slash > path.startIndex {
            guard FileSystem.makeFolders(String(path[..<slash])) else { return false }
        }
        return FileSystem.writeWhole(CacheFile.joinSmall([Entry(bytes: header.bytes[...], checksum: 0)] + entries), to: path) == nil
    }

    /// The entries' bytes as pieces to write, with runs of small ones copied together, so
    /// that the 80,000 entries of a national archive's stamps (a hundred bytes each) are not
    /// 80,000 system calls. (An entry of a file read before is copied too: the piece must
    /// outlive the mapping.)
    static func joinSmall(_ entries: [Entry]) -> [ArraySlice<UInt8>] {
        var joined: [ArraySlice<UInt8>] = []
        var run: [UInt8] = []
        for entry in entries {
            if entry.count >= 64 << 10 {
                if !run.isEmpty { joined.append(run[...]); run = [] }
                switch entry.bytes {
                case .made(let bytes): joined.append(bytes)
                case .read(let file, let range): joined.append(Array(file[range])[...])
                }
                continue
            }
            if run.isEmpty { run.reserveCapacity(1 << 20) }
            entry.withBytes { run.append(contentsOf: $0) }
            if run.count >= 1 << 20 { joined.append(run[...]); run = [] }
        }
        if !run.isEmpty { joined.append(run[...]) }
        return joined
    }
}
