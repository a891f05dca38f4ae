import MinhBachCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What a build wrote: `hash size path` per line, sorted by path, and last a checksum of
/// every line before it. Kept in the output folder as `.minhbach-manifest`, published and
/// committed with the site, so that a build knows which files are its own (to remove exactly
/// those it no longer makes, never anything else) and what their bytes are. A manifest that
/// is missing, cut short or damaged in any byte is unknown: nothing in it is used.
public struct Manifest: Sendable {
    public static let fileName = ".minhbach-manifest"

    public struct Entry: Sendable, Equatable {
        public var hash: UInt64
        public var size: Int
    }

    /// The paths in the order of their bytes, and what the file says of each. The state and
    /// the checks of a tree are kept by position in this order: a national site has some 90,000
    /// files, and keying each record by its path again cost more than the checks themselves.
    public private(set) var paths: [String] = []
    var entries: [Entry] = []
    /// Where each path is in `paths`.
    private(set) var positions: [String: Int] = [:]
    /// The checksum the file ended with; nil for a manifest that was not read whole.
    var checksum: UInt64?

    public init() {}

    /// Whether it was read whole from a file whose checksum held.
    var isKnown: Bool { checksum != nil }

    public var count: Int { paths.count }

    func entry(_ path: String) -> Entry? { positions[path].map { entries[$0] } }

    /// The manifest of the open folder `folder`; empty and unknown when it is missing or
    /// damaged.
    static func read(in folder: Int32, like reference: Manifest? = nil, indexed: Bool = true) -> Manifest {
        guard let file = mapFile(in: folder, fileName) else { return Manifest() }
        return withExtendedLifetime(file) { parse(file.bytes, like: reference, indexed: indexed) } ?? Manifest()
    }

    /// Fills `positions` when `parse` was told to leave them (so that the 90,000 insertions of
    /// a national site run beside the reading of the state, 30 ms).
    mutating func index() {
        guard positions.count != paths.count else { return }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(paths.count)
        for (i, path) in paths.enumerated() { positions[path] = i }
        self.positions = positions
    }

    /// - Parameter reference: a manifest that likely lists the same paths (the published
    ///   site's, for the spare tree's): its paths and their positions are shared where they are
    ///   the same, instead of made again (90,000 strings and a dictionary of them, at national
    ///   scale: 70 ms).
    /// - Parameter indexed: false to leave `positions` to `index()`.
    static func parse(_ bytes: [UInt8], like reference: Manifest? = nil, indexed: Bool = true) -> Manifest? {
        bytes.withUnsafeBufferPointer { parse($0, like: reference, indexed: indexed) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, like reference: Manifest? = nil, indexed: Bool = true) -> Manifest? {
        guard let (body, checksum) = ChecksummedText.split(bytes) else { return nil }
        var manifest = Manifest()
        manifest.paths.reserveCapacity(body / 60)
        manifest.entries.reserveCapacity(body / 60)
        var samePaths = reference != nil
        // Paths that are not the reference's are indexed after the loop, all at once.
        var damaged = false
        forEachLine(UnsafeBufferPointer(rebasing: bytes[..<body])) { line in
            if line.first == UInt8(ascii: "#") { return }
            guard let s1 = line.firstIndex(of: UInt8(ascii: " ")), let s2 = line[(s1 + 1)...].firstIndex(of: UInt8(ascii: " ")),
                  let hash = hexNumber(line[..<s1]), let size = decimalNumber(line[(s1 + 1)..<s2]), s2 + 1 < line.endIndex else {
                damaged = true
                return
            }
            let k = manifest.paths.count
            let raw = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: line[(s2 + 1)...]))
            let path: String
            if let reference, k < reference.paths.count, sameBytes(reference.paths[k], raw) {
                path = reference.paths[k]
            } else {
                path = String(decoding: raw, as: UTF8.self)
                // Sorted, each path once: anything else is not a manifest a build wrote.
                if let last = manifest.paths.last, !utf8Precedes(last, path) { damaged = true; return }
                samePaths = false
            }
            manifest.paths.append(path)
            manifest.entries.append(Entry(hash: hash, size: Int(size)))
        }
        guard !damaged else { return nil }
        if samePaths, let reference, reference.paths.count == manifest.paths.count, reference.positions.count == reference.paths.count {
            manifest.positions = reference.positions
        } else if indexed {
            manifest.index()
        }
        manifest.checksum = checksum
        return manifest
    }

    /// The position of the first path at or after `path` in byte order.
    func lowerBound(_ path: String) -> Int {
        var low = 0, high = paths.count
        while low < high {
            let mid = (low + high) / 2
            if utf8Precedes(paths[mid], path) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The positions of the paths below `folder` (`""`: every path).
    func range(below folder: String) -> Range<Int> {
        guard !folder.isEmpty else { return 0..<paths.count }
        let prefix = folder + "/"
        let start = lowerBound(prefix)
        var end = start
        while end < paths.count && paths[end].utf8.starts(with: prefix.utf8) { end += 1 }
        return start..<end
    }

    static let header = Array("# Files written by minhbach build; used to skip unchanged files and remove stale ones.\n".utf8)

    /// The file's line for `path`.
    static func appendLine(_ path: String, _ e: Entry, to out: inout [UInt8]) {
        appendHex(e.hash, to: &out)
        out.append(UInt8(ascii: " "))
        appendDecimal(UInt64(e.size), to: &out)
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
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (body: Int, checksum: UInt64)? {
        let lineLength = prefix.count + 16 + 1
        guard bytes.count >= lineLength, bytes.last == UInt8(ascii: "\n") else { return nil }
        let start = bytes.count - lineLength
        guard start == 0 || bytes[start - 1] == UInt8(ascii: "\n"), bytes[start..<(start + prefix.count)].elementsEqual(prefix) else { return nil }
        // The line must be exactly the one `seal` writes (lower-case digits): nothing else passes.
        let checksum = contentHash(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<start])))
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

/// The regular file `name` of the open folder `folder`, not through a link, mapped (see
/// `FileBytes`: the build's records are replaced by renaming, never written in place).
func mapFile(in folder: Int32, _ name: String) -> FileBytes? {
    let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    return FileBytes.map(opened: fd)
}

/// The whole regular file `name` of the open folder `folder`, not through a link.
func readFile(in folder: Int32, _ name: String) -> [UInt8]? {
    let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    close(fd)
    return FileSystem.read(in: folder, name)
}

/// Calls `body` with each line of `bytes`, without its line feed.
func forEachLine(_ buffer: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
    var start = 0
    while start < buffer.count {
        var end = start
        while end < buffer.count && buffer[end] != UInt8(ascii: "\n") { end += 1 }
        body(buffer[start..<end])
        start = end + 1
    }
}

/// A number written in hex digits (either case), nil for anything else or more than 16 digits.
/// By arithmetic on each byte, without branches on its range: the manifest and the state of a
/// national site hold 270,000 such numbers, and a `switch` over ranges was a third of reading
/// the manifest.
func hexNumber(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
    guard !digits.isEmpty, digits.count <= 16 else { return nil }
    var value: UInt64 = 0
    var valid = true
    for c in UnsafeBufferPointer(rebasing: digits) {
        let decimal = c &- UInt8(ascii: "0")
        let letter = (c | 0x20) &- UInt8(ascii: "a")
        let isDecimal = decimal < 10, isLetter = letter < 6
        valid = valid && (isDecimal || isLetter)
        value = value << 4 | UInt64(isDecimal ? decimal : letter &+ 10)
    }
    return valid ? value : nil
}

/// A number written in decimal digits, nil for anything else or one too large (19 digits hold
/// a time in nanoseconds and cannot overflow).
func decimalNumber(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
    guard !digits.isEmpty, digits.count <= 19 else { return nil }
    var value: UInt64 = 0
    var valid = true
    for c in UnsafeBufferPointer(rebasing: digits) {
        let d = c &- UInt8(ascii: "0")
        valid = valid && d < 10
        value = value &* 10 &+ UInt64(d)
    }
    return valid ? value : nil
}

/// Sixteen lower-case hex digits.
func appendHex(_ value: UInt64, to out: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { digits in
        for i in 0..<16 {
            let d = UInt8(truncatingIfNeeded: (value >> UInt64(60 - 4 * i)) & 0xF)
            digits[i] = d < 10 ? UInt8(ascii: "0") &+ d : UInt8(ascii: "a") &+ (d &- 10)
        }
        out.append(contentsOf: digits)
    }
}

/// A number in decimal digits, written in place (no String on the way: the state of a national
/// site has some 400,000 numbers), the digits made in a buffer on the stack, last first.
func appendDecimal(_ value: UInt64, to out: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
        var rest = value
        var start = 20
        repeat {
            start -= 1
            digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
    }
}

/// A signed number in decimal digits.
func appendDecimal(_ value: Int64, to out: inout [UInt8]) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    appendDecimal(value.magnitude, to: &out)
}

/// Whether `text` is these bytes, compared in place.
func sameBytes(_ text: String, _ raw: UnsafeRawBufferPointer) -> Bool {
    withUTF8Bytes(of: text) { sameBytes($0, raw.assumingMemoryBound(to: UInt8.self)) }
}

/// The published site's manifest, handed from its survey to the spare tree's, which runs beside
/// it and uses it only if it is there already (it never waits for it).
public final class SharedManifest: Sendable {
    private let value = Mutex<Manifest?>(nil)
    public init() {}
    func set(_ manifest: Manifest) { value.withLock { $0 = manifest } }
    var current: Manifest? { value.withLock { $0 } }
}
