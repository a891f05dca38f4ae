import MinhBachCore
import MinhBachInputs
import MinhBachContent
import MinhBachArchive
import MinhBachPlan
import MinhBachRender
import MinhBachOutput

/// What `publish` made: the downloads, the feeds and the sitemap (all units' and all months'),
/// and what the pages are rendered with.
struct Published {
    let openData: OpenData
    let dates: ContentDates
    /// The key of each page's inputs; nil when the inputs were not hashed (`check`).
    let keys: PageKeys?
    /// The downloads, feeds and sitemap, written as they are: `plan.published`'s files, in its order.
    let generated: [OutputFile]
}

enum PublishPhase {
    /// publish: the downloads (on all cores by month; a month whose inputs did not change is
    /// taken from the previous build), and beside them the content's dates, the feeds and the
    /// sitemap, all from the same archive as the pages; then every output path checked.
    static func run(_ run: BuildRun, archive: Archive, theme: Theme, content: ContentSet, plan: SitePlan,
                    inputs: InputHash?, changedWhileRead: Bool) -> Published {
        run.progress?.begin("publish", total: 0)
        let options = run.options, rowsFolder = run.caches.downloadRows, address = plan.address
        let ((keys, openData), (dates, feedsAndSitemap)) = concurrently({ () -> (PageKeys?, OpenData) in
            let keys = inputs.map { PageKeys(inputs: $0, options: SiteBuilder.keyOptions(options), archive: archive) }
            let monthKeys = keys.map { keys in archive.periods.map { keys.key(for: .month($0)) } }
            let previous = monthKeys.flatMap { keys in rowsFolder.map { DownloadRows.read(from: $0, keys: keys) } }
            let made = OpenData(archive: archive, translations: theme.translations, monthKeys: monthKeys, previous: previous)
            // Rows made from inputs that changed while they were read would name bytes the
            // downloads do not show.
            if let rowsFolder, monthKeys != nil, made.monthsMade > 0, !changedWhileRead {
                run.inBackground { made.rows.write(to: rowsFolder) }
            }
            return (keys, made)
        }, { () -> (ContentDates, [OutputFile]) in
            let dates = ContentDates(archive: archive)
            guard let address else { return (dates, []) }
            var files = Feeds.files(archive: archive, address: address, dates: dates, translations: theme.translations)
            let listed = plan.pages.compactMap { page -> (path: Substring, day: Day?)? in
                guard case .page(let kind) = page.kind, kind != .notFound else { return nil }
                return (path: SitePaths.folder(of: page.path), day: dates.day(for: kind))
            }
            files += Sitemap.files(pages: listed, address: address)
            return (dates, files)
        })
        run.report.downloadMonthsMade = openData.monthsMade
        let search = plan.published.contains { $0.kind == .unitSearch } ? [UnitList.searchFile(archive)] : []
        let generated = openData.files + search + feedsAndSitemap
        run.report.diagnostics += SiteBuilder.checkMade(generated, plan: plan, output: options.output)
        run.report.diagnostics += SiteBuilder.checkPaths(plan: plan, content: content, options: options)
        run.lap("publish", count: generated.count)
        return Published(openData: openData, dates: dates, keys: keys, generated: generated)
    }
}
