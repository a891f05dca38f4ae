import Foundation
import Testing
import MinhBachBuild

/// A month's page says who ranked first right under its title, where a phone's first screen
/// shows it above the editor's text; never for a month that only some units have figures for.
@Suite("The first of a month, under its title")
struct MonthTopTests {
    /// The test site has Phường An (80) and Phường Bình (69,81) in June 2023; Xã Đông has none
    /// unless a case gives it a file.
    @Test(arguments: [
        ("Xã Đông has no figures: an incomplete month", [String: String](), nil as String?),
        ("incomplete, though the portal ranked Phường An first", ["an": "80\nrank: 1\nof: 3"], nil),
        ("complete", ["dong": "70"], "Đứng đầu: Phường An, 80 điểm."),
        ("two share the first rank", ["dong": "80"], "Đứng đầu: Phường An, Xã Đông, 80 điểm."),
        ("the portal's published rank is the one shown", ["dong": "70\nrank: 1\nof: 3", "an": "80\nrank: 2\nof: 3"],
         "Đứng đầu: Xã Đông, 70 điểm."),
    ])
    func theMonthPageSaysWhoRankedFirst(_ name: String, scores: [String: String], expected: String?) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        for (slug, score) in scores { site.write("Content/results/2023-06/\(slug).md", "---\nscore: \(score)\n---\n") }
        #expect(site.build().succeeded)
        let page = try #require(site.read("Site/2023/06/index.html"))
        let lead = page.firstMatch(of: /<h1>Tháng 6\/2023<\/h1>\n<p class="lead">([^<]*)<\/p>/).map { String($0.1) }
        #expect(lead == expected, "\(name)")
    }
}
