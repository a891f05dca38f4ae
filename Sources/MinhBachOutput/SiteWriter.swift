import Foundation
import MinhBachCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Publishes a built site all at once. The new site is made in a spare tree beside the output
/// folder (`.Site.minhbach/spare`): a file whose bytes are already published is linked there
/// (a hard link: nothing is copied), any other is written. Only when the whole tree is in place
/// do the two folders trade places, in one `renameat2(RENAME_EXCHANGE)`. Until then the output
/// folder is never touched, so that a web server serving it, whatever happens to the build (a
/// kill, a full disk, a failed write), sees exactly the previous site or exactly the new one,
/// and no temporary file. The previous site becomes the spare, brought up to date by the next
/// build, which then only writes what changed.
///
/// Files in the output folder that no build wrote (`CNAME`, `.well-known/`) are carried into
/// every new site. Nothing is written, replaced or removed through a link: a link in either
/// tree is an entry like a file.
public struct SiteWriter: Sendable {
    public struct Report: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0

        public init(written: Int = 0, unchanged: Int = 0, removed: Int = 0) {
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
        }
    }

    public enum Failure: Error, CustomStringConvertible, Sendable {
        case unsafePath(String)
        case cannotCreate(String, String)
        case cannotWrite(String, String)
        case cannotPublish(String, String)

        public var description: String {
            switch self {
            case .unsafePath(let p): return "refusing to write `\(p)`: it would leave the output folder"
            case .cannotCreate(let p, let why): return "cannot create the folder \(p): \(why)"
            case .cannotWrite(let p, let why): return "cannot write \(p): \(why)"
            case .cannotPublish(let p, let why): return "cannot put the new site in place of \(p): \(why)"
            }
        }
    }

    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// Writes `files` as the whole site.
    public func write(_ files: [OutputFile]) throws -> Report {
        let place = try OutputPlace(output: folder)
        defer { place.release() }
        let session = try Session(place: place, served: SurveyedTree.survey(place), paths: files.map(\.path))
        let outcomes = files.parallelMap { session.put($0) }
        return try session.finish(outcomes)
    }

    /// One build's publishing, so that pages can be written on all cores as soon as they are
    /// rendered instead of being held in memory (a national site is over a gigabyte of pages).
    /// Every path is known and checked before the first byte is written.
    public final class Session: Sendable {
        /// The output folder's real path.
        public let folder: String
        /// The output folder as it was found.
        public let served: SurveyedTree
        let place: OutputPlace
        let spare: SurveyedTree
        let servedFolder: OpenFolder
        let spareFolder: OpenFolder
        let workFolder: OpenFolder
        let paths: [String]
        /// The folders the new site needs, parents first.
        /// The folders of the new site, when made before the files (into an empty spare tree).
        let foldersMadeFirst: NeededFolders?
        /// Folders made in the spare tree when a file first needed them.
        let madeOnDemand = Mutex<Set<String>>([])
        /// The positions of `paths` in the order of their bytes, when the output folder has
        /// no manifest to order them by (a first build): sorted on another thread while the
        /// files are made.
        let presorted = Mutex<[Int]?>(nil)
        let sorting = DispatchGroup()
        /// Whether the output folder did not exist: the spare tree then becomes the site, and a
        /// copy of it (links) the next spare.
        let fresh: Bool

        var sparePath: String { place.work + "/spare" }

        public init(place: OutputPlace, served: SurveyedTree, spare prepared: SpareTree? = nil, paths: [String], trust: Bool = true) throws {
            // Checked on all cores: a national site has some 90,000 paths.
            if let unsafe = paths.parallelMap(OutputFile.isSafe).firstIndex(of: false) { throw Failure.unsafePath(paths[unsafe]) }
            self.place = place
            self.folder = place.folder
            self.served = served
            self.paths = paths
            let kind = lookUp(in: AT_FDCWD, place.folder)?.kind
            guard kind == nil || kind == .folder else { throw OutputPlace.Failure.notAFolder(place.folder) }
            fresh = kind == nil
            servedFolder = OpenFolder(place.folder)
            workFolder = OpenFolder(place.work)
            let spareTree = prepared ?? SpareTree(place: place, trust: trust)
            spareFolder = try spareTree.folder.get()
            spare = spareTree.tree
            // From here the spare tree is being changed: what it was is no longer recorded, so a
            // build stopped now leaves it to be listed again, never believed.
            for name in [BuildState.fileName, Manifest.fileName] { unlinkat(spareFolder.descriptor, name, 0) }
            // A link in the spare tree is never the build's own, and a path through it would
            // lead out of the tree (only its last name is opened without following it): every
            // one goes before anything is written (one the output folder has is carried again).
            for (path, found) in spare.others where found.kind == .link { FolderTree.unlink(in: spareFolder.descriptor, path) }
            for i in spare.found.indices where spare.found[i]?.kind == .link { FolderTree.unlink(in: spareFolder.descriptor, spare.manifest.paths[i]) }

            let emptySpare = spareTree.tree.folderCount <= 1
            foldersMadeFirst = emptySpare ? NeededFolders(paths: paths, served: served) : nil
            if served.manifest.count == 0 {
                DispatchQueue.global().async(group: sorting) { [self] in
                    let sorted = Array(paths.indices).parallelSorted { a, b in
                        utf8Precedes(self.paths[a], self.paths[b]) || (!utf8Precedes(self.paths[b], self.paths[a]) && a < b)
                    }
                    presorted.withLock { $0 = sorted }
                }
            }
            // Into an empty spare tree every folder is made first, a level at a time; into one
            // that holds a site, the few a file lacks are made when it first needs them (working
            // out every folder of a national site first cost a tenth of a second).
            if let first = foldersMadeFirst { try makeFolders(first.all.filter { spare.folder($0) == nil }) }
        }

        /// Makes the folders, a level at a time and each level on all cores (a national site
        /// has over 80,000); whatever else stands at such a path in the spare tree goes first.
        private func makeFolders(_ folders: Set<String>) throws {
            var levels: [[String]] = []
            for folder in folders {
                let depth = folder.utf8.count { $0 == UInt8(ascii: "/") }
                while levels.count <= depth { levels.append([]) }
                levels[depth].append(folder)
            }
            let fd = spareFolder.descriptor
            for level in levels {
                let failures = level.parallelMap { dir -> (path: String, reason: String)? in
                    if spare.entry(dir) != nil { FolderTree.remove(in: fd, dir) }
                    if mkdirat(fd, dir, 0o755) != 0 && errno != EEXIST { return (dir, String(cString: strerror(errno))) }
                    return nil
                }
                // The first in path order, so that the message does not depend on scheduling.
                if let failure = failures.compactMap({ $0 }).min(by: { $0.path < $1.path }) {
                    throw Failure.cannotCreate(folder + "/" + failure.path, failure.reason)
                }
            }
        }

        /// Puts one file in the new site: linked when the output folder has these bytes at this
        /// path already, written otherwise.
        public func put(_ file: OutputFile) -> Outcome {
            let entry = Manifest.Entry(hash: contentHash(file.pieces), size: file.count)
            let position = served.manifest.positions[file.path]
            if let i = position, served.manifest.entries[i] == entry, let found = served.found[i], found.verified,
               let linked = link(file.path, found, entry: entry, at: i) {
                return linked
            }
            return write(file, entry: entry, position: position)
        }

        /// A file the build did not make again because its inputs did not change (they have the
        /// `key` the previous build recorded for it): it is kept, if the output folder has it
        /// with the bytes the previous build wrote. One lookup of the path for all of it: a
        /// national site asks this 90,000 times.
        public func keep(_ path: String, key: UInt64) -> Outcome? {
            guard let i = served.manifest.positions[path], let found = served.found[i], found.verified,
                  served.state?.keys[i] == key else { return nil }
            return link(path, found, entry: served.manifest.entries[i], at: i)
        }

        /// The published file `found` at `path` (position `position` in the output folder's
        /// manifest) in the spare tree too; nil when it cannot be linked with these bytes (it was
        /// changed since it was checked, or the file system has no hard links), to be written
        /// instead.
        private func link(_ path: String, _ found: SurveyedTree.Found, entry: Manifest.Entry, at position: Int) -> Outcome? {
            let fd = spareFolder.descriptor
            let there = spare.entry(path, likely: position)
            if let there, there.kind == found.kind, there.stamp.inode == found.stamp.inode {
                return Outcome(path: path, entry: entry, wrote: false, stamp: found.stamp, position: position)
            }
            if there != nil || spare.folder(path) != nil { FolderTree.remove(in: fd, path) }
            var done = linkat(servedFolder.descriptor, path, fd, path, 0) == 0
            if !done && (errno == ENOENT || errno == ENOTDIR) && makeFolders(of: path) {
                done = linkat(servedFolder.descriptor, path, fd, path, 0) == 0
            }
            guard done else { return nil }
            // The stamp first, then the bytes: an edit of the published file since it was
            // checked is caught here, and one after this moment by the stamp, next time.
            guard let now = lookUp(in: fd, path), now.stamp.inode == found.stamp.inode,
                  let bytes = readFile(in: fd, path), bytes.count == entry.size, contentHash(bytes) == entry.hash else {
                FolderTree.unlink(in: fd, path)
                return nil
            }
            var linked = Outcome(path: path, entry: entry, wrote: false, stamp: now.stamp, position: position)
            linked.touched = true
            return linked
        }

        private func write(_ file: OutputFile, entry: Manifest.Entry, position: Int?) -> Outcome {
            let fd = spareFolder.descriptor
            if spare.entry(file.path) != nil || spare.folder(file.path) != nil { FolderTree.remove(in: fd, file.path) }
            var result = FileSystem.writeNew(file.pieces, in: fd, file.path)
            if case .failure(let failure) = result, failure.code == ENOENT || failure.code == ENOTDIR, makeFolders(of: file.path) {
                result = FileSystem.writeNew(file.pieces, in: fd, file.path)
            }
            switch result {
            case .failure(let reason):
                return Outcome(path: file.path, entry: entry, wrote: false, failure: .cannotWrite(folder + "/" + file.path, reason.description))
            case .success(let info):
                var written = Outcome(path: file.path, entry: entry, wrote: true, stamp: FileStamp(info), position: position)
                written.touched = true
                return written
            }
        }

        /// The folders `path` is in, made in the spare tree where they are missing (whatever
        /// else stands at such a path goes first); false when one cannot be made.
        func makeFolders(of path: String) -> Bool {
            let fd = spareFolder.descriptor
            var end = path.startIndex
            while let slash = path[end...].firstIndex(of: "/") {
                let folder = String(path[..<slash])
                if mkdirat(fd, folder, 0o755) == 0 {
                    madeOnDemand.withLock { _ = $0.insert(folder) }
                } else if errno != EEXIST || lookUp(in: fd, folder)?.kind != .folder {
                    guard FolderTree.remove(in: fd, folder), mkdirat(fd, folder, 0o755) == 0 else { return false }
                    madeOnDemand.withLock { _ = $0.insert(folder) }
                }
                end = path.index(after: slash)
            }
            return true
        }
    }

    public struct Outcome: Sendable {
        public let path: String
        public let entry: Manifest.Entry
        public let wrote: Bool
        var failure: Failure? = nil
        /// The file's stamp in the new site, as it was once in place.
        var stamp = FileStamp(inode: 0, size: -1, modified: 0, changed: 0)
        /// A key of the inputs the file was made from, recorded in the state so that the next
        /// build can keep the file when its inputs have that key again.
        public var key: UInt64? = nil

        /// Whether the spare tree's entry was made anew (its folder changed with it).
        var touched = false
        /// Where its path is in the output folder's manifest (nil: not there).
        var position: Int? = nil

        /// True when the file is in place with these bytes (written now or before).
        public var isWritten: Bool { failure == nil }
    }
}
