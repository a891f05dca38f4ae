import MinhBachArchive
import MinhBachPlan

/// What the render phase makes: pages, and each unit's download and feed.
enum Product: Sendable {
    case page(PageSpec)
    case unitData(Int, path: String)
    case unitFeed(Int, path: String)

    var path: String {
        switch self {
        case .page(let page): return page.path
        case .unitData(_, let path), .unitFeed(_, let path): return path
        }
    }

    /// A unit's download shows what its page shows; its feed also shows, for a month the unit
    /// has no result of its own, the month's date, which any result of that month may move.
    func key(_ keys: PageKeys, _ archive: Archive) -> UInt64 {
        switch self {
        case .page(let page): return keys.key(for: page.kind)
        case .unitData(let u, _): return keys.key(for: .unit(u))
        case .unitFeed(let u, _):
            return Feeds.usesMonthDates(archive: archive, unit: u) ? keys.key(for: .home) : keys.key(for: .unit(u))
        }
    }
}
