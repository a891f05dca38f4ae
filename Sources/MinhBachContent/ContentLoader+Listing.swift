import MinhBachCore

/// Which files of `Content/` are read, and the links among them (see `LinkRule`).
extension ContentLoader {
    /// What the loader reads directly in the content folder.
    static let topNames = UnreadFiles.topFiles + UnreadFiles.topFolders

    /// Errors for the links among `topNames`: a linked `site.yaml` or `units` folder is read
    /// like any other link.
    static func topLinks(_ root: String, entries: [FileSystem.Entry], links: LinkRule, display: DisplayPath) -> [Diagnostic] {
        entries.compactMap { entry in
            guard entry.isLink, topNames.contains(entry.name) else { return nil }
            return links.check(root + "/" + entry.name, shown: display.join(entry.name))
        }
    }

    /// The `.md` files directly in `folder` (`relative` below the content folder), sorted;
    /// anything else there is reported.
    static func listFiles(_ entries: [FileSystem.Entry]?, in folder: String, relative: String, links: LinkRule,
                          diagnostics: inout [Diagnostic], shown: String) -> [String] {
        guard let entries else { return [] }
        var files: [String] = []
        for entry in entries where !entry.name.hasPrefix(".") {
            if entry.isLink, let problem = links.check(folder + "/" + entry.name, shown: shown + "/" + entry.name) {
                diagnostics.append(problem)
                continue
            }
            if entry.kind != .file || !entry.name.hasSuffix(".md") {
                diagnostics.append(UnreadFiles.inFolder(entry, folder: relative, shown: shown))
                continue
            }
            files.append(entry.name)
        }
        return files
    }

    /// The month folders in `results/`; a linked one is an error, never entered, and a file
    /// there is not read.
    static func monthFolders(_ entries: [FileSystem.Entry]?, in folder: String, links: LinkRule, diagnostics: inout [Diagnostic],
                             shown: String) -> [String] {
        var names: [String] = []
        for entry in entries ?? [] where !entry.name.hasPrefix(".") {
            if entry.isLink {
                if let problem = links.check(folder + "/" + entry.name, shown: shown + "/" + entry.name) { diagnostics.append(problem) }
                continue
            }
            if entry.kind == .folder { names.append(entry.name) } else { diagnostics.append(UnreadFiles.inResults(entry, shown: shown)) }
        }
        return names
    }

    /// Every file below `folder` (`static/`), as sorted relative paths; hidden ones are
    /// skipped, links are checked and linked folders never entered.
    static func staticFiles(_ folder: String, links: LinkRule, diagnostics: inout [Diagnostic], shown: String) -> [String] {
        var files: [String] = []
        for (relative, entries) in FileSystem.folders(folder, hidden: false) {
            for entry in entries {
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                if entry.isLink, let problem = links.check(folder + "/" + path, shown: shown + "/" + path) {
                    diagnostics.append(problem)
                    continue
                }
                if entry.kind == .file { files.append(path) }
            }
        }
        return files.sorted { utf8Precedes($0, $1) }
    }
}
