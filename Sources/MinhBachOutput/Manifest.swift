import Foundation

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

    public init(entries: [String: Entry] = [:]) { self.entries = entries }

    public static func read(from folder: String) -> Manifest {
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName),
              let text = String(data: data, encoding: .utf8) else { return Manifest() }
        var entries: [String: Entry] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { continue }
            entries[String(parts[2])] = Entry(hash: hash, size: size)
        }
        return Manifest(entries: entries)
    }

    public var text: String {
        var out = "# Files written by minhbach build; used to skip unchanged files and remove stale ones.\n"
        for path in entries.keys.sorted() {
            let e = entries[path]!
            let hex = String(e.hash, radix: 16)
            out += String(repeating: "0", count: 16 - hex.count) + hex + " \(e.size) \(path)\n"
        }
        return out
    }
}
