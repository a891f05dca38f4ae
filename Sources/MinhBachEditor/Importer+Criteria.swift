import MinhBachCore
import MinhBachContent

/// The criteria columns of a portal table (#18): a criterion's points under its name as
/// index.yaml gives it ("Công khai TTHC đúng hạn", or with "(điểm)"), and the two counts its
/// ratio is of under the name followed by "(tử số)" and "(mẫu số)". Written under `criteria:`,
/// a criterion with counts as `{points, numerator, denominator}`, and checked as the build
/// checks them.
extension Importer {
    /// A criterion's count column by the unit in brackets after its name (folded: "tu so").
    static func countColumn(_ unit: String, _ key: String) -> Column? {
        switch unit {
        case "tu so": return .numerator(key)
        case "mau so": return .denominator(key)
        default: return nil
        }
    }

    /// A mapping file's `dung-han`, `dung-han.numerator` or `dung-han.denominator`.
    static func criterionColumn(mapped key: String, index: IndexDefinition) -> Column? {
        let criteria = Set(index.groups.flatMap(\.criteria).map(\.key))
        if criteria.contains(key) { return .criterion(key) }
        for (suffix, column) in [(".numerator", Column.numerator), (".denominator", Column.denominator)] where key.hasSuffix(suffix) {
            let base = String(key.dropLast(suffix.count))
            if criteria.contains(base) { return column(base) }
        }
        return nil
    }

    /// The `criteria:` lines of a row's result file; none when the row gives no criterion.
    static func criteriaLines(_ index: IndexDefinition, cell: (Column) -> String?) -> [String] {
        let lines = index.groups.flatMap(\.criteria).compactMap { c -> String? in
            let points = cell(.criterion(c.key)), numerator = cell(.numerator(c.key)), denominator = cell(.denominator(c.key))
            if numerator == nil && denominator == nil { return points.map { "  \(c.key): \(Scaffold.quoted(Importer.figure($0)))" } }
            // Counts without points are written as they are: the check then names the missing points.
            let parts = [("points", points.map(Importer.figure)), ("numerator", numerator), ("denominator", denominator)]
                .compactMap { name, value in value.map { "\(name): \(Scaffold.quoted($0))" } }
            return "  \(c.key): {\(parts.joined(separator: ", "))}"
        }
        return lines.isEmpty ? [] : ["criteria:"] + lines
    }

    /// The column of the table a result file's field was read from ("criteria.dung-han.numerator"
    /// from the column "Đúng hạn (tử số)"), so that a message about a figure points at its cell.
    static func column(of field: String?, in columns: [Column]) -> Int? {
        guard let field else { return nil }
        let parts = field.split(separator: ".", maxSplits: 1).map(String.init)
        let wanted: Column?
        switch (parts.first, parts.count == 2 ? parts[1] : nil) {
        case ("score", nil): wanted = .score
        case ("rank", nil), ("of", nil): wanted = .rank
        case ("groups", let k?): wanted = .group(k)
        case ("indicators", let k?): wanted = .indicator(k)
        case ("criteria", let rest?):
            let key = rest.split(separator: ".").first.map(String.init) ?? rest
            if rest.hasSuffix(".numerator") { wanted = .numerator(key) }
            else if rest.hasSuffix(".denominator") { wanted = .denominator(key) }
            else { wanted = .criterion(key) }
        default: wanted = nil
        }
        return wanted.flatMap { columns.firstIndex(of: $0) }.map { $0 + 1 }
    }
}
