import MinhBachCore
import MinhBachArchive

/// Every kind of page the site has (their addresses: `SitePaths.folder(for:archive:)`).
public enum PageKind: Sendable, Hashable {
    case home
    case month(Period)
    case year(Int)
    case archive
    case units
    case unit(UnitID)
    case report(unit: UnitID, period: Period)
    /// The yearly averages of a parent's units, on a site too large for the year's page to
    /// list them all (`UnitList.isWhole`): the year's page lists the root's units and links here.
    case unitYear(unit: UnitID, year: Int)
    /// Rows after the first of a long ranking of a parent's units in a month (`RankingParts`):
    /// part 2 and on.
    case rankingPart(parent: UnitID, period: Period, part: Int)
    /// A recorded quarter's or half-year's ranking (a recorded year's is on the year's page).
    case recorded(ReportingPeriod)
    /// A unit's recorded quarter, half-year or year.
    case recordedReport(unit: UnitID, span: ReportingPeriod)
    case indexOverview
    case indexGroup(String)
    case freePage(Int)
    case openData
    case notFound
}

/// A page to render: what it shows and where.
public struct PageSpec: Sendable, Hashable {
    public let kind: PageKind
    /// Path of the output file below the output folder, e.g. `2023/06/index.html`.
    public let path: String

    public init(kind: PageKind, path: String) {
        self.kind = kind
        self.path = path
    }

    /// The theme's template the page is rendered with.
    public var template: String {
        switch kind {
        case .home: return "home"
        case .month, .recorded: return "month"
        case .year, .unitYear: return "year"
        case .rankingPart: return "ranking-part"
        case .archive: return "archive"
        case .units: return "units"
        case .unit: return "unit"
        case .report, .recordedReport: return "report"
        case .indexOverview: return "index"
        case .indexGroup: return "group"
        case .freePage: return "page"
        case .openData: return "data"
        case .notFound: return "404"
        }
    }
}

public enum PagePlan {
    /// Every page of the site, in the order the site lists them (see `SitePlan`): the
    /// site-wide pages, the months, the years, the index's groups, the free pages, then each
    /// unit's page followed by its reports.
    public static func pages(of archive: Archive) -> [Product] {
        func page(_ kind: PageKind) -> Product { Product(.page(kind), archive: archive) }
        var pages: [Product] = [page(.home), page(.archive), page(.units), page(.indexOverview), page(.openData), page(.notFound)]
        pages += archive.periods.map { page(.month($0)) }
        pages += archive.years.map { page(.year($0)) }
        pages += archive.recordedPeriods.filter { $0.kind != .year }.map { page(.recorded($0)) }
        pages += archive.index.allGroups.map { page(.indexGroup($0.key)) }
        pages += archive.content.pages.indices.map { page(.freePage($0)) }
        pages += RankingParts.pages(of: archive).map(page)
        // Each unit's pages on all cores (80,000 paths for a national archive), in unit order.
        let yearsByParent = UnitList.isWhole(archive) ? [:] : UnitList.yearsOfParents(archive)
        let perUnit: [[Product]] = Array(archive.unitIDs).parallelMap { u in
            [page(.unit(u))] + (yearsByParent[u] ?? []).map { page(.unitYear(unit: u, year: $0)) }
                + archive.periods.compactMap { p in
                    archive.standing(u, in: p) == nil ? nil : page(.report(unit: u, period: p))
                }
                + archive.recordedHistory(of: u).map { page(.recordedReport(unit: u, span: $0)) }
        }
        pages.reserveCapacity(pages.count + perUnit.reduce(0) { $0 + $1.count })
        for unitPages in perUnit { pages += unitPages }
        return pages
    }
}
