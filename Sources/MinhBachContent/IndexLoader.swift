import MinhBachCore
import Yams

enum IndexLoader {
    static let fields = ["name", "basis", "total", "groups", "indicators", "bands", "bands_note", "description", "edition", "editions"]
    /// Names of the fixed columns of the downloads; a group or indicator key may not repeat one.
    static let reservedKeys: Set<String> = ["month", "unit", "code", "parent", "score", "rank", "sample"]

    static func load(yaml: String, file: String) -> (IndexDefinition?, [Diagnostic]) {
        let r = YAMLReader(file: file)
        guard let m = r.parseRoot(yaml) else { return (nil, r.diagnostics) }
        ControlCharacterCheck.report(in: m.node, yaml: yaml, reader: r)
        let name = m.required("name", what: "the index's name").flatMap { r.text($0, field: "name") }
        let basis = m.value("basis").flatMap { r.text($0, field: "basis") }
        let description = m.value("description").flatMap { r.text($0, field: "description") }
        let totalNode = m.required("total", what: "the maximum total score, e.g. 100")
        let total = totalNode.flatMap { r.figure($0, field: "total") }
        if let total, total <= .zero {
            r.error(.outOfRange, totalNode, field: "total", "`total` must be above 0, found \(total)")
        }

        // Keys are unique across groups and indicators: both are columns of the downloads.
        var seenKeys: [String: YAMLNode] = [:]
        let groups = Self.groups(m, r, seen: &seenKeys)
        if let total, !groups.isEmpty { Self.checkGroupsAddUp(groups, to: total, at: totalNode, r) }
        let indicators = Self.indicators(m, r, groupKeys: groups.map(\.key), seen: &seenKeys)
        let bands = Self.bands(m, r, total: total)
        let bandsNote = m.value("bands_note").flatMap { r.text($0, field: "bands_note") }
        let firstName = m.value("edition").flatMap { r.text($0, field: "edition") }
        let editions = Self.editions(m, r, total: total, first: Self.columnKinds(groups, indicators))
        m.reportUnknownKeys(known: fields, severity: .warning, code: .unknownField, what: .field)
        guard let name, let total, !groups.isEmpty else { return (nil, r.diagnostics) }
        var index = IndexDefinition(name: name, basis: basis, total: total, groups: groups, indicators: indicators,
                                    bands: bands, bandsNote: bandsNote, description: description)
        index.editions = editions
        index.firstEditionName = firstName
        return (index, r.diagnostics)
    }

    /// `editions`: each from a month on (later than the one before), with a name and its own
    /// groups (and criteria) and indicators, checked as the first edition's are. A key may
    /// recur across editions (the same column of the downloads), never within one.
    private static func editions(_ m: Mapping, _ r: YAMLReader, total: Figure?, first: [String: Message]) -> [IndexEdition] {
        guard let node = m.value("editions"), let items = r.sequence(node, field: "editions") else { return [] }
        var editions: [IndexEdition] = []
        var kinds = first
        var last: (Period, YAMLNode)?
        for (i, item) in items.enumerated() {
            let f = "editions[\(i + 1)]"
            guard let e = r.mapping(item, field: f) else { continue }
            let fromNode = e.required("from", what: "the first month of the edition, as YYYY-MM")
            var from: Period?
            if let fromNode, let text = r.text(fromNode, field: "\(f).from") {
                from = Period(text)
                if from == nil {
                    r.error(.badDate, fromNode, field: "\(f).from", "`\(f).from` must be a month written as YYYY-MM, found \"\(text)\"")
                }
            }
            if let month = from, let (before, beforeNode) = last, month <= before {
                r.error(.outOfRange, fromNode, field: "\(f).from",
                        "`\(f).from` \(month) is not after the edition before it, from \(before) on line \(r.location(beforeNode).line)",
                        hint: "list the editions oldest first")
                from = nil
            }
            let name = e.required("name", what: "the edition's name, e.g. \"Bộ chỉ số từ 2026\"").flatMap { r.text($0, field: "\(f).name") }
            var seen: [String: YAMLNode] = [:]
            let groups = Self.groups(e, r, seen: &seen, prefix: "\(f).")
            if let total, !groups.isEmpty { Self.checkGroupsAddUp(groups, to: total, at: e.keyNode("groups"), r) }
            let indicators = Self.indicators(e, r, groupKeys: groups.map(\.key), seen: &seen, prefix: "\(f).")
            let description = e.value("description").flatMap { r.text($0, field: "\(f).description") }
            e.reportUnknownKeys(known: ["from", "name", "description", "groups", "indicators"], severity: .warning, code: .unknownField, what: .field)
            // A key of two editions is one column of the downloads: it must name the same kind
            // of figure in both (a group, an indicator, or a criterion of the same group).
            for (key, kind) in Self.columnKinds(groups, indicators) {
                if let other = kinds[key], other.text(in: .en) != kind.text(in: .en) {
                    r.error(.duplicateKey, e.keyNode("groups"), field: "\(f).groups",
                            "the key `\(key)` is \(kind) here but \(other) in an earlier edition",
                            hint: "the downloads have one column per key; give the new figure a key of its own")
                } else {
                    kinds[key] = kind
                }
            }
            if let from, let fromNode { last = (from, fromNode) }
            if let from, let name, !groups.isEmpty { editions.append(IndexEdition(from: from, name: name, groups: groups, indicators: indicators, description: description)) }
        }
        return editions
    }

    /// The groups of the index, each with its key, name and maximum points.
    private static func groups(_ m: Mapping, _ r: YAMLReader, seen seenKeys: inout [String: YAMLNode], prefix: String = "") -> [IndexGroup] {
        var groups: [IndexGroup] = []
        if let node = m.required("groups", what: "the list of groups and their maximum points"),
           let items = r.sequence(node, field: prefix + "groups") {
            for (i, item) in items.enumerated() {
                let f = "\(prefix)groups[\(i + 1)]"
                guard let g = r.mapping(item, field: f) else { continue }
                let key = g.required("key", what: "the group's key").flatMap { r.slug($0, field: "\(f).key") }
                let gname = g.required("name", what: "the group's name").flatMap { r.text($0, field: "\(f).name") }
                let maxNode = g.required("max", what: "the group's maximum points")
                let max = maxNode.flatMap { r.figure($0, field: "\(f).max") }
                if let max, max <= .zero { r.error(.outOfRange, maxNode, field: "\(f).max", "`max` must be above 0, found \(max)") }
                let gdesc = g.value("description").flatMap { r.text($0, field: "\(f).description") }
                let short = g.value("short").flatMap { r.text($0, field: "\(f).short") }.flatMap { $0.isEmpty ? nil : $0 }
                let criteria = Self.criteria(of: g, field: f, groupMax: max, maxNode: maxNode, r, seen: &seenKeys)
                g.reportUnknownKeys(known: ["key", "name", "short", "max", "description", "criteria"], severity: .warning, code: .unknownField, what: .field)
                if let key, claim(key, in: g, field: f, r, seen: &seenKeys, hint: "choose another key, e.g. `\(key)-group`"),
                   let gname, let max {
                    groups.append(IndexGroup(key: key, name: gname, max: max, description: gdesc, short: short, criteria: criteria))
                }
            }
        }
        return groups
    }

    /// A group's scored criteria, each with its key (unique among all keys: each is a column of
    /// the downloads), name, maximum and optional target ratio; their maxima must add up to
    /// the group's, or no result could give every criterion and its group's points.
    private static func criteria(of g: Mapping, field f: String, groupMax: Figure?, maxNode: YAMLNode?, _ r: YAMLReader,
                                 seen seenKeys: inout [String: YAMLNode]) -> [Criterion] {
        guard let node = g.value("criteria"), let items = r.sequence(node, field: "\(f).criteria") else { return [] }
        var criteria: [Criterion] = []
        for (i, item) in items.enumerated() {
            let cf = "\(f).criteria[\(i + 1)]"
            guard let c = r.mapping(item, field: cf) else { continue }
            let key = c.required("key", what: "the criterion's key").flatMap { r.slug($0, field: "\(cf).key") }
            let name = c.required("name", what: "the criterion's name").flatMap { r.text($0, field: "\(cf).name") }
            let cmaxNode = c.required("max", what: "the criterion's maximum points")
            var cmax = cmaxNode.flatMap { r.figure($0, field: "\(cf).max") }
            if let m = cmax, m <= .zero { r.error(.outOfRange, cmaxNode, field: "\(cf).max", "`max` must be above 0, found \(m)"); cmax = nil }
            let targetNode = c.value("target")
            var target = targetNode.flatMap { r.figure($0, field: "\(cf).target") }
            if let t = target, t <= .zero || t > Figure(100) {
                r.error(.outOfRange, targetNode, field: "\(cf).target", "`target` is \(t) %, outside 0–100",
                        hint: "the ratio in per cent at which the criterion earns full points, e.g. 80")
                target = nil
            }
            let description = c.value("description").flatMap { r.text($0, field: "\(cf).description") }
            c.reportUnknownKeys(known: ["key", "name", "max", "target", "description"], severity: .warning, code: .unknownField, what: .field)
            if let key, claim(key, in: c, field: cf, r, seen: &seenKeys, hint: "choose another key, e.g. `\(key)-criterion`"),
               let name, let cmax {
                criteria.append(Criterion(key: key, name: name, max: cmax, target: target, description: description))
            }
        }
        let sum = criteria.reduce(Figure.zero) { $0 + $1.max }
        if let groupMax, criteria.count == items.count, !criteria.isEmpty, sum != groupMax {
            r.error(.criteriaTotal, node, field: "\(f).criteria",
                    "the criteria's maxima add up to \(sum), not to the group's `max` \(groupMax)",
                    hint: "each criterion's `max` is its share of the group's points; check them against the index's decision")
        }
        return criteria
    }

    /// What each key of an edition names, in words for a message: "a group", "an indicator",
    /// "a criterion of `so-hoa`".
    private static func columnKinds(_ groups: [IndexGroup], _ indicators: [Indicator]) -> [String: Message] {
        var kinds: [String: Message] = [:]
        for g in groups {
            kinds[g.key] = "a group"
            for c in g.criteria { kinds[c.key] = "a criterion of `\(g.key)`" }
        }
        for i in indicators { kinds[i.key] = "an indicator" }
        return kinds
    }

    /// Takes `key` for the group, criterion or indicator read from `m`, when it is free: not a
    /// fixed column of the downloads, nor already taken by another (each is a column).
    private static func claim(_ key: String, in m: Mapping, field f: String, _ r: YAMLReader, seen seenKeys: inout [String: YAMLNode],
                              hint: Message) -> Bool {
        if reservedKeys.contains(key) {
            r.error(.reservedKey, m.keyNode("key"), field: "\(f).key", "the key `\(key)` is a column name of the downloads", hint: hint)
            return false
        }
        if let dup = seenKeys[key] {
            r.error(.duplicateKey, m.keyNode("key"), field: "\(f).key", "the key `\(key)` is already used on line \(r.location(dup).line)")
            return false
        }
        seenKeys[key] = m.keyNode("key")
        return true
    }

    /// The groups' maxima should add up to the total: a unit could never reach it otherwise.
    private static func checkGroupsAddUp(_ groups: [IndexGroup], to total: Figure, at totalNode: YAMLNode?, _ r: YAMLReader) {
        let sum = groups.reduce(Figure.zero) { $0 + $1.max }
        if sum != total {
            r.warning(.groupsTotal, totalNode, field: "total",
                      "the groups' maxima add up to \(sum), not to `total` \(total)",
                      hint: "a unit's score can then never reach the total; check the index definition")
        }
    }

    /// The indicators, each with its unit, its group and which way is good.
    private static func indicators(_ m: Mapping, _ r: YAMLReader, groupKeys: [String],
                                   seen seenKeys: inout [String: YAMLNode], prefix: String = "") -> [Indicator] {
        var indicators: [Indicator] = []
        if let node = m.value("indicators"), let items = r.sequence(node, field: prefix + "indicators") {
            for (i, item) in items.enumerated() {
                let f = "\(prefix)indicators[\(i + 1)]"
                guard let ind = r.mapping(item, field: f) else { continue }
                let key = ind.required("key", what: "the indicator's key").flatMap { r.slug($0, field: "\(f).key") }
                let iname = ind.required("name", what: "the indicator's name").flatMap { r.text($0, field: "\(f).name") }
                let unit = ind.required("unit", what: "\"%\" or the noun it counts, e.g. \"hồ sơ\"").flatMap { r.text($0, field: "\(f).unit") }
                var group: String?
                if let gnode = ind.value("group"), let gk = r.text(gnode, field: "\(f).group") {
                    if groupKeys.contains(gk) { group = gk } else {
                        r.error(.unknownGroup, gnode, field: "\(f).group",
                                "unknown group `\(gk)`\(NearMiss.phrase(for: gk, among: groupKeys))",
                                hint: "groups are: \(groupKeys.joined(separator: ", "))")
                    }
                }
                var better = Indicator.Better.higher
                if let bnode = ind.value("better"), let b = r.text(bnode, field: "\(f).better") {
                    if let v = Indicator.Better(rawValue: b) { better = v } else {
                        r.error(.badValue, bnode, field: "\(f).better", "`better` must be `higher` or `lower`, found \"\(b)\"",
                                hint: "`lower` for counts where fewer is better, such as overdue dossiers")
                    }
                } else {
                    r.error(.missingField, ind.node, field: "\(f).better",
                            "missing required field `\(f).better` (`higher` or `lower`)",
                            hint: "say which way is good: 0 overdue dossiers is good, 0 % online filing is bad")
                }
                let idesc = ind.value("description").flatMap { r.text($0, field: "\(f).description") }
                ind.reportUnknownKeys(known: ["key", "name", "unit", "group", "better", "description"], severity: .warning, code: .unknownField, what: .field)
                if let key, claim(key, in: ind, field: f, r, seen: &seenKeys, hint: "choose another key, e.g. `\(key)-count`"),
                   let iname, let unit {
                    indicators.append(Indicator(key: key, name: iname, unit: unit, group: group, better: better, description: idesc))
                }
            }
        }
        return indicators
    }

    /// The score bands (a label from a lowest score), best first.
    private static func bands(_ m: Mapping, _ r: YAMLReader, total: Figure?) -> [Band] {
        var bands: [Band] = []
        if let node = m.value("bands"), let items = r.sequence(node, field: "bands") {
            for (i, item) in items.enumerated() {
                let f = "bands[\(i + 1)]"
                guard let b = r.mapping(item, field: f) else { continue }
                let bname = b.required("name", what: "the band's label").flatMap { r.text($0, field: "\(f).name") }
                let minNode = b.required("min", what: "the lowest score in the band")
                let min = minNode.flatMap { r.figure($0, field: "\(f).min") }
                if let min, let total, min < .zero || min > total {
                    r.error(.outOfRange, minNode, field: "\(f).min", "`min` must be between 0 and \(total), found \(min)")
                }
                b.reportUnknownKeys(known: ["name", "min"], severity: .warning, code: .unknownField, what: .field)
                if let bname, let min { bands.append(Band(name: bname, min: min)) }
            }
            bands.sort { $0.min > $1.min }
        }
        return bands
    }
}
