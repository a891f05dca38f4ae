import MinhBachCore
import MinhBachContent
import MinhBachTheme

/// The files of the theme a site is built with: the built-in theme's, each replaced by the
/// theme folder's file of the same path when the folder has one (a site may change one
/// template and keep the rest, as Hugo's project layouts override a theme's).
struct ThemeFiles {
    enum Source {
        case folder(path: String)
        case builtIn([UInt8])
    }

    /// How diagnostics name a file of the built-in theme.
    static let builtInName = "(minhbach)/Theme"

    /// By path below the theme (`templates/home.mustache`).
    private(set) var files: [String: Source] = [:]
    let folder: String?
    /// The theme folder's links that were refused, by their shown path.
    private(set) var diagnostics: [Diagnostic] = []

    /// - Parameter folder: the theme folder, nil for the built-in theme alone.
    init(folder: String?) {
        self.folder = folder
        for file in BuiltInTheme.files { files[file.path] = .builtIn(file.bytes) }
        guard let folder else { return }
        let links = LinkRule(root: folder, shown: folder)
        for (relative, entries) in FileSystem.folders(folder, hidden: false) {
            for entry in entries {
                let inside = relative.isEmpty ? entry.name : relative + "/" + entry.name
                let path = folder + "/" + inside
                if entry.isLink, let problem = links.check(path, shown: path) {
                    // A refused link is never read: its target could be any file of the machine.
                    diagnostics.append(problem)
                    files[inside] = nil
                    continue
                }
                if entry.kind == .file { files[inside] = .folder(path: path) }
            }
        }
    }

    /// How diagnostics name the file at `relative`.
    func shown(_ relative: String) -> String {
        switch files[relative] {
        case .folder(let path)?: return path
        case .builtIn?, nil: return (folder ?? ThemeFiles.builtInName) + "/" + relative
        }
    }

    /// The paths below `prefix` (`templates/`), sorted, each without the prefix.
    func names(below prefix: String) -> [String] {
        files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    /// The file at `relative` as text, checked like every file a build reads (size, UTF-8);
    /// nil, with the reason in `diagnostics`, when it cannot be read.
    func text(_ relative: String, diagnostics: inout [Diagnostic]) -> String? {
        switch files[relative] {
        case .folder(let path)?: return ContentLoader.readText(path, shown: path, diagnostics: &diagnostics)
        case .builtIn(let bytes)?: return String(decoding: bytes, as: UTF8.self)
        case nil: return nil
        }
    }
}
