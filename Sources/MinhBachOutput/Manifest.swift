import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

/// What a build wrote: `hash size path` per line, sorted by path, and last a checksum of
/// every line before it. Kept in the output folder as `.minhbach-manifest`, published and
/// committed with the site, so that a build knows which files are its own (to remove exactly
/// those it no longer makes, never anything else) and what their bytes are. A manifest that
/// is missing, cut short or damaged in any byte is unknown: nothing in it is used.
public struct Manifest: Sendable, Equatable {
    public static let fileName = ".minhbach-manifest"

    public struct Entry: Sendable, Equatable {
        public var hash: UInt64
        public var size: Int
    }

    public var entries: [String: Entry]
    /// The paths in the order of their bytes, as the file lists them.
    var sortedPaths: [String]?
    /// The checksum the file ended with; nil for a manifest that was not read whole.
    var checksum: UInt64?

    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    public static func == (a: Manifest, b: Manifest) -> Bool { a.entries == b.entries }

    /// Whether it was read whole from a file whose checksum held.
    var isKnown: Bool { checksum != nil }

    /// The manifest of the open folder `folder`; empty and unknown when it is missing or
    /// damaged.
    static func read(in folder: Int32) -> Manifest {
        guard let bytes = readFile(in: folder, fileName) else { return Manifest() }
        return parse(bytes) ?? Manifest()
    }

    static func parse(_ bytes: [UInt8]) -> Manifest? {
        guard let (body, checksum) = ChecksummedText.split(bytes) else { return nil }
        // Read from the bytes: the manifest of a national site has some 90,000 lines.
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(body / 60)
        var paths = SortedPaths()
        var damaged = false
        forEachLine(bytes[..<body]) { line in
            if line.first == UInt8(ascii: "#") { return }
            guard let s1 = line.firstIndex(of: UInt8(ascii: " ")), let s2 = line[(s1 + 1)...].firstIndex(of: UInt8(ascii: " ")),
                  let hash = hexNumber(line[..<s1]), let size = decimalNumber(line[(s1 + 1)..<s2]), s2 + 1 < line.endIndex else {
                damaged = true
                return
            }
            let path = String(decoding: line[(s2 + 1)...], as: UTF8.self)
            entries[path] = Entry(hash: hash, size: Int(size))
            paths.append(path)
        }
        guard !damaged, let sorted = paths.sorted, sorted.count == entries.count else { return nil }
        var manifest = Manifest(entries: entries)
        manifest.sortedPaths = sorted
        manifest.checksum = checksum
        return manifest
    }

    static let header = Array("# Files written by minhbach build; used to skip unchanged files and remove stale ones.\n".utf8)

    /// The file's line for `path`.
    static func appendLine(_ path: String, _ e: Entry, to out: inout [UInt8]) {
        appendHex(e.hash, to: &out)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: String(e.size).utf8)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: path.utf8)
        out.append(UInt8(ascii: "\n"))
    }
}

/// A text file whose last line is `# checksum <16 hex digits>`, the `contentHash` of every
/// byte before that line: a file cut short, appended to or changed in any byte fails it.
enum ChecksummedText {
    static let prefix = Array("# checksum ".utf8)

    /// The length of the body and its checksum, when the file ends with a checksum that holds.
    static func split(_ bytes: [UInt8]) -> (body: Int, checksum: UInt64)? {
        let lineLength = prefix.count + 16 + 1
        guard bytes.count >= lineLength, bytes.last == UInt8(ascii: "\n") else { return nil }
        let start = bytes.count - lineLength
        guard start == 0 || bytes[start - 1] == UInt8(ascii: "\n"), bytes[start..<(start + prefix.count)].elementsEqual(prefix) else { return nil }
        // The line must be exactly the one `seal` writes (lower-case digits): nothing else passes.
        let checksum = bytes.withUnsafeBytes { contentHash(UnsafeRawBufferPointer(rebasing: $0[..<start])) }
        var line = prefix
        appendHex(checksum, to: &line)
        line.append(UInt8(ascii: "\n"))
        guard bytes[start...].elementsEqual(line) else { return nil }
        return (start, checksum)
    }

    /// Ends `body` with its checksum line; returns the checksum.
    @discardableResult
    static func seal(_ body: inout [UInt8]) -> UInt64 {
        let checksum = contentHash(body)
        body += prefix
        appendHex(checksum, to: &body)
        body.append(UInt8(ascii: "\n"))
        return checksum
    }
}

/// The whole regular file `name` of the open folder `folder`, not through a link.
func readFile(in folder: Int32, _ name: String) -> [UInt8]? {
    let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    close(fd)
    return FileSystem.read(in: folder, name)
}

/// Paths as a file lists them, kept only while they come in sorted order.
struct SortedPaths {
    private(set) var sorted: [String]? = []

    mutating func append(_ path: String) {
        guard sorted != nil else { return }
        if let last = sorted!.last, !utf8Precedes(last, path) { sorted = nil; return }
        sorted!.append(path)
    }
}

/// Calls `body` with each line of `bytes`, without its line feed.
func forEachLine(_ bytes: ArraySlice<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
    bytes.withUnsafeBufferPointer { buffer in
        var start = 0
        while start < buffer.count {
            var end = start
            while end < buffer.count && buffer[end] != UInt8(ascii: "\n") { end += 1 }
            body(buffer[start..<end])
            start = end + 1
        }
    }
}

func forEachLine(_ bytes: [UInt8], _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
    forEachLine(bytes[...], body)
}

/// A number written in hex digits (either case), nil for anything else or more than 16 digits.
func hexNumber(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
    guard !digits.isEmpty, digits.count <= 16 else { return nil }
    var value: UInt64 = 0
    for c in digits {
        let d: UInt8
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
        default: return nil
        }
        value = value << 4 | UInt64(d)
    }
    return value
}

/// A number written in decimal digits, nil for anything else or one too large (19 digits hold
/// a time in nanoseconds and cannot overflow).
func decimalNumber(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
    guard !digits.isEmpty, digits.count <= 19 else { return nil }
    var value: UInt64 = 0
    for c in digits {
        guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + UInt64(c - UInt8(ascii: "0"))
    }
    return value
}

/// Sixteen lower-case hex digits.
func appendHex(_ value: UInt64, to out: inout [UInt8]) {
    let digits = Array("0123456789abcdef".utf8)
    var shift: UInt64 = 60
    for _ in 0..<16 {
        out.append(digits[Int((value >> shift) & 0xF)])
        shift &-= 4
    }
}
