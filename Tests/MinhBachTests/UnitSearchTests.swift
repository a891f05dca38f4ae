import Foundation
import Testing
import MinhBachCore
import MinhBachBuild

/// The unit search finds any unit from the home page, on a town's site and on a national one:
/// both pages' boxes read the list of units (`don-vi/tim-kiem.json`), except where `/don-vi/`
/// lists the whole tree and filters it in place. Without the script the box stays hidden and
/// the pages are complete: the navigation links to `/don-vi/`, which lists the units.
@Suite("The unit search")
struct UnitSearchTests {
    struct Size: Sendable, CustomStringConvertible {
        let name: String
        /// Districts of 20 communes each, added below the town's three wards.
        let districts: Int
        var description: String { name }
        var units: Int { 4 + districts * 21 }
        var isLarge: Bool { units > 500 }
    }

    static let sizes = [Size(name: "a town of three wards", districts: 0), Size(name: "more than 500 units", districts: 24)]

    func site(_ size: Size) -> TemporarySite {
        let site = TemporarySite()
        for d in 0..<size.districts {
            site.write("Content/units/huyen-\(d).md", "---\nname: \"Huyện Số \(d)\"\nkind: huyện\nparent: thi-xa\n---\n")
            for c in 0..<20 {
                site.write("Content/units/xa-\(d)-\(c).md", "---\nname: \"Xã Tân Điền \(d)-\(c)\"\nkind: xã\nparent: huyen-\(d)\n---\n")
            }
        }
        return site
    }

    @Test(arguments: sizes) func theHomePageSearchesEveryUnitFromTheList(_ size: Size) throws {
        let site = site(size)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let home = try #require(site.read("Site/index.html"))
        #expect(home.contains("""
            <div id="unit-search" class="unit-search" data-index="don-vi/tim-kiem.json" \
            data-offline="Tìm kiếm chỉ hoạt động khi trang được đưa lên máy chủ web; hãy xem trang “Đơn vị”." hidden>
            """))
        #expect(home.contains("<ul id=\"unit-search-results\" class=\"search-results\"></ul>"))
        #expect(home.contains("<a href=\"don-vi/index.html\">Đơn vị</a>"), "the navigation, for a browser without the script")

        let data = try #require(FileManager.default.contents(atPath: site.output + "/don-vi/tim-kiem.json"))
        let listed = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
        #expect(listed.count == size.units - 1, "every unit but the root")
        // The script links each result from the list's folder: don-vi/ from the home page.
        let missing = listed.filter { !FileManager.default.fileExists(atPath: site.output + "/don-vi/" + $0[2]) }
        #expect(missing.isEmpty)
        #expect(listed.contains(["Xã Đông", "Thị xã Thử", "dong/index.html"]))
        if size.isLarge {
            #expect(listed.contains(["Xã Tân Điền 23-19", "Huyện Số 23", "xa-23-19/index.html"]))
        }
    }

    @Test(arguments: sizes) func theUnitsPageFiltersItsTreeOrReadsTheList(_ size: Size) throws {
        let site = site(size)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let units = try #require(site.read("Site/don-vi/index.html"))
        if size.isLarge {
            #expect(units.contains("""
                <div id="unit-search" class="unit-search" data-index="../don-vi/tim-kiem.json" \
                data-offline="Tìm kiếm chỉ hoạt động khi trang được đưa lên máy chủ web; hãy xem danh sách đơn vị bên dưới." hidden>
                """))
            #expect(!units.contains("xa-23-19/"), "a commune is found through its district's page or the search")
        } else {
            #expect(units.contains("<div id=\"unit-search\" class=\"unit-search\" hidden>"))
            #expect(!units.contains("unit-search-results"))
            #expect(units.components(separatedBy: "<li data-search=").count - 1 == size.units)
        }
    }

    @Test func aSiteWithOnlyItsRootHasNothingToSearch() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        for unit in ["an", "binh", "dong"] { site.remove("Content/units/\(unit).md") }
        site.remove("Content/results")
        #expect(site.build().succeeded)
        #expect(try #require(site.read("Site/index.html")).contains("unit-search") == false)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/don-vi/tim-kiem.json"))
    }
}
