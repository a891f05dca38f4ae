import MinhBachCore
import MinhBachArchive

/// How a long ranking is split into pages. A province of 168 communes ranked in one table made
/// its month's report 73 KB and its own page 93 KB, over the 60 KB a phone should fetch; so a
/// ranking of more than `rowsPerPart` rows shows its first rows where it always did (the
/// month's page for the root's units, the parent's report and page for a parent's) and the
/// others, in rank order, on pages of their own below that page (`trang-2/`, `trang-3/`),
/// each linking to all the others. The month's CSV holds every row in one file.
public enum RankingParts {
    /// At about 450 bytes a row, 50 rows keep a province's report with its map under 60 KB.
    public static let rowsPerPart = 50

    /// How many pages the ranking takes (1: it is not split).
    public static func count(_ ranking: Ranking) -> Int {
        max(1, (ranking.ranked.count + ranking.withoutData.count + rowsPerPart - 1) / rowsPerPart)
    }

    /// The rows (positions among the ranked units, then those without data) of part `part` (1…).
    public static func rows(of part: Int, in ranking: Ranking) -> Range<Int> {
        let total = ranking.ranked.count + ranking.withoutData.count
        let start = min(total, (part - 1) * rowsPerPart)
        return start..<min(total, start + rowsPerPart)
    }

    /// The ranking's parts after the first, which are pages of their own: those of every month
    /// with figures, for the root (below the month's page) and every other parent (below its
    /// report of the month).
    public static func pages(of archive: Archive) -> [PageKind] {
        var pages: [PageKind] = []
        for period in archive.periods {
            guard let rankings = archive.rankings[period] else { continue }
            for parent in rankings.keys.sorted() {
                let ranking = rankings[parent]!
                // Without a ranked unit the parent has no report and no table to continue.
                guard !ranking.ranked.isEmpty else { continue }
                let count = count(ranking)
                if count > 1 { pages += (2...count).map { .rankingPart(parent: parent, period: period, part: $0) } }
            }
        }
        return pages
    }

    /// The folder of part `part` of a parent's ranking in `period` below the page with its
    /// first part; part 1 is that page itself.
    static func folder(parent: UnitID, period: Period, part: Int, archive: Archive) -> String {
        let first: PageKind = parent == archive.root ? .month(period) : .report(unit: parent, period: period)
        let folder = SitePaths.folder(for: first, archive: archive)
        return part <= 1 ? folder : folder + "trang-\(part)/"
    }
}
