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

    public init(archive: Archive, theme: Theme, extras: PublishedExtras) {
        self.archive = archive
        self.theme = theme
        self.extras = extras
        self.constants = PageConstants(archive: archive, translations: extras.translations)
    }

    public func render(_ spec: PageSpec) -> [UInt8] {
        let context = PageContext(archive: archive, spec: spec, extras: extras, constants: constants).build()
        return theme.render(context, template: spec.template)
    }
}
