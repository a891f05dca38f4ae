import Testing
import MinhBachCore
@testable import MinhBachArchive
@testable import MinhBachRender

/// A unit set against its siblings in its report: per group the siblings' median and best, of
/// the siblings that have the figure, and how many they were.
@Suite("Comparison with the siblings")
struct ComparisonTests {
    static func f(_ text: String) -> Figure { try! Figure.parse(text).get() }

    static func unit(_ name: String, _ total: String, _ groups: [String: String] = [:]) -> SiblingComparison.Figures {
        SiblingComparison.Figures(name: name, total: f(total), groups: groups.mapValues(f))
    }

    /// One row as a reader sees it: "own | median (counted) | best: names".
    static func read(_ row: SiblingComparison.Row) -> String {
        func text(_ v: Figure?) -> String { v.map(\.description) ?? "—" }
        return "\(row.group ?? "total"): \(text(row.own)) | \(text(row.median)) (\(row.counted)) | \(text(row.best)) \(row.bestNames.joined(separator: ", "))"
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let own: SiblingComparison.Figures
        let siblings: [SiblingComparison.Figures]
        let expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "the unit alone that month: nothing to compare with",
             own: unit("An", "80", ["a": "30", "b": "50"]), siblings: [],
             expected: ["total: 80 | — (0) | — ", "a: 30 | — (0) | — ", "b: 50 | — (0) | — "]),
        Case(name: "an odd number of siblings: the middle one",
             own: unit("An", "80", ["a": "30", "b": "50"]),
             siblings: [unit("Bình", "60", ["a": "20", "b": "40"]), unit("Chi", "90,1234", ["a": "35", "b": "55,1234"]),
                        unit("Dũng", "70", ["a": "25", "b": "45"])],
             expected: ["total: 80 | 70 (3) | 90.1234 Chi", "a: 30 | 25 (3) | 35 Chi", "b: 50 | 45 (3) | 55.1234 Chi"]),
        Case(name: "an even number of siblings: the mean of the middle two, to two decimals half away from zero",
             own: unit("An", "80"),
             siblings: [unit("Bình", "60"), unit("Chi", "70"), unit("Dũng", "70,25"), unit("Giang", "90")],
             expected: ["total: 80 | 70.13 (4) | 90 Giang", "a: — | — (0) | — ", "b: — | — (0) | — "]),
        Case(name: "a sibling without a group is left out of that group, not counted as 0",
             own: unit("An", "80", ["a": "30"]),
             siblings: [unit("Bình", "60", ["a": "20", "b": "40"]), unit("Chi", "70", ["a": "10"]), unit("Dũng", "75", ["a": "12", "b": "41"])],
             expected: ["total: 80 | 70 (3) | 75 Dũng", "a: 30 | 12 (3) | 20 Bình", "b: — | 40.5 (2) | 41 Dũng"]),
        Case(name: "siblings tied at the best are all named",
             own: unit("An", "50", ["a": "10"]),
             siblings: [unit("Bình", "60", ["a": "20"]), unit("Chi", "60", ["a": "20"])],
             expected: ["total: 50 | 60 (2) | 60 Bình, Chi", "a: 10 | 20 (2) | 20 Bình, Chi", "b: — | — (0) | — "]),
        Case(name: "the unit tied with a sibling: only the sibling counts",
             own: unit("An", "60", ["a": "20"]),
             siblings: [unit("Bình", "60", ["a": "20"]), unit("Chi", "70", ["a": "10"])],
             expected: ["total: 60 | 65 (2) | 70 Chi", "a: 20 | 15 (2) | 20 Bình", "b: — | — (0) | — "]),
    ]

    @Test(arguments: cases)
    func eachRowComparesWithTheSiblingsThatHaveTheFigure(_ c: Case) {
        let comparison = SiblingComparison(own: c.own, siblings: c.siblings, groups: ["a", "b"])
        #expect(comparison.rows.map(Self.read) == c.expected)
        #expect(comparison.siblings == c.siblings.count)
    }

    /// The reports' way, one pool of the parent's units sorted once for all of them, gives the
    /// same rows wherever the unit stands among them.
    @Test(arguments: cases)
    func thePooledComparisonIsTheSame(_ c: Case) throws {
        for place in 0...c.siblings.count {
            var members = c.siblings.enumerated().map { (unit: UnitID($0.offset + 1), figures: $0.element, sample: false) }
            members.insert((unit: UnitID(0), figures: c.own, sample: false), at: place)
            let pooled = try #require(SiblingComparison(UnitID(0), in: SiblingComparison.Pool(members, groups: ["a", "b"]), groups: ["a", "b"]))
            #expect(pooled.rows.map(Self.read) == c.expected, "the unit at \(place)")
            #expect(pooled.siblings == c.siblings.count)
        }
    }

    @Test(arguments: [([String](), nil as String?), (["5"], "5"), (["9", "1"], "5"), (["1", "2", "4"], "2"),
                      (["0,005", "0"], "0"), (["0,01", "0"], "0.01"), (["69,81", "70,8", "1", "99"], "70.31")])
    func theMedian(_ values: [String], _ expected: String?) {
        #expect(SiblingComparison.median(values.map(Self.f))?.description == expected)
    }
}

/// The comparison on a report page, built from a small town's files.
@Suite("The comparison on the report")
struct ComparisonPageTests {
    /// Three wards in June: Bình gives no groups, Đông both; in July An alone has figures.
    static func site() -> TemporarySite {
        let site = TemporarySite()
        site.write("Content/results/2023-06/dong.md", "---\nscore: 60\ngroups:\n  cong-khai: 20\n  tien-do: 40\n---\n")
        site.write("Content/results/2023-07/an.md", "---\nscore: 81\ngroups:\n  cong-khai: 31\n  tien-do: 50\n---\n")
        #expect(site.build().succeeded)
        return site
    }

    struct Page: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        let shows: [String]
        let hides: [String]
        var testDescription: String { name }
    }

    static let pages: [Page] = [
        Page(name: "a unit against two siblings, one of which gives no groups",
             path: "don-vi/an/2023-06/index.html",
             shows: ["So với các đơn vị khác thuộc Thị xã Thử",
                     "Nhóm tiêu chí Phường An Trung vị Cao nhất",
                     // The totals of both, their mean; a group of Đông's alone, counted once.
                     "Tổng điểm 80 64,91 2 đơn vị 69,81 Phường Bình",
                     "Công khai 30 20 1 đơn vị 20 Xã Đông", "Tiến độ 50 40 1 đơn vị 40 Xã Đông",
                     "(không tính Phường An)"],
             hides: ["0 đơn vị"]),
        Page(name: "a sibling without groups: its groups are missing, not 0",
             path: "don-vi/binh/2023-06/index.html",
             shows: ["Tổng điểm 69,81 70 2 đơn vị 80 Phường An", "Công khai — 25 2 đơn vị 30 Phường An"],
             hides: []),
        Page(name: "the unit alone that month says so instead of a table",
             path: "don-vi/an/2023-07/index.html",
             shows: ["Tháng 7/2023, ngoài Phường An, không có đơn vị nào khác thuộc Thị xã Thử có số liệu, nên không có gì để so sánh."],
             hides: ["Trung vị"]),
        Page(name: "the root has no siblings and no comparison",
             path: "don-vi/thi-xa/2023-06/index.html",
             shows: ["Tổng điểm"], hides: ["So với các đơn vị khác", "Trung vị"]),
    ]

    @Test(arguments: pages)
    func theReportShowsTheComparison(_ page: Page) throws {
        let site = Self.site()
        defer { site.cleanUp() }
        let text = visibleText(try #require(site.read("Site/" + page.path)))
        for s in page.shows { #expect(text.contains(s), "\(s) in: \(text)") }
        for s in page.hides { #expect(!text.contains(s), "\(s) in: \(text)") }
    }

    /// The groups chart marks each group's bar with the siblings' median and writes it under it.
    @Test func theGroupsChartMarksTheMedian() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        let html = try #require(site.read("Site/don-vi/an/2023-06/index.html"))
        let chart = try #require(html.firstMatch(of: /<svg\b.*?<\/svg>/)).output
        let drawn = ChartTests.drawn(String(chart))
        #expect(drawn.filter { $0.hasPrefix("marker") || $0.hasPrefix("median") } == ["marker 96", "median 96 55 trung vị 20",
                                                                                       "marker 193", "median 193 113 trung vị 40"])
        #expect(chart.contains("Vạch đứng trên mỗi thanh là trung vị"))
    }
}
