import MinhBachCore

/// A result's `criteria:`, the layer below the groups that the portal publishes since 2026:
/// each criterion's points, or its points and the two counts its ratio is of.
///
///     criteria:
///       cong-khai-dung-han: 6
///       ho-so-truc-tuyen: {points: 2,5, numerator: 37, denominator: 50}
///
/// Checked as groups are: points within 0 and the criterion's maximum, counts whole and the
/// first not above the second, unknown keys errors. When every criterion of a group is given,
/// their points add up to the group's (within the 0,05 of rounding), and a group the file does
/// not give is added up from them and marked computed. Missing is never 0.
enum CriteriaReader {
    struct Figures {
        var points: [String: Figure] = [:]
        var numerators: [String: Figure] = [:]
        var denominators: [String: Figure] = [:]
        /// Where each criterion's points were read, for messages about their sum.
        var nodes: [String: YAMLNode] = [:]
    }

    static func read(_ m: Mapping, _ r: YAMLReader, index: IndexDefinition?) -> Figures {
        var out = Figures()
        guard let node = m.value("criteria"), let cm = r.mapping(node, field: "criteria") else { return out }
        let known = index?.groups.flatMap(\.criteria) ?? []
        for c in known {
            guard let vnode = cm.value(c.key) else { continue }
            let field = "criteria.\(c.key)"
            var pointsNode: YAMLNode? = vnode, pointsField = field
            if case .mapping = vnode.content, let v = r.mapping(vnode, field: field) {
                pointsField = "\(field).points"
                pointsNode = v.required("points", what: "the criterion's points as published")
                let numeratorNode = v.value("numerator"), denominatorNode = v.value("denominator")
                let numerator = numeratorNode.flatMap { r.count($0, field: "\(field).numerator") }
                let denominator = denominatorNode.flatMap { r.count($0, field: "\(field).denominator") }
                v.reportUnknownKeys(known: ["points", "numerator", "denominator"], severity: .warning, code: .unknownField, what: .field)
                if let numerator, let denominator, numerator > denominator {
                    // The field whole, as one value, so that an import can name its column instead.
                    let numeratorField = "\(field).numerator"
                    r.error(.countsOrder, numeratorNode, field: numeratorField,
                            "`\(numeratorField)` \(numerator) is greater than `denominator` \(denominator) (\(c.name))",
                            hint: "the numerator counts the dossiers that meet the criterion, out of the denominator's")
                } else {
                    if let numerator { out.numerators[c.key] = Figure(numerator) }
                    if let denominator { out.denominators[c.key] = Figure(denominator) }
                }
            }
            guard let pointsNode, let points = r.figure(pointsNode, field: pointsField) else { continue }
            if points < .zero || points > c.max {
                r.error(.outOfRange, pointsNode, field: pointsField, "`\(pointsField)` is \(points), outside 0–\(c.max) (\(c.name))",
                        hint: "\(c.name) has at most \(c.max) points")
            } else {
                out.points[c.key] = points
                out.nodes[c.key] = pointsNode
            }
        }
        // Without a readable index.yaml nothing is known: its own errors say why, not one per key here.
        if index != nil { cm.reportUnknownKeys(known: known.map(\.key), severity: .error, code: .unknownCriterion, what: .criterion) }
        return out
    }

    /// Checks each group's criteria against its points; adds to `groups` those the file does
    /// not give but all of whose criteria it does, and returns them (each with the value 1).
    static func groups(from criteria: Figures, given groups: inout [String: Figure], index: IndexDefinition,
                       _ m: Mapping, _ r: YAMLReader) -> [String: Figure] {
        var computed: [String: Figure] = [:]
        for g in index.groups where !g.criteria.isEmpty {
            let given = g.criteria.compactMap { criteria.points[$0.key] }
            guard !given.isEmpty else { continue }
            let sum = given.reduce(Figure.zero, +)
            let node = criteria.nodes[g.criteria.first { criteria.points[$0.key] != nil }!.key]
            if let points = groups[g.key] {
                if given.count == g.criteria.count, (sum - points).magnitude > ResultLoader.sumTolerance {
                    r.error(.criteriaSum, node, field: "criteria",
                            "the criteria of `\(g.key)` add up to \(sum) but `groups.\(g.key)` is \(points) (\(g.name))",
                            hint: "when every criterion of a group is given, their points must equal the group's within 0.05; check each against the notice")
                } else if given.count < g.criteria.count, sum > points + ResultLoader.sumTolerance {
                    r.error(.criteriaSum, node, field: "criteria",
                            "the \(given.count) criteria of `\(g.key)` given already add up to \(sum), more than `groups.\(g.key)` \(points)",
                            hint: "check each criterion's points against the notice")
                }
            } else if given.count == g.criteria.count {
                groups[g.key] = sum
                computed[g.key] = Figure(1)
            }
        }
        return computed
    }
}
