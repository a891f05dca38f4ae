import MinhBachCore
import MinhBachArchive
import MinhBachPlan

/// Renders pages from the plan. Pure: it reads the archive and the parsed templates and
/// returns bytes; it never touches the disk, so it can run on all cores.
public struct SiteRenderer: Sendable {
    public let archive: Archive
    public let theme: Theme
    public let extras: PublishedExtras
    let constants: PageConstants
    /// A recorded period's pages are its own archive's month (`Archive+Recorded`), in texts
    /// that call that month by the period's name.
    let recorded: [ReportingPeriod: (extras: PublishedExtras, constants: PageConstants)]

    public init(archive: Archive, theme: Theme, extras: PublishedExtras) {
        self.archive = archive
        self.theme = theme
        self.extras = extras
        self.constants = PageConstants(archive: archive, translations: extras.translations)
        recorded = archive.recorded.mapValues { [extras] sub in
            let own = extras.recording(sub.span!)
            return (own, PageConstants(archive: sub, translations: own.translations))
        }
    }

    public func render(_ spec: PageSpec) -> [UInt8] {
        let context: PageContext
        switch spec.kind {
        case .recorded(let span), .recordedReport(_, let span):
            let own = recorded[span]!
            context = PageContext(archive: archive.recorded[span]!, spec: spec, extras: own.extras, constants: own.constants)
        default:
            context = PageContext(archive: archive, spec: spec, extras: extras, constants: constants)
        }
        return theme.render(context.build(), template: spec.template)
    }
}
