import Foundation

/// The folder the preview serves, and the only place it reads files from.
struct ServedFolder {
    let path: String

    /// The real path (symbolic links resolved) of the file `request` asks for: the file itself,
    /// or a folder's `index.html`. Nil when there is no such regular file, or when a link leads
    /// out of the folder: a theme or content link to `/etc/passwd` is not served.
    func file(for request: RequestPath) -> String? {
        guard let root = Self.realPath(path) else { return nil }
        let asked = ([root] + request.names).joined(separator: "/")
        guard let found = inside(root, asked) else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: found, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return found }
        guard let index = inside(root, found + "/index.html"),
              FileManager.default.fileExists(atPath: index, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return index
    }

    private func inside(_ root: String, _ path: String) -> String? {
        guard let real = Self.realPath(path), real == root || real.hasPrefix(root + "/") else { return nil }
        return real
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
