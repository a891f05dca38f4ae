import MinhBachCore
import MinhBachPlan

/// What the pages need besides the archive: the interface text, the downloads with their
/// sizes, and the absolute address when `base_url` is set.
public struct PublishedExtras: Sendable {
    public let openData: OpenData
    public let address: SiteAddress?
    public let translations: Translations

    public init(openData: OpenData, address: SiteAddress?, translations: Translations) {
        self.openData = openData
        self.address = address
        self.translations = translations
    }

    /// The same, in the texts of a recorded period's pages (`Translations.recording`).
    func recording(_ span: ReportingPeriod) -> PublishedExtras {
        PublishedExtras(openData: openData, address: address, translations: translations.recording(span))
    }
}
