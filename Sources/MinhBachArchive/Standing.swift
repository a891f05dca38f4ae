import MinhBachCore

/// A unit's position in one month: its total, where the total comes from, and its rank
/// among its siblings.
public struct Standing: Sendable {
    public enum Source: Sendable, Equatable {
        /// The unit's own result file (index into `ContentSet.results`).
        case published(result: Int)
        /// No file of its own: the mean of `count` children's totals that month.
        case average(count: Int)
    }

    public var score: Figure
    public var source: Source
    /// Rank among the siblings that have figures this month; nil for the root (no siblings).
    public var rank: Int?
    /// How many siblings were ranked this month.
    public var rankedAmong: Int
    /// The previous calendar month's standing, when there was one.
    public var previousScore: Figure?
    public var previousRank: Int?

    public var resultIndex: Int? {
        if case .published(let i) = source { return i }
        return nil
    }

    public var scoreChange: Figure? { previousScore.map { score - $0 } }
    /// Positive when the unit moved up (rank 7 → 5 is +2).
    public var rankChange: Int? {
        guard let rank, let previousRank else { return nil }
        return previousRank - rank
    }
}

/// One parent's children ranked in one month: ranked rows first (score descending, ties in
/// Vietnamese alphabetical order and sharing a rank), then the units without figures.
public struct Ranking: Sendable {
    public var parent: UnitID
    public var period: Period
    public var ranked: [UnitID]
    public var withoutData: [UnitID]
}

/// A unit's yearly figure: the mean of its monthly totals over the months that have one.
public struct YearAverage: Sendable {
    public var unit: UnitID
    public var average: Figure
    public var months: Int
}
