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
    /// What is at each path of the manifest, by position; nil where nothing is.
    var found: [Found?] = []
    /// Every other entry that is not a folder (files no build wrote), by path; the build's own
    /// records are left out.
    var others: [String: Found] = [:]
    /// The folders of the record that stand (`""` for the tree itself), in its order (byte
    /// order), with their stamps now.
    private(set) var standing: [(path: String, stamp: FileStamp)] = []
    /// Every other folder, by path: found by listing a folder that changed, or by walking a
    /// tree that has no record. Kept apart so that the 80,000 folders of a national site's
    /// record are looked up by halving the list they come in, not put into a dictionary
    /// (for each of two trees, a tenth of the survey).
    private(set) var listedFolders: [String: FileStamp] = [:]
    var device: UInt64 = 0
    /// How many files had to be read to know their bytes.
    public internal(set) var filesRead = 0

    public init() {}

    /// Whether every file of a known manifest is there with the manifest's bytes.
    public var isIntact: Bool {
        manifest.isKnown && found.allSatisfy { $0?.verified == true }
    }

    /// The stamp of the folder at `path` (`""`: the tree itself); nil when the tree has no
    /// folder there.
    func folder(_ path: String) -> FileStamp? {
        if !listedFolders.isEmpty, let stamp = listedFolders[path] { return stamp }
        var low = 0, high = standing.count
        while low < high {
            let mid = (low + high) / 2
            if utf8Precedes(standing[mid].path, path) { low = mid + 1 } else { high = mid }
        }
        return low < standing.count && utf8Equal(standing[low].path, path) ? standing[low].stamp : nil
    }

    var folderCount: Int { standing.count + listedFolders.count }

    /// Every folder's path.
    var folderPaths: [String] { standing.map(\.path) + listedFolders.keys }

    /// What is at `path`, a file of the manifest or not.
    func entry(_ path: String) -> Found? {
        if let i = manifest.positions[path] { return found[i] }
        return others[path]
    }

    /// What is at `path`, looked for first at position `position` of the manifest: the spare
    /// tree's manifest most often lists the very paths of the output folder's.
    func entry(_ path: String, likely position: Int) -> Found? {
        if position < manifest.count, utf8Equal(manifest.paths[position], path) { return found[position] }
        return entry(path)
    }

    /// The tree of the open folder `folder`. With `trust` false, no earlier record is used:
    /// every folder is listed and every file of the manifest read. With `contents` false (the
    /// spare tree, whose bytes are never used), only what each path is and its inode are found.
    static func survey(_ folder: Int32, trust: Bool, contents: Bool, like reference: Manifest? = nil,
                       sharing shared: SharedManifest? = nil) -> SurveyedTree {
        var tree = SurveyedTree()
        var info = stat()
        guard folder >= 0, fstat(folder, &info) == 0 else { return tree }
        tree.device = UInt64(info.st_dev)
        // The manifest's paths are indexed beside the reading of the state, which needs only
        // their count and the manifest's checksum.
        var manifest = Manifest.read(in: folder, like: reference, indexed: false)
        let (checksum, count, device) = (manifest.checksum, manifest.count, tree.device)
        var state: BuildState?
        concurrently({ manifest.index() }, {
            state = trust ? checksum.flatMap { BuildState.read(in: folder, manifest: $0, count: count, device: device) } : nil
        })
        tree.manifest = manifest
        shared?.set(manifest)
        tree.state = state
        tree.found = Array(repeating: nil, count: tree.manifest.count)
        // The record's folders must be in byte order (parents first) to be looked up by
        // halving: a record in any other order was not written by a build, and is not used.
        if let state = tree.state, FolderMatch.isInOrder(state.folders, \.path) {
            tree.fromRecord(folder, state, contents: contents)
        } else {
            tree.listedFolders[""] = FileStamp(info)
            for entry in FolderTree.walk(in: folder) { tree.add(entry, in: folder) }
        }
        for name in [Manifest.fileName, BuildState.fileName] { tree.others[name] = nil }
        for path in tree.others.keys where isLeftover(path) { tree.others[path] = nil }
        if contents { tree.checkContents(folder) }
        return tree
    }

    /// An entry found by listing a folder.
    private mutating func add(_ entry: FolderTree.Entry, in folder: Int32) {
        if entry.kind == .folder {
            if let now = lookUp(in: folder, entry.path), now.kind == .folder { listedFolders[entry.path] = now.stamp }
            return
        }
        let found = Found(kind: entry.kind, stamp: FileStamp(inode: entry.inode, size: -1, modified: 0, changed: 0), verified: false)
        if let i = manifest.positions[entry.path] { self.found[i] = found } else { others[entry.path] = found }
    }

    /// The folders as recorded, checked by their stamps (on all cores: a national site has over
    /// 80,000), and the entries they hold: as recorded in a folder that did not change, as
    /// listed in one that did. A folder stands only where its parent stands and still holds it
    /// as a folder (not a link to one), so that nothing is ever looked for through a link.
    private mutating func fromRecord(_ folder: Int32, _ state: BuildState, contents: Bool) {
        let now = state.folders.parallelMap { lookUp(in: folder, $0.path.isEmpty ? "." : $0.path) }
        var listings: [String: [String: FolderTree.Entry]] = [:]
        var gone: [String] = []
        standing.reserveCapacity(state.folders.count)
        // Folders come grouped by parent: the parent's standing and listing are looked up once
        // per group. A parent comes before what it holds, so both are known by then.
        var parentSeen: (path: String, stands: Bool, listing: [String: FolderTree.Entry]?)?
        for (was, now) in zip(state.folders, now) {
            let path = was.path
            var stands = now?.kind == .folder
            if stands && !path.isEmpty {
                let parent = Self.parent(of: path)
                if parentSeen == nil || !utf8Equal(parentSeen!.path, parent) {
                    parentSeen = (parent, self.folder(parent) != nil, listings[parent])
                }
                if parentSeen?.stands != true {
                    stands = false
                } else if let listing = parentSeen?.listing {
                    let listed = listing[path]
                    stands = listed?.kind == .folder && listed?.inode == now?.stamp.inode
                } else {
                    stands = now?.stamp.inode == was.stamp.inode
                }
            }
            guard stands, let now else { gone.append(path); continue }
            standing.append((path, now.stamp))
            if now.stamp.inode != was.stamp.inode || now.stamp.modified != was.stamp.modified || now.stamp.changed != was.stamp.changed
                || !state.isSettled(was.stamp.changed) {
                var listing: [String: FolderTree.Entry] = [:]
                for entry in FolderTree.list(in: folder, path) ?? [] { listing[entry.path] = entry }
                listings[path] = listing
            }
        }
        // What the record says, then what the changed folders hold instead.
        for i in found.indices {
            found[i] = Found(kind: .file, stamp: state.stamps[i], verified: false)
        }
        for entry in state.foreign { others[entry.path] = Found(kind: entry.kind, stamp: entry.stamp, verified: false) }
        for path in gone {
            for i in manifest.range(below: path) { found[i] = nil }
            for (other, _) in others where other.utf8.starts(with: (path + "/").utf8) { others[other] = nil }
        }
        for (path, listing) in listings {
            // The recorded entries directly in a changed folder stand only if it still lists them.
            for i in manifest.range(below: path) where Self.isDirectly(manifest.paths[i], in: path) { found[i] = nil }
            for (other, _) in others where Self.isDirectly(other, in: path) { others[other] = nil }
            for entry in listing.values {
                if entry.kind == .folder {
                    // A folder that was not there before holds only entries that were not either.
                    if self.folder(entry.path) == nil {
                        add(entry, in: folder)
                        for inner in FolderTree.walk(in: folder, entry.path) { add(inner, in: folder) }
                    }
                } else {
                    add(entry, in: folder)
                }
            }
        }
    }

    /// Each file's stamp, and the bytes of those whose stamp does not prove them (on all cores:
    /// a national site has some 90,000 files).
    private mutating func checkContents(_ folder: Int32) {
        let manifest = self.manifest, state = self.state, found = self.found
        let checked = Array(manifest.paths.indices).parallelMap { i -> (Found, read: Bool)? in
            guard found[i] != nil, let (kind, stamp) = lookUp(in: folder, manifest.paths[i]) else { return nil }
            let entry = manifest.entries[i]
            guard kind == .file else { return (Found(kind: kind, stamp: stamp, verified: false), false) }
            if let state, state.stamps[i] == stamp, state.isSettled(stamp.changed), stamp.size == Int64(entry.size) {
                return (Found(kind: kind, stamp: stamp, verified: true), false)
            }
            let bytes = stamp.size == Int64(entry.size) ? readFile(in: folder, manifest.paths[i]) : nil
            return (Found(kind: kind, stamp: stamp, verified: bytes.map { contentHash($0) == entry.hash && $0.count == entry.size } ?? false), true)
        }
        for i in checked.indices {
            self.found[i] = checked[i]?.0
            if checked[i]?.read == true { filesRead += 1 }
        }
        for (path, _) in others {
            if let (kind, stamp) = lookUp(in: folder, path) { others[path] = Found(kind: kind, stamp: stamp, verified: false) } else { others[path] = nil }
        }
    }

    /// Whether `path` names an entry of `folder` itself, not of a folder below it (compared in
    /// place: the tree's own folder is always listed again, against every path).
    static func isDirectly(_ path: String, in folder: String) -> Bool {
        let slash = UInt8(ascii: "/")
        guard !folder.isEmpty else { return !path.utf8.contains(slash) }
        let inner = path.utf8.dropFirst(folder.utf8.count)
        return path.utf8.starts(with: folder.utf8) && inner.first == slash && !inner.dropFirst().contains(slash)
    }

    /// The folder `path` is in (`""`: the tree itself). Looked for in the UTF-8 bytes: a slash
    /// is never part of a longer character, and finding it among characters cost a tenth of the
    /// survey of a national site.
    static func parent(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }

    /// Whether the previous build wrote a file below `folder` (then the folder is its own, not
    /// one to carry into the next site for its own sake).
    func holdsOwnFiles(_ folder: String) -> Bool {
        manifest.isKnown && !manifest.range(below: folder).isEmpty
    }

    /// Temporary files that builds before this design left in the output folder when they were
    /// stopped half way (`index.html.minhbach-tmp-4242`): never carried into a new site.
    static func isLeftover(_ path: String) -> Bool {
        path.contains(".minhbach-tmp-")
    }
}
