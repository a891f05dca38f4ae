import MinhBachCore
import MinhBachContent

/// Recorded quarters, half-years and years: each is an archive of its own whose one month is
/// the period's first, holding the period's results as that month's. So the ranking, the
/// standings, the sample and provisional flags and every page made from them are the months'
/// own code, and a recorded period never meets a month (no change "so với tháng trước", no
/// point on a unit's chart).
extension Archive {
    static func recordedArchives(_ content: ContentSet) -> [ReportingPeriod: Archive] {
        var results: [ReportingPeriod: [ResultRecord]] = [:]
        var summaries: [ReportingPeriod: [MonthSummary]] = [:]
        for r in content.spanResults { if let span = r.span { results[span, default: []].append(r) } }
        for m in content.spanSummaries { if let span = m.span { summaries[span, default: []].append(m) } }
        let spans = Set(results.keys).union(summaries.keys).sorted()
        let archives = spans.parallelMap { span in
            var own = content
            own.results = results[span] ?? []
            own.months = summaries[span] ?? []
            own.spanResults = []
            own.spanSummaries = []
            return Archive(content: own, span: span)
        }
        return Dictionary(uniqueKeysWithValues: zip(spans, archives))
    }

    /// The recorded periods of `year`, in order.
    public func recordedPeriods(in year: Int) -> [ReportingPeriod] { recordedPeriods.filter { $0.year == year } }

    /// The recorded periods in which `unit` has a standing, oldest first.
    public func recordedHistory(of unit: UnitID) -> [ReportingPeriod] {
        recordedPeriods.filter { recorded[$0]!.standing(unit, in: $0.first) != nil }
    }
}
