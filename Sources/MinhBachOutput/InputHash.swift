import Foundation
import MinhBachCore

/// A hash of every file below the given folders (path and bytes) and of the build's options.
/// Content is hashed, not timestamps: an edit that keeps a file's size and time (69,81 → 69,18)
/// still changes the hash, so an up-to-date check can never publish stale figures.
public enum InputHash {
    public static func of(folders: [String], options: [String]) -> String {
        var files: [(String, String)] = []
        for folder in folders {
            guard let e = FileManager.default.enumerator(atPath: folder) else { continue }
            while let p = e.nextObject() as? String {
                if (e.fileAttributes?[.type] as? FileAttributeType) == .typeRegular { files.append((folder, p)) }
            }
        }
        files.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        // Hash files on all cores, then the list of (path, hash) in order.
        let hashes: [UInt64] = files.parallelMap { folder, path in
            FileManager.default.contents(atPath: folder + "/" + path).map { contentHash([UInt8]($0)) } ?? 0
        }
        // Folders are named by their position, not their path: `Content` and `./Content` are the same input.
        var summary = options.joined(separator: "\u{1}")
        for (i, (folder, path)) in files.enumerated() {
            summary += "\u{1}\(folders.firstIndex(of: folder) ?? 0)/\(path)\u{2}\(hashes[i])"
        }
        let h = contentHash(Array(summary.utf8))
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + "-\(files.count)"
    }
}
