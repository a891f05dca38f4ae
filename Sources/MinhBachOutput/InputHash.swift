import MinhBachCore

/// Every input file of a build with the hash of its bytes, and one hash of them all with the
/// build's options. Content is hashed, not timestamps: an edit that keeps a file's size and
/// time (69,81 → 69,18) still changes the hash, so an up-to-date check can never publish
/// stale figures.
public struct InputHash: Sendable {
    public struct File: Sendable {
        /// Which of the folders the file is in (by position: `Content` and `./Content` are
        /// the same input).
        public let folder: Int
        /// Relative to that folder.
        public let path: String
        public let hash: UInt64
    }

    public let files: [File]
    /// All files and the options: equal only when every input is byte for byte the same.
    public let summary: String

    public init(folders: [String], options: [String]) {
        var paths: [(Int, String)] = []
        for (i, folder) in folders.enumerated() {
            paths += FileSystem.tree(folder, hidden: true).map { (i, $0) }
        }
        // Hash files on all cores, then the list of (path, hash) in order.
        files = paths.parallelReadMap { folder, path in
            File(folder: folder, path: path, hash: FileSystem.read(folders[folder] + "/" + path).map(contentHash) ?? 0)
        }
        var combined = Hash64()
        for option in options { combined.add(option) }
        for file in files { combined.add(file) }
        summary = combined.hex + "-\(files.count)"
    }
}

extension Hash64 {
    public mutating func add(_ file: InputHash.File) {
        add("\(file.folder)/\(file.path)")
        add(file.hash)
    }
}
