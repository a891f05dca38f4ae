import MinhBachCore
import MinhBachArchive
import MinhBachOutput

/// How `/don-vi/` lists the units. A site of a province or a town lists its whole tree on the
/// page. A national one (34 provinces, 3,321 communes, and the units dissolved into them) would
/// make that page half a megabyte: it lists the root's children, each linking to its own page,
/// which lists its units, and the search finds every unit in a separate file
/// (`SitePaths.unitSearch`) that the page's script fetches on first use.
public enum UnitList {
    /// The most units listed whole on one page: 500 entries keep `/don-vi/` near 60 KB.
    public static let wholeTreeLimit = 500

    public static func isWhole(_ archive: Archive) -> Bool { archive.units.count <= wholeTreeLimit }

    /// Every unit but the root, in tree order: its name, kind, parent's name, page (relative
    /// to `don-vi/`, where the list is) and name as the search compares it (`VietnameseCollation.folded`).
    public static func searchFile(_ archive: Archive) -> OutputFile {
        let units: [JSONValue] = archive.unitIDs.compactMap { u in
            guard u != archive.root else { return nil }
            let unit = archive.units[u]
            let parent = archive.parent[u].map { archive.units[$0].name }
            return .object([("name", .string(unit.name)), ("kind", .string(unit.kind)), ("parent", .optional(parent)),
                            ("href", .string(String(SitePaths.folder(for: .unit(u), archive: archive).dropFirst("don-vi/".count)) + SitePaths.pageFile)),
                            ("search", .string(VietnameseCollation.folded(unit.name)))])
        }
        return OutputFile(path: SitePaths.unitSearch, bytes: JSONValue.array(units).bytes)
    }
}
