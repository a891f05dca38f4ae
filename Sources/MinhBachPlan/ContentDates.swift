import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// When each page's content last changed, from the content itself (as_of, the notice's date,
/// else the month's last day), never from the build clock: the same files give the same
/// sitemap and feeds.
public struct ContentDates: Sendable {
    public let byResult: [Day]
    public let byPeriod: [Period: Day]
    public let byUnit: PerUnit<Day?>
    public let latest: Day?
    let archive: Archive

    public init(archive: Archive) {
        self.archive = archive
        let results = archive.content.results
        byResult = results.map { ContentDates.day(of: $0) }
        var periods: [Period: Day] = [:]
        for (i, r) in results.enumerated() { periods[r.period] = max(periods[r.period] ?? byResult[i], byResult[i]) }
        for m in archive.content.months {
            let d = m.asOf?.day ?? m.period.lastDay
            periods[m.period] = max(periods[m.period] ?? d, d)
        }
        byPeriod = periods
        var units = PerUnit<Day?>(repeating: nil, count: archive.units.count)
        for p in archive.periods {
            guard let table = archive.standings(in: p), let day = periods[p] else { continue }
            for u in table.indices where table[u] != nil { units[u] = max(units[u] ?? day, day) }
        }
        byUnit = units
        latest = periods.values.max()
    }

    static func day(of r: ResultRecord) -> Day {
        [r.asOf?.day, r.document?.date, r.status.revisedFrom?.date, r.period.lastDay].compactMap { $0 }.max()!
    }

    /// The moment used for Atom `updated`: as_of when known, in Vietnam's time zone; the day of
    /// a revision (`revised_from.date`) when later, so that a provisional result replaced by
    /// the final one updates its feed entry, whose id, its address, stays the same.
    public func timestamp(_ r: ResultRecord) -> String {
        if let t = r.asOf, t.day >= (r.document?.date ?? t.day), t.day >= (r.status.revisedFrom?.date ?? t.day) {
            return ContentDates.rfc3339(t)
        }
        return ContentDates.rfc3339(ContentDates.day(of: r))
    }

    public func timestamp(of period: Period) -> String {
        if let asOf = archive.monthSummaries[period]?.asOf, asOf.day >= (byPeriod[period] ?? asOf.day) {
            return ContentDates.rfc3339(asOf)
        }
        return ContentDates.rfc3339(byPeriod[period] ?? period.lastDay)
    }

    public static func rfc3339(_ t: Timestamp) -> String { "\(t.day)T\(pad2(t.hour)):\(pad2(t.minute)):00+07:00" }
    public static func rfc3339(_ d: Day) -> String { "\(d)T00:00:00+07:00" }

    /// The date a page's content last changed.
    public func day(for kind: PageKind) -> Day? {
        switch kind {
        case .report(let u, let p):
            if let r = archive.standing(u, in: p)?.resultIndex { return byResult[r] }
            return byPeriod[p]
        case .month(let p), .rankingPart(_, let p, _): return byPeriod[p]
        case .unit(let u): return byUnit[u] ?? latest
        case .year(let y), .unitYear(_, let y): return byPeriod.filter { $0.key.year == y }.values.max()
        default: return latest
        }
    }
}
