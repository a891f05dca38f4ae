import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// What a file of the site shows: hence where it is (`SitePaths`), which inputs it is made
/// from (`PageKeys.key(for:)`) and which phase makes it.
public enum ProductKind: Sendable, Hashable {
    /// A page, rendered from its template.
    case page(PageKind)
    /// A unit's figures as JSON, and its feed: rendered one by one beside its pages, so that
    /// a build keeps those of a unit whose figures did not change.
    case unitData(UnitID)
    case unitFeed(UnitID)
    /// Made in `publish` from the whole archive: the downloads of all units and of each
    /// month, the site's feed, the sitemap (in parts beyond `Sitemap.limit` addresses, then
    /// `sitemap` is their index) and `robots.txt`.
    case allCSV
    case allJSON
    case monthCSV(Period)
    /// A recorded quarter's, half-year's or year's figures, in the months' columns but for
    /// the first, `period` (2023-Q2, 2023-H1, 2023).
    case recordedCSV(ReportingPeriod)
    /// The units to search from the home page, and from `/don-vi/` when that page lists only
    /// the root's children (`UnitList`): fetched by the page's script on first use.
    case unitSearch
    case siteFeed
    case sitemapPart(Int)
    case sitemap
    case robots
    /// Copied as they are: a file of the theme's `assets/`, a file of the content's `static/`.
    case asset(String)
    case staticFile(StaticFile)
}

/// Where a copied file's bytes come from: a file, or the program itself (the built-in theme).
public enum CopySource: Sendable {
    case file(String)
    case bytes([UInt8], shown: String)

    /// How diagnostics name it.
    public var shown: String {
        switch self {
        case .file(let path): return path
        case .bytes(_, let shown): return shown
        }
    }
}

/// One file of the site: what it is and its path below the output folder.
public struct Product: Sendable {
    public let kind: ProductKind
    public let path: String

    public init(_ kind: ProductKind, archive: Archive) {
        self.kind = kind
        path = SitePaths.path(of: kind, archive: archive)
    }
}

/// Everything the site contains, declared once, in the order the build makes it: `render`
/// walks `rendered`, `publish` makes `published`, `write` copies `copies`; nothing else is
/// written. Feeds and the sitemap need the site's address (nil without `base_url`).
public struct SitePlan: Sendable {
    /// Every page (in `PagePlan.pages` order), then each unit's download and, with an
    /// address, its feed.
    public let rendered: [Product]
    /// How many of `rendered` are pages: they come first.
    public let pageCount: Int
    /// The downloads (all, then each month in the archive's order), the units' search list
    /// (when there are units below the root), then with an address the site's feed, the
    /// sitemap's parts, the sitemap and `robots.txt`.
    public let published: [Product]
    /// The theme's assets, then the content's static files, each with the file it copies.
    public let copies: [(product: Product, source: CopySource)]
    public let address: SiteAddress?

    /// - Parameter assets: the theme's assets (paths below its `assets/`) and where each is read.
    public init(archive: Archive, assets: [(name: String, source: CopySource)], address: SiteAddress?) {
        let pages = PagePlan.pages(of: archive)
        var rendered = pages
        rendered.reserveCapacity(pages.count + 2 * archive.units.count)
        for u in archive.unitIDs {
            rendered.append(Product(.unitData(u), archive: archive))
            if address != nil { rendered.append(Product(.unitFeed(u), archive: archive)) }
        }
        var published: [ProductKind] = [.allCSV, .allJSON] + archive.periods.map { .monthCSV($0) }
            + archive.recordedPeriods.map { .recordedCSV($0) }
        if UnitList.isSearched(archive) { published.append(.unitSearch) }
        if address != nil {
            // Every page but the one for missing addresses is listed.
            let listed = pages.count - 1
            let parts = listed <= Sitemap.limit ? 0 : (listed + Sitemap.limit - 1) / Sitemap.limit
            published += [.siteFeed] + (0..<parts).map { .sitemapPart($0 + 1) } + [.sitemap, .robots]
        }
        var copies = assets.map { (product: Product(.asset($0.name), archive: archive), source: $0.source) }
        copies += archive.content.staticFiles.map { (product: Product(.staticFile($0), archive: archive), source: CopySource.file($0.sourcePath)) }
        self.rendered = rendered
        self.pageCount = pages.count
        self.published = published.map { Product($0, archive: archive) }
        self.copies = copies
        self.address = address
    }

    /// The pages, the first of `rendered`.
    public var pages: ArraySlice<Product> { rendered[..<pageCount] }
}

/// Every path of the site, spelled here and nowhere else. They are a contract with citizens'
/// bookmarks and with programs that fetch the downloads: changing one breaks links from
/// outside.
public enum SitePaths {
    public static func path(of kind: ProductKind, archive: Archive) -> String {
        switch kind {
        case .page(.notFound): return notFound
        case .page(let page): return folder(for: page, archive: archive) + pageFile
        case .unitData(let u): return unitJSON(archive.units[u].slug)
        case .unitFeed(let u): return unitFeed(archive.units[u].slug)
        case .allCSV: return allCSV
        case .allJSON: return allJSON
        case .monthCSV(let p): return monthCSV(p)
        case .recordedCSV(let span): return recordedCSV(span)
        case .unitSearch: return unitSearch
        case .siteFeed: return siteFeed
        case .sitemapPart(let n): return sitemapPart(n)
        case .sitemap: return sitemap
        case .robots: return robots
        case .asset(let name): return "assets/" + name
        case .staticFile(let file): return file.outputPath
        }
    }

    /// The folder a page is served at, below the site root (`""`: the home page).
    public static func folder(for kind: PageKind, archive: Archive) -> String {
        switch kind {
        case .home: return ""
        case .month(let p): return archive.span.map(recordedFolder) ?? "\(p.year)/\(pad2(p.month))/"
        case .year(let y): return "\(y)/"
        case .recorded(let span): return recordedFolder(span)
        case .recordedReport(let u, let span): return unitsFolder + "\(archive.units[u].slug)/\(recordedReport(span))/"
        case .archive: return "luu-tru/"
        case .units: return unitsFolder
        case .unit(let u): return unitsFolder + "\(archive.units[u].slug)/"
        case .report(let u, let p): return unitsFolder + "\(archive.units[u].slug)/\(archive.span.map(recordedReport) ?? p.description)/"
        case .unitYear(let u, let y): return unitsFolder + "\(archive.units[u].slug)/\(y)/"
        case .rankingPart(let u, let p, let part): return RankingParts.folder(parent: u, period: p, part: part, archive: archive)
        case .indexOverview: return "chi-so/"
        case .indexGroup(let key): return "chi-so/\(key)/"
        case .freePage(let i): return "\(archive.content.pages[i].slug)/"
        case .openData: return "du-lieu/"
        case .notFound: return ""
        }
    }

    /// A recorded period's ranking, in its year's folder beside the months' (`2023/06/`) and
    /// named as a notice names it: `2023/quy-2/`, `2023/6-thang-dau/`, `2023/6-thang-cuoi/`.
    /// A recorded year's ranking is the year's page itself, `2023/`.
    public static func recordedFolder(_ span: ReportingPeriod) -> String {
        switch span.kind {
        case .quarter: return "\(span.year)/quy-\(span.number)/"
        case .half: return "\(span.year)/6-thang-\(span.number == 1 ? "dau" : "cuoi")/"
        case .year: return "\(span.year)/"
        }
    }

    /// A unit's recorded period, beside its months' reports (`2023-06`) and sorting after
    /// the year's months in a listing: `2023-q2`, `2023-h1`; a year is `2023-nam`, since
    /// `don-vi/<unit>/2023/` is the yearly averages of a parent's units (`unitYear`).
    public static func recordedReport(_ span: ReportingPeriod) -> String {
        switch span.kind {
        case .quarter: return "\(span.year)-q\(span.number)"
        case .half: return "\(span.year)-h\(span.number)"
        case .year: return "\(span.year)-nam"
        }
    }

    /// The file a page's folder is served by: `2023/06/index.html` is the page at `2023/06/`.
    public static let pageFile = "index.html"
    /// What static hosts serve for an address they do not have.
    public static let notFound = "404.html"
    public static let allCSV = "du-lieu/ket-qua.csv"
    public static let allJSON = "du-lieu/ket-qua.json"
    public static func monthCSV(_ p: Period) -> String { "du-lieu/\(p).csv" }
    public static func recordedCSV(_ span: ReportingPeriod) -> String { "du-lieu/\(span).csv" }
    /// Where the units' pages are, and their downloads, feeds and search list.
    public static let unitsFolder = "don-vi/"
    public static func unitJSON(_ slug: String) -> String { unitsFolder + "\(slug)/du-lieu.json" }
    public static let unitSearch = unitsFolder + "tim-kiem.json"
    public static let siteFeed = "feed.xml"
    public static func unitFeed(_ slug: String) -> String { unitsFolder + "\(slug)/feed.xml" }
    public static let sitemap = "sitemap.xml"
    public static func sitemapPart(_ n: Int) -> String { "sitemap-\(n).xml" }
    public static let robots = "robots.txt"

    /// Top-level names the site itself uses (the folders above and the first part of the
    /// files' names); a free page may not take one of these names, nor a year.
    public static let reservedSlugs: Set<String> = ["don-vi", "chi-so", "luu-tru", "du-lieu", "assets", "404",
                                                    "feed", "sitemap", "robots"]

    /// The folder a page is served at (its path without `index.html`; `""`: the home page).
    public static func folder(of path: String) -> Substring {
        path.hasSuffix(pageFile) ? path.dropLast(pageFile.count) : path[...]
    }
}
