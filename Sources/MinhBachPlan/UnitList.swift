import MinhBachCore
import MinhBachArchive
import MinhBachOutput

/// How `/don-vi/` lists the units. A site of a province or a town lists its whole tree on the
/// page. A national one (34 provinces, 3,321 communes, and the units dissolved into them) would
/// make that page half a megabyte: it lists the root's children, each linking to its own page,
/// which lists its units, and the search finds every unit in a separate file
/// (`SitePaths.unitSearch`) that the page's script fetches on first use. The home page's
/// search reads that file too, whatever the site's size.
public enum UnitList {
    /// The most units listed whole on one page. An entry is about 330 bytes once a unit
    /// carries what a reorganisation did to it (Tây Ninh's 96 communes with the 310 units
    /// before 2025 made a page of 137 KB): 150 keep `/don-vi/` under 60 KB.
    public static let wholeTreeLimit = 150

    public static func isWhole(_ archive: Archive) -> Bool { archive.units.count <= wholeTreeLimit }

    /// On a site that is not listed whole, each parent below the root and the years in which
    /// its units have yearly averages: each gets a page of them (`PageKind.unitYear`), as the
    /// year's page lists the root's units only (a national year listed 3,366 averages, 827 KB).
    public static func yearsOfParents(_ archive: Archive) -> [UnitID: [Int]] {
        var years: [UnitID: Set<Int>] = [:]
        for (year, averages) in archive.yearAverages {
            for a in averages {
                if let p = archive.parent[a.unit], p != archive.root { years[p, default: []].insert(year) }
            }
        }
        return years.mapValues { $0.sorted() }
    }

    /// Whether the site has units to search (any below its root): then the home page has the
    /// search box, and the site the list it reads.
    public static func isSearched(_ archive: Archive) -> Bool { archive.units.count > 1 }

    /// Every unit but the root, in tree order, one a line: `["Phường Thanh Điền", "Tỉnh Tây
    /// Ninh", "thanh-dien/index.html"]`, its name, its parent's name and its page (relative to
    /// the list's folder, as the page that fetches it is there too). Written compact, not as
    /// `JSONValue` lays it out: citizens on phones fetch it, and a national list laid out was
    /// 556 KB against 230 KB.
    public static func searchFile(_ archive: Archive) -> OutputFile {
        var out: [UInt8] = Array("[".utf8)
        var first = true
        for u in archive.unitIDs where u != archive.root {
            out.append(contentsOf: first ? "\n[".utf8 : ",\n[".utf8)
            first = false
            let unit = archive.units[u]
            JSONValue.quote(unit.name, into: &out)
            out.append(UInt8(ascii: ","))
            JSONValue.quote(archive.parent[u].map { archive.units[$0].name } ?? "", into: &out)
            out.append(UInt8(ascii: ","))
            JSONValue.quote(String(SitePaths.folder(for: .unit(u), archive: archive).dropFirst(SitePaths.unitsFolder.count)) + SitePaths.pageFile,
                            into: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: "\n]\n".utf8)
        return OutputFile(path: SitePaths.unitSearch, bytes: out)
    }
}
