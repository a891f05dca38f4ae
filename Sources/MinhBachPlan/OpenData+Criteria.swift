import MinhBachCore
import MinhBachContent

/// The downloads' columns for the criteria below the groups (#18): each criterion's points
/// and the two counts its ratio is of, and for each group made of criteria whether its
/// points were published or added up from them. None when the index has no criteria, so
/// that the downloads of such a site are what they were, byte for byte.
///
/// A criterion's points are under its key, as a group's are (keys are unique across groups,
/// criteria and indicators). Its counts and a group's source take the key and a suffix after a
/// dot: `dung-han.numerator`, `dung-han.denominator`, `cong-khai.source`. A key is a slug (a–z,
/// 0–9, -), which cannot hold a dot, so no key of the index can ever take one of these names;
/// a hyphenated suffix (`dung-han-tu-so`) could be another criterion's key.
extension OpenData {
    /// The suffixes of the counts' and the group's source columns.
    static let numeratorSuffix = ".numerator", denominatorSuffix = ".denominator", sourceSuffix = ".source"

    /// The groups that are made of criteria, in the index's order.
    static func criteriaGroups(_ index: IndexDefinition) -> [IndexGroup] { index.groups.filter { !$0.criteria.isEmpty } }

    /// The criteria columns' names in the order the CSV has them: each group's source, then
    /// each criterion's points, numerator and denominator.
    static func criteriaColumnNames(_ index: IndexDefinition) -> [String] {
        criteriaGroups(index).map { $0.key + sourceSuffix }
            + index.groups.flatMap(\.criteria).flatMap { [$0.key, $0.key + numeratorSuffix, $0.key + denominatorSuffix] }
    }

    /// The criteria columns that hold numbers (all but the groups' sources).
    static func criteriaNumberColumns(_ index: IndexDefinition) -> [String] {
        index.groups.flatMap(\.criteria).flatMap { [$0.key, $0.key + numeratorSuffix, $0.key + denominatorSuffix] }
    }

    /// Where a group's points come from: `published` (the file gives them), `computed` (added
    /// up from all its criteria), nil when the group has no points that month.
    static func groupSource(_ g: IndexGroup, _ r: ResultRecord) -> String? {
        guard r.groups[g.key] != nil else { return nil }
        return r.computedGroups.contains(g.key) ? "computed" : "published"
    }

    /// A result's cells in the criteria columns; empty where not published (missing is not 0).
    static func criteriaCells(_ index: IndexDefinition, _ r: ResultRecord) -> [String] {
        let points = r.criteria, numerators = r.numerators, denominators = r.denominators
        return criteriaGroups(index).map { groupSource($0, r) ?? "" }
            + index.groups.flatMap(\.criteria).flatMap { c in
                [points[c.key], numerators[c.key], denominators[c.key]].map { $0?.description ?? "" }
            }
    }

    /// A result's `group_sources` and `criteria` objects in its JSON row, written after its
    /// groups; nothing when the index has no criteria.
    static func criteriaFields(_ index: IndexDefinition, _ r: ResultRecord, into o: inout JSONObjectStream) {
        let groups = criteriaGroups(index)
        guard !groups.isEmpty else { return }
        o.key("group_sources"); o.begin()
        for g in groups { o.key(g.key); o.string(groupSource(g, r)) }
        o.end()
        let points = r.criteria, numerators = r.numerators, denominators = r.denominators
        o.key("criteria"); o.begin()
        for c in groups.flatMap(\.criteria) {
            o.key(c.key); o.begin()
            o.key("points"); o.figure(points[c.key])
            o.key("numerator"); o.figure(numerators[c.key])
            o.key("denominator"); o.figure(denominators[c.key])
            o.end()
        }
        o.end()
    }

    /// A group's entry in the index's JSON, with its criteria when it has some.
    static func groupJSON(_ g: IndexGroup) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("key", .string(g.key)), ("name", .string(g.name)), ("max", .figure(g.max))]
        if !g.criteria.isEmpty {
            pairs.append(("criteria", .array(g.criteria.map {
                .object([("key", .string($0.key)), ("name", .string($0.name)), ("max", .figure($0.max)),
                         ("target", $0.target.map { .figure($0) } ?? .null), ("description", .optional($0.description))])
            })))
        }
        return .object(pairs)
    }

    /// The data dictionary's rows for the criteria columns, in the CSV's order.
    static func criteriaDictionary(_ index: IndexDefinition, t: Translations) -> [DataColumn] {
        let groups = criteriaGroups(index)
        var columns = groups.map {
            DataColumn(name: $0.key + sourceSuffix, meaning: t("col_group_source", ["name": $0.name]),
                       unit: "`published`, `computed`", range: t("range_optional"))
        }
        for g in groups {
            for c in g.criteria {
                columns.append(DataColumn(name: c.key, meaning: t("col_criterion", ["name": c.name, "group": g.name]), unit: t("unit_points"), range: "0–\(t.number(c.max))"))
                columns.append(DataColumn(name: c.key + numeratorSuffix, meaning: t("col_criterion_numerator", ["name": c.name, "group": g.name]),
                                          unit: t("unit_count"), range: t("range_whole")))
                columns.append(DataColumn(name: c.key + denominatorSuffix, meaning: t("col_criterion_denominator", ["name": c.name, "group": g.name]),
                                          unit: t("unit_count"), range: t("range_whole")))
            }
        }
        return columns
    }
}
