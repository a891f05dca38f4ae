import MinhBachArchive

/// Absolute addresses from `base_url`, for what must be absolute: feeds, the sitemap,
/// canonical links. Pages link to each other relatively.
public struct SiteAddress: Sendable {
    /// Ends in "/"; may include a sub-path.
    public let base: String

    public init?(archive: Archive) {
        guard let base = archive.site.baseURL else { return nil }
        self.base = base
    }

    init?(base: String) {
        guard base.hasSuffix("/") else { return nil }
        self.base = base
    }

    /// The address of a page or file given by its path below the site root (`2023/06/`).
    public func absolute(_ path: String) -> String { base + path }
}
