import Foundation
import Testing
import MinhBachCore
import MinhBachBuild

/// A site too large for one page to list all its units (`UnitList.isWhole`: more than 150):
/// the year's page and the index groups' pages list the root's units, and each parent's
/// units are one link away, so that no page grows with the country (a national year's page
/// was 827 KB, a group's 757 KB).
@Suite("A large site's year and group pages")
struct LargeSiteTests {
    /// The town's three wards, and eight districts of twenty communes (172 units); two
    /// districts' communes have a result in June 2023.
    func site(districts: Int) -> TemporarySite {
        let site = TemporarySite()
        for d in 0..<districts {
            site.write("Content/units/huyen-\(d).md", "---\nname: \"Huyện Số \(d)\"\nkind: huyện\nparent: thi-xa\n---\n")
            for c in 0..<20 {
                site.write("Content/units/xa-\(d)-\(c).md", "---\nname: \"Xã Số \(d)-\(c)\"\nkind: xã\nparent: huyen-\(d)\n---\n")
                if d < 2 { site.write("Content/results/2023-06/xa-\(d)-\(c).md", "---\nscore: \(50 + c)\ngroups:\n  cong-khai: 20\n---\n") }
            }
        }
        return site
    }

    @Test func theYearListsTheRootsUnitsAndLinksEachParentsOwnYear() throws {
        let site = site(districts: 8)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let year = visibleText(try #require(site.read("Site/2023/index.html")))
        #expect(year.contains("Điểm bình quân năm 2023 – các đơn vị thuộc Thị xã Thử"))
        #expect(!year.contains("các đơn vị thuộc Huyện Số 0"))
        #expect(year.contains("Trung bình năm của các đơn vị trực thuộc Huyện Số 0 Huyện Số 1"))
        let html = try #require(site.read("Site/2023/index.html"))
        #expect(html.contains("<a href=\"../don-vi/huyen-0/2023/index.html\">Huyện Số 0</a>"))
        #expect(!html.contains("huyen-7/2023"), "a district without averages has no year page")
        let own = visibleText(try #require(site.read("Site/don-vi/huyen-0/2023/index.html")))
        #expect(own.contains("Điểm bình quân năm 2023 – các đơn vị thuộc Huyện Số 0 Hạng Đơn vị Điểm bình quân Số tháng 1 Xã Số 0-19 69 1 2 Xã Số 0-18 68 1"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/don-vi/huyen-7/2023/index.html"))
        let group = try #require(site.read("Site/chi-so/cong-khai/index.html"))
        #expect(!visibleText(group).contains("các đơn vị thuộc Huyện Số 0"))
        #expect(group.contains("<a href=\"../../don-vi/huyen-1/2023-06/index.html\">Huyện Số 1</a>"))
    }

    @Test func aSmallSiteListsEveryParentOnTheYearsPage() throws {
        let site = site(districts: 2)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let year = visibleText(try #require(site.read("Site/2023/index.html")))
        #expect(year.contains("– các đơn vị thuộc Huyện Số 0"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/don-vi/huyen-0/2023/index.html"))
    }

    /// Seventeen units below the root: the home page leads with the search and the table, the
    /// month's page keeps the chart; eleven still get their bars at home.
    @Test(arguments: [(14, false), (8, true)])
    func theHomePageDrawsBarsForAFewUnitsOnly(_ districts: Int, _ bars: Bool) throws {
        let site = site(districts: districts)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let home = try #require(site.read("Site/index.html"))
        #expect(home.contains("aria-labelledby=\"chart-month-t chart-month-d\"") == bars)
        #expect(home.contains("<table class=\"ranking"))
        #expect(try #require(site.read("Site/2023/06/index.html")).contains("aria-labelledby=\"chart-month-t chart-month-d\""))
    }
}
