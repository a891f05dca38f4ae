import MinhBachCore
import MinhBachContent

/// The content, indexed for publishing: units as a tree named by `UnitID`, every month's
/// standings and rankings, yearly averages. Built once; read from many threads while rendering.
/// A class, so that the pages, downloads and keys that hold it share it instead of copying
/// its twenty fields.
public final class Archive: Sendable {
    public let content: ContentSet
    /// Units in tree order (parents before children, siblings alphabetical).
    public let units: PerUnit<Unit>
    public let root: UnitID
    public let parent: PerUnit<UnitID?>
    public let children: PerUnit<[UnitID]>
    public let depth: PerUnit<Int>
    public let idBySlug: [String: UnitID]
    /// The units of this site each unit was formed from (those whose `successor` names it),
    /// in tree order: what its page says it "hình thành từ".
    public let predecessors: PerUnit<[UnitID]>
    /// Months with results or a summary, oldest first.
    public let periods: [Period]
    public let years: [Int]
    /// rankings[period][parent id], for parents with children existing that month.
    public let rankings: [Period: [UnitID: Ranking]]
    public let monthSummaries: [Period: MonthSummary]
    /// yearAverages[year], sorted by average descending, ties alphabetical.
    public let yearAverages: [Int: [YearAverage]]
    /// Problems only the ranking can show (a published rank that differs from the computed one).
    public let diagnostics: [Diagnostic]
    /// The quarter, half-year or year this archive holds the recorded figures of, ranked as
    /// one month (its first) is; nil for the site's archive of months (see `Archive+Recorded`).
    public let span: ReportingPeriod?
    /// Each recorded period's archive, by period; empty in a recorded period's own archive.
    public let recorded: [ReportingPeriod: Archive]
    /// The recorded periods, oldest first (a year's quarters, then its halves, then the year).
    public let recordedPeriods: [ReportingPeriod]

    public var index: IndexDefinition { content.index }
    /// Every edition's groups, criteria and indicators in one definition (`acrossEditions`),
    /// made once: the downloads' columns, read for each of 80,000 rows.
    public let indexAcrossEditions: IndexDefinition
    public var site: SiteConfig { content.site }
    public var latestPeriod: Period? { periods.last }
    /// Every unit, in tree order.
    public var unitIDs: DefaultIndices<PerUnit<Unit>> { units.indices }

    /// The standings by position in `periods`: looked up for every row of every page, where
    /// hashing the month cost more than halving 24 months.
    private let tables: [PerUnit<Standing?>]
    /// The provisional standings of each month that has any (`Archive+Provisional`).
    let provisional: [Period: Set<UnitID>]

    /// The position of `period` in `periods`.
    public func position(of period: Period) -> Int? { Archive.position(of: period, in: periods) }

    static func position(of period: Period, in periods: [Period]) -> Int? {
        var low = 0, high = periods.count
        while low < high {
            let mid = (low + high) / 2
            if periods[mid] < period { low = mid + 1 } else { high = mid }
        }
        return low < periods.count && periods[low] == period ? low : nil
    }

    public func unit(_ slug: String) -> UnitID? { idBySlug[slug] }
    public func standing(_ unit: UnitID, in period: Period) -> Standing? { position(of: period).flatMap { tables[$0][unit] } }
    /// Every unit's standing in `period`; nil for a month the archive does not have.
    public func standings(in period: Period) -> PerUnit<Standing?>? { position(of: period).map { tables[$0] } }
    public func result(_ unit: UnitID, in period: Period) -> ResultRecord? {
        standing(unit, in: period)?.resultIndex.map { content.results[$0] }
    }

    /// How many units have figures in `period` of those expected, over every ranking of the
    /// month (a province's average counts as its figures); nil for a month without rankings.
    public func coverage(in period: Period) -> Coverage? {
        guard let month = rankings[period], !month.isEmpty else { return nil }
        return month.values.reduce(Coverage(withData: 0, expected: 0)) {
            Coverage(withData: $0.withData + $1.withData, expected: $0.expected + $1.expected)
        }
    }

    /// The periods in which `unit` has a standing, oldest first.
    public func history(of unit: UnitID) -> [Period] { periods.indices.filter { tables[$0][unit] != nil }.map { periods[$0] } }

    /// Ancestors from the root down to the unit's parent.
    public func ancestors(of unit: UnitID) -> [UnitID] {
        var chain: [UnitID] = []
        var current = parent[unit]
        while let c = current { chain.append(c); current = parent[c] }
        return chain.reversed()
    }

    public func isSample(_ unit: UnitID, in period: Period) -> Bool {
        result(unit, in: period)?.sample ?? false
    }

    /// Builds the archive, step by step: the tree, the months, each month ranked, each standing
    /// given the month before, the years' averages, the published ranks checked. The content
    /// must have passed validation (a tree rooted at `site.root`).
    public convenience init(content: ContentSet) {
        self.init(content: content, span: nil)
    }

    init(content: ContentSet, span: ReportingPeriod?) {
        self.content = content
        self.span = span
        let recorded = span == nil ? Archive.recordedArchives(content) : [:]
        self.recorded = recorded
        recordedPeriods = recorded.keys.sorted()
        indexAcrossEditions = content.index.acrossEditions
        let tree = Tree(content)
        units = tree.units
        root = UnitID(0)
        parent = tree.parents
        depth = tree.depths
        children = tree.children
        idBySlug = tree.ids
        predecessors = Archive.predecessors(tree.units, ids: tree.ids)
        monthSummaries = Dictionary(content.months.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
        let months = Months(content, ids: tree.ids)
        periods = months.periods
        // A year of recorded periods alone has its page too, to show them.
        years = Array(Set(months.periods.map(\.year) + recorded.keys.map(\.year))).sorted()
        let ranked = months.periods.parallelMap { Archive.rank(month: $0, results: months.resultsByPeriod[$0] ?? [], tree: tree, content: content) }
        let tables = Archive.withMonthBefore(ranked.map(\.table), periods: months.periods, index: content.index)
        self.tables = tables
        rankings = Dictionary(uniqueKeysWithValues: zip(months.periods, ranked.map(\.rankings)))
        let periodsForLookup = months.periods
        provisional = Archive.provisionalStandings(content, months: monthSummaries, ids: tree.ids, parents: tree.parents) { u, p in
            Archive.position(of: p, in: periodsForLookup).flatMap { tables[$0][u] }
        }
        yearAverages = Archive.yearAverages(tables, periods: months.periods, years: years, tree: tree)
        // A recorded period's published ranks are checked by its own archive, as a month's are.
        diagnostics = Archive.checkPublishedRanks(content: content, unitOfResult: months.unitOfResult, parents: tree.parents,
                                                  standings: Dictionary(uniqueKeysWithValues: zip(months.periods, tables)))
            + recorded.keys.sorted().flatMap { recorded[$0]!.diagnostics }
    }

    /// The units in tree order (a depth-first walk from the root, siblings in name order),
    /// with their places in it and in name order.
    struct Tree {
        let units: PerUnit<Unit>
        let parents: PerUnit<UnitID?>
        let depths: PerUnit<Int>
        let children: PerUnit<[UnitID]>
        let ids: [String: UnitID]
        /// Each unit's place in name order, then in the tree (two units may have one name):
        /// what ties are broken by.
        let nameOrder: PerUnit<Int>
        /// The units deepest first, so that a parent's average sees its children's totals.
        let bottomUp: [UnitID]

        init(_ content: ContentSet) {
            // Each name's collation key is made once, and each unit's place in name order is
            // then what ties are broken by: comparing keys inside every month's sort cost more.
            let keyed = content.units.parallelMap { (unit: $0, key: VietnameseCollation.key($0.name)) }
            let bySlug = Dictionary(keyed.map { ($0.unit.slug, $0) }, uniquingKeysWith: { a, _ in a })
            var childSlugs: [String: [(unit: Unit, key: [UInt32])]] = [:]
            for k in keyed { if let p = k.unit.parent { childSlugs[p, default: []].append(k) } }
            for (p, list) in childSlugs {
                childSlugs[p] = list.sorted { $0.key != $1.key ? $0.key.lexicographicallyPrecedes($1.key) : $0.unit.slug < $1.unit.slug }
            }
            var walked: [(unit: Unit, key: [UInt32], parent: UnitID?, depth: Int)] = []
            var stack: [(slug: String, parent: UnitID?, depth: Int)] = [(content.site.root, nil, 0)]
            var visited: Set<String> = []
            while let (slug, p, d) = stack.popLast() {
                guard let entry = bySlug[slug], visited.insert(slug).inserted else { continue }
                let id = UnitID(walked.count)
                walked.append((entry.unit, entry.key, p, d))
                for child in (childSlugs[slug] ?? []).reversed() { stack.append((child.unit.slug, id, d + 1)) }
            }
            let units = PerUnit(walked.map(\.unit)), keys = PerUnit(walked.map(\.key))
            let parents = PerUnit(walked.map(\.parent)), depths = PerUnit(walked.map(\.depth))
            var children = PerUnit<[UnitID]>(repeating: [], count: units.count)
            for id in units.indices { if let p = parents[id] { children[p].append(id) } }
            var nameOrder = PerUnit(repeating: 0, count: units.count)
            for (position, id) in units.indices.sorted(by: { a, b in
                keys[a] != keys[b] ? keys[a].lexicographicallyPrecedes(keys[b]) : a < b
            }).enumerated() { nameOrder[id] = position }
            self.units = units
            self.parents = parents
            self.depths = depths
            self.children = children
            self.nameOrder = nameOrder
            ids = Dictionary(uniqueKeysWithValues: units.indices.map { (units[$0].slug, $0) })
            bottomUp = units.indices.sorted { depths[$0] > depths[$1] }
        }
    }

    /// The months of the archive (with results or a summary, oldest first), and each month's
    /// results by unit.
    struct Months {
        let periods: [Period]
        let resultsByPeriod: [Period: [(unit: UnitID, index: Int)]]
        /// The unit of each result (nil: a unit not in the tree).
        let unitOfResult: [UnitID?]

        init(_ content: ContentSet, ids: [String: UnitID]) {
            var periodSet = Set(content.months.map(\.period))
            var byPeriod: [Period: [(unit: UnitID, index: Int)]] = [:]
            unitOfResult = content.results.parallelMap { ids[$0.unit] }
            for (i, r) in content.results.enumerated() {
                guard let id = unitOfResult[i] else { continue }
                periodSet.insert(r.period)
                byPeriod[r.period, default: []].append((id, i))
            }
            periods = periodSet.sorted()
            resultsByPeriod = byPeriod
        }
    }

    /// One month ranked on its own (the months are ranked on all cores): each unit's standing,
    /// its own result's or its children's average, and each parent's children ranked by it
    /// (ties share a rank, listed in name order).
    static func rank(month period: Period, results: [(unit: UnitID, index: Int)], tree: Tree,
                     content: ContentSet) -> (table: PerUnit<Standing?>, rankings: [UnitID: Ranking]) {
        let units = tree.units, kids = tree.children
        var table = PerUnit<Standing?>(repeating: nil, count: units.count)
        for (id, index) in results {
            let r = content.results[index]
            table[id] = Standing(score: r.score, source: .published(result: index), publishedRank: r.publishedRank, publishedOf: r.publishedOf)
        }
        for id in tree.bottomUp where table[id] == nil && !kids[id].isEmpty {
            let scores = kids[id].compactMap { table[$0]?.score }
            if let mean = Figure.mean(scores) {
                table[id] = Standing(score: mean, source: .average(count: scores.count))
            }
        }
        var rankings: [UnitID: Ranking] = [:]
        for p in units.indices where !kids[p].isEmpty {
            let members = kids[p].filter { table[$0] != nil || units[$0].exists(in: period) }
            guard !members.isEmpty else { continue }
            let ranked = members.filter { table[$0] != nil }.sorted { a, b in
                let sa = table[a]!.score, sb = table[b]!.score
                return sa != sb ? sa > sb : tree.nameOrder[a] < tree.nameOrder[b]
            }
            // The portal may have ranked more units than this site knows of that month.
            let expected = max(members.count, ranked.compactMap { table[$0]!.publishedOf }.max() ?? 0)
            var rank = 0
            var previousScore: Figure?
            for (position, id) in ranked.enumerated() {
                let s = table[id]!.score
                if s != previousScore { rank = position + 1; previousScore = s }
                table[id]!.computedRank = rank
                table[id]!.withData = ranked.count
                table[id]!.expected = expected
            }
            rankings[p] = Ranking(parent: p, period: period, ranked: ranked, withoutData: members.filter { table[$0] == nil },
                                  expected: expected)
        }
        return (table, rankings)
    }

    /// Each month's standings given the score and ranks of the month before (when the archive
    /// has that month, in the same edition of the index: figures of two editions measure two
    /// different things, so no change is computed across one), as ranked, not as changed.
    static func withMonthBefore(_ ranked: [PerUnit<Standing?>], periods: [Period], index: IndexDefinition) -> [PerUnit<Standing?>] {
        let position = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        return periods.indices.map { i in
            guard let b = position[periods[i].previous], index.edition(of: periods[i]) == index.edition(of: periods[b]) else { return ranked[i] }
            var table = ranked[i]
            let before = ranked[b]
            for id in table.indices where table[id] != nil {
                table[id]!.previousScore = before[id]?.score
                table[id]!.previousRank = before[id]?.rank
                table[id]!.previousPublishedRank = before[id]?.publishedRank
            }
            return table
        }
    }

    /// Every unit's average over each year's months, best first, ties in name order.
    static func yearAverages(_ tables: [PerUnit<Standing?>], periods: [Period], years: [Int], tree: Tree) -> [Int: [YearAverage]] {
        var averages: [Int: [YearAverage]] = [:]
        for year in years {
            let months = periods.indices.filter { periods[$0].year == year }
            var list: [YearAverage] = []
            for id in tree.units.indices {
                let scores = months.compactMap { tables[$0][id]?.score }
                if let mean = Figure.mean(scores) { list.append(YearAverage(unit: id, average: mean, months: scores.count)) }
            }
            averages[year] = list.sorted { a, b in
                a.average != b.average ? a.average > b.average : tree.nameOrder[a.unit] < tree.nameOrder[b.unit]
            }
        }
        return averages
    }

    /// The portal's own rank, when an editor recorded it, is what the site shows; a difference
    /// from the rank computed from the files usually means a sibling's file is missing or wrong.
    /// In an incomplete month the computed rank is no ranking at all, so the warning says what
    /// the pages show instead.
    static func checkPublishedRanks(content: ContentSet, unitOfResult: [UnitID?], parents: PerUnit<UnitID?>,
                                    standings: [Period: PerUnit<Standing?>]) -> [Diagnostic] {
        // In parts on all cores, in the order of the results.
        let parts = stride(from: 0, to: content.results.count, by: 4096).map { $0..<min($0 + 4096, content.results.count) }
        let found = parts.parallelMap { part in checkPublishedRanks(content: content, unitOfResult: unitOfResult, parents: parents, standings: standings, in: part) }
            .flatMap { $0 }
        // An incomplete month is said once for each set of siblings, at its first file with a
        // published rank: the national corpus said it 53,000 times, once for every such file.
        var said: Set<String> = []
        return found.compactMap { d, group in group.map { said.insert($0).inserted ? d : nil } ?? d }
    }

    private static func checkPublishedRanks(content: ContentSet, unitOfResult: [UnitID?], parents: PerUnit<UnitID?>,
                                            standings: [Period: PerUnit<Standing?>],
                                            in part: Range<Int>) -> [(Diagnostic, group: String?)] {
        var diagnostics: [(Diagnostic, group: String?)] = []
        for i in part {
            let r = content.results[i]
            guard r.publishedRank != nil || r.publishedOf != nil,
                  let id = unitOfResult[i], let s = standings[r.period]?[id], let computed = s.computedRank else { continue }
            let at = r.rankLocation ?? r.location
            let words = RankWords(r)
            if !s.isComplete, let shown = s.shownRank {
                diagnostics.append((.warning(.rankCountDiffers, at: at, field: "of",
                    words.incomplete(withData: s.withData, expected: s.expected), hint: words.showsPublished(shown)),
                    group: "\(r.period) \(parents[id]?.index ?? -1)"))
            } else if let published = r.publishedRank, published != computed {
                diagnostics.append((.warning(.rankDiffers, at: at, field: "rank",
                    "published rank \(published)\(r.publishedOf.map { "/\($0)" } ?? "") differs from the rank computed from this site's files, \(computed)/\(s.withData)",
                    hint: words.checkTotals), group: nil))
            } else if let of = r.publishedOf, r.publishedRank != nil, of != s.withData {
                diagnostics.append((.warning(.rankCountDiffers, at: at, field: "of",
                    words.portalRanked(of, withData: s.withData), hint: words.addMissing), group: nil))
            }
        }
        return diagnostics
    }
}

/// The published-rank warnings' words for a month ("2023-07", "tháng 2023-07") or for a
/// recorded quarter, half-year or year, whose results are kept under its first month: the
/// warning names the period's folder ("2023-Q2", "kỳ 2023-Q2"), never that month.
private struct RankWords {
    let period: String
    let recorded: Bool

    init(_ r: ResultRecord) {
        period = r.span.map(\.description) ?? r.period.description
        recorded = r.span != nil
    }

    func incomplete(withData: Int, expected: Int) -> Message {
        recorded ? "the recorded period \(period) is incomplete: this site has figures for \(withData) of the \(expected) units ranked together"
                 : "\(period) is incomplete: this site has figures for \(withData) of the \(expected) units ranked together"
    }

    func showsPublished(_ shown: Standing.ShownRank) -> Message {
        recorded ? "the pages show the published rank \(shown.rank)/\(shown.of) and mark the recorded period \(period) as incomplete, with no rank for the units without a published one; add the siblings' missing result files"
                 : "the pages show the published rank \(shown.rank)/\(shown.of) and mark \(period) as incomplete, with no rank for the units without a published one; add the siblings' missing result files"
    }

    var checkTotals: Message {
        recorded ? "the site shows the published rank; check the siblings' totals for the recorded period \(period)"
                 : "the site shows the published rank; check the siblings' totals for \(period)"
    }

    func portalRanked(_ of: Int, withData: Int) -> Message {
        recorded ? "the portal ranked \(of) units but this site has figures for \(withData) of them in the recorded period \(period)"
                 : "the portal ranked \(of) units but this site has figures for \(withData) of them in \(period)"
    }

    var addMissing: Message {
        recorded ? "add the missing siblings' result files for the recorded period \(period)"
                 : "add the missing siblings' result files for \(period)"
    }
}
