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
    /// A hash of every input (content, theme, options) of a build that had no problems; a
    /// build whose inputs hash the same can leave the folder as it is.
    public var inputHash: String?

    public init(entries: [String: Entry] = [:], inputHash: String? = nil) {
        self.entries = entries
        self.inputHash = inputHash
    }

    /// Whether every file the manifest lists is still there with its size.
    public func isIntact(in folder: String) -> Bool {
        entries.allSatisfy { path, entry in fileSize(folder + "/" + path) == entry.size }
    }

    public static func read(from folder: String) -> Manifest {
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName),
              let text = String(data: data, encoding: .utf8) else { return Manifest() }
        var entries: [String: Entry] = [:]
        var inputHash: String?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# input ") { inputHash = String(line.dropFirst("# input ".count)); continue }
            if line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { continue }
            entries[String(parts[2])] = Entry(hash: hash, size: size)
        }
        return Manifest(entries: entries, inputHash: inputHash)
    }

    public var text: String {
        var out = "# Files written by minhbach build; used to skip unchanged files and remove stale ones.\n"
        if let inputHash { out += "# input \(inputHash)\n" }
        for path in entries.keys.sorted() {
            let e = entries[path]!
            let hex = String(e.hash, radix: 16)
            out += String(repeating: "0", count: 16 - hex.count) + hex + " \(e.size) \(path)\n"
        }
        return out
    }
}
