import Foundation

/// The temporary folder a preview builds into, `$TMPDIR/minhbach-serve-<pid>-<random>`. The
/// process id in the name lets a later preview remove what a killed one (`kill -9`, a crash)
/// left behind, and never the folder of a preview still running.
public struct PreviewFolder: Sendable {
    static let prefix = "minhbach-serve-"
    public let path: String

    /// A new name in `parent`; nothing is created yet.
    public init(in parent: String = NSTemporaryDirectory()) {
        path = (parent as NSString).appendingPathComponent("\(Self.prefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    }

    public func create() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }

    /// A build may still be writing into the folder: a removal that meets a new file is tried again.
    public func remove() {
        for _ in 0..<3 where FileManager.default.fileExists(atPath: path) {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Removes the preview folders in `parent` whose process is gone, and returns their names.
    /// Only this user's own folders are considered (not links, not files), as in a shared /tmp.
    @discardableResult
    public static func removeAbandoned(in parent: String = NSTemporaryDirectory()) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return names.sorted().filter { name in
            guard let pid = owner(of: name), pid != getpid(), !isRunning(pid) else { return false }
            let path = (parent as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { return false }
            return (try? FileManager.default.removeItem(atPath: path)) != nil
        }
    }

    /// The process id in a preview folder's name: 123 in `minhbach-serve-123-456`.
    static func owner(of name: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        // A pid of 0 or less would make `kill` speak of a process group, or of every process.
        guard rest.count == 2, !rest[1].isEmpty, rest[0].allSatisfy(\.isASCII), let pid = pid_t(rest[0]), pid > 0 else { return nil }
        return pid
    }

    /// A process another user owns answers EPERM: it is running, and its folder stays. A zombie
    /// (ended, its status not yet collected by its parent, as after `kill -9` under a slow
    /// parent) still answers `kill`, but can no longer use its folder.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 || errno != ESRCH else { return false }
        return !isZombie(pid)
    }

    /// Linux's `/proc/<pid>/stat` is `pid (name) state ...`; the name may hold spaces and parentheses.
    static func isZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let nameEnd = stat.lastIndex(of: ")") else { return false }
        return stat[nameEnd...].dropFirst().trimmingPrefix(" ").first == "Z"
    }
}
