#if canImport(Glibc)
import Glibc
#endif

extension FileSystem {
    /// Writes the pieces one after the other to a temporary name beside `target`, then
    /// renames it over `target`, so that a reader (or a crash) never sees half a file.
    /// Returns the reason on failure, with nothing left behind.
    public static func writeWhole(_ pieces: [ArraySlice<UInt8>], to target: String) -> String? {
        writeWhole(pieces, in: AT_FDCWD, target)
    }

    /// As `writeWhole(_:to:)`, for `target` relative to the open folder `folder` (a
    /// descriptor), so that writing 90,000 pages does not walk the output folder's path each time.
    public static func writeWhole(_ pieces: [ArraySlice<UInt8>], in folder: Int32, _ target: String) -> String? {
        let temporary = target + ".minhbach-tmp-\(getpid())"
        let fd = openat(folder, temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        var failure = writeAll(pieces, to: fd)
        close(fd)
        if failure == nil && renameat(folder, temporary, folder, target) != 0 { failure = String(cString: strerror(errno)) }
        if failure != nil { unlinkat(folder, temporary, 0) }
        return failure
    }

    /// Writes the pieces one after the other to the open file `fd`; the reason on failure.
    public static func writeAll(_ pieces: [ArraySlice<UInt8>], to fd: Int32) -> String? {
        var failure: String?
        pieces: for piece in pieces {
            piece.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { failure = n == 0 ? "no space left" : String(cString: strerror(errno)); return }
                    offset += n
                }
            }
            if failure != nil { break pieces }
        }
        return failure
    }

    /// Creates `folder` and its missing parents; false when it cannot.
    public static func makeFolders(_ folder: String) -> Bool {
        if kind(of: folder) == .folder { return true }
        if let slash = folder.lastIndex(of: "/"), slash > folder.startIndex {
            guard makeFolders(String(folder[..<slash])) else { return false }
        }
        return mkdir(folder, 0o755) == 0 || errno == EEXIST
    }
}
