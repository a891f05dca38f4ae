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
        private let place: OutputPlace
        private let spare: SurveyedTree
        private let servedFolder: OpenFolder
        private let spareFolder: OpenFolder
        private let workFolder: OpenFolder
        private let paths: [String]
        /// The folders the new site needs, parents first.
        /// The folders of the new site, when made before the files (into an empty spare tree).
        private let foldersMadeFirst: NeededFolders?
        /// Folders made in the spare tree when a file first needed them.
        private let madeOnDemand = Mutex<Set<String>>([])
        /// The positions of `paths` in the order of their bytes, when the output folder has
        /// no manifest to order them by (a first build): sorted on another thread while the
        /// files are made.
        private let presorted = Mutex<[Int]?>(nil)
        private let sorting = DispatchGroup()
        /// Whether the output folder did not exist: the spare tree then becomes the site, and a
        /// copy of it (links) the next spare.
        private let fresh: Bool

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
        private func makeFolders(of path: String) -> Bool {
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

        /// Completes the new site (the files no build wrote, carried over; what the spare tree
        /// held and the new site does not, removed; the manifest and the state), then puts it in
        /// place of the output folder in one step.
        /// - Parameter outcomes: one per path the session was opened with, in that order.
        public func finish(_ outcomes: [Outcome], inputHash: String? = nil) throws -> Report {
            var report = Report()
            for outcome in outcomes {
                if let failure = outcome.failure { throw failure }
                if outcome.wrote { report.written += 1 } else { report.unchanged += 1 }
            }
            let sameFiles = outcomes.count == paths.count && outcomes.indices.allSatisfy { utf8Equal(outcomes[$0].path, paths[$0]) }
            guard sameFiles else { throw Failure.cannotWrite(folder, "the files do not match the paths") }
            sorting.wait()
            let order = PathOrder(paths, known: outcomes.map(\.position), in: served.manifest, presorted: presorted.withLock { $0 })
            let needed = foldersMadeFirst ?? NeededFolders(order: order, served: served)
            // Every folder of the new site, the tree itself first, and where the spare tree has it.
            let folders = [""] + needed.ordered
            let spareFolders = spareStamps(of: folders, needed)
            var state = BuildState(inputHash: inputHash)
            state.device = spare.device
            // The folders whose entries this build changed: only their stamps are taken again.
            var changedFolders: Set<String> = [""]
            for outcome in outcomes where outcome.touched { changedFolders.insert(SurveyedTree.parent(of: outcome.path)) }
            for path in madeOnDemand.withLock({ $0 }).union(foldersMadeFirst?.members ?? []) {
                changedFolders.insert(path)
                changedFolders.insert(SurveyedTree.parent(of: path))
            }
            // Folders that hold no file of the new site (`.well-known/` made by hand, empty).
            for (k, folder) in folders.enumerated() where spareFolders.stamps[k] == nil && !folder.isEmpty
                && lookUp(in: spareFolder.descriptor, folder)?.kind != .folder {
                if makeFolders(of: folder + "/x") { changedFolders.insert(folder); changedFolders.insert(SurveyedTree.parent(of: folder)) }
            }
            let carried = try carryForeign(order, needed, into: &state, changing: &changedFolders)
            removeStale(order, needed, staleFolders: spareFolders.unwanted, carried: carried, changing: &changedFolders)
            report.removed = order.dropped

            var manifest = Manifest.header
            manifest.reserveCapacity(order.indices.count * 72)
            for i in order.indices { Manifest.appendLine(outcomes[i].path, outcomes[i].entry, to: &manifest) }
            state.manifestChecksum = ChecksummedText.seal(&manifest)
            state.stamps = order.indices.map { outcomes[$0].stamp }
            state.keys = order.indices.map { outcomes[$0].key }
            let copy = fresh ? try linkCopy(order.sorted, needed, stamping: &state) : nil
            try record(manifest, state, folders, in: spareFolder.descriptor, named: sparePath,
                       unchanged: fresh ? nil : (spareFolders.stamps, changedFolders))
            if let copy {
                let opened = OpenFolder(place.work + "/copy")
                try withExtendedLifetime(opened) { try record(manifest, copy, folders, in: opened.descriptor, named: place.work + "/copy", unchanged: nil) }
            }
            try publish()
            return report
        }

        /// The spare tree's stamp of each of `folders` (in byte order), nil where it has none,
        /// and its folders that the new site does not have: the two lists walked side by side
        /// when the spare tree's folders are those it recorded, else each looked up.
        private func spareStamps(of folders: [String], _ needed: NeededFolders) -> (stamps: [FileStamp?], unwanted: [String]) {
            if spare.listedFolders.isEmpty, let matched = FolderMatch.match(folders, spare.standing) { return matched }
            return (folders.map { spare.folder($0) }, spare.folderPaths.filter { !$0.isEmpty && !needed.contains($0) })
        }

        /// The entries of the output folder that no build wrote, linked into the spare tree
        /// (unless the new site has a file or folder of its own at their path).
        private func carryForeign(_ order: PathOrder, _ needed: NeededFolders, into state: inout BuildState,
                                  changing folders: inout Set<String>) throws -> Set<String> {
            var carried = Set<String>()
            let fd = spareFolder.descriptor
            for (path, found) in served.others.sorted(by: { utf8Precedes($0.key, $1.key) }) where !order.contains(path) && !needed.contains(path) {
                if spare.entry(path)?.stamp.inode != found.stamp.inode || spare.entry(path)?.kind != found.kind {
                    FolderTree.remove(in: fd, path)
                    folders.insert(SurveyedTree.parent(of: path))
                    var done = linkat(servedFolder.descriptor, path, fd, path, 0) == 0
                    if !done && (errno == ENOENT || errno == ENOTDIR) && makeFolders(of: path) {
                        done = linkat(servedFolder.descriptor, path, fd, path, 0) == 0
                    }
                    if !done { throw Failure.cannotWrite(folder + "/" + path, String(cString: strerror(errno))) }
                }
                if let now = lookUp(in: fd, path) { state.foreign.append((path, now.kind, now.stamp)) }
                carried.insert(path)
            }
            return carried
        }

        /// What the spare tree holds that the new site does not: files, then folders, deepest first.
        private func removeStale(_ order: PathOrder, _ needed: NeededFolders, staleFolders: [String], carried: Set<String>,
                                 changing folders: inout Set<String>) {
            let fd = spareFolder.descriptor
            let sortedPaths = order.sorted
            let stale = { (path: String) in !order.contains(path) && !carried.contains(path) && !needed.contains(path) }
            // The spare tree's files and the new site's, both in byte order, walked side by side:
            // looking each of 90,000 paths up in a set cost more.
            var removed: [String] = []
            var next = 0
            for (i, path) in spare.manifest.paths.enumerated() where spare.found[i] != nil {
                while next < sortedPaths.count && utf8Precedes(sortedPaths[next], path) { next += 1 }
                if next < sortedPaths.count && utf8Equal(sortedPaths[next], path) { continue }
                if !carried.contains(path) { removed.append(path) }
            }
            removed += spare.others.keys.filter(stale)
            for path in removed { FolderTree.unlink(in: fd, path) }
            for path in staleFolders.sorted(by: { $0.utf8.count > $1.utf8.count }) { FolderTree.remove(in: fd, path) }
            for path in removed + staleFolders { folders.insert(SurveyedTree.parent(of: path)) }
        }

        /// A copy of the spare tree, file by file linked, to be the next spare when the spare
        /// tree becomes the site; every stamp is taken again after the links (a link moves a
        /// file's change time).
        private func linkCopy(_ files: [String], _ needed: NeededFolders, stamping state: inout BuildState) throws -> BuildState {
            guard mkdirat(workFolder.descriptor, "copy", 0o755) == 0 else { throw Failure.cannotCreate(place.work + "/copy", String(cString: strerror(errno))) }
            let copy = OpenFolder(place.work + "/copy")
            defer { withExtendedLifetime(copy) {} }
            var levels: [[String]] = []
            for folder in needed.ordered {
                let depth = folder.utf8.count { $0 == UInt8(ascii: "/") }
                while levels.count <= depth { levels.append([]) }
                levels[depth].append(folder)
            }
            for level in levels {
                if level.parallelMap({ mkdirat(copy.descriptor, $0, 0o755) == 0 }).contains(false) {
                    throw Failure.cannotCreate(place.work + "/copy", String(cString: strerror(errno)))
                }
            }
            let linked = files.parallelMap { linkat(spareFolder.descriptor, $0, copy.descriptor, $0, 0) == 0 }
            if linked.contains(false) { throw Failure.cannotWrite(place.work + "/copy", String(cString: strerror(errno))) }
            let stamps = files.parallelMap { lookUp(in: spareFolder.descriptor, $0)?.stamp }
            state.stamps = stamps.map { $0 ?? FileStamp(inode: 0, size: -1, modified: 0, changed: 0) }
            return state
        }

        /// Writes the manifest, then the state (last, so that its time is after every stamp it
        /// holds), with the stamps of the tree's folders.
        /// - Parameter folders: every folder of the tree, in byte order (`""` first).
        /// - Parameter unchanged: the stamps the folders had (by position in `folders`), and
        ///   those whose entries changed since; nil to take every folder's stamp again.
        private func record(_ manifest: [UInt8], _ state: BuildState, _ folders: [String], in fd: Int32, named name: String,
                            unchanged: (stamps: [FileStamp?], changed: Set<String>)?) throws {
            var state = state
            if case .failure(let reason) = FileSystem.writeNew([manifest[...]], in: fd, Manifest.fileName) {
                throw Failure.cannotWrite(name + "/" + Manifest.fileName, reason.description)
            }
            // A stamp kept that should have been taken again is never wrong for long: the
            // folder's times moved, so the next build lists it.
            var kept = unchanged?.stamps ?? []
            for changed in unchanged?.changed ?? [] {
                if let k = position(of: changed, inSorted: folders) { kept[k] = nil }
            }
            let stamps = Array(folders.indices).parallelMap { k -> FileStamp? in
                if k < kept.count, let stamp = kept[k] { return stamp }
                return lookUp(in: fd, folders[k].isEmpty ? "." : folders[k])?.stamp
            }
            state.folders = zip(folders, stamps).compactMap { path, stamp in stamp.map { (path, $0) } }
            if case .failure(let reason) = FileSystem.writeNew([state.encoded()[...]], in: fd, BuildState.fileName) {
                throw Failure.cannotWrite(name + "/" + BuildState.fileName, reason.description)
            }
        }

        /// The spare tree in place of the output folder, in one step; the previous site becomes
        /// the spare.
        private func publish() throws {
            let target = place.folder
            if fresh {
                guard rename(sparePath, target) == 0 else { throw Failure.cannotPublish(target, String(cString: strerror(errno))) }
                _ = rename(place.work + "/copy", sparePath)
                return
            }
            if FolderTree.exchange(sparePath, target) == 0 {
                keepLateArrivals()
                return
            }
            guard errno == EINVAL || errno == ENOSYS else { throw Failure.cannotPublish(target, String(cString: strerror(errno))) }
            // A file system that cannot exchange two folders: the new site replaces the old one
            // by two renames, and for that moment the folder is missing (never half there).
            let old = place.work + "/old"
            guard rename(target, old) == 0 else { throw Failure.cannotPublish(target, String(cString: strerror(errno))) }
            guard rename(sparePath, target) == 0 else {
                _ = rename(old, target)
                throw Failure.cannotPublish(target, String(cString: strerror(errno)))
            }
            _ = rename(old, sparePath)
            keepLateArrivals()
        }

        /// Files put into the output folder while this build ran, after it was surveyed (a
        /// certificate tool's `.well-known/acme-challenge/…`, a `CNAME`), are in the previous
        /// site, now the spare: they are moved into the new site, where nothing else stands at
        /// their path. Only the top folder and `.well-known/` are looked at again, which is where
        /// hosts and such tools write; anywhere else the survey at the start is what counts.
        private func keepLateArrivals() {
            let old = OpenFolder(sparePath), new = OpenFolder(place.folder)
            withExtendedLifetime((old, new)) {
                var folders = [""]
                while let folder = folders.popLast() {
                    for entry in FolderTree.list(in: old.descriptor, folder) ?? [] {
                        let known = served.entry(entry.path) != nil || served.folder(entry.path) != nil
                            || (folder.isEmpty && [Manifest.fileName, BuildState.fileName].contains(entry.path))
                        if entry.kind == .folder && (entry.path == ".well-known" || entry.path.hasPrefix(".well-known/")) && known {
                            folders.append(entry.path)
                        } else if !known && lookUp(in: new.descriptor, entry.path) == nil {
                            _ = renameat(old.descriptor, entry.path, new.descriptor, entry.path)
                        }
                    }
                }
            }
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

extension SurveyedTree {
    /// The output folder of `place` as it is now (see `survey(_:trust:contents:)`).
    public static func survey(_ place: OutputPlace, trust: Bool = true, sharing shared: SharedManifest? = nil) -> SurveyedTree {
        let opened = OpenFolder(place.folder)
        guard opened.descriptor >= 0 else { return SurveyedTree() }
        return withExtendedLifetime(opened) { survey(opened.descriptor, trust: trust, contents: true, sharing: shared) }
    }
}

/// An open folder, never through a link, closed when the last user lets go of it.
final class OpenFolder: Sendable {
    let descriptor: Int32

    init(_ path: String) { descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
    deinit { if descriptor >= 0 { close(descriptor) } }
}

extension FileSystem {
    /// Writes a new file `target` of the open folder `folder` (nothing may stand there, and a
    /// link is never followed at its end); returns its status once written, or the reason it
    /// could not be, with the part written removed.
    static func writeNew(_ pieces: [ArraySlice<UInt8>], in folder: Int32, _ target: String) -> Result<stat, WriteFailure> {
        let fd = openat(folder, target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(WriteFailure(String(cString: strerror(errno)))) }
        var failure = FileSystem.writeAll(pieces, to: fd)
        let code = errno
        var info = stat()
        if failure == nil && fstat(fd, &info) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlinkat(folder, target, 0)
            return .failure(WriteFailure(failure, code: code))
        }
        return .success(info)
    }

    struct WriteFailure: Error, CustomStringConvertible {
        let description: String
        /// The system's error number.
        let code: Int32
        init(_ reason: String, code: Int32 = errno) { description = reason; self.code = code }
    }
}

/// The spare tree beside the output folder, made ready and surveyed (see `SiteWriter`): what
/// a stopped build left in the build's own folder removed, the spare folder made if missing.
/// It is prepared beside the survey of the output folder, while the inputs are hashed.
public struct SpareTree: Sendable {
    let folder: Result<OpenFolder, SiteWriter.Failure>
    let tree: SurveyedTree

    /// - Parameter shared: the published site's manifest, when its survey has read it already.
    public init(place: OutputPlace, trust: Bool, like shared: SharedManifest? = nil) {
        let work = OpenFolder(place.work)
        let path = place.work + "/spare"
        var opened: Result<OpenFolder, SiteWriter.Failure> = .failure(.cannotCreate(path, "not made"))
        withExtendedLifetime(work) {
            for name in ["copy", "old"] { FolderTree.remove(in: work.descriptor, name) }
            let kind = lookUp(in: work.descriptor, "spare")?.kind
            if kind != nil && kind != .folder { FolderTree.remove(in: work.descriptor, "spare") }
            if kind != .folder && mkdirat(work.descriptor, "spare", 0o755) != 0 {
                opened = .failure(.cannotCreate(path, String(cString: strerror(errno))))
                return
            }
            let spare = OpenFolder(path)
            opened = spare.descriptor >= 0 ? .success(spare) : .failure(.cannotCreate(path, String(cString: strerror(errno))))
        }
        folder = opened
        tree = (try? opened.get()).map { spare in withExtendedLifetime(spare) { SurveyedTree.survey(spare.descriptor, trust: trust, contents: false, like: shared?.current) } }
            ?? SurveyedTree()
    }
}

/// The folders a new site has: those its files are in, and those of the output folder that no
/// build made (`.well-known/`) or that hold files no build wrote.
struct NeededFolders: Sendable {
    /// Parents before what they hold; the tree itself (`""`) left out.
    let ordered: [String]
    let members: Set<String>?
    /// The output folder, whose folders are the new site's when `members` is nil.
    private let served: SurveyedTree?

    func contains(_ folder: String) -> Bool {
        if let members { return members.contains(folder) }
        return served?.folder(folder) != nil
    }

    private init(ordered: [String], members: Set<String>?, served: SurveyedTree?) {
        self.ordered = ordered
        self.members = members
        self.served = served
    }

    /// Every one, worked out from the paths.
    init(paths: [String], served: SurveyedTree) {
        var needed = Set<String>()
        var last: Substring = ""
        for path in paths {
            // Paths come grouped by folder: most have the previous one's.
            let parent = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? ""
            if parent != last { Self.addFolders(of: path, to: &needed); last = parent }
        }
        for path in served.others.keys { Self.addFolders(of: path, to: &needed) }
        for path in served.folderPaths where !path.isEmpty && !needed.contains(path) && !served.holdsOwnFiles(path) {
            needed.insert(path)
            Self.addFolders(of: path, to: &needed)
        }
        self.init(ordered: needed.sorted(by: utf8Precedes), members: needed, served: nil)
    }

    /// For the files in `order`: when they are the very paths of the output folder's manifest
    /// (a correction, the most common build), the new site has exactly the folders the output
    /// folder has, as its survey found them; otherwise they are worked out. In byte order.
    init(order: PathOrder, served: SurveyedTree) {
        // Only when every file of the output folder stood where it was: then so do its folders.
        guard served.state != nil, served.manifest.isKnown, order.isManifest, !served.found.contains(where: { $0 == nil }) else {
            self.init(paths: order.sorted, served: served)
            return
        }
        var ordered = served.standing.map(\.path).filter { !$0.isEmpty }
        if !served.listedFolders.isEmpty {
            // Folders found that the record did not have (made by hand since).
            ordered += served.listedFolders.keys.filter { !$0.isEmpty }
            ordered.sort(by: utf8Precedes)
        } else if !FolderMatch.isInOrder(ordered, \.self) {
            ordered.sort(by: utf8Precedes)
        }
        self.init(ordered: ordered, members: nil, served: served)
    }

    /// The folders to make first, into an empty spare tree.
    var all: Set<String> { members ?? Set(ordered) }

    /// Adds the folders `path` is in, the nearest first, stopping at one already there (its
    /// own are then there too): a national site's 90,000 paths are mostly in folders of
    /// their own, and adding every ancestor of each was 57,000 insertions more.
    static func addFolders(of path: String, to folders: inout Set<String>) {
        var end = path.endIndex
        while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
            guard folders.insert(String(path[..<slash])).inserted else { return }
            end = slash
        }
    }
}
