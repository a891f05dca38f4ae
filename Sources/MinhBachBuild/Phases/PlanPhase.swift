import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan
import MinhBachRender

/// Everything the site will contain: what is rendered (pages, and each unit's download and
/// feed), what is copied, and the site's address (nil without `base_url`: then no feeds).
/// The downloads of all units, the feeds and the sitemap are made in `publish`.
struct Planned {
    let pages: [PageSpec]
    /// The pages first, in their order, then each unit's download and feed.
    let products: [Product]
    let copies: [(path: String, source: String)]
    let address: SiteAddress?
}

enum PlanPhase {
    /// plan: every page, unit download and unit feed, and every copied file.
    static func run(_ run: BuildRun, archive: Archive, theme: Theme, content: ContentSet) -> Planned {
        let pages = PagePlan.pages(of: archive)
        let address = SiteAddress(archive: archive)
        var products = pages.map { Product.page($0) }
        products.reserveCapacity(pages.count + 2 * archive.units.count)
        for u in archive.units.indices {
            products.append(.unitData(u, path: OpenData.unitJSON(archive.units[u].slug)))
            if address != nil { products.append(.unitFeed(u, path: Feeds.unitFeed(archive.units[u].slug))) }
        }
        var copies: [(path: String, source: String)] = theme.assets.map { ("assets/" + $0, theme.folder + "/assets/" + $0) }
        copies += content.staticFiles.map { ($0.outputPath, $0.sourcePath) }
        if address == nil {
            run.report.diagnostics.append(.warning(.noBaseUrl, at: SourceLocation(file: run.options.content + "/site.yaml"), field: "base_url",
                "`base_url` is not set: feeds, the sitemap and canonical links are left out",
                hint: "add `base_url: https://…/` with the address the site will have, or pass --base-url"))
        }
        run.lap("plan", count: products.count + copies.count)
        return Planned(pages: pages, products: products, copies: copies, address: address)
    }
}
