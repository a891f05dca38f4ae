import MinhBachCore

/// The folders a new site has: those its files are in, and those of the output folder that no
/// build made (`.well-known/`) or that hold files no build wrote.
struct NeededFolders: Sendable {
    /// Parents before what they hold; the tree itself (`""`) left out.
    let ordered: [String]
    let members: Set<String>?
    /// The output folder, whose folders are the new site's when `members` is nil.
    private let served: SurveyedTree?

    func contains(_ folder: String) -> Bool {
        if let members { return members.contains(folder) }
        return served?.folder(folder) != nil
    }

    private init(ordered: [String], members: Set<String>?, served: SurveyedTree?) {
        self.ordered = ordered
        self.members = members
        self.served = served
    }

    /// Every one, worked out from the paths.
    init(paths: [String], served: SurveyedTree) {
        var needed = Set<String>()
        var last: Substring = ""
        for path in paths {
            // Paths come grouped by folder: most have the previous one's.
            let parent = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? ""
            if parent != last { Self.addFolders(of: path, to: &needed); last = parent }
        }
        for path in served.others.keys { Self.addFolders(of: path, to: &needed) }
        for path in served.folderPaths where !path.isEmpty && !needed.contains(path) && !served.holdsOwnFiles(path) {
            needed.insert(path)
            Self.addFolders(of: path, to: &needed)
        }
        self.init(ordered: needed.sorted(by: utf8Precedes), members: needed, served: nil)
    }

    /// For the files in `order`: when they are the very paths of the output folder's manifest
    /// (a correction, the most common build), the new site has exactly the folders the output
    /// folder has, as its survey found them; otherwise they are worked out. In byte order.
    init(order: PathOrder, served: SurveyedTree) {
        // Only when every file of the output folder stood where it was: then so do its folders.
        guard served.state != nil, served.manifest.isKnown, order.isManifest, !served.found.contains(where: { $0 == nil }) else {
            self.init(paths: order.sorted, served: served)
            return
        }
        var ordered = served.standing.map(\.path).filter { !$0.isEmpty }
        if !served.listedFolders.isEmpty {
            // Folders found that the record did not have (made by hand since).
            ordered += served.listedFolders.keys.filter { !$0.isEmpty }
            ordered.sort(by: utf8Precedes)
        } else if !FolderMatch.isInOrder(ordered, \.self) {
            ordered.sort(by: utf8Precedes)
        }
        self.init(ordered: ordered, members: nil, served: served)
    }

    /// The folders to make first, into an empty spare tree.
    var all: Set<String> { members ?? Set(ordered) }

    /// Adds the folders `path` is in, the nearest first, stopping at one already there (its
    /// own are then there too): a national site's 90,000 paths are mostly in folders of
    /// their own, and adding every ancestor of each was 57,000 insertions more.
    static func addFolders(of path: String, to folders: inout Set<String>) {
        var end = path.endIndex
        while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
            guard folders.insert(String(path[..<slash])).inserted else { return }
            end = slash
        }
    }
}
