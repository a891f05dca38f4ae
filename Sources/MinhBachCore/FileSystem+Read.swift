#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

extension FileSystem {
    /// The whole file; nil when it is missing, not a regular file or unreadable.
    ///
    /// Opened without waiting (`O_NONBLOCK`, which changes nothing for a regular file): opening
    /// a named pipe put in place of a content file would otherwise wait for a writer for ever.
    public static func read(_ path: String) -> [UInt8]? {
        read(opened: open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK))
    }

    public enum Limited {
        case bytes([UInt8])
        /// Larger than allowed, with the size found (the file is not read).
        case tooLarge(Int)
        /// Missing, not a regular file or unreadable.
        case unreadable
    }

    /// The whole file when it is at most `limit` bytes long; a larger one is not read at all.
    public static func read(_ path: String, atMost limit: Int) -> Limited {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .unreadable }
        var info = stat()
        if fstat(fd, &info) == 0, Int(info.st_size) > limit {
            close(fd)
            return .tooLarge(Int(info.st_size))
        }
        guard let bytes = read(opened: fd) else { return .unreadable }
        // It may have grown since it was measured.
        return bytes.count > limit ? .tooLarge(bytes.count) : .bytes(bytes)
    }

    /// The whole file `name` of the open folder `folder` (a descriptor): a national archive
    /// has thousands of files per folder, and naming each by its path from the root made the
    /// kernel walk that path again for every one.
    public static func read(in folder: Int32, _ name: String) -> [UInt8]? {
        read(opened: openat(folder, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK))
    }

    private static func read(opened fd: Int32) -> [UInt8]? {
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // Read into uninitialised storage: zeroing first cost as much as the read.
        var capacity = max(Int(info.st_size), 0) + 1
        if capacity > hugeBuffer, let bytes = readInParts(fd, size: capacity - 1) { return bytes }
        while true {
            var failed = false
            let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                if capacity >= hugeBuffer { adviseHugePages(buffer) }
                while count < capacity {
                    let n = Glibc.read(fd, buffer.baseAddress! + count, capacity - count)
                    if n < 0 { if errno == EINTR { continue }; failed = true; return }
                    if n == 0 { return }
                    count += n
                }
            }
            if failed { return nil }
            if bytes.count < capacity { return bytes }
            // The file grew while being read: start again with room for more.
            capacity *= 2
            guard lseek(fd, 0, SEEK_SET) == 0 else { return nil }
        }
    }

    /// A large file read in parts on all cores: the system clears each new page of memory
    /// as it is first written, and for the 170 MB parse cache of a national archive that
    /// alone was a tenth of a second on one core. Nil when the file is not `size` bytes long
    /// (it changed while being read), to be read again in one piece.
    private static func readInParts(_ fd: Int32, size: Int) -> [UInt8]? {
        let part = 16 << 20
        let parts = (size + part - 1) / part
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            adviseHugePages(buffer)
            nonisolated(unsafe) let base = buffer.baseAddress!
            let failures = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                var at = p * part
                let end = min(size, at + part)
                while at < end {
                    let n = pread(fd, base + at, end - at, off_t(at))
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { failures.add(1, ordering: .relaxed); return }
                    at += n
                }
            }
            // One byte more than the size the file had means it grew.
            guard failures.load(ordering: .relaxed) == 0, pread(fd, base + size, 1, off_t(size)) == 0 else { return }
            count = size
            complete = true
        }
        return complete ? bytes : nil
    }
}

/// Files read into buffers at least this large (the parse cache of a national archive is
/// 170 MB) are backed by huge pages where the system offers them
/// (`madvise`): filling them 4 KB at a time, one page fault each, cost a tenth of a second
/// per national one-file rebuild.
let hugeBuffer = 8 << 20

func adviseHugePages(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
    #if os(Linux)
    let page = 2 << 20
    let start = (Int(bitPattern: buffer.baseAddress!) + page - 1) & ~(page - 1)
    let end = (Int(bitPattern: buffer.baseAddress!) + buffer.count) & ~(page - 1)
    if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
    #endif
}
