import Testing
import MinhBachArchive
import MinhBachContent
import MinhBachCore

/// The unit tree as the archive names it by `UnitID`: the order the units page, the downloads
/// and the breadcrumbs list units in.
@Suite("The unit tree")
struct UnitTreeTests {
    /// The sample town, with two quarters below Phường An whose names sort the other way
    /// round from their slugs.
    static func archive() throws -> Archive {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/kp-1.md", "---\nname: \"Khu phố Đông\"\nkind: \"khu phố\"\nparent: an\n---\n")
        site.write("Content/units/kp-2.md", "---\nname: \"Khu phố Bắc\"\nkind: \"khu phố\"\nparent: an\n---\n")
        let outcome = ContentLoader.load(from: site.content)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.map(\.formatted))")
        return Archive(content: try #require(outcome.content))
    }

    @Test func unitsAreListedParentsFirstThenChildrenInNameOrder() throws {
        let a = try Self.archive()
        #expect(a.unitIDs.map { a.units[$0].slug } == ["thi-xa", "an", "kp-2", "kp-1", "binh", "dong"])
        #expect(a.units[a.root].slug == "thi-xa")
    }

    struct Place: Sendable, CustomTestStringConvertible {
        let slug: String
        let parent: String?
        let children: [String]
        /// From the root down to the parent, as the breadcrumbs show them.
        let ancestors: [String]
        let depth: Int
        var testDescription: String { slug }
    }

    @Test(arguments: [
        Place(slug: "thi-xa", parent: nil, children: ["an", "binh", "dong"], ancestors: [], depth: 0),
        Place(slug: "an", parent: "thi-xa", children: ["kp-2", "kp-1"], ancestors: ["thi-xa"], depth: 1),
        Place(slug: "kp-1", parent: "an", children: [], ancestors: ["thi-xa", "an"], depth: 2),
        Place(slug: "kp-2", parent: "an", children: [], ancestors: ["thi-xa", "an"], depth: 2),
        Place(slug: "dong", parent: "thi-xa", children: [], ancestors: ["thi-xa"], depth: 1),
    ])
    func eachUnitKnowsItsPlace(_ place: Place) throws {
        let a = try Self.archive()
        let u = try #require(a.unit(place.slug))
        #expect(a.units[u].slug == place.slug)
        #expect(a.parent[u].map { a.units[$0].slug } == place.parent)
        #expect(a.children[u].map { a.units[$0].slug } == place.children)
        #expect(a.ancestors(of: u).map { a.units[$0].slug } == place.ancestors)
        #expect(a.depth[u] == place.depth)
    }

    @Test func aSlugThatIsNotAUnitHasNoID() throws {
        #expect(try Self.archive().unit("nam") == nil)
    }
}
