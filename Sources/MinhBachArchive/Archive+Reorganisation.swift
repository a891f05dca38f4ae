import MinhBachContent

extension Archive {
    /// Each unit's predecessors: the units whose `successor` names it. Only a successor that
    /// is a unit of this site links back; one given as free text ("Phường Thanh Điền (tỉnh Tây
    /// Ninh)") names a unit elsewhere.
    static func predecessors(_ units: PerUnit<Unit>, ids: [String: UnitID]) -> PerUnit<[UnitID]> {
        var before = PerUnit<[UnitID]>(repeating: [], count: units.count)
        for id in units.indices {
            for successor in units[id].successors {
                if let next = ids[successor], next != id, !before[next].contains(id) { before[next].append(id) }
            }
        }
        return before
    }
}
