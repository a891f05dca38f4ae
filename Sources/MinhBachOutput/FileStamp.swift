#if canImport(Glibc)
import Glibc
#endif

/// What `lstat` says of a file, as git's index keeps it: enough to know, without reading
/// it, that a file is the one a build wrote. Any write moves the change time, which no tool
/// can set back; a stamp is trusted only when it was taken after that time had passed (see
/// `BuildState.isSettled`).
public struct FileStamp: Sendable, Equatable {
    public var inode: UInt64
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    public var changed: Int64

    public init(inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    init(_ info: stat) {
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }
}

/// What an entry of a folder is, never following a link.
public enum EntryKind: UInt8, Sendable {
    case file, folder, link, other
}

/// The entry `path` of the open folder `folder`, not following a link at its end.
func lookUp(in folder: Int32, _ path: String) -> (kind: EntryKind, stamp: FileStamp)? {
    var info = stat()
    guard fstatat(folder, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
    return (EntryKind(mode: info.st_mode), FileStamp(info))
}

extension EntryKind {
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .file
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .link
        default: self = .other
        }
    }
}
