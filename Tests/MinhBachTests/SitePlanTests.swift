import Foundation
import Testing
import MinhBachCore
import MinhBachContent
import MinhBachArchive
@testable import MinhBachBuild
@testable import MinhBachPlan
@testable import MinhBachRender
@testable import MinhBachOutput

/// `SitePlan` is the one list of what the site contains: a build writes exactly its files,
/// and a file the publish phase made that the plan does not declare stops the build.
@Suite("The site plan")
struct SitePlanTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let siteYAML: String?
        let feeds: Bool
        var description: String { name }
    }

    static let cases = [
        Case(name: "with base_url: feeds, sitemap, robots.txt", siteYAML: nil, feeds: true),
        Case(name: "without base_url: no feeds, no sitemap",
             siteYAML: "title: \"Thử\"\nauthority: \"UBND\"\nroot: thi-xa\n", feeds: false),
    ]

    func plan(_ site: TemporarySite) throws -> SitePlan {
        let content = try #require(ContentLoader.load(from: site.content).content)
        let archive = Archive(content: content)
        let theme = try #require(Theme.load(from: themeFolder, language: "vi").0)
        return SitePlan(archive: archive, assets: theme.assets, address: SiteAddress(archive: archive))
    }

    @Test(arguments: cases) func aBuildWritesExactlyTheFilesItsPlanDeclares(_ c: Case) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        if let yaml = c.siteYAML { site.write("Content/site.yaml", yaml) }
        site.write("Content/static/giay-phep.pdf", "%PDF-1.4\n")
        #expect(site.build().succeeded)
        let plan = try plan(site)
        let declared = plan.rendered.map(\.path) + plan.published.map(\.path) + plan.copies.map(\.product.path)
        let written = snapshot(site.output).keys.filter { $0 != Manifest.fileName }
        #expect(Set(declared).count == declared.count, "a path is declared twice")
        #expect(Set(written) == Set(declared))
        #expect(declared.contains("giay-phep.pdf"))
        #expect(declared.contains("don-vi/an/2023-06/index.html"))
        #expect(declared.contains("du-lieu/2023-06.csv"))
        #expect(declared.contains("feed.xml") == c.feeds)
        #expect(declared.contains("don-vi/an/feed.xml") == c.feeds)
        #expect(declared.contains("robots.txt") == c.feeds)
        #expect(plan.pages.allSatisfy { if case .page = $0.kind { true } else { false } })
    }

    @Test func aFileThePlanDoesNotDeclareIsAnErrorNamingIt() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let plan = try plan(site)
        let made = plan.published.map { OutputFile(path: $0.path, text: "") }
        #expect(SiteBuilder.checkMade(made, plan: plan, output: "Site").isEmpty)

        let stray = SiteBuilder.checkMade(made + [OutputFile(path: "du-lieu/2023-07.csv", text: "")], plan: plan, output: "Site")
        #expect(stray.map(\.code) == [.internalError])
        #expect(stray.first?.message.contains("du-lieu/2023-07.csv") == true)
        #expect(stray.first?.location.file == "Site")

        let missing = SiteBuilder.checkMade(made.filter { $0.path != "robots.txt" }, plan: plan, output: "Site")
        #expect(missing.first?.message.contains("robots.txt") == true)
    }
}
