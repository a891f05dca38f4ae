import MinhBachCore

/// The rule for symbolic links in `Content/` and `Theme/`: a link is followed only when it
/// leads to a file inside the same folder. A link to anything outside would publish it
/// (`static/passwd.txt -> /etc/passwd`), and a link to a folder could lead back to a folder
/// that holds it, walked for ever; both are errors naming the link, as are links that lead
/// nowhere or round in a loop. Paths are compared after every link on them is resolved.
public struct LinkRule: Sendable {
    /// The folder as the user named it (`Content`), for messages.
    let shownRoot: String
    let realRoot: String

    public init(root: String, shown: String) {
        shownRoot = shown
        if case .path(let real) = FileSystem.resolve(root) { realRoot = real } else { realRoot = root }
    }

    /// Nil when the link at `path` may be read as the file it leads to; else why not, at `shown`.
    public func check(_ path: String, shown: String) -> Diagnostic? {
        let at = SourceLocation(file: shown)
        let written = FileSystem.linkText(path) ?? "?"
        switch FileSystem.resolve(path) {
        case .loop:
            return .error(.linkLoop, at: at, "the link leads round in a loop (`\(written)`) and never reaches a file",
                          hint: "replace the link with the file itself")
        case .missing:
            return .error(.linkBroken, at: at, "the link leads to nothing: `\(written)` does not exist",
                          hint: "replace the link with the file itself, or delete it")
        case .path(let target):
            guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                return .error(.linkOutside, at: at, "the link leads outside the folder `\(shownRoot)`, to `\(target)`",
                              hint: "copy the file into the folder instead of linking to it; nothing outside it is published")
            }
            guard FileSystem.kind(of: target) == .file else {
                var parent = path
                while parent.count > 1 && parent.hasSuffix("/") { parent.removeLast() }
                parent = parent.lastIndex(of: "/").map { String(parent[..<$0]) } ?? "."
                if case .path(let holder) = FileSystem.resolve(parent), holder == target || holder.hasPrefix(target + "/") {
                    return .error(.linkLoop, at: at, "the link leads back to a folder that holds it (`\(written)`), a loop",
                                  hint: "delete the link")
                }
                return .error(.linkNotFile, at: at, "the link leads to `\(written)`, which is not a file; only links to files are followed",
                              hint: "move or copy the folder here instead of linking to it")
            }
            return nil
        }
    }
}
