import MinhBachCore
import MinhBachContent
import MinhBachArchive

extension PageContext {
    /// One parent's table on a group's page: its units ranked by `figure` (the group's points,
    /// or one of its criteria's), ties sharing a rank (1, 2, 2, 4), and after them, unranked,
    /// the units without the figure as "không công bố": missing is not 0. No rank at all in an
    /// incomplete month (`complete` false).
    func rankedRows(_ members: [UnitID], _ period: Period, complete: Bool, by figure: (ResultRecord) -> Figure?) -> [Object] {
        // Each figure is looked up once, not at every comparison of the sort.
        let withValue = members.compactMap { u in figure(archive.result(u, in: period)!).map { (unit: u, value: $0) } }
            .sorted { $0.value > $1.value }
        var rank = 0
        var previous: Figure?
        var rows: [Object] = withValue.enumerated().map { i, item in
            let (u, v) = item
            if v != previous { rank = i + 1; previous = v }
            return [.rank: .text(complete ? "\(rank)" : "–"), .rankSort: .text(complete ? "\(rank)" : ""),
                    .name: .text(archive.units[u].name), .href: .text(reportLink(u, period)),
                    .value: .text(number(v)), .sort: .text(v.description), .missing: false]
        }
        rows += members.filter { figure(archive.result($0, in: period)!) == nil }.map {
            [.name: .text(archive.units[$0].name), .href: .text(reportLink($0, period)), .missing: true, .rank: "–", .rankSort: "", .value: .text(t("not_published")), .sort: ""]
        }
        return rows
    }
}
