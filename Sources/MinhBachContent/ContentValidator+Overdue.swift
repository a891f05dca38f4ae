import MinhBachCore

/// The checks of overdue dossiers that need more than one file: a unit's months together, and
/// the unit's own identifier.
extension ContentValidator {
    static func checkOverdue(_ results: [ResultRecord], units: [String: Unit], parents: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let byUnit = Dictionary(grouping: results.filter { !$0.overdue.isEmpty }, by: \.unit)
        for slug in byUnit.keys.sorted() {
            let months = byUnit[slug]!.sorted { $0.period < $1.period }
            let resolved = Dictionary(uniqueKeysWithValues: OverdueFollowUp.dossiers(months).map { ($0.code, $0.resolved) })
            // A parent's notice may list its units' dossiers, which carry their identifiers; a
            // commune's carry its own, but the portal is the authority on a code, not this
            // site: a differing identifier is a warning to look again, never a refusal.
            let own = units[slug]?.code.flatMap { !parents.contains(slug) && UnitCodeKind($0) == .agency ? $0 : nil }
            // A dossier is settled once: the first month that dates it is the date the others
            // must repeat, or the unit page would show whichever date it met first.
            var firstResolved: [String: (day: Day, period: Period)] = [:]
            for r in months {
                for (i, o) in r.overdue.enumerated() {
                    let field = "overdue[\(i + 1)].code"
                    if let day = o.resolved {
                        if let first = firstResolved[o.code], first.day != day {
                            diagnostics.append(.error(.resolvedDatesDiffer, at: o.location, field: "overdue[\(i + 1)].resolved",
                                "`overdue[\(i + 1)].resolved` of \(o.code) is \(day) here but \(first.day) in the result of \(first.period)",
                                hint: "a dossier is resolved once: write the same date in both files, the one the portal shows"))
                        } else if firstResolved[o.code] == nil {
                            firstResolved[o.code] = (day, r.period)
                        }
                    }
                    if let res = resolved[o.code] ?? nil, res.day < r.period.firstDay {
                        diagnostics.append(.error(.overdueAfterResolved, at: o.location, field: field,
                            "`\(field)` \(o.code) is listed as overdue in \(r.period), but the result of \(res.period) says it was resolved on \(res.day)",
                            hint: "remove the dossier from this month's list, or correct `resolved` in the result of \(res.period)"))
                    }
                    if let own, case .success(let code) = ReceiptCode.parse(o.code), code.agency != own {
                        diagnostics.append(.warning(.receiptAgencyDiffers, at: o.location, field: field,
                            "`\(field)` \(o.code) begins with the identifier \(code.agency), not \(units[slug]!.name)'s `code` \(own)",
                            hint: "a dossier's code begins with the identifier of the agency that received it; check it against the portal"))
                    }
                }
            }
        }
        return diagnostics
    }
}
