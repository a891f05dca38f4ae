import MinhBachCore

/// A unit's position in one month: its total, where the total comes from, and its rank
/// among its siblings.
///
/// A month is complete for a set of siblings when each of those expected that month (the ones
/// that exist then, or as many as the portal's published `of`, whichever is more) has figures.
/// Only then is the rank computed from this site's files the month's ranking: with half the
/// files in, the best of them would be "1st". So the rank a page shows is the portal's
/// published one when the unit's result records it, else the computed one in a complete month,
/// else none; and a movement compares a published rank with a published one, or a computed
/// with a computed one, never the two.
public struct Standing: Sendable {
    public enum Source: Sendable, Equatable {
        /// The unit's own result file (index into `ContentSet.results`).
        case published(result: Int)
        /// No file of its own: the mean of `count` children's totals that month.
        case average(count: Int)
    }

    /// Where the rank a page shows comes from.
    public enum RankSource: String, Sendable {
        /// The portal's, as the unit's result file records it.
        case published
        /// Computed from this site's files, in a complete month.
        case computed
    }

    /// The rank a page shows: "6/8", and where it comes from.
    public struct ShownRank: Sendable, Equatable {
        public var rank: Int
        public var of: Int
        public var source: RankSource
    }

    public var score: Figure
    public var source: Source
    /// Rank among the siblings that have figures this month, computed from this site's files;
    /// nil for the root (no siblings). In an incomplete month it is not the ranking (see `rank`),
    /// only what `check` compares a published rank with.
    public var computedRank: Int?
    /// How many of the siblings (this unit among them) have figures this month.
    public var withData: Int
    /// How many siblings are expected this month: those that exist then, or the portal's
    /// published `of` when it is larger.
    public var expected: Int
    /// The portal's rank and count, when the unit's own result records them.
    public var publishedRank: Int?
    public var publishedOf: Int?
    /// The previous calendar month's standing, when there was one: its total, its computed
    /// rank when that month was complete, and its published rank.
    public var previousScore: Figure?
    public var previousRank: Int?
    public var previousPublishedRank: Int?

    init(score: Figure, source: Source, publishedRank: Int? = nil, publishedOf: Int? = nil) {
        self.score = score
        self.source = source
        self.publishedRank = publishedRank
        self.publishedOf = publishedOf
        computedRank = nil
        withData = 0
        expected = 0
    }

    public var resultIndex: Int? {
        if case .published(let i) = source { return i }
        return nil
    }

    /// Whether every sibling expected this month has figures (always, for the root).
    public var isComplete: Bool { withData >= expected }

    /// The computed rank, where it is the month's ranking: in a complete month only.
    public var rank: Int? { isComplete ? computedRank : nil }
    /// How many units the ranking is among: "7/8" is 8.
    public var rankedAmong: Int { expected }

    /// The rank a page shows: the published one, else the computed one of a complete month;
    /// nil when there is none (shown as "—", never as a rank among the few with files).
    public var shownRank: ShownRank? {
        if let publishedRank { return ShownRank(rank: publishedRank, of: publishedOf ?? expected, source: .published) }
        return rank.map { ShownRank(rank: $0, of: expected, source: .computed) }
    }

    public var scoreChange: Figure? { previousScore.map { score - $0 } }

    /// Positive when the unit moved up (rank 7 → 5 is +2): published rank against published
    /// rank, or computed against computed when both months were complete and each showed its
    /// computed rank (a published rank that agrees with it counts as computed); nil otherwise.
    public var rankChange: Int? {
        if let before = previousPublishedRank, let now = publishedRank { return before - now }
        guard let before = previousRank, let now = rank,
              previousPublishedRank == nil || previousPublishedRank == before,
              publishedRank == nil || publishedRank == now else { return nil }
        return before - now
    }
}

/// One parent's children ranked in one month: ranked rows first (score descending, ties in
/// Vietnamese alphabetical order and sharing a rank), then the units without figures.
public struct Ranking: Sendable {
    public var parent: UnitID
    public var period: Period
    public var ranked: [UnitID]
    public var withoutData: [UnitID]
    /// How many children are expected this month (see `Standing.expected`).
    public var expected: Int

    /// How many children have figures this month.
    public var withData: Int { ranked.count }
    public var isComplete: Bool { withData >= expected }
}

/// How many units have figures in a month, of those expected, over all its rankings.
public struct Coverage: Sendable, Equatable {
    public var withData: Int
    public var expected: Int

    public init(withData: Int, expected: Int) {
        self.withData = withData
        self.expected = expected
    }

    public var isComplete: Bool { withData >= expected }
}

/// A unit's yearly figure: the mean of its monthly totals over the months that have one.
public struct YearAverage: Sendable {
    public var unit: UnitID
    public var average: Figure
    public var months: Int
}
