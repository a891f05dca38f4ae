import Foundation
import MinhBachCore

/// What the previous build wrote: `hash size path` per line, sorted by path. Kept in the
/// output folder as `.minhbach-manifest` so that a build can leave unchanged files alone and
/// remove exactly the files it wrote before and no longer produces, never anything else.
public struct Manifest: Sendable, Equatable {
    public static let fileName = ".minhbach-manifest"

    public struct Entry: Sendable, Equatable {
        public var hash: UInt64
        public var size: Int
    }

    public var entries: [String: Entry]
    /// The paths in the order the file listed them, when that order was sorted: a build that
    /// writes the same files writes them in that order instead of sorting 90,000 paths again.
    var sortedPaths: [String]?

    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    public static func == (a: Manifest, b: Manifest) -> Bool { a.entries == b.entries }

    public static func read(from folder: String) -> Manifest {
        // Read from the bytes: the manifest of a national site has some 90,000 lines.
        guard let bytes = FileSystem.read(folder + "/" + fileName) else { return Manifest() }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(bytes.count / 60)
        var paths = SortedPaths()
        forEachLine(bytes) { line in
            guard line.first != 0x23, let s1 = line.firstIndex(of: 0x20), let s2 = line[(s1 + 1)...].firstIndex(of: 0x20),
                  let hash = hexNumber(line[..<s1]), let size = decimalNumber(line[(s1 + 1)..<s2]) else { return }
            let path = String(decoding: line[(s2 + 1)...], as: UTF8.self)
            entries[path] = Entry(hash: hash, size: Int(size))
            paths.append(path)
        }
        var manifest = Manifest(entries: entries)
        manifest.sortedPaths = paths.sorted
        return manifest
    }

    /// Whether every file the manifest lists is still there with its size (checked on all
    /// cores: a national site has some 90,000 files).
    public func isIntact(in folder: String) -> Bool {
        let opened = OpenFolder(folder)
        return Array(entries).parallelMap { path, entry in fileSize(in: opened.descriptor, path) == entry.size }.allSatisfy { $0 }
    }

    static let header = Array("# Files written by minhbach build; used to skip unchanged files and remove stale ones.\n".utf8)

    /// The file's line for `path`.
    static func appendLine(_ path: String, _ e: Entry, to out: inout [UInt8]) {
        appendHex(e.hash, to: &out)
        out.append(0x20)
        out.append(contentsOf: String(e.size).utf8)
        out.append(0x20)
        out.append(contentsOf: path.utf8)
        out.append(0x0A)
    }
}

/// What a build leaves for the next one, beside the manifest as `.minhbach-state`: the hash
/// of all its inputs (only after a build without any diagnostic, whose warnings would
/// otherwise go unseen next time) and, for every page, a key of the inputs it was rendered
/// from. Both depend on the machine's build of `minhbach`, so they are kept apart from the
/// manifest, which is published and committed with the site. Deleting it is always safe: the
/// next build renders everything.
public struct BuildState: Sendable, Equatable {
    public static let fileName = ".minhbach-state"

    public var inputHash: String?
    public var pageKeys: [String: UInt64]

    public init(inputHash: String? = nil, pageKeys: [String: UInt64] = [:]) {
        self.inputHash = inputHash
        self.pageKeys = pageKeys
    }

    public static func read(from folder: String) -> BuildState {
        guard let bytes = FileSystem.read(folder + "/" + fileName) else { return BuildState() }
        var state = BuildState()
        state.pageKeys.reserveCapacity(bytes.count / 50)
        let inputPrefix = Array("input ".utf8)
        forEachLine(bytes) { line in
            if line.first == 0x23 { return }
            if line.starts(with: inputPrefix) {
                state.inputHash = String(decoding: line.dropFirst(inputPrefix.count), as: UTF8.self)
            } else if let space = line.firstIndex(of: 0x20), let key = hexNumber(line[..<space]) {
                state.pageKeys[String(decoding: line[(space + 1)...], as: UTF8.self)] = key
            }
        }
        return state
    }

    static func header(inputHash: String?) -> [UInt8] {
        var out = Array("# minhbach: what the last build used; not part of the site, safe to delete.\n".utf8)
        if let inputHash { out += Array("input \(inputHash)\n".utf8) }
        return out
    }

    /// The file's line for `path`.
    static func appendLine(_ path: String, _ key: UInt64, to out: inout [UInt8]) {
        appendHex(key, to: &out)
        out.append(0x20)
        out.append(contentsOf: path.utf8)
        out.append(0x0A)
    }
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
func forEachLine(_ bytes: [UInt8], _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
    bytes.withUnsafeBufferPointer { buffer in
        var start = 0
        while start < buffer.count {
            var end = start
            while end < buffer.count && buffer[end] != 0x0A { end += 1 }
            body(buffer[start..<end])
            start = end + 1
        }
    }
}

/// A number written in hex digits (either case), nil for anything else or more than 16 digits.
func hexNumber(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
    guard !digits.isEmpty, digits.count <= 16 else { return nil }
    var value: UInt64 = 0
    for c in digits {
        let d: UInt8
        switch c {
        case 0x30...0x39: d = c - 0x30
        case 0x61...0x66: d = c - 0x61 + 10
        case 0x41...0x46: d = c - 0x41 + 10
        default: return nil
        }
        value = value << 4 | UInt64(d)
    }
    return value
}

/// A number written in decimal digits, nil for anything else or one too large.
func decimalNumber(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
    guard !digits.isEmpty, digits.count <= 18 else { return nil }
    var value: UInt64 = 0
    for c in digits {
        guard c >= 0x30 && c <= 0x39 else { return nil }
        value = value * 10 + UInt64(c - 0x30)
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
