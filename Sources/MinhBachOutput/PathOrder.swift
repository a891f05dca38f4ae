import MinhBachCore

/// The files of a new site in the order of their paths' bytes, each path once (the last given
/// counts), as the manifest and the state list them.
///
/// Worked out from where each path stands in the output folder's manifest, found when the file
/// was kept or put: a correction keeps every path, and putting positions in order is one pass,
/// where sorting the 90,000 paths of a national site cost a tenth of a second of both cores.
/// Only paths the manifest does not have are sorted.
struct PathOrder: Sendable {
    /// Indices into the given paths, in path order.
    let indices: [Int]
    /// The paths in that order.
    let sorted: [String]
    /// How many paths of the manifest the new site does not have.
    let dropped: Int

    /// Whether the new site has exactly the paths of the manifest.
    var isManifest: Bool { dropped == 0 && !hasNewPaths }
    private let hasNewPaths: Bool

    /// - Parameter known: for each path, its position in `manifest` (nil: not there).
    /// - Parameter presorted: the indices of every path in path order, when already worked out
    ///   (a first build, whose paths are all new).
    init(_ paths: [String], known: [Int?], in manifest: Manifest, presorted: [Int]? = nil) {
        var slot = [Int](repeating: -1, count: manifest.count)
        var new: [Int] = []
        for i in paths.indices {
            if let p = known[i] { slot[p] = i } else { new.append(i) }
        }
        if let presorted, new.count == paths.count {
            new = presorted
        } else {
            new.sort { a, b in
                utf8Precedes(paths[a], paths[b]) || (!utf8Precedes(paths[b], paths[a]) && a < b)
            }
        }
        new = Self.lastOfEach(new, paths)
        var indices: [Int] = []
        indices.reserveCapacity(paths.count)
        var next = 0
        for p in slot.indices where slot[p] >= 0 {
            while next < new.count && utf8Precedes(paths[new[next]], manifest.paths[p]) {
                indices.append(new[next])
                next += 1
            }
            indices.append(slot[p])
        }
        indices += new[next...]
        self.indices = indices
        sorted = indices.map { paths[$0] }
        dropped = slot.count { $0 < 0 }
        hasNewPaths = !new.isEmpty
    }

    /// The indices in path order without a path given again later: the last one counts.
    static func lastOfEach(_ sorted: [Int], _ paths: [String]) -> [Int] {
        sorted.indices.compactMap { i in
            i + 1 < sorted.count && !utf8Precedes(paths[sorted[i]], paths[sorted[i + 1]]) ? nil : sorted[i]
        }
    }

    /// Whether the new site has a file at `path` (by halving: asked only of the few entries no
    /// build wrote).
    func contains(_ path: String) -> Bool { position(of: path, inSorted: sorted) != nil }
}

/// Folders of two lists, both in byte order (parents first), matched by walking them side by
/// side: at national scale each list has 80,000 folders, and looking each up by its path
/// was a tenth of the time of writing a correction.
enum FolderMatch {
    /// For each folder of `wanted`, its stamp in `present` (nil: not there), and the folders of
    /// `present` that `wanted` does not have; nil when either list is not in byte order.
    static func match(_ wanted: [String], _ present: [(path: String, stamp: FileStamp)]) -> (stamps: [FileStamp?], unwanted: [String])? {
        guard isInOrder(wanted, \.self), isInOrder(present, \.path) else { return nil }
        var stamps = [FileStamp?](repeating: nil, count: wanted.count)
        var unwanted: [String] = []
        var w = 0
        for (path, stamp) in present {
            while w < wanted.count && utf8Precedes(wanted[w], path) { w += 1 }
            if w < wanted.count && utf8Equal(wanted[w], path) {
                stamps[w] = stamp
                w += 1
            } else {
                unwanted.append(path)
            }
        }
        return (stamps, unwanted)
    }

    /// Whether every item comes after the one before it.
    static func isInOrder<T>(_ items: [T], _ path: (T) -> String) -> Bool {
        items.indices.dropFirst().allSatisfy { utf8Precedes(path(items[$0 - 1]), path(items[$0])) }
    }
}

/// The position of `path` in `sorted` (paths in byte order), by halving.
func position(of path: String, inSorted sorted: [String]) -> Int? {
    var low = 0, high = sorted.count
    while low < high {
        let mid = (low + high) / 2
        if utf8Precedes(sorted[mid], path) { low = mid + 1 } else { high = mid }
    }
    return low < sorted.count && utf8Equal(sorted[low], path) ? low : nil
}
