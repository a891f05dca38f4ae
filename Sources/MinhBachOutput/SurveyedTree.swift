import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

/// A tree of the site (the published folder, or the spare one beside it) as it is on disk now,
/// checked against what the last build recorded of it. Nothing recorded is believed without
/// proof: a folder is taken to hold what it held only when its stamp is the recorded one, a
/// file to have the manifest's bytes only when its stamp is the recorded one or its bytes are
/// read and found so. Anything else is listed or read.
public struct SurveyedTree: Sendable {
    public struct Found: Sendable {
        var kind: EntryKind
        var stamp: FileStamp
        /// A file of the build's own (in the manifest) with the manifest's bytes.
        var verified: Bool
    }

    public internal(set) var manifest = Manifest()
    public internal(set) var state: BuildState?
    /// Every entry that is not a folder, by path (the build's own records excepted).
    var entries: [String: Found] = [:]

    public init() {}
    /// Every folder, by path (`""` for the tree itself), with its stamp.
    var folders: [String: FileStamp] = [:]
    var device: UInt64 = 0
    /// How many files had to be read to know their bytes.
    public internal(set) var filesRead = 0

    /// Whether every file of a known manifest is there with the manifest's bytes.
    public var isIntact: Bool {
        manifest.isKnown && manifest.entries.keys.allSatisfy { entries[$0]?.verified == true }
    }

    /// Whether the previous build wrote a file below `folder` (then the folder is its own, not
    /// one to carry into the next site for its own sake).
    func holdsOwnFiles(_ folder: String) -> Bool {
        let prefix = folder + "/"
        guard manifest.isKnown else { return false }
        guard let sorted = manifest.sortedPaths else { return manifest.entries.keys.contains { $0.hasPrefix(prefix) } }
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if utf8Precedes(sorted[mid], prefix) { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low].hasPrefix(prefix)
    }

    /// Entries the build never wrote, by path.
    var foreign: [(path: String, found: Found)] {
        entries.filter { manifest.entries[$0.key] == nil }.map { ($0.key, $0.value) }
    }

    /// The tree of the open folder `folder`. With `trust` false, no earlier record is used:
    /// every folder is listed and every file of the manifest read. With `contents` false (the
    /// spare tree, whose bytes are never used), only what each path is and its inode are found.
    static func survey(_ folder: Int32, trust: Bool, contents: Bool) -> SurveyedTree {
        var tree = SurveyedTree()
        var info = stat()
        guard folder >= 0, fstat(folder, &info) == 0 else { return tree }
        tree.device = UInt64(info.st_dev)
        tree.manifest = Manifest.read(in: folder)
        tree.state = trust ? BuildState.read(in: folder, manifest: tree.manifest, device: tree.device) : nil
        var candidates: [String: (kind: EntryKind, inode: UInt64, listed: Bool)]
        if let state = tree.state {
            (tree.folders, candidates) = recorded(folder, state)
        } else {
            tree.folders[""] = FileStamp(info)
            candidates = [:]
            for entry in FolderTree.walk(in: folder) {
                if entry.kind == .folder {
                    if let found = lookUp(in: folder, entry.path), found.kind == .folder { tree.folders[entry.path] = found.stamp }
                } else {
                    candidates[entry.path] = (entry.kind, entry.inode, true)
                }
            }
        }
        for name in [Manifest.fileName, BuildState.fileName] { candidates[name] = nil }
        let paths = Array(candidates.keys).filter { !isLeftover($0) }
        guard contents else {
            for path in paths {
                let c = candidates[path]!
                tree.entries[path] = Found(kind: c.kind, stamp: FileStamp(inode: c.inode, size: 0, modified: 0, changed: 0), verified: false)
            }
            return tree
        }
        let manifest = tree.manifest, state = tree.state
        // One stamp a file, on all cores (a national site has some 90,000); read only those
        // whose stamp does not prove their bytes.
        let found = paths.parallelMap { path -> (Found, read: Bool)? in
            guard let (kind, stamp) = lookUp(in: folder, path) else { return nil }
            guard kind == .file, let entry = manifest.entries[path] else { return (Found(kind: kind, stamp: stamp, verified: false), false) }
            if let state, state.files[path] == stamp, state.isSettled(stamp.changed), stamp.size == Int64(entry.size) {
                return (Found(kind: kind, stamp: stamp, verified: true), false)
            }
            let bytes = stamp.size == Int64(entry.size) ? readFile(in: folder, path) : nil
            return (Found(kind: kind, stamp: stamp, verified: bytes.map { contentHash($0) == entry.hash && $0.count == entry.size } ?? false), true)
        }
        for (path, result) in zip(paths, found) {
            guard let (entry, read) = result else { continue }
            tree.entries[path] = entry
            if read { tree.filesRead += 1 }
        }
        return tree
    }

    /// The folders as recorded, checked by their stamps (those that changed are listed again),
    /// and the entries they hold: as recorded in a folder that did not change, as listed in one
    /// that did.
    private static func recorded(_ folder: Int32, _ state: BuildState)
        -> (folders: [String: FileStamp], entries: [String: (kind: EntryKind, inode: UInt64, listed: Bool)]) {
        let recordedFolders = Array(state.folders)
        let now = recordedFolders.parallelMap { lookUp(in: folder, $0.key.isEmpty ? "." : $0.key) }
        var folders: [String: FileStamp] = [:]
        var changed: [String] = []
        for ((path, was), now) in zip(recordedFolders, now) {
            guard let now, now.kind == .folder else { continue }
            folders[path] = now.stamp
            if now.stamp.inode != was.inode || now.stamp.modified != was.modified || !state.isSettled(was.modified) { changed.append(path) }
        }
        let changedSet = Set(changed)
        var entries: [String: (kind: EntryKind, inode: UInt64, listed: Bool)] = [:]
        entries.reserveCapacity(state.files.count + state.foreign.count)
        // A recorded entry stands where its folder is unchanged; elsewhere the listing says.
        func stands(_ path: String) -> Bool {
            let parent = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
            return folders[parent] != nil && !changedSet.contains(parent)
        }
        for (path, stamp) in state.files where stands(path) { entries[path] = (.file, stamp.inode, false) }
        for (path, entry) in state.foreign where stands(path) { entries[path] = (entry.kind, entry.stamp.inode, false) }
        var newFolders: [String] = []
        for path in changed {
            for entry in FolderTree.list(in: folder, path) ?? [] {
                if entry.kind == .folder {
                    if folders[entry.path] == nil { newFolders.append(entry.path) }
                } else {
                    entries[entry.path] = (entry.kind, entry.inode, true)
                }
            }
        }
        // A folder that was not there before holds only entries that were not either.
        for path in newFolders {
            if let found = lookUp(in: folder, path), found.kind == .folder { folders[path] = found.stamp }
            for entry in FolderTree.walk(in: folder, path) {
                if entry.kind == .folder {
                    if let found = lookUp(in: folder, entry.path), found.kind == .folder { folders[entry.path] = found.stamp }
                } else {
                    entries[entry.path] = (entry.kind, entry.inode, true)
                }
            }
        }
        return (folders, entries)
    }

    /// Temporary files that builds before this design left in the output folder when they were
    /// stopped half way (`index.html.minhbach-tmp-4242`): never carried into a new site.
    static func isLeftover(_ path: String) -> Bool {
        path.contains(".minhbach-tmp-")
    }
}
