import MinhBachPlan

/// What the pages need to know about the rest of the published site: the downloads with
/// their sizes, and the absolute address when `base_url` is set.
public struct PublishedExtras: Sendable {
    public let openData: OpenData
    public let address: SiteAddress?

    public init(openData: OpenData, address: SiteAddress?) {
        self.openData = openData
        self.address = address
    }
}
