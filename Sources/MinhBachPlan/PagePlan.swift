import MinhBachCore
import MinhBachArchive

/// Every page the site has, declared in one place. URLs are a contract with citizens'
/// bookmarks: changing one here breaks links from outside.
public enum PageKind: Sendable, Hashable {
    case home
    case month(Period)
    case year(Int)
    case archive
    case units
    case unit(Int)
    case report(unit: Int, period: Period)
    case indexOverview
    case indexGroup(String)
    case freePage(Int)
    case openData
    case notFound
}

public struct PageSpec: Sendable, Hashable {
    public let kind: PageKind
    /// Path of the output file below the output folder, e.g. `2023/06/index.html`.
    public let path: String
    public let template: String
}

public enum PagePlan {
    /// Top-level folders the generator owns; a free page may not take one of these names.
    public static let reservedSlugs: Set<String> = ["don-vi", "chi-so", "luu-tru", "du-lieu", "assets", "404",
                                                    "feed", "sitemap", "robots"]

    /// The file a page's folder is served by: `2023/06/index.html` is the page at `2023/06/`.
    public static let pageFile = "index.html"

    /// The folder a page is served at (its path without `index.html`; `""`: the home page).
    public static func folder(of path: String) -> Substring {
        path.hasSuffix(pageFile) ? path.dropLast(pageFile.count) : path[...]
    }

    public static func folder(for kind: PageKind, archive: Archive) -> String {
        switch kind {
        case .home: return ""
        case .month(let p): return "\(p.year)/\(pad2(p.month))/"
        case .year(let y): return "\(y)/"
        case .archive: return "luu-tru/"
        case .units: return "don-vi/"
        case .unit(let u): return "don-vi/\(archive.units[u].slug)/"
        case .report(let u, let p): return "don-vi/\(archive.units[u].slug)/\(p)/"
        case .indexOverview: return "chi-so/"
        case .indexGroup(let key): return "chi-so/\(key)/"
        case .freePage(let i): return "\(archive.content.pages[i].slug)/"
        case .openData: return "du-lieu/"
        case .notFound: return ""
        }
    }

    public static func pages(of archive: Archive) -> [PageSpec] {
        func spec(_ kind: PageKind, _ template: String) -> PageSpec {
            let path = kind == .notFound ? "404.html" : folder(for: kind, archive: archive) + pageFile
            return PageSpec(kind: kind, path: path, template: template)
        }
        var pages: [PageSpec] = [spec(.home, "home"), spec(.archive, "archive"), spec(.units, "units"),
                                 spec(.indexOverview, "index"), spec(.openData, "data"), spec(.notFound, "404")]
        pages += archive.periods.map { spec(.month($0), "month") }
        pages += archive.years.map { spec(.year($0), "year") }
        pages += archive.index.groups.map { spec(.indexGroup($0.key), "group") }
        pages += archive.content.pages.indices.map { spec(.freePage($0), "page") }
        // Each unit's pages on all cores (80,000 paths for a national archive), in unit order.
        let perUnit: [[PageSpec]] = Array(archive.units.indices).parallelMap { u in
            [spec(.unit(u), "unit")] + archive.periods.compactMap { p in
                archive.standing(u, in: p) == nil ? nil : spec(.report(unit: u, period: p), "report")
            }
        }
        pages.reserveCapacity(pages.count + perUnit.reduce(0) { $0 + $1.count })
        for unitPages in perUnit { pages += unitPages }
        return pages
    }
}
