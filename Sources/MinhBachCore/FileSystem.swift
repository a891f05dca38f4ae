#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

/// Reading folders and files with the C library directly. A national archive is some 80,000
/// small files; Foundation's `FileManager` spent about a tenth of a millisecond per file on
/// attributes and bridging, which was most of an up-to-date check. These calls do one
/// `readdir` pass per folder and one `open`/`read`/`close` per file.
public enum FileSystem {
    /// Whether `path` is a folder (or a link to one).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public enum Kind: Sendable { case file, folder, other }

    public struct Entry: Sendable {
        public let name: String
        /// What the entry is, or for a symbolic link what it leads to (`.other` when nothing).
        public let kind: Kind
        /// A symbolic link: walks never enter a linked folder (a link to its own parent would
        /// be walked for ever), and readers check where a link leads (`Links`).
        public let isLink: Bool

        init(name: String, kind: Kind, isLink: Bool = false) {
            self.name = name
            self.kind = kind
            self.isLink = isLink
        }
    }

    private static let direntNameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let direntTypeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!

    /// The entries of `folder` except `.` and `..`, sorted by name; nil when it cannot be read.
    public static func list(_ folder: String) -> [Entry]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let item = readdir(dir) {
            // The name is read where it lies: a record is only as long as its name, so copying
            // the whole `dirent` (`item.pointee`) can read past the end of the last one.
            let name = String(cString: (UnsafeRawPointer(item) + direntNameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            switch Int32((UnsafeRawPointer(item) + direntTypeOffset).load(as: UInt8.self)) {
            case Int32(DT_REG): entries.append(Entry(name: name, kind: .file))
            case Int32(DT_DIR): entries.append(Entry(name: name, kind: .folder))
            case Int32(DT_LNK): entries.append(Entry(name: name, kind: kind(of: folder + "/" + name), isLink: true))
            default: entries.append(entry(name, in: folder))   // the type is unknown: ask lstat
            }
        }
        return entries.sorted { utf8Precedes($0.name, $1.name) }
    }

    private static func entry(_ name: String, in folder: String) -> Entry {
        var info = stat()
        guard lstat(folder + "/" + name, &info) == 0 else { return Entry(name: name, kind: .other) }
        if (info.st_mode & S_IFMT) == S_IFLNK { return Entry(name: name, kind: kind(of: folder + "/" + name), isLink: true) }
        return Entry(name: name, kind: kind(of: info))
    }

    private static func kind(of info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// What `path` is, following links.
    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        return kind(of: info)
    }

    /// Every regular file below `folder`, as relative paths in byte order, linked folders not
    /// entered. Hidden entries are included only when `hidden` is true.
    public static func tree(_ folder: String, hidden: Bool) -> [String] {
        var files: [String] = []
        func walk(_ relative: String) {
            guard let entries = list(relative.isEmpty ? folder : folder + "/" + relative) else { return }
            for entry in entries where hidden || !entry.name.hasPrefix(".") {
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                switch entry.kind {
                case .file: files.append(path)
                case .folder where !entry.isLink: walk(path)
                case .folder, .other: break
                }
            }
        }
        walk("")
        return files.sorted { utf8Precedes($0, $1) }
    }

    /// Every folder below `folder` and itself (as ""), each with its entries, in byte order of
    /// their relative paths; linked folders are listed as entries, not entered. Hidden entries
    /// are included only when `hidden` is true.
    ///
    /// The folders of each depth are listed side by side: a national archive's month folders
    /// hold thousands of files each, and listing them one after the other was a tenth of a
    /// second on one core at the start of every build.
    public static func folders(_ folder: String, hidden: Bool) -> [(relative: String, entries: [Entry])] {
        var found: [(relative: String, entries: [Entry])] = []
        var depth = [""]
        while !depth.isEmpty {
            let listed = depth.parallelReadMap(chunk: 1) { relative -> (relative: String, entries: [Entry])? in
                guard let entries = list(relative.isEmpty ? folder : folder + "/" + relative) else { return nil }
                return (relative, hidden ? entries : entries.filter { !$0.name.hasPrefix(".") })
            }
            depth = []
            for case let (relative, entries)? in listed {
                found.append((relative, entries))
                for entry in entries where entry.kind == .folder && !entry.isLink { depth.append(relative.isEmpty ? entry.name : relative + "/" + entry.name) }
            }
        }
        return found.sorted { utf8Precedes($0.relative, $1.relative) }
    }
}
