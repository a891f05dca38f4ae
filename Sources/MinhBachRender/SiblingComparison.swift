import MinhBachCore
import MinhBachArchive

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

extension SiblingComparison {
    /// One parent's units in one month, their figures sorted once for every report that
    /// compares one of them with the others: building 97 siblings' figures and sorting seven
    /// lists of them for each of a national archive's 80,000 reports took 9.6 s of a 16 s
    /// build. A report then leaves its own unit out of the sorted lists by position.
    struct Pool: Sendable {
        let members: [UnitID]
        let names: [String]
        /// By row (the total, then each group), each member's figure, and those present sorted.
        let values: [[Figure?]]
        let sorted: [[Figure]]
        let samples: [Bool]
        let position: [UnitID: Int]

        init(_ members: [(unit: UnitID, figures: Figures, sample: Bool)], groups: [String]) {
            self.members = members.map(\.unit)
            names = members.map(\.figures.name)
            values = [members.map { $0.figures.total as Figure? }] + groups.map { key in members.map { $0.figures.groups[key] } }
            sorted = values.map { $0.compactMap { $0 }.sorted() }
            samples = members.map(\.sample)
            position = Dictionary(uniqueKeysWithValues: members.indices.map { (members[$0].unit, $0) })
        }
    }

    /// The comparison of `unit` with the other members of `pool`, the same as
    /// `init(own:siblings:groups:)` gives for them; nil when the unit is not a member.
    init?(_ unit: UnitID, in pool: Pool, groups: [String]) {
        guard let i = pool.position[unit] else { return nil }
        siblings = pool.members.count - 1
        rows = pool.values.indices.map { r in
            let own = pool.values[r][i], all = pool.sorted[r]
            // The sorted list without the unit's own figure (its first occurrence).
            var removed = all.count
            if let own {
                var low = 0, high = all.count
                while low < high { let mid = (low + high) / 2; if all[mid] < own { low = mid + 1 } else { high = mid } }
                removed = low
            }
            let counted = all.count - (own == nil ? 0 : 1)
            func at(_ k: Int) -> Figure { all[k < removed ? k : k + 1] }
            let median: Figure? = counted == 0 ? nil
                : counted % 2 == 1 ? at(counted / 2) : Figure.mean([at(counted / 2 - 1), at(counted / 2)])
            let best: Figure? = counted == 0 ? nil : at(counted - 1)
            let bestNames = pool.members.indices.filter { $0 != i && best != nil && pool.values[r][$0] == best }.map { pool.names[$0] }
            return Row(group: r == 0 ? nil : groups[r - 1], own: own, median: median, counted: counted, best: best, bestNames: bestNames)
        }
    }

    /// Whether a member other than `unit` has illustrative figures.
    static func othersAreSample(_ unit: UnitID, in pool: Pool) -> Bool {
        pool.members.indices.contains { pool.members[$0] != unit && pool.samples[$0] }
    }
}
