import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

/// Folders walked, removed and swapped through descriptors, never through a link: a link
/// planted in the output folder (`don-vi -> /etc`) is an entry like any other, listed and
/// removed as itself, and nothing is ever read or written where it points.
enum FolderTree {
    struct Entry: Sendable {
        let path: String
        let kind: EntryKind
        let inode: UInt64
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!
    private static let inodeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_ino)!

    /// The entries of the folder `relative` (`""` for `folder` itself), with their paths from
    /// `folder`; nil when it is not a folder (a link to one is not).
    static func list(in folder: Int32, _ relative: String) -> [Entry]? {
        let fd = open(in: folder, relative)
        guard fd >= 0 else { return nil }
        guard let dir = fdopendir(fd) else { close(fd); return nil }
        defer { closedir(dir) }
        // A duplicated descriptor shares its position: start from the first entry.
        rewinddir(dir)
        var entries: [Entry] = []
        while let item = readdir(dir) {
            let raw = UnsafeRawPointer(item)
            let name = String(cString: (raw + nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            var kind: EntryKind
            switch Int32((raw + typeOffset).load(as: UInt8.self)) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN): kind = lookUp(in: folder, path)?.kind ?? .other
            default: kind = .other
            }
            entries.append(Entry(path: path, kind: kind, inode: UInt64((raw + inodeOffset).load(as: UInt.self))))
        }
        return entries
    }

    /// The folder `relative` of `folder`, opened a name at a time so that no link is followed
    /// anywhere along the path (a descriptor to close, or -1).
    static func open(in folder: Int32, _ relative: String) -> Int32 {
        var fd = dup(folder)
        for name in relative.split(separator: "/") where fd >= 0 {
            let next = openat(fd, String(name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            close(fd)
            fd = next
        }
        return fd
    }

    /// Removes the entry `path` of `folder` that is not a folder, its own folders opened a
    /// name at a time (see `open`).
    @discardableResult
    static func unlink(in folder: Int32, _ path: String) -> Bool {
        let slash = path.lastIndex(of: "/")
        let parent = open(in: folder, slash.map { String(path[..<$0]) } ?? "")
        guard parent >= 0 else { return false }
        defer { close(parent) }
        return unlinkat(parent, slash.map { String(path[path.index(after: $0)...]) } ?? path, 0) == 0
    }

    /// Every entry below `relative` (folders too, before what they hold), a depth at a time and
    /// each depth on all cores.
    static func walk(in folder: Int32, _ relative: String = "") -> [Entry] {
        var found: [Entry] = []
        var depth = [relative]
        while !depth.isEmpty {
            let listed = depth.parallelReadMap(chunk: 4) { list(in: folder, $0) ?? [] }
            depth = []
            for entries in listed {
                found += entries
                for entry in entries where entry.kind == .folder { depth.append(entry.path) }
            }
        }
        return found
    }

    /// Removes the entry `path` of `folder`, a folder with everything in it; links are removed,
    /// never followed. False when something could not be removed.
    @discardableResult
    static func remove(in folder: Int32, _ path: String) -> Bool {
        let slash = path.lastIndex(of: "/")
        let parent = open(in: folder, slash.map { String(path[..<$0]) } ?? "")
        guard parent >= 0 else { return errno == ENOENT }
        defer { close(parent) }
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if unlinkat(parent, name, 0) == 0 || errno == ENOENT { return true }
        guard errno == EISDIR || errno == EPERM else { return false }
        // Deepest first: a folder is removed after what it holds; each from its own folder,
        // opened without following a link.
        for entry in walk(in: parent, name).reversed() {
            let inner = entry.path.lastIndex(of: "/")!
            let holder = open(in: parent, String(entry.path[..<inner]))
            if holder >= 0 {
                _ = unlinkat(holder, String(entry.path[entry.path.index(after: inner)...]), entry.kind == .folder ? AT_REMOVEDIR : 0)
                close(holder)
            }
        }
        return unlinkat(parent, name, AT_REMOVEDIR) == 0 || errno == ENOENT
    }

    /// `renameat2(2)` with `RENAME_EXCHANGE`: the two folders trade places in one step, so that
    /// whoever opens a path sees the whole of one tree or of the other, never a mix. Glibc has
    /// it since 2.28 but Swift's Glibc module does not show it (it is declared only under
    /// `_GNU_SOURCE`), so it is looked up by name.
    static func exchange(_ a: String, _ b: String) -> Int32 {
        typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = renameat2Symbol else { errno = ENOSYS; return -1 }
        let call = unsafeBitCast(symbol, to: Renameat2.self)
        let renameExchange: UInt32 = 1 << 1   // <stdio.h>
        return call(AT_FDCWD, a, AT_FDCWD, b, renameExchange)
    }

    private nonisolated(unsafe) static let renameat2Symbol: UnsafeMutableRawPointer? = dlsym(dlopen(nil, RTLD_NOW), "renameat2")
}
