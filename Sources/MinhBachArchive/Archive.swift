import MinhBachCore
import MinhBachContent

/// The content, indexed for publishing: units as a tree with integer ids, every month's
/// standings and rankings, yearly averages. Built once; read from many threads while rendering.
/// A class, so that the pages, downloads and keys that hold it share it instead of copying
/// its twenty fields.
public final class Archive: Sendable {
    public let content: ContentSet
    /// Units in tree order (parents before children, siblings alphabetical); ids index this.
    public let units: [Unit]
    public let root: Int
    public let parent: [Int?]
    public let children: [[Int]]
    public let depth: [Int]
    public let idBySlug: [String: Int]
    /// Months with results or a summary, oldest first.
    public let periods: [Period]
    public let years: [Int]
    /// standings[period][unit id]
    public let standings: [Period: [Standing?]]
    /// rankings[period][parent id], for parents with children existing that month.
    public let rankings: [Period: [Int: Ranking]]
    public let monthSummaries: [Period: MonthSummary]
    /// yearAverages[year], sorted by average descending, ties alphabetical.
    public let yearAverages: [Int: [YearAverage]]
    /// Problems only the ranking can show (a published rank that differs from the computed one).
    public let diagnostics: [Diagnostic]

    public var index: IndexDefinition { content.index }
    public var site: SiteConfig { content.site }
    public var latestPeriod: Period? { periods.last }

    /// The standings by position in `periods`: looked up for every row of every page, where
    /// hashing the month cost more than halving 24 months.
    private let tables: [[Standing?]]

    /// The position of `period` in `periods`.
    public func position(of period: Period) -> Int? {
        var low = 0, high = periods.count
        while low < high {
            let mid = (low + high) / 2
            if periods[mid] < period { low = mid + 1 } else { high = mid }
        }
        return low < periods.count && periods[low] == period ? low : nil
    }

    public func unit(_ slug: String) -> Int? { idBySlug[slug] }
    public func standing(_ unit: Int, in period: Period) -> Standing? { position(of: period).flatMap { tables[$0][unit] } }
    public func result(_ unit: Int, in period: Period) -> ResultRecord? {
        standing(unit, in: period)?.resultIndex.map { content.results[$0] }
    }

    /// The periods in which `unit` has a standing, oldest first.
    public func history(of unit: Int) -> [Period] { periods.indices.filter { tables[$0][unit] != nil }.map { periods[$0] } }

    /// Ancestors from the root down to the unit's parent.
    public func ancestors(of unit: Int) -> [Int] {
        var chain: [Int] = []
        var current = parent[unit]
        while let c = current { chain.append(c); current = parent[c] }
        return chain.reversed()
    }

    public func isSample(_ unit: Int, in period: Period) -> Bool {
        result(unit, in: period)?.sample ?? false
    }

    /// Builds the archive. The content must have passed validation (a tree rooted at `site.root`).
    public init(content: ContentSet) {
        self.content = content
        // Each name's collation key is made once, and each unit's place in name order is then
        // what ties are broken by: comparing keys inside every month's sort cost more.
        let keyed = content.units.parallelMap { (unit: $0, key: VietnameseCollation.key($0.name)) }
        let bySlug = Dictionary(keyed.map { ($0.unit.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var childSlugs: [String: [(unit: Unit, key: [UInt32])]] = [:]
        for k in keyed { if let p = k.unit.parent { childSlugs[p, default: []].append(k) } }
        for (p, list) in childSlugs {
            childSlugs[p] = list.sorted { $0.key != $1.key ? $0.key.lexicographicallyPrecedes($1.key) : $0.unit.slug < $1.unit.slug }
        }
        // Tree order by depth-first walk from the root.
        var ordered: [(unit: Unit, key: [UInt32])] = []
        var parents: [Int?] = []
        var depths: [Int] = []
        var stack: [(slug: String, parent: Int?, depth: Int)] = [(content.site.root, nil, 0)]
        var visited: Set<String> = []
        while let (slug, p, d) = stack.popLast() {
            guard let entry = bySlug[slug], visited.insert(slug).inserted else { continue }
            let id = ordered.count
            ordered.append(entry)
            parents.append(p)
            depths.append(d)
            for child in (childSlugs[slug] ?? []).reversed() { stack.append((child.unit.slug, id, d + 1)) }
        }
        units = ordered.map(\.unit)
        root = 0
        parent = parents
        depth = depths
        var kids = [[Int]](repeating: [], count: ordered.count)
        for (id, p) in parents.enumerated() { if let p { kids[p].append(id) } }
        children = kids
        let ids = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.unit.slug, $0) })
        idBySlug = ids
        // By name, then by place in the tree (two units may have one name).
        var nameOrder = [Int](repeating: 0, count: ordered.count)
        for (position, id) in ordered.indices.sorted(by: { a, b in
            ordered[a].key != ordered[b].key ? ordered[a].key.lexicographicallyPrecedes(ordered[b].key) : a < b
        }).enumerated() { nameOrder[id] = position }

        monthSummaries = Dictionary(content.months.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
        var periodSet = Set(content.months.map(\.period))
        var resultsByPeriod: [Period: [(unit: Int, index: Int)]] = [:]
        let unitOfResult = content.results.parallelMap { ids[$0.unit] }
        for (i, r) in content.results.enumerated() {
            guard let id = unitOfResult[i] else { continue }
            periodSet.insert(r.period)
            resultsByPeriod[r.period, default: []].append((id, i))
        }
        let periods = periodSet.sorted()
        self.periods = periods
        years = Array(Set(periods.map(\.year))).sorted()

        // Each month is ranked on its own, so the months are ranked on all cores; then each
        // standing is given the one of the month before.
        // Deepest units first, so that a parent's average sees its children's totals.
        let bottomUp = ordered.indices.sorted { depths[$0] > depths[$1] }
        let units = self.units
        let ranked: [(table: [Standing?], rankings: [Int: Ranking])] = periods.parallelMap { period in
            var table = [Standing?](repeating: nil, count: units.count)
            for (id, index) in resultsByPeriod[period] ?? [] {
                table[id] = Standing(score: content.results[index].score, source: .published(result: index), rank: nil, rankedAmong: 0)
            }
            for id in bottomUp where table[id] == nil && !kids[id].isEmpty {
                let scores = kids[id].compactMap { table[$0]?.score }
                if let mean = Figure.mean(scores) {
                    table[id] = Standing(score: mean, source: .average(count: scores.count), rank: nil, rankedAmong: 0)
                }
            }
            var periodRankings: [Int: Ranking] = [:]
            for p in units.indices where !kids[p].isEmpty {
                let members = kids[p].filter { table[$0] != nil || units[$0].exists(in: period) }
                guard !members.isEmpty else { continue }
                let ranked = members.filter { table[$0] != nil }.sorted { a, b in
                    let sa = table[a]!.score, sb = table[b]!.score
                    return sa != sb ? sa > sb : nameOrder[a] < nameOrder[b]
                }
                var rank = 0
                var previousScore: Figure?
                for (position, id) in ranked.enumerated() {
                    let s = table[id]!.score
                    if s != previousScore { rank = position + 1; previousScore = s }
                    table[id]!.rank = rank
                    table[id]!.rankedAmong = ranked.count
                }
                periodRankings[p] = Ranking(parent: p, period: period, ranked: ranked,
                                            withoutData: members.filter { table[$0] == nil })
            }
            return (table, periodRankings)
        }
        var allStandings: [Period: [Standing?]] = [:]
        var allRankings: [Period: [Int: Ranking]] = [:]
        for (i, period) in periods.enumerated() {
            allStandings[period] = ranked[i].table
            allRankings[period] = ranked[i].rankings
        }
        for (i, period) in periods.enumerated() {
            guard let before = allStandings[period.previous] else { continue }
            var table = ranked[i].table
            for id in table.indices where table[id] != nil {
                table[id]!.previousScore = before[id]?.score
                table[id]!.previousRank = before[id]?.rank
            }
            allStandings[period] = table
        }
        standings = allStandings
        tables = periods.map { allStandings[$0]! }
        rankings = allRankings

        var averages: [Int: [YearAverage]] = [:]
        for year in years {
            let yearPeriods = periods.filter { $0.year == year }
            var list: [YearAverage] = []
            for id in ordered.indices {
                let scores = yearPeriods.compactMap { allStandings[$0]?[id]?.score }
                if let mean = Figure.mean(scores) { list.append(YearAverage(unit: id, average: mean, months: scores.count)) }
            }
            averages[year] = list.sorted { a, b in
                a.average != b.average ? a.average > b.average : nameOrder[a.unit] < nameOrder[b.unit]
            }
        }
        yearAverages = averages
        diagnostics = Archive.checkPublishedRanks(content: content, unitOfResult: unitOfResult, standings: allStandings)
    }

    /// The portal's own rank, when an editor recorded it, is what the site shows; a difference
    /// from the rank computed from the files usually means a sibling's file is missing or wrong.
    static func checkPublishedRanks(content: ContentSet, unitOfResult: [Int?], standings: [Period: [Standing?]]) -> [Diagnostic] {
        // In parts on all cores, in the order of the results.
        let parts = stride(from: 0, to: content.results.count, by: 4096).map { $0..<min($0 + 4096, content.results.count) }
        return parts.parallelMap { part in checkPublishedRanks(content: content, unitOfResult: unitOfResult, standings: standings, in: part) }
            .flatMap { $0 }
    }

    private static func checkPublishedRanks(content: ContentSet, unitOfResult: [Int?], standings: [Period: [Standing?]],
                                            in part: Range<Int>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for i in part {
            let r = content.results[i]
            guard r.publishedRank != nil || r.publishedOf != nil,
                  let id = unitOfResult[i], let s = standings[r.period]?[id], let computed = s.rank else { continue }
            let at = r.rankLocation ?? r.location
            if let published = r.publishedRank, published != computed {
                diagnostics.append(.warning("rank-differs", at: at, field: "rank",
                    "published rank \(published)\(r.publishedOf.map { "/\($0)" } ?? "") differs from the rank computed from this site's files, \(computed)/\(s.rankedAmong)",
                    hint: "the site shows the published rank; check the siblings' totals for \(r.period)"))
            } else if let of = r.publishedOf, r.publishedRank != nil, of != s.rankedAmong {
                diagnostics.append(.warning("rank-count-differs", at: at, field: "of",
                    "the portal ranked \(of) units but this site has figures for \(s.rankedAmong) of them in \(r.period)",
                    hint: "add the missing siblings' result files for \(r.period)"))
            }
        }
        return diagnostics
    }
}
