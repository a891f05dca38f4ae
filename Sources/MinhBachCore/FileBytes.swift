#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes through a read-only mapping of it, for the caches a build reads whole
/// (the parse cache of a national archive is 160 MB). Read into memory of our own, every
/// page was fresh memory, which the system clears before copying into it: reading the
/// parse cache cost 0.24 s of processor time in a one-file correction (perf: a sixth of all
/// samples in `clear_page_erms`), mapping it a few milliseconds.
///
/// Decoders keep parts of the bytes (a result's body and figures until a page asks for them)
/// by keeping this object, which unmaps the file when the last of them is gone. A cache file
/// is never written in place, only replaced by renaming a new one over it, so the mapped
/// bytes stay those of the file as opened. One truncated by hand while a build reads it ends
/// that build (SIGBUS), which leaves the published site as it was, as a kill does.
public final class FileBytes: @unchecked Sendable {
    // @unchecked: the bytes are read-only for the object's whole life.
    public let bytes: UnsafeBufferPointer<UInt8>
    private let mappedLength: Int

    private init(bytes: UnsafeBufferPointer<UInt8>, mappedLength: Int) {
        self.bytes = bytes
        self.mappedLength = mappedLength
    }

    deinit {
        if mappedLength > 0, let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), mappedLength) }
    }

    /// The regular file at `path`, mapped; nil when it is missing, not a regular file or
    /// cannot be mapped.
    public static func map(_ path: String) -> FileBytes? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return map(opened: fd)
    }

    /// The regular file open as `fd`, mapped (`fd` may be closed afterwards).
    public static func map(opened fd: Int32) -> FileBytes? {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else { return FileBytes(bytes: UnsafeBufferPointer(start: nil, count: 0), mappedLength: 0) }
        // Populated at once: every byte is read (checksums first), and faulting the pages in
        // one by one cost more than mapping them together.
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), mapped != MAP_FAILED else { return nil }
        return FileBytes(bytes: UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size), mappedLength: size)
    }

    @inlinable public var count: Int { bytes.count }

    @inlinable public subscript(i: Int) -> UInt8 { bytes[i] }

    @inlinable public subscript(range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }

    @inlinable public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R { try body(bytes) }

    @inlinable public func starts(with prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
}
