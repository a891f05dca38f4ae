import MinhBachCore
import MinhBachArchive
import MinhBachPlan

/// What every page's context shares, worked out once per build instead of once per page:
/// the navigation's folders, the footer, and the index's fixed figures as text.
struct PageConstants: Sendable {
    struct NavEntry: Sendable {
        let title: String
        let kind: PageKind
        let folder: String
    }

    let nav: [NavEntry]
    /// The navigation list as a page at each depth shows it, with each entry (or none) current:
    /// `navLists[depth][current + 1]`. Every page has one; they differ in these two things only.
    let navLists: [[Value]]
    static let navDepths = 8
    let footerBasis: String
    let defaultDescription: String
    let locale: String
    /// The index's total and each group's maximum, formatted: per edition of the index (0 the
    /// first, then each of `index.editions`).
    let totalText: String
    let groupMaxTexts: [[String]]
    let higherBetter: String
    let lowerBetter: String
    /// Sentences every report of a month shows, made once per month.
    struct MonthTexts: Sendable {
        let rankingOfMonth: String
        let groupsChartTitle: String
    }
    let monthTexts: [Period: MonthTexts]
    let groupsChartDescription: String
    /// Each parent's units of each month, for the reports' comparisons.
    let siblingPools: [Period: [UnitID: SiblingComparison.Pool]]

    init(archive: Archive, translations t: Translations) {
        let index = archive.index
        let pages = archive.content.pages
        let menuPages = pages.indices.filter { pages[$0].menu != nil }
            .sorted { (pages[$0].menu!, pages[$0].slug) < (pages[$1].menu!, pages[$1].slug) }
        let kinds: [(String, PageKind)] = [
            (t("nav_home"), .home), (t("nav_archive"), .archive), (t("nav_units"), .units),
            (t("nav_index"), .indexOverview), (t("nav_data"), .openData),
        ] + menuPages.map { (pages[$0].title, PageKind.freePage($0)) }
        nav = kinds.map { NavEntry(title: $0.0, kind: $0.1, folder: SitePaths.folder(for: $0.1, archive: archive)) }
        let entries = nav
        navLists = (0..<PageConstants.navDepths).map { depth in
            let root = String(repeating: "../", count: depth)
            return (-1..<entries.count).map { current in
                .list(entries.indices.map { i in
                    .object([.title: .text(entries[i].title), .href: .text(root + entries[i].folder + "index.html"), .current: .flag(i == current)])
                })
            }
        }
        footerBasis = t("footer_basis", ["index": index.name, "basis": index.basis.map { " (\($0))" } ?? ""])
        defaultDescription = archive.site.description ?? t("default_description", ["index": index.name, "authority": archive.site.authority])
        locale = t("locale")
        totalText = t.number(index.total)
        groupMaxTexts = ([index.groups] + index.editions.map(\.groups)).map { groups in groups.map { t.number($0.max) } }
        higherBetter = t("higher_better")
        lowerBetter = t("lower_better")
        monthTexts = Dictionary(uniqueKeysWithValues: archive.periods.map { p in
            (p, MonthTexts(rankingOfMonth: t("ranking_of_month", ["month": t.monthPhrase(p)]),
                           groupsChartTitle: t("chart_groups_title", ["month": t.monthPhrase(p)])))
        })
        groupsChartDescription = t("chart_groups_desc")
        siblingPools = PageContext.siblingPools(archive)
    }
}
