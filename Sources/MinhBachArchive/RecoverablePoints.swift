import MinhBachCore
import MinhBachContent

/// What a report's "Điểm có thể cải thiện" lists: for each criterion the result gives (or each
/// group it gives, where the group has no criteria or the result gives none of them), the
/// points it lost, largest first; and, where the criterion's counts and target are known,
/// how many more would reach the target, in the unit's own counts.
///
///     need(numerator: 45, denominator: 60, target: 80)   // .more(3, reaching: 48 of 60)
///
/// Missing is not 0: a group or criterion the result does not give loses nothing here (the
/// report lists it as not published). A ratio already at its target, or a zero denominator,
/// says so instead of a count. In this layer because both the reports (Render) and the drafted
/// notice (Editor) list them.
public struct RecoverablePoints: Equatable, Sendable {
    public enum Need: Equatable, Sendable {
        /// `count` more would bring the numerator to `reaching` of `denominator`: the target.
        case more(count: Int, reaching: Int, of: Int, target: Figure)
        /// The ratio is at or above the target already.
        case reached(target: Figure)
    }

    public struct Item: Equatable, Sendable {
        public let name: String
        /// The group's name, for a criterion.
        public let group: String?
        public let points: Figure
        public let max: Figure
        public var lost: Figure { max - points }
        public let need: Need?
        /// The criterion's counts, when the result gives both and the denominator is above 0:
        /// without a target they are what the report can say in the unit's own terms.
        public var counts: Counts? = nil
    }

    public struct Counts: Equatable, Sendable {
        public let numerator: Int
        public let denominator: Int
    }

    /// Lost points, largest first; items that lost nothing are left out.
    public let items: [Item]

    public init(_ r: ResultRecord, index: IndexDefinition) {
        let groups = r.groups, criteria = r.criteria, numerators = r.numerators, denominators = r.denominators
        var items: [Item] = []
        for g in index.groups {
            let given = g.criteria.filter { criteria[$0.key] != nil }
            if given.isEmpty {
                if let points = groups[g.key] { items.append(Item(name: g.name, group: nil, points: points, max: g.max, need: nil)) }
                continue
            }
            for c in given {
                let numerator = numerators[c.key].flatMap(\.wholeValue), denominator = denominators[c.key].flatMap(\.wholeValue)
                let need = Self.need(numerator: numerator, denominator: denominator, target: c.target)
                var counts: Counts?
                if let numerator, let denominator, denominator > 0 { counts = Counts(numerator: numerator, denominator: denominator) }
                items.append(Item(name: c.name, group: g.name, points: criteria[c.key]!, max: c.max, need: need, counts: counts))
            }
        }
        // Stable: equal losses keep the index's order.
        self.items = items.enumerated().filter { $0.element.lost > .zero }
            .sorted { $0.element.lost != $1.element.lost ? $0.element.lost > $1.element.lost : $0.offset < $1.offset }
            .map(\.element)
    }

    /// How many more the numerator needs for the ratio to reach `target` per cent: the least
    /// whole `n` with (numerator + n) / denominator ≥ target / 100, computed in whole units
    /// (no floating point, so 80 % of 60 is 48 exactly). Nil when a figure is missing or the
    /// denominator is 0 (no ratio to raise).
    public static func need(numerator: Int?, denominator: Int?, target: Figure?) -> Need? {
        guard let numerator, let denominator, let target, denominator > 0 else { return nil }
        // target.units / (100 × scale) × denominator, rounded up.
        let scaled = target.units * Int64(denominator), unit = 100 * Figure.scale
        let reaching = Int((scaled + unit - 1) / unit)
        guard numerator < reaching else { return .reached(target: target) }
        return .more(count: reaching - numerator, reaching: reaching, of: denominator, target: target)
    }

    /// n / d in per cent, to one decimal, rounded half up in whole units (no floating point).
    public static func percent(_ n: Int, of d: Int) -> Figure {
        Figure(units: (Int64(n) * 100 * Figure.scale * 2 + Int64(d)) / (Int64(d) * 2)).rounded(toDecimals: 1)
    }
}
