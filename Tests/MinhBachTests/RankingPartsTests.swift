import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// A long ranking split into pages of 50 rows (`RankingParts`): a district of many communes
/// below the town, all with a result in June 2023. Xã Số c scores 40 + c/2, so that the
/// commune with the highest number ranks first: of 120, Xã Số 119 is 1st with 99,5, Xã Số 69
/// 51st with 74,5 and Xã Số 0 120th with 40.
@Suite("A long ranking in pages")
struct RankingPartsTests {
    struct District {
        let site = TemporarySite()
        var cache: String { site.folder + "/cache" }

        init(communes: Int, atRoot: Bool = false) {
            site.remove("Content/results")
            let parent = atRoot ? "thi-xa" : "huyen"
            // At the root, the communes alone: the town's wards without figures would leave the
            // month incomplete, and so without ranks.
            if atRoot { for ward in ["an", "binh", "dong"] { site.remove("Content/units/\(ward).md") } }
            if !atRoot { site.write("Content/units/huyen.md", "---\nname: \"Huyện Dài\"\nkind: huyện\nparent: thi-xa\n---\n") }
            for c in 0..<communes {
                site.write("Content/units/xa-\(c).md", "---\nname: \"Xã Số \(c)\"\nkind: xã\nparent: \(parent)\n---\n")
                result(c, score: Figure(units: (40 * 2 + Int64(c)) * Figure.scale / 2))
            }
        }

        func result(_ c: Int, score: Figure) {
            site.write("Content/results/2023-06/xa-\(c).md", "---\nscore: \(score)\n---\n")
        }

        func options(output: String, reuse: Bool) -> BuildOptions {
            var o = BuildOptions(content: site.content, output: output)
            o.reuse = reuse
            o.cacheFolder = reuse ? cache : nil
            return o
        }

        func page(_ path: String) throws -> String { try #require(site.read("Site/" + path), "no page \(path)") }
    }

    /// The rows of a page's ranking: rank and unit, "51 Xã Số 69".
    func rows(_ html: String) -> [String] {
        let table = html.components(separatedBy: "<table class=\"ranking").dropFirst().first ?? ""
        return table.components(separatedBy: "<tr><td class=\"num rank-col\"").dropFirst().map { row in
            let cells = visibleText("<x" + row).split(separator: " ")
            return cells.prefix(5).joined(separator: " ")
        }
    }

    @Test(arguments: [(50, 1), (51, 2), (120, 3)])
    func aRankingOfMoreThanFiftyRowsIsSplit(_ communes: Int, _ parts: Int) throws {
        let d = District(communes: communes)
        defer { d.site.cleanUp() }
        let report = SiteBuilder.build(d.options(output: d.site.output, reuse: false))
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let first = try d.page("don-vi/huyen/2023-06/index.html")
        #expect(rows(first).count == min(communes, 50))
        for part in 2...4 {
            let exists = FileManager.default.fileExists(atPath: d.site.output + "/don-vi/huyen/2023-06/trang-\(part)/index.html")
            #expect(exists == (part <= parts), "part \(part) of \(communes) rows")
        }
        #expect(first.contains("Các trang của bảng xếp hạng") == (parts > 1))
    }

    @Test func eachPartListsItsRowsInRankOrderAndLinksTheOthers() throws {
        let d = District(communes: 120)
        defer { d.site.cleanUp() }
        #expect(SiteBuilder.build(d.options(output: d.site.output, reuse: false)).succeeded)
        let first = try d.page("don-vi/huyen/2023-06/index.html")
        #expect(rows(first).first == "1 Xã Số 119 99,5")
        #expect(rows(first).last == "50 Xã Số 70 75")
        #expect(visibleText(first).contains("Bảng xếp hạng 120 đơn vị chia thành 3 trang theo thứ hạng, mỗi trang 50 dòng"))
        #expect(first.contains("<a href=\"../../../don-vi/huyen/2023-06/trang-2/index.html\">51–100</a>"))
        #expect(first.contains("<a href=\"../../../don-vi/huyen/2023-06/index.html\" aria-current=\"page\">1–50</a>"))
        #expect(first.contains("href=\"../../../du-lieu/2023-06.csv\" download"), "every row in one file")

        let second = try d.page("don-vi/huyen/2023-06/trang-2/index.html")
        #expect(rows(second).first == "51 Xã Số 69 74,5")
        #expect(rows(second).count == 50)
        let third = try d.page("don-vi/huyen/2023-06/trang-3/index.html")
        #expect(rows(third).count == 20)
        #expect(rows(third).last == "120 Xã Số 0 40")
        #expect(third.contains("<h1>Xếp hạng các đơn vị thuộc Huyện Dài – tháng 6/2023, dòng 101–120</h1>"))
        #expect(third.contains("aria-current=\"page\">101–120</a>"))
        #expect(third.contains("<a href=\"../../../../don-vi/huyen/2023-06/index.html\">← Trang Huyện Dài – Tháng 6/2023</a>"))
        // A split ranking has no bar chart: 50 of 120 bars would mislead.
        #expect(!first.contains("chart-month"))
        // The district's own page shows the first part, linking the month's others.
        let unit = try d.page("don-vi/huyen/index.html")
        #expect(rows(unit).count == 50)
        #expect(unit.contains("<a href=\"../../don-vi/huyen/2023-06/trang-3/index.html\">101–120</a>"))
    }

    /// The root's units: the month's page holds the first part, its pages below it the others,
    /// and the home page links them.
    @Test func theRootsRankingContinuesBelowTheMonthsPage() throws {
        let d = District(communes: 75, atRoot: true)
        defer { d.site.cleanUp() }
        #expect(SiteBuilder.build(d.options(output: d.site.output, reuse: false)).succeeded)
        let month = try d.page("2023/06/index.html")
        #expect(rows(month).count == 50)
        #expect(!month.contains("chart-month"))
        let second = try d.page("2023/06/trang-2/index.html")
        #expect(rows(second).first == "51 Xã Số 24 52")
        #expect(rows(second).count == 25)
        #expect(rows(second).last == "75 Xã Số 0 40")
        #expect(try d.page("index.html").contains("<a href=\"2023/06/trang-2/index.html\">51–75</a>"))
    }

    /// A correction of the 110th commune (45 → 45,25) changes the third part: a build that keeps what it can
    /// writes the bytes a full build writes.
    @Test func aCorrectionReachesThePartThatShowsIt() throws {
        let d = District(communes: 120)
        defer { d.site.cleanUp() }
        #expect(SiteBuilder.build(d.options(output: d.site.output, reuse: true)).succeeded)
        d.result(10, score: Figure(units: Int64(45) * Figure.scale + Figure.scale / 4))
        #expect(SiteBuilder.build(d.options(output: d.site.output, reuse: true)).succeeded)
        #expect(rows(try d.page("don-vi/huyen/2023-06/trang-3/index.html")).contains("110 Xã Số 10 45,25"))
        let full = d.site.folder + "/full"
        #expect(SiteBuilder.build(d.options(output: full, reuse: false)).succeeded)
        #expect(differences(snapshot(d.site.output), snapshot(full)) == [])
    }
}
