import MinhBachCore

extension ContentValidator {
    /// A recorded quarter's, half-year's or year's results: each of a unit of the site that
    /// existed in every month of it, as a month's result must be of a unit that existed in that
    /// month. A unit established after the first month or dissolved before the last is
    /// refused, not shown with a note: the figure is ranked among the siblings that served the
    /// whole period, and a unit that served part of it would be ranked on other months than
    /// they were (the reform of 1 July 2025 falls between quarters, so real results never need it).
    static func checkSpans(_ content: inout ContentSet, units bySlug: [String: Unit], unitsFolder: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let slugs = content.units.map(\.slug)
        content.spanResults = content.spanResults.filter { result in
            guard let span = result.span else { return false }
            guard let unit = bySlug[result.unit] else {
                diagnostics.append(.error(.unknownUnit, at: result.location,
                    "no unit `\(result.unit)`: the file name must be the slug of a unit in \(unitsFolder)/\(NearMiss.phrase(for: result.unit, among: slugs))",
                    hint: "rename the file, or add \(unitsFolder)/\(result.unit).md"))
                return false
            }
            if let dissolved = unit.dissolved, dissolved <= span.last.firstDay {
                diagnostics.append(.error(.dissolvedWithinPeriod, at: result.location,
                    "\(unit.name) was dissolved on \(dissolved), before the end of the period \(span) (\(span.firstDay) to \(span.lastDay))",
                    hint: "a recorded period's figures belong to units that existed in every month of it; record the months instead"))
                return false
            }
            if let established = unit.established, established > span.first.lastDay {
                diagnostics.append(.error(.establishedWithinPeriod, at: result.location,
                    "\(unit.name) was established on \(established), after the start of the period \(span) (\(span.firstDay) to \(span.lastDay))",
                    hint: "a recorded period's figures belong to units that existed in every month of it; record the months instead"))
                return false
            }
            return true
        }
        return diagnostics
    }
}
