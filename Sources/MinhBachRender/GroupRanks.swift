import MinhBachCore
import MinhBachArchive

/// A unit's rank among its siblings in one group of the index: "Số hóa hồ sơ: hạng 2/8".
///
/// Missing is not 0: a sibling without the group's figure is not ranked in it, so `of` counts
/// the siblings (the unit among them) that have the figure, and a unit without it has no rank.
/// Ties share a rank as for the total (1, 2, 2, 4).
///
///     // Số hóa hồ sơ, Hòa Thành, June 2023: 21,21 · 20,05 · 18,9 (Hiệp Tân) · 17,72 · …
///     pool.groupRank(hiepTan, row: 6)   // GroupRank(rank: 3, of: 8)
struct GroupRank: Sendable, Equatable {
    let rank: Int
    let of: Int

    var text: String { "\(rank)/\(of)" }
}

extension SiblingComparison.Pool {
    /// The rank of `unit` by row `row` of the pool (0 the total, then each group): one more
    /// than the number of members whose figure is greater, found by halving the sorted list
    /// the pool already holds, so that a national build's 80,000 reports sort nothing.
    func groupRank(_ unit: UnitID, row: Int) -> GroupRank? {
        guard let i = position[unit], let own = values[row][i] else { return nil }
        let all = sorted[row]
        // The first figure above the unit's own: the ones after it are those ranked higher.
        var low = 0, high = all.count
        while low < high { let mid = (low + high) / 2; if all[mid] <= own { low = mid + 1 } else { high = mid } }
        return GroupRank(rank: all.count - low + 1, of: all.count)
    }
}

extension PageContext {
    /// The unit's rank in each of the index's groups in `period`, in the index's order (nil
    /// where the unit has no figure); nil for the root (no siblings) and in an incomplete month.
    /// As for the total (`Standing.shownRank`), a rank computed among the few siblings with
    /// files is not the month's ranking, and no portal publishes a group's rank to show instead.
    func groupRanks(_ u: UnitID, _ period: Period) -> [GroupRank?]? {
        guard let parent = archive.parent[u], archive.rankings[period]?[parent]?.isComplete == true,
              let pool = constants.siblingPools[period]?[parent], pool.position[u] != nil else { return nil }
        return index.groups.indices.map { pool.groupRank(u, row: $0 + 1) }
    }

    /// The report's groups table with a rank column (`groupRank` in each row, "—" for a group
    /// the unit has no figure in), when the unit is ranked among siblings that month.
    func addGroupRanks(_ u: UnitID, _ period: Period, into main: inout Object) {
        guard case .list(let rows)? = main[.groups], let ranks = groupRanks(u, period), ranks.count == rows.count else { return }
        main[.groups] = .list(rows.indices.map { i -> Value in
            guard var row = rows[i].object else { return rows[i] }
            row[.groupRank] = .text(ranks[i]?.text ?? "—")
            return .object(row)
        })
        main[.hasGroupRanks] = true
    }
}
