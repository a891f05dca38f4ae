import MinhBachCore
import MinhBachArchive
import MinhBachPlan

/// The pages of a long ranking after its first (`RankingParts`).
extension PageContext {
    func rankingPart(_ parent: UnitID, _ period: Period, _ part: Int) -> Object {
        let unit = archive.units[parent], monthTitle = t.month(period)
        let isRoot = parent == archive.root
        let caption = isRoot ? t("ranking_caption", ["month": t.monthPhrase(period), "unit": rootName])
                             : t("children_ranking_caption", ["unit": unit.name, "month": t.monthPhrase(period)])
        var main = Object()
        var sample = false
        var rows = ""
        if let ranking = archive.rankings[period]?[parent] {
            let range = RankingParts.rows(of: part, in: ranking)
            rows = "\(range.lowerBound + 1)–\(range.upperBound)"
        }
        if let table = rankingTable(parent: parent, period: period, caption: caption, part: part) {
            main[.ranking] = .object(table)
            sample = table.has(.sample)
        }
        let first = link(.rankingPart(parent: parent, period: period, part: 1))
        let firstTitle = isRoot ? monthTitle : "\(unit.name) – \(monthTitle)"
        let heading = t("ranking_part_heading", ["caption": caption, "rows": rows])
        main[.heading] = .text(heading)
        main[.firstHref] = .text(first)
        main[.firstTitle] = .text(t("ranking_part_back", ["page": firstTitle]))
        let crumbs: [(String, String?)] = isRoot
            ? [(t("nav_home"), link(.home)), (t("nav_archive"), link(.archive)), (monthTitle, first)]
            : unitCrumbs(parent) + [(unit.name, unitLink(parent)), (monthTitle, first)]
        return frame(title: heading, description: heading, breadcrumbs: crumbs + [(rows, nil)], sample: sample, main: main)
    }
}
