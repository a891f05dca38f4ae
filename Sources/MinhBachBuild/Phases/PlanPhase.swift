import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan
import MinhBachRender

enum PlanPhase {
    /// plan: everything the site will contain (`SitePlan`): every page, unit download and
    /// unit feed, every file made from the whole archive, and every copied file.
    static func run(_ run: BuildRun, archive: Archive, theme: Theme) -> SitePlan {
        let address = SiteAddress(archive: archive)
        if address == nil {
            run.report.diagnostics.append(.warning(.noBaseUrl, at: SourceLocation(file: run.options.content + "/site.yaml"), field: "base_url",
                "`base_url` is not set: feeds, the sitemap and canonical links are left out",
                hint: "add `base_url: https://…/` with the address the site will have, or pass --base-url"))
        }
        let plan = SitePlan(archive: archive, assets: theme.assets, address: address)
        run.lap("plan", count: plan.rendered.count + plan.published.count + plan.copies.count)
        return plan
    }
}
