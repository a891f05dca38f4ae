import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

/// Every input file of a build with the hash of its bytes, and one hash of them all with the
/// build's options. Content is hashed, not timestamps: an edit that keeps a file's size and
/// time (69,81 → 69,18) still changes the hash, so an up-to-date check can never publish
/// stale figures. A file whose stamp from an earlier build may be trusted (see
/// `InputStamps`) is not read again.
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
    /// The files' stamps, in the order of `files`, for the next build; and when they were taken.
    public let stamps: [InputStamps.Stamp?]
    public let stamped: Int64
    /// How many files were read (the others' hashes came from their stamps).
    public let filesRead: Int
    /// Every folder's entries as listed, by folder position and path below it.
    public let listing: [Int: [String: [FileSystem.Entry]]]

    /// - Parameter margin: how much older than the stamping a stamp's times must be for it to
    ///   be trusted, in nanoseconds (see `InputStamps`).
    /// - Parameter options: asked for once the files are hashed, so that what it takes to know
    ///   them (hashing the generator's own program) can be done beside.
    public init(folders: [String], options: @autoclosure () -> [String], stamps previous: InputStamps? = nil,
                margin: Int64 = 2_000_000_000) {
        stamped = InputStamps.now
        // Folder by folder on all cores (many reads in flight when the disk's cache is cold),
        // each file named within its open folder; then the list of (path, hash) in path order.
        // A file's stamp is taken before its bytes are read, so a write in between leaves a
        // stamp that differs next time.
        var listed: [(folder: Int, relative: String, files: [String])] = []
        var listing: [Int: [String: [FileSystem.Entry]]] = [:]
        // Links to anything but a file are not read (linked folders are not entered), yet a
        // new one is an error the next build must report: their names are inputs too.
        var otherLinks: [String] = []
        // So is an empty folder: one the build does not read is a warning (`results/extra/`),
        // which must come and go with it, though it holds no file to hash.
        var emptyFolders: [String] = []
        for (i, folder) in folders.enumerated() {
            for (relative, entries) in FileSystem.folders(folder, hidden: true) {
                listed.append((i, relative, entries.filter { $0.kind == .file }.map(\.name)))
                listing[i, default: [:]][relative] = entries
                for entry in entries where entry.isLink && entry.kind != .file { otherLinks.append("\(i)/\(relative)/\(entry.name)") }
                if entries.isEmpty { emptyFolders.append("\(i)/\(relative)/") }
            }
        }
        self.listing = listing
        let perFolder = listed.parallelReadMap(chunk: 1) { folder, relative, names -> [(File, stamp: InputStamps.Stamp?, read: Bool)] in
            let fd = open(relative.isEmpty ? folders[folder] : folders[folder] + "/" + relative, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { if fd >= 0 { close(fd) } }
            return names.map { name in
                let path = relative.isEmpty ? name : relative + "/" + name
                let stamp = fd >= 0 ? InputStamps.Stamp(in: fd, name) : nil
                if let stamp, let hash = previous?.hash(of: folder, path, stamp: stamp, margin: margin) {
                    return (File(folder: folder, path: path, hash: hash), stamp, false)
                }
                let bytes = fd >= 0 ? FileSystem.read(in: fd, name) : nil
                return (File(folder: folder, path: path, hash: bytes.map(contentHash) ?? 0), stamp, true)
            }
        }
        // Positions are sorted, not the files: moving 80,000 tuples (and their strings'
        // counts) cost more than comparing them.
        let hashed = Array(perFolder.joined())
        let order = Array(hashed.indices).parallelSorted { a, b in
            hashed[a].0.folder != hashed[b].0.folder ? hashed[a].0.folder < hashed[b].0.folder : utf8Precedes(hashed[a].0.path, hashed[b].0.path)
        }
        let files = order.map { hashed[$0].0 }
        self.files = files
        filesRead = hashed.count { $0.read }
        stamps = order.map { hashed[$0].stamp }
        // The files a thousand at a time on all cores, then those parts in order.
        let parts = Array(stride(from: 0, to: files.count, by: 1024)).parallelMap { start in
            var part = Hash64()
            for file in files[start..<min(start + 1024, files.count)] { part.add(file) }
            return part.value
        }
        var combined = Hash64()
        for option in options() { combined.add(option) }
        for part in parts { combined.add(part) }
        for link in otherLinks { combined.add(link) }
        for empty in emptyFolders { combined.add(empty) }
        summary = combined.hex + "-\(files.count)"
    }
}

extension InputHash {
    /// The hashes of the files at `paths` in folder `folder` (nil: not an input). A path that
    /// follows the previous one in `files` is found by that one step: the load phase asks for
    /// every content file, folder by folder in path order. Paths are compared as bytes, as
    /// they are named on disk.
    public func hashes(of folder: Int, _ paths: [String]) -> [UInt64?] {
        orderedPositions(of: paths, count: files.count,
                         equal: { files[$0].folder == folder && utf8Equal(files[$0].path, $1) },
                         precedes: { files[$0].folder < folder || (files[$0].folder == folder && utf8Precedes(files[$0].path, $1)) })
            .map { $0.map { files[$0].hash } }
    }
}

extension Hash64 {
    /// The same bytes as `add("\(folder)/\(path)")` and `add(hash)`, without making the text.
    public mutating func add(_ file: InputHash.File) {
        add(utf8: String(file.folder).utf8)
        add(utf8: "/".utf8)
        add(text: file.path)
        add(file.hash)
    }
}
