import Foundation

/// What the previous build wrote: `hash size path` per line, sorted by path. Kept in the
/// output folder as `.minhbach-manifest` so that a build can leave unchanged files alone and
/// remove exactly the files it wrote before and no longer produces, never anything else.
public struct Manifest: Sendable, Equatable {
    /// A hash of every input of the last clean build (content, theme, options and the
    /// generator's own executable). It depends on the machine's build of `minhbach`, so it is
    /// kept apart from the manifest, which is published and committed with the site.
    public static let stateFileName = ".minhbach-state"

    public static func readInputHash(from folder: String) -> String? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + stateFileName) else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

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
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName),
              let text = String(data: data, encoding: .utf8) else { return Manifest() }
        var entries: [String: Entry] = [:]
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") { continue }
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
