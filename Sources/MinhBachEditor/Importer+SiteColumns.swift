import MinhBachCore
import MinhBachContent

/// The columns of the site's own downloads (`du-lieu/YYYY-MM.csv`, see `OpenData`), so that a
/// month's file imports back: its headers are the index's keys, not the portal's names.
extension Importer {
    /// What a header of the site's CSV holds; nil for a header that is not one of them.
    static func siteColumn(_ header: String, index: IndexDefinition) -> Column? {
        switch header {
        case "month", "period": return .period
        case "unit": return .slug
        case "unit_name": return .name
        case "code": return .code
        case "score": return .score
        case "published_rank": return .rank
        case "published_of": return .rankOf
        case "sample": return .sample
        // The rank shown (computed, or the published one), how complete the month is and
        // whether it is provisional: the build works them out again from the files.
        case "parent", "rank", "rank_of", "rank_source", "month_complete", "units_with_data", "units_expected", "provisional":
            return .derived
        case "revised_from_score", "revised_from_rank", "revised_from_of", "revised_on":
            return .revision
        default: break
        }
        if index.group(header) != nil { return .group(header) }
        if header.hasSuffix(".source"), index.group(String(header.dropLast(".source".count))) != nil {
            return .groupSource(String(header.dropLast(".source".count)))
        }
        if index.indicator(header) != nil { return .indicator(header) }
        // A criterion's key contains a hyphen; a portal header never does.
        guard header.contains("-") else { return nil }
        return criterionColumn(mapped: header, index: index)
    }
}
