import Foundation
import Testing
@testable import MinhBachRender
import MinhBachArchive
import MinhBachBuild
import MinhBachCore

/// "Điểm có thể cải thiện": the points each criterion or group lost, and what would reach a
/// criterion's target in the unit's own counts.
@Suite("Points that could be won back")
struct RecoverablePointsTests {
    typealias Need = RecoverablePoints.Need

    @Test(arguments: [
        // 80 % of 60 is 48 exactly: 3 more.
        (45, 60, "80", Need.more(count: 3, reaching: 48, of: 60, target: Figure(80))),
        (37, 50, "100", Need.more(count: 13, reaching: 50, of: 50, target: Figure(100))),
        // 33,33 % of 10 is 3,333: 4 dossiers, rounded up.
        (0, 10, "33.33", Need.more(count: 4, reaching: 4, of: 10, target: Figure(units: 333_300))),
        // At or above the target already.
        (48, 60, "80", Need.reached(target: Figure(80))),
        (59, 60, "80", Need.reached(target: Figure(80))),
    ] as [(Int, Int, String, Need)])
    func theCountThatReachesTheTarget(_ numerator: Int, _ denominator: Int, _ target: String, _ expected: Need) throws {
        let target = try Figure.parse(target).get()
        #expect(RecoverablePoints.need(numerator: numerator, denominator: denominator, target: target) == expected)
    }

    @Test(arguments: [
        (nil, 60, "80"),     // a missing numerator
        (3, 0, "80"),        // no dossier to count
        (0, 0, "80"),
        (45, 60, nil),       // no target
    ] as [(Int?, Int, String?)])
    func nothingToCountWithoutEveryFigure(_ numerator: Int?, _ denominator: Int, _ target: String?) {
        let target = target.flatMap { try? Figure.parse($0).get() }
        #expect(RecoverablePoints.need(numerator: numerator, denominator: denominator, target: target) == nil)
    }

    /// Tiến độ lost 10 of 60, Đúng hạn 7,5 of 30 (45 of 60 dossiers, target 100 %), Đầy đủ
    /// nothing: the report lists the first two, largest first, then the table of criteria.
    @Test func theReportListsTheLossesLargestFirstAndTheCriteria() throws {
        let site = CriteriaTests.site()
        defer { site.cleanUp() }
        site.write(CriteriaTests.results, """
            ---
            score: "82,5"
            groups:
              tien-do: 50
            criteria:
              dung-han: {points: "22,5", numerator: 45, denominator: 60}
              day-du: 10
            ---
            """)
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = visibleText(try #require(site.read("Site/don-vi/an/2023-06/index.html")))
        #expect(page.contains("Điểm có thể cải thiện Tiến độ: thiếu 10/60 điểm Đúng hạn (Công khai): thiếu 7,5/30 điểm; cần thêm 15 (từ 45 lên 60 trên 60) để đạt 100 %"),
                "\(page)")
        #expect(!page.contains("Đầy đủ (Công khai): thiếu"))
        #expect(page.contains("Các tiêu chí của Phường An, tháng 6/2023 Tiêu chí Tỷ lệ Điểm Đúng hạn Công khai 45/60 75 % 22,5/30 Đầy đủ Công khai — 10/10"))
        // Missing is not 0: Phường Bình gives its total alone and loses nothing here.
        let binh = try #require(site.read("Site/don-vi/binh/2023-06/index.html"))
        #expect(!binh.contains("Điểm có thể cải thiện"))
    }

    /// A criterion without a target still says where the unit stands, in its own counts; the
    /// ratio is rounded half up to one decimal (2/3 is 66,7 %).
    @Test func aCriterionWithoutATargetGivesItsCounts() throws {
        let site = CriteriaTests.site()
        defer { site.cleanUp() }
        site.write(CriteriaTests.results, """
            ---
            score: "96"
            groups:
              tien-do: 60
            criteria:
              dung-han: 30
              day-du: {points: 6, numerator: 2, denominator: 3}
            ---
            """)
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = visibleText(try #require(site.read("Site/don-vi/an/2023-06/index.html")))
        #expect(page.contains("Điểm có thể cải thiện Đầy đủ (Công khai): thiếu 4/10 điểm; đạt 2/3 (66,7 %)"), "\(page)")
        #expect(page.contains("Đầy đủ Công khai 2/3 66,7 % 6/10"))
    }
}
