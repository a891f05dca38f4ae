import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// A parent's units on a map (`map.mustache`), placed before its ranking table, which holds
/// the same figures.
extension PageContext {
    /// The units ranked under `parent` in `period`, each a dot coloured by its quartile that
    /// month, with a legend and the units that have no coordinates named; nil when none has.
    func childrenMap(_ parent: UnitID, _ period: Period) -> Object? {
        guard let ranking = archive.rankings[period]?[parent] else { return nil }
        let members = ranking.ranked + ranking.withoutData
        let places = members.map(place)
        guard places.contains(where: { $0 != nil }) else { return nil }
        var centred = false
        let scores = ranking.ranked.map { archive.standing($0, in: period)?.score } + ranking.withoutData.map { _ in nil }
        let quartiles = Quartiles.of(scores)
        var dots: [Charts.MapDot] = [], unplaced: [String] = []
        var keys: [Charts.Mark: (count: Int, low: Figure?, high: Figure?)] = [:]
        for (i, u) in members.enumerated() {
            let unit = archive.units[u]
            let mark: Charts.Mark = scores[i] == nil ? .noFigures : quartiles[i].map(Charts.Mark.quartile) ?? .unsplit
            var key = keys[mark] ?? (0, nil, nil)
            key.count += 1
            if let s = scores[i] { key.low = min(key.low ?? s, s); key.high = max(key.high ?? s, s) }
            keys[mark] = key
            guard let (place, isCentre) = places[i] else { unplaced.append(unit.name); continue }
            centred = centred || isCentre
            let title = scores[i].map { t("map_dot", ["unit": unit.name, "score": number($0), "mark": markName(mark)]) }
                ?? t("map_dot_none", ["unit": unit.name])
            dots.append(Charts.MapDot(place: place, mark: mark, title: title))
        }
        let month = t.monthPhrase(period)
        let split = ranking.withData >= Quartiles.fewest
        let parentName = archive.units[parent].name
        var map: Object = [
            .mapSVG: .text(Charts.map(id: "map", title: t("map_title", ["unit": parentName, "month": month]),
                                      description: t(split ? "map_desc" : "map_desc_unsplit", ["count": units(dots.count), "month": month]),
                                      dots: dots)),
            .mapNote: .text(t(split ? "map_note" : "map_note_unsplit", ["count": units(ranking.withData), "month": month])
                            + (centred ? " " + t("map_centred") : "")),
            .mapKeys: .list(Charts.Mark.drawingOrder.reversed().compactMap { mark -> Object? in
                guard let key = keys[mark] else { return nil }
                return [.mapKey: .text(mark.className.description), .missing: .flag(mark == .noFigures),
                        .name: .text(markName(mark)), .value: .text(keyText(key))]
            }),
        ]
        map[.mapUnplaced] = false
        if !unplaced.isEmpty {
            map[.mapUnplaced] = .text(t("map_unplaced", ["units": unplaced.sorted(by: VietnameseCollation.lessThan).joined(separator: ", ")]))
        }
        return map
    }

    /// Where a unit's dot goes: its own coordinates, else the centre of its units' places (the
    /// official lists give communes' centroids, not provinces'; so the national site's map of
    /// its 34 provinces puts each at the centre of its communes), and whether it is such a centre.
    private func place(_ u: UnitID) -> (Coordinates, centre: Bool)? {
        if let own = archive.units[u].coordinates { return (own, false) }
        let below = archive.children[u].compactMap { place($0)?.0 }
        guard let lat = Figure.mean(below.map(\.lat)), let lon = Figure.mean(below.map(\.lon)) else { return nil }
        return (Coordinates(lat: lat, lon: lon), true)
    }

    private func markName(_ mark: Charts.Mark) -> String {
        switch mark {
        case .quartile(1): return t("map_q1")
        case .quartile(2): return t("map_q2")
        case .quartile(3): return t("map_q3")
        case .quartile: return t("map_q4")
        case .unsplit: return t("map_some")
        case .noFigures: return t("map_none")
        }
    }

    /// "24 đơn vị, 80,12–92,4 điểm": how many units have the mark, and their scores.
    private func keyText(_ key: (count: Int, low: Figure?, high: Figure?)) -> String {
        let count = units(key.count)
        guard let low = key.low, let high = key.high else { return count }
        if low == high { return t("map_key_score", ["count": count, "score": number(low)]) }
        return t("map_key_range", ["count": count, "low": number(low), "high": number(high)])
    }

    /// "1 unit", "24 units"; "24 đơn vị".
    private func units(_ n: Int) -> String { t(n == 1 ? "map_units_one" : "map_units", ["count": "\(n)"]) }
}
