import MinhBachCore
import MinhBachContent

/// Which figures are provisional (tạm tính): read before the portal closed the month, so they
/// may still change. A result's own `provisional` wins over its month's: `false` in a
/// provisional month is a file the editor has already replaced with the final figures.
extension Archive {
    public func isProvisional(_ r: ResultRecord) -> Bool {
        r.status.provisional ?? monthSummaries[r.period]?.provisional ?? false
    }

    /// Whether the unit's figure in `period` is provisional: its own result's, or, for a unit
    /// shown as its units' average, any of theirs (an average of provisional totals may move).
    public func isProvisional(_ u: UnitID, in period: Period) -> Bool {
        provisional[period]?.contains(u) ?? false
    }

    /// When the provisional figures were read: the result's `as_of`, else its month's.
    public func readingTime(of r: ResultRecord) -> Timestamp? {
        r.asOf ?? monthSummaries[r.period]?.asOf
    }

    /// Every provisional standing, by month: each provisional result's unit, and the
    /// ancestors above it whose figure is their units' average.
    static func provisionalStandings(_ content: ContentSet, months: [Period: MonthSummary], ids: [String: UnitID],
                                     parents: PerUnit<UnitID?>, standing: (UnitID, Period) -> Standing?) -> [Period: Set<UnitID>] {
        var marked: [Period: Set<UnitID>] = [:]
        for (i, r) in content.results.enumerated() where r.status.provisional ?? months[r.period]?.provisional ?? false {
            guard let u = ids[r.unit], standing(u, r.period)?.resultIndex == i else { continue }
            marked[r.period, default: []].insert(u)
            var up = parents[u]
            while let p = up, case .average = standing(p, r.period)?.source {
                marked[r.period, default: []].insert(p)
                up = parents[p]
            }
        }
        return marked
    }
}
