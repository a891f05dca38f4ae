import Foundation
import MinhBachCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

extension SiteWriter.Session {
    /// The spare tree in place of the output folder, in one step; the previous site becomes
    /// the spare.
    func publish() throws {
        let target = place.folder
        if fresh {
            guard rename(sparePath, target) == 0 else { throw SiteWriter.Failure.cannotPublish(target, String(cString: strerror(errno))) }
            _ = rename(place.work + "/copy", sparePath)
            return
        }
        if FolderTree.exchange(sparePath, target) == 0 {
            keepLateArrivals()
            return
        }
        guard errno == EINVAL || errno == ENOSYS else { throw SiteWriter.Failure.cannotPublish(target, String(cString: strerror(errno))) }
        // A file system that cannot exchange two folders: the new site replaces the old one
        // by two renames, and for that moment the folder is missing (never half there).
        let old = place.work + "/old"
        guard rename(target, old) == 0 else { throw SiteWriter.Failure.cannotPublish(target, String(cString: strerror(errno))) }
        guard rename(sparePath, target) == 0 else {
            _ = rename(old, target)
            throw SiteWriter.Failure.cannotPublish(target, String(cString: strerror(errno)))
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
