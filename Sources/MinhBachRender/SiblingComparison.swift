import MinhBachCore

/// A unit's month set against its siblings' (the other units of its parent that have figures
/// that month): for the total and for each group, the siblings' median and the best of them.
///
/// Missing is not 0: a sibling without a group's figure is left out of that group's median and
/// best, and each row says how many siblings it counted, so a group that three of seven
/// published compares with those three.
///
///     let c = SiblingComparison(own: hiepTan, siblings: [longHoa, truongTay], groups: ["so-hoa"])
///     c.rows[0]   // the total: own 69,81, median of two (their mean), best Long Hoa's
struct SiblingComparison: Sendable, Equatable {
    /// One unit's figures in the month: its total and the groups its result gives.
    struct Figures: Sendable, Equatable {
        let name: String
        let total: Figure
        let groups: [String: Figure]
    }

    struct Row: Sendable, Equatable {
        /// The group's key; nil for the total.
        let group: String?
        /// The unit's own figure; nil when its result does not give the group.
        let own: Figure?
        /// The siblings' median; nil when none of them has the figure.
        let median: Figure?
        /// How many siblings have the figure (and so make the median).
        let counted: Int
        let best: Figure?
        /// The siblings with the best figure, several when tied, in the order given.
        let bestNames: [String]
    }

    /// The total first, then the groups in the order given.
    let rows: [Row]
    /// How many siblings have figures this month; 0 when the unit is the only one.
    let siblings: Int

    init(own: Figures, siblings: [Figures], groups: [String]) {
        self.siblings = siblings.count
        let total = Self.row(group: nil, own: own.total, among: siblings.map { ($0.name, $0.total) })
        rows = [total] + groups.map { key in
            Self.row(group: key, own: own.groups[key], among: siblings.compactMap { s in s.groups[key].map { (s.name, $0) } })
        }
    }

    private static func row(group: String?, own: Figure?, among values: [(name: String, value: Figure)]) -> Row {
        let best = values.map(\.value).max()
        return Row(group: group, own: own, median: median(values.map(\.value)), counted: values.count,
                   best: best, bestNames: values.filter { $0.value == best }.map(\.name))
    }

    /// The middle value; of an even number, the mean of the two middle ones, rounded half away
    /// from zero to two decimals as the portal rounds. Nil for no values.
    static func median(_ values: [Figure]) -> Figure? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted(), middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : Figure.mean([sorted[middle - 1], sorted[middle]])
    }
}
