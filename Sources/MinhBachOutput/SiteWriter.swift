import Foundation
import MinhBachCore
import Synchronization
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

    public enum Failure: Error, CustomStringConvertible, Sendable {
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

    /// Writes `files`.
    public func write(_ files: [OutputFile]) throws -> Report {
        let session = try Session(folder: folder, paths: files.map(\.path))
        let outcomes = files.parallelMap { session.put($0) }
        return try session.finish(outcomes)
    }

    /// One build's writing, so that pages can be written on all cores as soon as they are
    /// rendered instead of being held in memory (a national site is over a gigabyte of pages).
    /// Every path is known and checked before the first byte is written.
    public final class Session: Sendable {
        public let folder: String
        /// What the previous build wrote.
        public let previous: Manifest
        private let opened: OpenFolder
        private let paths: [String]
        /// The positions of `paths` in the order of their bytes, each path once (the last
        /// given), sorted on another thread while the files are made.
        private let order: Mutex<[Int]?> = Mutex(nil)
        private let sorting = DispatchGroup()

        /// - Parameter previous: the folder's manifest, when the caller has read it already.
        public init(folder: String, paths: [String], previous manifest: Manifest? = nil) throws {
            // Checked on all cores: a national site has some 90,000 paths.
            if let unsafe = paths.parallelMap(OutputFile.isSafe).firstIndex(of: false) { throw Failure.unsafePath(paths[unsafe]) }
            self.folder = folder
            self.paths = paths
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw Failure.cannotCreate(folder, error.localizedDescription)
            }
            previous = manifest ?? Manifest.read(from: folder)
            opened = OpenFolder(folder)
            // Both records and the removal walk the paths in order: one sort of 90,000 paths
            // instead of a dictionary of them (hashing each path cost more than sorting).
            // Paths are compared as bytes (`memcmp`), as they are named on disk.
            DispatchQueue.global().async(group: sorting) { [self] in
                let sorted = Array(paths.indices).parallelSorted { utf8Precedes(self.paths[$0], self.paths[$1]) }
                let unique = Session.lastOfEach(sorted, self.paths)
                order.withLock { $0 = unique }
            }
            // Into an empty folder, every folder is made now, once each, a level at a time and
            // each level on all cores (a national site has over 80,000 folders). Otherwise most
            // exist already, and `put` makes a missing one when a file first needs it.
            guard previous.entries.isEmpty else { return }
            var levels: [Set<Substring>] = []
            var previous: [Substring] = []
            for path in paths {
                let folders = Session.folders(of: path)
                for (depth, f) in folders.enumerated() {
                    // Paths come grouped by folder: most repeat the previous path's folders.
                    if depth < previous.count && previous[depth] == f { continue }
                    if levels.count <= depth { levels.append([]) }
                    levels[depth].insert(f)
                }
                previous = folders
            }
            for level in levels {
                let failures = Array(level).parallelMap { dir -> (path: String, reason: String)? in
                    if mkdirat(opened.descriptor, String(dir), 0o755) != 0 && errno != EEXIST {
                        return (folder + "/" + dir, String(cString: strerror(errno)))
                    }
                    return nil
                }
                // The first in path order, so that the message does not depend on scheduling.
                if let failure = failures.compactMap({ $0 }).min(by: { $0.path < $1.path }) {
                    throw Failure.cannotCreate(failure.path, failure.reason)
                }
            }
        }

        /// `a/b/c.html` → `a`, `a/b`.
        static func folders(of path: String) -> [Substring] {
            var result: [Substring] = []
            var i = path.startIndex
            while let slash = path[i...].firstIndex(of: "/") {
                result.append(path[..<slash])
                i = path.index(after: slash)
            }
            return result
        }

        /// Writes one file unless the previous build wrote the same bytes there.
        public func put(_ file: OutputFile) -> Outcome {
            let entry = Manifest.Entry(hash: contentHash(file.pieces), size: file.count)
            let target = folder + "/" + file.path
            if let old = previous.entries[file.path], old == entry, fileSize(in: opened.descriptor, file.path) == entry.size {
                return Outcome(path: file.path, entry: entry, wrote: false)
            }
            var problem = FileSystem.writeWhole(file.pieces, in: opened.descriptor, file.path)
            if problem != nil, let slash = target.lastIndex(of: "/"), FileSystem.kind(of: String(target[..<slash])) != .folder {
                // Folders are made when a file first needs one (parallel writers may race to
                // make the same folder; `mkdir` settles it). Most builds need none.
                guard FileSystem.makeFolders(String(target[..<slash])) else {
                    return Outcome(path: file.path, entry: entry, wrote: false,
                                   failure: .cannotCreate(String(target[..<slash]), String(cString: strerror(errno))))
                }
                problem = FileSystem.writeWhole(file.pieces, in: opened.descriptor, file.path)
            }
            if let problem {
                return Outcome(path: file.path, entry: entry, wrote: false, failure: .cannotWrite(target, problem))
            }
            return Outcome(path: file.path, entry: entry, wrote: true)
        }

        /// A file the build did not produce again because its inputs did not change: it is
        /// kept, if it is still there as the previous build wrote it.
        public func keep(_ path: String) -> Outcome? {
            guard let old = previous.entries[path], fileSize(in: opened.descriptor, path) == old.size else { return nil }
            return Outcome(path: path, entry: old, wrote: false)
        }

        /// The sorted positions without a path given again later: the last one counts.
        static func lastOfEach(_ sorted: [Int], _ paths: [String]) -> [Int] {
            sorted.indices.compactMap { i in
                i + 1 < sorted.count && !utf8Precedes(paths[sorted[i]], paths[sorted[i + 1]]) ? nil : sorted[i]
            }
        }

        /// Records the manifest (and the state for the next build: `inputHash` and each
        /// file's key) and removes what the previous build wrote and this one did not.
        /// - Parameter outcomes: one per path the session was opened with, in that order.
        public func finish(_ outcomes: [Outcome], inputHash: String? = nil) throws -> Report {
            var report = Report()
            for outcome in outcomes {
                if let failure = outcome.failure { throw failure }
                if outcome.wrote { report.written += 1 } else { report.unchanged += 1 }
            }
            sorting.wait()
            let sameFiles = outcomes.count == paths.count && outcomes.indices.allSatisfy { utf8Equal(outcomes[$0].path, paths[$0]) }
            let order = sameFiles ? order.withLock { $0! } : Session.lastOfEach(
                Array(outcomes.indices).parallelSorted { utf8Precedes(outcomes[$0].path, outcomes[$1].path) }, outcomes.map(\.path))
            let previousPaths = previous.sortedPaths ?? previous.entries.keys.sorted(by: utf8Precedes)
            var stale: [String] = []
            var next = 0
            for path in previousPaths {
                while next < order.count && utf8Precedes(outcomes[order[next]].path, path) { next += 1 }
                if next < order.count && !utf8Precedes(path, outcomes[order[next]].path) { continue }
                if OutputFile.isSafe(path) { stale.append(path) }
            }
            for path in stale {
                if unlink(folder + "/" + path) == 0 { report.removed += 1 }
                removeEmptyParents(of: path)
            }
            // The manifest and the state side by side, each written only when its bytes changed.
            var failure: Failure?, stateFailure: Failure?
            concurrently({
                var bytes = Manifest.header
                bytes.reserveCapacity(order.count * 72)
                for i in order { Manifest.appendLine(outcomes[i].path, outcomes[i].entry, to: &bytes) }
                failure = self.record(bytes, as: Manifest.fileName)
            }, {
                var bytes = BuildState.header(inputHash: inputHash)
                bytes.reserveCapacity(order.count * 64)
                for i in order { if let key = outcomes[i].key { BuildState.appendLine(outcomes[i].path, key, to: &bytes) } }
                stateFailure = self.record(bytes, as: BuildState.fileName)
            })
            if let failure = failure ?? stateFailure { throw failure }
            return report
        }

        private func record(_ bytes: [UInt8], as name: String) -> Failure? {
            let path = folder + "/" + name
            guard FileSystem.read(path) != bytes, let problem = writeWhole(bytes, to: path) else { return nil }
            return .cannotWrite(name, problem)
        }

        private func removeEmptyParents(of path: String) {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                if rmdir(folder + "/" + parts.joined(separator: "/")) != 0 { return }
                parts = parts.dropLast()
            }
        }
    }

    public struct Outcome: Sendable {
        public let path: String
        public let entry: Manifest.Entry
        public let wrote: Bool
        var failure: Failure? = nil
        /// A key of the inputs the file was made from, recorded in the state so that the next
        /// build can keep the file when its inputs have that key again.
        public var key: UInt64? = nil

        /// True when the file is in place with these bytes (written now or before).
        public var isWritten: Bool { failure == nil }
    }

}

/// The size of the regular file at `path`, relative to the open folder `folder` (a
/// descriptor): checking 90,000 files of a site, naming each from the root made the kernel
/// walk the output folder's own path again for every one.
func fileSize(in folder: Int32, _ path: String) -> Int? {
    var info = stat()
    guard fstatat(folder, path, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
}

/// An open folder, closed when the last user lets go of it.
final class OpenFolder: Sendable {
    let descriptor: Int32

    init(_ path: String) { descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    deinit { if descriptor >= 0 { close(descriptor) } }
}

/// Writes a file whole (temporary name, then rename); returns a reason on failure.
func writeWhole(_ bytes: [UInt8], to target: String) -> String? {
    FileSystem.writeWhole([bytes[...]], to: target)
}
