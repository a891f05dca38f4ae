#if canImport(Glibc)
import Glibc
#endif

extension FileSystem {
    /// The `contentHash` of the file at `path`, read through a read-only mapping of it rather
    /// than into memory of our own: the program's own executable (16 MB) is hashed at the start
    /// of every build, and fresh memory costs more here than the hashing (20 ms against 3).
    /// Only for files nobody truncates while they are read, such as a running executable
    /// (Linux refuses to write to one); nil when it cannot be mapped.
    public static func mappedHash(_ path: String) -> UInt64? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else { return nil }
        defer { munmap(mapped, size) }
        return contentHash(UnsafeRawBufferPointer(start: mapped, count: size))
    }
}
