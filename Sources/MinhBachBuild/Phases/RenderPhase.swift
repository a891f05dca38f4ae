import MinhBachCore
import MinhBachArchive
import MinhBachPlan
import MinhBachRender
import MinhBachOutput

/// A product of the render phase: where it stands in the new site, the key of the inputs it
/// was made from, and whether it was rendered (else kept as the previous build wrote it).
struct Rendered: Sendable {
    let outcome: SiteWriter.Outcome
    let key: UInt64?
    let rendered: Bool
}

enum RenderPhase {
    /// render: pages, and each unit's download and feed, to bytes on all cores, each written
    /// as soon as it is rendered (unless its bytes did not change), so that the whole site is
    /// never held in memory. One whose inputs have the key the previous build recorded for it
    /// is kept as it is, not rendered again.
    static func run(_ run: BuildRun, plan: SitePlan, session: SiteWriter.Session, renderer: SiteRenderer,
                    archive: Archive, published: Published, translations: Translations) -> [Rendered] {
        let progress = run.progress, reuse = run.options.reuse, keys = published.keys, dates = published.dates
        let products = plan.rendered, address = plan.address
        progress?.begin("render", total: products.count)
        let done = products.parallelMap(chunk: 16) { product -> Rendered in
            defer { progress?.advance() }
            let key = keys.flatMap { $0.key(for: product.kind) }
            if reuse, let key, let kept = session.keep(product.path, key: key) {
                return Rendered(outcome: kept, key: key, rendered: false)
            }
            let file: OutputFile
            switch product.kind {
            case .page(let page): file = OutputFile(path: product.path, bytes: renderer.render(PageSpec(kind: page, path: product.path)))
            case .unitData(let u): file = OpenData.unitFile(archive, u)
            case .unitFeed(let u): file = Feeds.unitFile(archive: archive, unit: u, address: address!, dates: dates, translations: translations)
            default: preconditionFailure("`SitePlan.rendered` holds pages, unit downloads and unit feeds only")
            }
            return Rendered(outcome: session.put(file), key: key, rendered: true)
        }
        run.report.rendered = done[..<plan.pageCount].count { $0.rendered }
        run.lap("render", count: done.count { $0.rendered })
        return done
    }
}
