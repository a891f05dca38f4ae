import Foundation
import Testing
import MinhBachCore
import MinhBachBuild
@testable import MinhBachArchive
@testable import MinhBachRender

/// A unit's rank among its siblings in each group (issue 18, item 5): in its report's groups
/// table ("Số hóa hồ sơ … 3/8") and on the group's page, which ranks the latest month by it.
@Suite("Ranks by group")
struct GroupRankTests {
    static func f(_ text: String) -> Figure { try! Figure.parse(text).get() }

    struct PoolCase: CustomTestStringConvertible, Sendable {
        let name: String
        /// Each member's figure in the one group, nil where its result does not give it.
        let figures: [String?]
        /// What each member's report shows: "2/7", or nil for no rank.
        let expected: [String?]
        var testDescription: String { name }
    }

    static let poolCases: [PoolCase] = [
        PoolCase(name: "ties share a rank, and the next after them is placed by the count above it",
                 figures: ["20", "30", "20", "10"], expected: ["2/4", "1/4", "2/4", "4/4"]),
        PoolCase(name: "a sibling without the figure is not ranked in it, nor counted: one of eight lacks it",
                 figures: ["17,11", nil, "14,77", "13,08", "12,4", "12,19", "10,96", "10,3"],
                 expected: ["1/7", nil, "2/7", "3/7", "4/7", "5/7", "6/7", "7/7"]),
        PoolCase(name: "all tied: all first", figures: ["5", "5", "5"], expected: ["1/3", "1/3", "1/3"]),
        PoolCase(name: "a figure of 0 is a figure, ranked last", figures: ["0", nil, "0,01"], expected: ["2/2", nil, "1/2"]),
        PoolCase(name: "alone with the figure", figures: [nil, "7", nil], expected: [nil, "1/1", nil]),
    ]

    /// The rank read from the pool's sorted figures agrees with ranking the members outright.
    @Test(arguments: poolCases)
    func theRankIsOneMoreThanTheSiblingsAbove(_ c: PoolCase) {
        let members = c.figures.enumerated().map { i, figure in
            (unit: UnitID(i), figures: SiblingComparison.Figures(name: "U\(i)", total: Self.f("50"),
                                                                  groups: figure.map { ["a": Self.f($0)] } ?? [:]), sample: false)
        }
        let pool = SiblingComparison.Pool(members, groups: ["a"])
        #expect(c.figures.indices.map { pool.groupRank(UnitID($0), row: 1)?.text } == c.expected)
    }

    // MARK: - The sample: Hòa Thành's eight wards

    /// The rank cell of each row of a report's groups table, by the group's name; empty when
    /// the table has no rank column.
    static func groupRankCells(_ html: String) -> [String: String] {
        guard let start = html.range(of: "<table class=\"groups\">"),
              let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex) else { return [:] }
        let table = String(html[start.upperBound..<end.lowerBound])
        guard let body = table.components(separatedBy: "<tbody>").last else { return [:] }
        var cells: [String: String] = [:]
        for row in body.components(separatedBy: "<tr").dropFirst() {
            let parts = row.components(separatedBy: "<t").dropFirst().filter { $0.hasPrefix("h") || $0.hasPrefix("d") }
            let texts = parts.map { visibleText("<t" + $0) }
            if texts.count == 5 { cells[texts[0]] = texts[4] }
        }
        return cells
    }

    static func buildSample() -> (folder: String, report: BuildReport) {
        let folder = NSTemporaryDirectory() + "minhbach-group-ranks-" + UUID().uuidString
        return (folder, SiteBuilder.build(BuildOptions(content: repositoryRoot + "/Content", theme: themeFolder, output: folder)))
    }

    static func read(_ folder: String, _ path: String) throws -> String {
        try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
    }

    /// June 2023, the figures of Content/results/2023-06: Hiệp Tân gives three groups (its
    /// notice published no others), its seven neighbours all six.
    @Test(arguments: [
        // Số hóa: 21,21 · 20,05 · 18,9 (Hiệp Tân) · 17,72 · 17,14 · 15,18 · 14,3 · 14,07.
        ("hiep-tan", ["Số hóa hồ sơ": "3/8", "Dịch vụ công trực tuyến": "8/8", "Thanh toán trực tuyến": "4/8",
                      "Công khai, minh bạch": "—", "Tiến độ, kết quả giải quyết": "—", "Mức độ hài lòng": "—"]),
        // Of the seven that published Công khai, minh bạch, second (Long Hoa's 17,11 is first).
        ("truong-hoa", ["Công khai, minh bạch": "2/7", "Tiến độ, kết quả giải quyết": "1/7", "Dịch vụ công trực tuyến": "4/8",
                        "Thanh toán trực tuyến": "7/8", "Mức độ hài lòng": "3/7", "Số hóa hồ sơ": "8/8"]),
    ])
    func aReportRanksTheUnitInEachGroupAmongTheSiblingsWithTheFigure(_ unit: String, _ expected: [String: String]) throws {
        let (folder, report) = Self.buildSample()
        defer { removeSite(folder) }
        #expect(report.succeeded)
        let html = try Self.read(folder, "don-vi/\(unit)/2023-06/index.html")
        #expect(Self.groupRankCells(html) == expected)
    }

    /// February 2023 has no file for Trường Tây: seven of eight. A rank among seven is not the
    /// month's ranking, so no group has one.
    @Test(arguments: ["don-vi/hiep-tan/2023-02/index.html", "don-vi/long-hoa/2023-02/index.html"])
    func noGroupRankWhereTheTotalHasNoComputedRank(_ page: String) throws {
        let (folder, _) = Self.buildSample()
        defer { removeSite(folder) }
        let html = try Self.read(folder, page)
        #expect(html.contains("<table class=\"groups\">"))
        #expect(Self.groupRankCells(html).isEmpty)
        #expect(!visibleText(html).contains("Hạng: trong các đơn vị cùng cấp"))
    }

    /// The group's page ranks the latest month that has the group, March 2026 (the 2026
    /// edition: the three new wards), by the group, best first, then by each of its criteria,
    /// ties shared (2 and 2 of 2 points: both first); every rank agrees with the one each
    /// unit's report shows. (A unit that did not publish the group is listed last: the small
    /// sites below.)
    @Test(arguments: [
        ("so-hoa-ho-so", "Số hóa hồ sơ", ["1 Phường Long Hoa 19,24", "2 Phường Thanh Điền 17,04", "3 Phường Hòa Thành 15,19"],
         "Thủ tục hành chính kết nối dữ liệu dân cư", ["1 Phường Long Hoa 2", "1 Phường Thanh Điền 2", "3 Phường Hòa Thành 1,92"]),
        ("cong-khai-minh-bach", "Công khai, minh bạch", ["1 Phường Long Hoa 17,82", "2 Phường Thanh Điền 17,34", "3 Phường Hòa Thành 16,85"],
         "Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia", ["1 Phường Long Hoa 5,82", "2 Phường Thanh Điền 5,51", "3 Phường Hòa Thành 5,27"]),
    ])
    func theGroupsPageRanksTheLatestMonth(_ key: String, _ name: String, _ rows: [String], _ criterion: String, _ criterionRows: [String]) throws {
        let (folder, _) = Self.buildSample()
        defer { removeSite(folder) }
        let html = try Self.read(folder, "chi-so/\(key)/index.html")
        func rowsOf(_ caption: String) throws -> [String] {
            let after = try #require(html.components(separatedBy: "<caption>\(caption) – các đơn vị thuộc Thị xã Hòa Thành, tháng 3/2026</caption>").dropFirst().first)
            let table = try #require(after.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>").first)
            return table.components(separatedBy: "</tr>").map(visibleText).filter { !$0.isEmpty }
        }
        #expect(try rowsOf(name) == rows)
        #expect(try rowsOf(criterion) == criterionRows)
        // The same rank in each ranked unit's report, out of as many as the page ranks.
        let table = try #require(html.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>").first)
        let links = table.components(separatedBy: "href=\"../../don-vi/").dropFirst().map { String($0.prefix { $0 != "/" }) }
        #expect(links.count == rows.count)
        for (slug, row) in zip(links, rows) {
            let report = try Self.read(folder, "don-vi/\(slug)/2026-03/index.html")
            #expect(Self.groupRankCells(report)[name] == "\(row.prefix { $0 != " " })/\(rows.count)", "\(slug)")
        }
    }

    // MARK: - Small sites

    /// The test town's three wards, each with a result in June; `dong` nil leaves Đông's out.
    static func town(an: String, binh: String?, dong: String?) -> TemporarySite {
        let site = TemporarySite()
        func result(_ cong: String?) -> String { "---\nscore: 60\n" + (cong.map { "groups:\n  cong-khai: \($0)\n" } ?? "") + "---\n" }
        site.write("Content/results/2023-06/an.md", result(an))
        site.write("Content/results/2023-06/binh.md", result(binh))
        if let dong { site.write("Content/results/2023-06/dong.md", result(dong)) } else { site.remove("Content/results/2023-06/dong.md") }
        return site
    }

    struct TownCase: CustomTestStringConvertible, Sendable {
        let name: String
        let an: String, binh: String?, dong: String?
        /// Công khai's rank cell in the reports of An, Bình and Đông; nil: no rank column.
        let reports: [String?]
        /// The group page's rows.
        let page: [String]
        var testDescription: String { name }
    }

    static let townCases: [TownCase] = [
        TownCase(name: "two tied first share the rank; the third is third", an: "30", binh: "30", dong: "20",
                 reports: ["1/3", "1/3", "3/3"],
                 page: ["1 Phường An 30", "1 Phường Bình 30", "3 Xã Đông 20"]),
        TownCase(name: "a ward without the group: not ranked, not counted, listed last", an: "30", binh: nil, dong: "35",
                 reports: ["2/2", "—", "1/2"],
                 page: ["1 Xã Đông 35", "2 Phường An 30", "– Phường Bình không công bố"]),
        TownCase(name: "an incomplete month (two of three): no rank anywhere", an: "30", binh: "20", dong: nil,
                 reports: [nil, nil, nil],
                 page: ["– Phường An 30", "– Phường Bình 20"]),
    ]

    @Test(arguments: townCases)
    func aSmallTown(_ c: TownCase) throws {
        let site = Self.town(an: c.an, binh: c.binh, dong: c.dong)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        for (slug, expected) in zip(["an", "binh", "dong"], c.reports) {
            guard let html = site.read("Site/don-vi/\(slug)/2023-06/index.html") else { continue }
            #expect(Self.groupRankCells(html)["Công khai"] == expected, "\(slug)")
        }
        let html = try #require(site.read("Site/chi-so/cong-khai/index.html"))
        let table = try #require(html.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>").first)
        #expect(table.components(separatedBy: "</tr>").map(visibleText).filter { !$0.isEmpty } == c.page)
    }

    /// The English site says the same in its own words.
    @Test func inEnglish() throws {
        let site = Self.town(an: "30", binh: nil, dong: "35")
        defer { site.cleanUp() }
        site.write("Content/site.yaml", (site.read("Content/site.yaml") ?? "") + "\nlanguage: en\n")
        #expect(site.build().succeeded)
        let report = try #require(site.read("Site/don-vi/an/2023-06/index.html"))
        #expect(Self.groupRankCells(report)["Công khai"] == "2/2")
        #expect(visibleText(report).contains("Rank: among the units of the same level with the group"))
        let page = try #require(site.read("Site/chi-so/cong-khai/index.html"))
        #expect(visibleText(page).contains("– Phường Bình not published"))
    }
}
