#if canImport(Glibc)
import Glibc
#endif

extension FileSystem {
    public enum Resolved: Sendable, Equatable {
        case path(String)
        /// A link on the way leads to one that leads back (the system gives up after 40).
        case loop
        /// Something on the way does not exist.
        case missing
    }

    /// `path` with every link on it resolved (`realpath`).
    public static func resolve(_ path: String) -> Resolved {
        guard let resolved = realpath(path, nil) else { return errno == ELOOP ? .loop : .missing }
        defer { free(resolved) }
        return .path(String(cString: resolved))
    }

    /// What the link at `path` holds, as written in it; nil when it is not a link.
    public static func linkText(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
