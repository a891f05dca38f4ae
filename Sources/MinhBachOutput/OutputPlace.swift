import Foundation
import MinhBachCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Where a site is published, resolved to its real path, and the build's own folder beside it
/// (`.Site.minhbach/`: the lock, and the spare tree that becomes the next site), held by one
/// build at a time. Two builds into one folder would interleave their files; the second waits
/// until the first lets go (the lock is the system's `flock`, so a killed build lets go too).
public final class OutputPlace: Sendable {
    /// The output folder's real path (links resolved), which may not exist yet.
    public let folder: String
    /// `.<name>.minhbach` beside it.
    public let work: String
    private let lockDescriptor: Atomic<Int32>

    public enum Failure: Error, CustomStringConvertible, Sendable {
        case cannotCreate(String, String)
        case notAFolder(String)

        public var description: String {
            switch self {
            case .cannotCreate(let p, let why): return "cannot create the folder \(p): \(why)"
            case .notAFolder(let p): return "\(p) is not a folder (a link or a file is there); remove it and build again"
            }
        }
    }

    /// Resolves `output` and takes its lock; `waiting` is called once, with the lock file's
    /// path, when another build holds it.
    public init(output: String, waiting: (String) -> Void = { _ in }) throws {
        folder = OutputPlace.realPath(output)
        let slash = folder.lastIndex(of: "/")!
        let parent = slash == folder.startIndex ? "/" : String(folder[..<slash])
        work = (parent == "/" ? "" : parent) + "/." + folder[folder.index(after: slash)...] + ".minhbach"
        guard FileSystem.makeFolders(parent) else { throw Failure.cannotCreate(parent, String(cString: strerror(errno))) }
        if mkdir(work, 0o755) != 0 && errno != EEXIST { throw Failure.cannotCreate(work, String(cString: strerror(errno))) }
        guard lookUp(in: AT_FDCWD, work)?.kind == .folder else { throw Failure.notAFolder(work) }
        let lockFile = work + "/lock"
        let fd = open(lockFile, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure.cannotCreate(lockFile, String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            waiting(lockFile)
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        }
        lockDescriptor = Atomic(fd)
    }

    /// Lets the next build in: when this one has ended, whoever still holds its values.
    public func release() {
        let fd = lockDescriptor.exchange(-1, ordering: .relaxed)
        if fd >= 0 { close(fd) }
    }

    deinit { release() }

    /// The real path of `path`: of the path itself when it exists, else of its nearest
    /// existing parent with the rest appended, so that a link (`Site -> Content`) is compared
    /// as what it points to.
    public static func realPath(_ path: String) -> String {
        var absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/"))
            .standardizedFileURL.path
        while absolute.count > 1 && absolute.hasSuffix("/") { absolute.removeLast() }
        var head = absolute
        var tail: [Substring] = []
        while true {
            if let resolved = realpath(head, nil) {
                defer { free(resolved) }
                var result = String(cString: resolved)
                for part in tail.reversed() { result += (result == "/" ? "" : "/") + part }
                return result
            }
            guard let slash = head.lastIndex(of: "/"), head != "/" else { return absolute }
            tail.append(head[head.index(after: slash)...])
            head = slash == head.startIndex ? "/" : String(head[..<slash])
        }
    }

    /// Whether two real paths are one folder or one holds the other.
    public static func overlap(_ a: String, _ b: String) -> Bool {
        a == b || a == "/" || b == "/" || a.hasPrefix(b + "/") || b.hasPrefix(a + "/")
    }
}
