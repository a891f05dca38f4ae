import MinhBachCore
import MinhBachArchive

/// A report's comparison of the unit with its siblings that month (`SiblingComparison`), as
/// `report.mustache` shows it.
extension PageContext {
    /// The unit's figures against those of the other units of its parent with figures in
    /// `period`; nil for the root, which has no siblings.
    func siblingComparison(_ u: UnitID, _ period: Period) -> (comparison: SiblingComparison, parent: UnitID, sample: Bool)? {
        guard let parent = archive.parent[u], let pool = constants.siblingPools[period]?[parent],
              let comparison = SiblingComparison(u, in: pool, groups: index.groups.map(\.key)) else { return nil }
        return (comparison, parent, SiblingComparison.othersAreSample(u, in: pool))
    }

    /// Each parent's units of each month, ready to be compared (`PageConstants.siblingPools`).
    static func siblingPools(_ archive: Archive) -> [Period: [UnitID: SiblingComparison.Pool]] {
        return archive.rankings.mapValues { rankings in
            rankings.mapValues { ranking in
                let period = ranking.period
                // The groups of the month's edition of the index, as its reports list them.
                let groups = archive.index.inForce(period).groups.map(\.key)
                let members = ranking.ranked.compactMap { u -> (unit: UnitID, figures: SiblingComparison.Figures, sample: Bool)? in
                    comparedFigures(archive, u, period).map { (u, $0, archive.result(u, in: period)?.sample == true) }
                }
                return SiblingComparison.Pool(members, groups: groups)
            }
        }
    }

    /// A unit's total that month (its own or its children's average, as ranked) and the groups
    /// of its own result, if it has one.
    private static func comparedFigures(_ archive: Archive, _ u: UnitID, _ period: Period) -> SiblingComparison.Figures? {
        guard let s = archive.standing(u, in: period) else { return nil }
        let groups = s.resultIndex.map { archive.content.results[$0].groups } ?? [:]
        return SiblingComparison.Figures(name: archive.units[u].name, total: s.score, groups: groups)
    }

    /// The comparison's heading, table rows and notes; a unit alone that month gets a sentence
    /// saying so instead of a table.
    func comparisonContext(_ u: UnitID, _ period: Period, _ c: SiblingComparison, parent: UnitID, sample: Bool) -> Object {
        let names: KeyValuePairs<String, String> = ["unit": archive.units[u].name, "parent": archive.units[parent].name,
                                                     "month": t.monthPhrase(period), "month_title": t.month(period)]
        var context: Object = [.heading: .text(t("comparison_heading", names)), .unit: .text(archive.units[u].name),
                               .sample: .flag(sample)]
        guard c.siblings > 0 else {
            context[.alone] = .text(t("comparison_alone", names))
            return context.filled([.rows, .caption, .note])
        }
        context[.alone] = false
        context[.caption] = .text(t("comparison_caption", names))
        context[.note] = .text(t("comparison_note", names))
        // A loop, and figures formatted through `t`: `row.own.map(number)` made a closure holding
        // a copy of the whole context, three per row, 3 % of a national build's samples.
        var rows: [Value] = []
        rows.reserveCapacity(c.rows.count)
        // A group that neither the unit nor any sibling has (a province's average has no groups)
        // says nothing: six rows of "—" are left out.
        for row in c.rows where row.group == nil || row.own != nil || row.counted > 0 {
            // A group by its short name where it has one: the groups' table above gives them in full.
            let group = row.group.flatMap { index.group($0) }
            var cells: Object = [.name: .text(group?.name ?? t("total_score")), .short: group?.short.map(Value.text) ?? false,
                                 .own: .text(figureText(row.own)), .missing: .flag(row.own == nil),
                                 .median: .text(figureText(row.median)), .counted: .text(countedText(row.counted)),
                                 .best: .text(figureText(row.best))]
            cells[.bestNames] = row.bestNames.isEmpty ? false : .text(row.bestNames.joined(separator: ", "))
            rows.append(.object(cells))
        }
        context[.rows] = .list(rows)
        return context
    }

    /// A figure as the site writes it, "—" for none.
    private func figureText(_ f: Figure?) -> String {
        guard let f else { return "—" }
        return t.number(f)
    }

    /// "7 đơn vị", under a median: how many siblings it was taken of.
    func countedText(_ n: Int) -> String {
        n == 0 ? t("counted_none") : n == 1 ? t("counted_one") : t("counted_units", ["count": "\(n)"])
    }
}
