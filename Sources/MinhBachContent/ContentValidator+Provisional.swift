import MinhBachCore

/// Provisional figures without a reading time. A warning, not an error: the figures are
/// valid and every page still says they are provisional; what is missing is when they were
/// read, which a citizen needs to judge how stale they may be, but which should not keep a
/// month's results off the site.
extension ContentValidator {
    static let asOfHint: Message = "add `as_of:` with the time the figures were read from the portal, e.g. \"2026-04-05 17:00\""

    static func checkProvisional(_ content: ContentSet) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let months = Dictionary(content.months.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
        var withoutTime: [Period: Int] = [:]
        for r in content.results where r.asOf == nil && months[r.period]?.asOf == nil {
            if r.status.provisional == true, let at = r.status.provisionalLocation {
                diagnostics.append(.warning(.provisionalWithoutAsOf, at: at, field: "provisional",
                    "the result is provisional, but neither it nor the month's _index.md gives `as_of`", hint: asOfHint))
            } else if r.status.provisional == nil, months[r.period]?.provisional == true {
                withoutTime[r.period, default: 0] += 1
            }
        }
        for (period, count) in withoutTime.sorted(by: { $0.key < $1.key }) {
            guard let at = months[period]?.provisionalLocation else { continue }
            diagnostics.append(.warning(.provisionalWithoutAsOf, at: at, field: "provisional",
                "the month \(period) is provisional but gives no `as_of`, nor do \(count) of its results", hint: asOfHint))
        }
        return diagnostics
    }
}
