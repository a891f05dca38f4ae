import Foundation
import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

/// Writes a built site into the output folder: each file whole (temporary name, then
/// rename), files whose bytes did not change left untouched, and files the previous build
/// wrote but this one does not removed. Nothing outside the folder is touched.
public struct SiteWriter: Sendable {
    public struct Report: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0

        public init(written: Int = 0, unchanged: Int = 0, removed: Int = 0) {
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case unsafePath(String)
        case cannotCreate(String, String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .unsafePath(let p): return "refusing to write `\(p)`: it would leave the output folder"
            case .cannotCreate(let p, let why): return "cannot create the folder \(p): \(why)"
            case .cannotWrite(let p, let why): return "cannot write \(p): \(why)"
            }
        }
    }

    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// Writes `files`; `inputHash` is recorded for the next build's up-to-date check.
    public func write(_ files: [OutputFile], inputHash: String? = nil) throws -> Report {
        for f in files where !OutputFile.isSafe(f.path) { throw Failure.unsafePath(f.path) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotCreate(folder, error.localizedDescription)
        }
        let old = Manifest.read(from: folder)

        // Create folders first, once each, so that parallel writers never race on them.
        var folders = Set<String>()
        for f in files {
            var parts = f.path.split(separator: "/").dropLast()
            while !parts.isEmpty { folders.insert(parts.joined(separator: "/")); parts = parts.dropLast() }
        }
        for dir in folders.sorted(by: { $0.count < $1.count }) { try makeDirectory(folder + "/" + dir) }

        let outcomes: [Result<(String, Manifest.Entry, Bool), Failure>] = files.parallelMap { file in
            let entry = Manifest.Entry(hash: contentHash(file.bytes), size: file.bytes.count)
            let target = folder + "/" + file.path
            if let previous = old.entries[file.path], previous == entry, fileSize(target) == entry.size {
                return .success((file.path, entry, false))
            }
            if let problem = writeWhole(file.bytes, to: target) { return .failure(.cannotWrite(target, problem)) }
            return .success((file.path, entry, true))
        }
        var report = Report()
        var manifest = Manifest()
        for outcome in outcomes {
            let (path, entry, wrote) = try outcome.get()
            manifest.entries[path] = entry
            if wrote { report.written += 1 } else { report.unchanged += 1 }
        }
        for path in old.entries.keys.sorted() where manifest.entries[path] == nil && OutputFile.isSafe(path) {
            if unlink(folder + "/" + path) == 0 { report.removed += 1 }
            removeEmptyParents(of: path)
        }
        let manifestPath = folder + "/" + Manifest.fileName
        if FileManager.default.contents(atPath: manifestPath) != Data(manifest.text.utf8) {
            if let problem = writeWhole(Array(manifest.text.utf8), to: folder + "/" + Manifest.fileName) {
                throw Failure.cannotWrite(Manifest.fileName, problem)
            }
        }
        let state = folder + "/" + Manifest.stateFileName
        if let inputHash {
            if Manifest.readInputHash(from: folder) != inputHash, let problem = writeWhole(Array((inputHash + "\n").utf8), to: state) {
                throw Failure.cannotWrite(Manifest.stateFileName, problem)
            }
        } else {
            unlink(state)
        }
        return report
    }

    private func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Failure.cannotCreate(path, String(cString: strerror(errno)))
        }
    }

    private func removeEmptyParents(of path: String) {
        var parts = path.split(separator: "/").dropLast()
        while !parts.isEmpty {
            if rmdir(folder + "/" + parts.joined(separator: "/")) != 0 { return }
            parts = parts.dropLast()
        }
    }
}

func fileSize(_ path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
}

/// Writes to a temporary name beside the target, then renames it over the target, so that
/// a reader (or a crash) never sees half a file. Returns a reason on failure.
func writeWhole(_ bytes: [UInt8], to target: String) -> String? {
    let temporary = target + ".minhbach-tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return String(cString: strerror(errno)) }
    var offset = 0
    let ok = bytes.withUnsafeBytes { raw -> Bool in
        while offset < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
    let reason = ok ? nil : String(cString: strerror(errno))
    close(fd)
    if let reason { unlink(temporary); return reason }
    if rename(temporary, target) != 0 {
        let why = String(cString: strerror(errno))
        unlink(temporary)
        return why
    }
    return nil
}
