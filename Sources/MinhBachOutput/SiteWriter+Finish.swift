import Foundation
import MinhBachCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

extension SiteWriter.Session {
    /// Completes the new site (the files no build wrote, carried over; what the spare tree
    /// held and the new site does not, removed; the manifest and the state), then puts it in
    /// place of the output folder in one step.
    /// - Parameter outcomes: one per path the session was opened with, in that order.
    public func finish(_ outcomes: [SiteWriter.Outcome], inputHash: String? = nil, warnings: [String] = []) throws -> SiteWriter.Report {
        var report = SiteWriter.Report()
        for outcome in outcomes {
            if let failure = outcome.failure { throw failure }
            if outcome.wrote { report.written += 1 } else { report.unchanged += 1 }
        }
        let sameFiles = outcomes.count == paths.count && outcomes.indices.allSatisfy { utf8Equal(outcomes[$0].path, paths[$0]) }
        guard sameFiles else { throw SiteWriter.Failure.cannotWrite(folder, "the files do not match the paths") }
        sorting.wait()
        let order = PathOrder(paths, known: outcomes.map(\.position), in: served.manifest, presorted: presorted.withLock { $0 })
        let needed = foldersMadeFirst ?? NeededFolders(order: order, served: served)
        // Every folder of the new site, the tree itself first, and where the spare tree has it.
        let folders = [""] + needed.ordered
        let spareFolders = spareStamps(of: folders, needed)
        var state = BuildState(inputHash: inputHash, warnings: inputHash == nil ? [] : warnings)
        state.device = spare.device
        // The folders whose entries this build changed: only their stamps are taken again. A
        // fresh spare tree has every folder's stamp taken (a full build: 80,000 folders, whose
        // set cost 0.1 s to fill).
        var changedFolders: Set<String> = [""]
        if !fresh {
            for outcome in outcomes where outcome.touched { changedFolders.insert(SurveyedTree.parent(of: outcome.path)) }
            for path in madeOnDemand.withLock({ $0 }).union(foldersMadeFirst?.members ?? []) {
                changedFolders.insert(path)
                changedFolders.insert(SurveyedTree.parent(of: path))
            }
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
    func spareStamps(of folders: [String], _ needed: NeededFolders) -> (stamps: [FileStamp?], unwanted: [String]) {
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
                if !done { throw SiteWriter.Failure.cannotWrite(folder + "/" + path, String(cString: strerror(errno))) }
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
        guard mkdirat(workFolder.descriptor, "copy", 0o755) == 0 else { throw SiteWriter.Failure.cannotCreate(place.work + "/copy", String(cString: strerror(errno))) }
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
                throw SiteWriter.Failure.cannotCreate(place.work + "/copy", String(cString: strerror(errno)))
            }
        }
        let linked = files.parallelMap { linkat(spareFolder.descriptor, $0, copy.descriptor, $0, 0) == 0 }
        if linked.contains(false) { throw SiteWriter.Failure.cannotWrite(place.work + "/copy", String(cString: strerror(errno))) }
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
            throw SiteWriter.Failure.cannotWrite(name + "/" + Manifest.fileName, reason.description)
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
            throw SiteWriter.Failure.cannotWrite(name + "/" + BuildState.fileName, reason.description)
        }
    }
}
