import MinhBachCore

/// What the loader says of a file or folder of `Content/` that it does not read. A month's
/// figures saved one folder off (`result/2023-08/`, `results/hiep-tan.md`) would otherwise
/// simply not appear, with a build that says "no problems"; so each one is a warning naming
/// it and where such a file belongs. Warnings, not errors: a stray file must not hold up a
/// month's publication. Hidden entries (`.git`, `.DS_Store`) and `static/` are never named.
enum UnreadFiles {
    /// The files read at the top of the content folder (a missing or unreadable one is an
    /// error of its own), and the folders read there.
    static let topFiles = ["index.yaml", "site.yaml"]
    static let topFolders = ["pages", "results", "static", "units"]

    /// The warnings for the entries at the top of the content folder that are not read; links
    /// with the names the loader reads are left to `LinkRule`.
    static func atTop(_ entries: [FileSystem.Entry], display: DisplayPath) -> [Diagnostic] {
        entries.compactMap { entry in
            let name = entry.name
            guard !name.hasPrefix("."), !topFiles.contains(name) else { return nil }
            if topFolders.contains(name) && (entry.kind == .folder || entry.isLink) { return nil }
            let at = SourceLocation(file: display.join(name))
            if entry.kind == .folder { return folderAtTop(name, at: at) }
            if name.hasSuffix(".md") {
                return .warning(.misplacedFile, at: at,
                    "not read: results belong in `results/YYYY-MM/`, units in `units/`, free pages in `pages/`",
                    hint: "move it into the folder of what it holds")
            }
            return .warning(.ignoredFile, at: at, "not read: the content folder itself holds only `site.yaml` and `index.yaml`",
                            hint: documentHint)
        }
    }

    /// A folder at the top: one that looks like one of the loader's (`result`, `ket-qua`,
    /// `Units`) is told the folder it was meant to be.
    private static func folderAtTop(_ name: String, at: SourceLocation) -> Diagnostic {
        switch meant(name) {
        case "results":
            return .warning(.misplacedFile, at: at,
                "the folder is not read: results belong in `results/`, a folder per month (`results/YYYY-MM/`)",
                hint: "move its month folders into `results/`")
        case "units":
            return .warning(.misplacedFile, at: at, "the folder is not read: units belong in `units/`",
                            hint: "move its files into `units/`")
        case "pages":
            return .warning(.misplacedFile, at: at, "the folder is not read: free pages belong in `pages/`",
                            hint: "move its files into `pages/`")
        case "static":
            return .warning(.misplacedFile, at: at, "the folder is not read: files copied to the site as they are belong in `static/`",
                            hint: "move its files into `static/`")
        default:
            return .warning(.ignoredFile, at: at,
                "the folder is not read: the content folder holds only `results/`, `units/`, `pages/` and `static/`",
                hint: "move what should be published into one of them, and the rest out of the content folder")
        }
    }

    /// The loader's folder that `name` looks like, if any: the same letters in another case
    /// or with one letter more, less or wrong, the Vietnamese word, or either followed by more
    /// (`results-cu`, `ket-qua-2023`).
    static func meant(_ name: String) -> String? {
        let slug = Slug.suggest(from: name)
        let words = [("results", "results"), ("result", "results"), ("ket-qua", "results"), ("ketqua", "results"),
                     ("units", "units"), ("unit", "units"), ("don-vi", "units"), ("donvi", "units"),
                     ("pages", "pages"), ("page", "pages"), ("trang", "pages"), ("static", "static")]
        if let (_, folder) = words.first(where: { slug.hasPrefix($0.0) }) { return folder }
        return topFolders.first { NearMiss.distance(Array(slug.unicodeScalars), Array($0.unicodeScalars)) <= 1 }
    }

    /// An entry of `results/` that is not a folder (every folder there must be a month's).
    static func inResults(_ entry: FileSystem.Entry, shown: String) -> Diagnostic {
        let at = SourceLocation(file: shown + "/" + entry.name)
        if entry.name.hasSuffix(".md") {
            return .warning(.misplacedFile, at: at, "not read: a result belongs in the folder of its month, `results/YYYY-MM/`",
                            hint: "move it to `results/YYYY-MM/\(entry.name)`, YYYY-MM being the month it reports")
        }
        return .warning(.ignoredFile, at: at, "not read: `results/` holds only the month folders, `results/YYYY-MM/`",
                        hint: documentHint)
    }

    /// An entry of `units/`, `pages/` or a month's folder (`folder`, below the content folder)
    /// that is not a `.md` file.
    static func inFolder(_ entry: FileSystem.Entry, folder: String, shown: String) -> Diagnostic {
        let at = SourceLocation(file: shown + "/" + entry.name)
        if entry.kind == .folder {
            return .warning(.ignoredFile, at: at, "the folder is not read: only the `.md` files directly in `\(folder)/` are read",
                            hint: "move its `.md` files up into `\(folder)/`")
        }
        return .warning(.ignoredFile, at: at, "not read: only `.md` files are read in `\(folder)/`", hint: documentHint)
    }

    private static let documentHint: Message = "a document to publish belongs in `static/`; keep other files outside the content folder"
}
