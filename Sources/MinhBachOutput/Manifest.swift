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

    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// Whether every file the manifest lists is still there with its size.
    public func isIntact(in folder: String) -> Bool {
        entries.allSatisfy { path, entry in fileSize(folder + "/" + path) == entry.size }
    }

    public static func read(from folder: String) -> Manifest {
        // Read as bytes: the manifest of a national site has some 90,000 lines.
        guard let bytes = FileSystem.read(folder + "/" + fileName) else { return Manifest() }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(bytes.count / 60)
        for line in bytes.split(separator: 0x0A) {
            guard line.first != 0x23, let s1 = line.firstIndex(of: 0x20),
                  let s2 = line[(s1 + 1)...].firstIndex(of: 0x20),
                  let hash = UInt64(String(decoding: line[..<s1], as: UTF8.self), radix: 16),
                  let size = Int(String(decoding: line[(s1 + 1)..<s2], as: UTF8.self)) else { continue }
            entries[String(decoding: line[(s2 + 1)...], as: UTF8.self)] = Entry(hash: hash, size: size)
        }
        return Manifest(entries: entries)
    }

    public var bytes: [UInt8] {
        var out = Array("# Files written by minhbach build; used to skip unchanged files and remove stale ones.\n".utf8)
        out.reserveCapacity(entries.count * 64)
        for (path, e) in entries.sorted(by: { $0.key < $1.key }) {
            appendHex(e.hash, to: &out)
            out.append(0x20)
            out.append(contentsOf: String(e.size).utf8)
            out.append(0x20)
            out.append(contentsOf: path.utf8)
            out.append(0x0A)
        }
        return out
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
        for line in bytes.split(separator: 0x0A) where line.first != 0x23 {
            if line.starts(with: inputPrefix) {
                state.inputHash = String(decoding: line.dropFirst(inputPrefix.count), as: UTF8.self)
            } else if let space = line.firstIndex(of: 0x20), let key = UInt64(String(decoding: line[..<space], as: UTF8.self), radix: 16) {
                state.pageKeys[String(decoding: line[(space + 1)...], as: UTF8.self)] = key
            }
        }
        return state
    }

    public var bytes: [UInt8] {
        var out = Array("# minhbach: what the last build used; not part of the site, safe to delete.\n".utf8)
        if let inputHash { out += Array("input \(inputHash)\n".utf8) }
        for (path, key) in pageKeys.sorted(by: { $0.key < $1.key }) {
            appendHex(key, to: &out)
            out.append(0x20)
            out.append(contentsOf: path.utf8)
            out.append(0x0A)
        }
        return out
    }
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
