import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

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
