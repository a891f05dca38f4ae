import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// The layer below the groups: an index whose group Công khai (40 points) is made of two
/// criteria, Đúng hạn (30, full points at 100 %) and Đầy đủ (10), and results that give them.
@Suite("Criteria of a group: in the index and in results")
struct CriteriaTests {
    static let index = """
        name: "Bộ chỉ số thử"
        total: 100
        groups:
          - key: cong-khai
            name: "Công khai"
            max: 40
            criteria:
              - {key: dung-han, name: "Đúng hạn", max: 30, target: 100}
              - {key: day-du, name: "Đầy đủ", max: 10}
          - {key: tien-do, name: "Tiến độ", max: 60}
        """
    static let results = "Content/results/2023-06/an.md"

    static func site(index: String = CriteriaTests.index) -> TemporarySite {
        let site = TemporarySite()
        site.write("Content/index.yaml", index)
        return site
    }

    static let cases: [BadFile] = [
        BadFile(name: "criteria that do not add up to the group's max", file: "Content/index.yaml",
                text: index.replacingOccurrences(of: "max: 30, target", with: "max: 25, target"),
                expected: "Content/index.yaml:8:7: error: the criteria's maxima add up to 35, not to the group's `max` 40",
                vi: "Content/index.yaml:8:7: lỗi: tổng điểm tối đa của các tiêu chí là 35, không bằng `max` 40 của nhóm"),
        BadFile(name: "a target above 100 %", file: "Content/index.yaml",
                text: index.replacingOccurrences(of: "target: 100", with: "target: 120"),
                expected: "Content/index.yaml:8:60: error: `target` is 120 %, outside 0–100",
                vi: "Content/index.yaml:8:60: lỗi: `target` là 120 %, nằm ngoài khoảng 0–100"),
        BadFile(name: "a criterion above its maximum", file: results,
                text: "---\nscore: 80\ncriteria:\n  day-du: 12\n---\n",
                expected: "\(results):4:11: error: `criteria.day-du` is 12, outside 0–10 (Đầy đủ)",
                vi: "\(results):4:11: lỗi: `criteria.day-du` là 12, nằm ngoài khoảng 0–10 (Đầy đủ)"),
        BadFile(name: "a criterion's points in its counts form above its maximum", file: results,
                text: "---\nscore: 80\ncriteria:\n  day-du: {points: 11, numerator: 3, denominator: 4}\n---\n",
                expected: "\(results):4:20: error: `criteria.day-du.points` is 11, outside 0–10 (Đầy đủ)",
                vi: "\(results):4:20: lỗi: `criteria.day-du.points` là 11, nằm ngoài khoảng 0–10 (Đầy đủ)"),
        BadFile(name: "a numerator above its denominator", file: results,
                text: "---\nscore: 80\ncriteria:\n  dung-han: {points: 20, numerator: 51, denominator: 50}\n---\n",
                expected: "\(results):4:37: error: `criteria.dung-han.numerator` 51 is greater than `denominator` 50 (Đúng hạn)",
                vi: "\(results):4:37: lỗi: `criteria.dung-han.numerator` 51 lớn hơn `denominator` 50 (Đúng hạn)"),
        BadFile(name: "a count with decimals", file: results,
                text: "---\nscore: 80\ncriteria:\n  dung-han: {points: 20, numerator: \"4,5\", denominator: 50}\n---\n",
                expected: "\(results):4:37: error: `criteria.dung-han.numerator` must be a whole number, found 4.5",
                vi: "\(results):4:37: lỗi: `criteria.dung-han.numerator` phải là số nguyên, nhưng là 4,5"),
        BadFile(name: "an unknown criterion with a near miss", file: results,
                text: "---\nscore: 80\ncriteria:\n  dung-hang: 20\n---\n",
                expected: "\(results):4:3: error: unknown criterion `dung-hang`; did you mean `dung-han`?",
                vi: "\(results):4:3: lỗi: tiêu chí không có trong bộ chỉ số `dung-hang`; có phải ý bạn là `dung-han`?"),
        BadFile(name: "every criterion given, not adding up to the group", file: results,
                text: "---\nscore: 80\ngroups:\n  cong-khai: 30\ncriteria:\n  dung-han: 20\n  day-du: 5\n---\n",
                expected: "\(results):6:13: error: the criteria of `cong-khai` add up to 25 but `groups.cong-khai` is 30 (Công khai)",
                vi: "\(results):6:13: lỗi: tổng điểm các tiêu chí của `cong-khai` là 25 nhưng `groups.cong-khai` là 30 (Công khai)"),
        BadFile(name: "some criteria already above the group", file: results,
                text: "---\nscore: 80\ngroups:\n  cong-khai: 15\ncriteria:\n  dung-han: 20\n---\n",
                expected: "\(results):6:13: error: the 1 criteria of `cong-khai` given already add up to 20, more than `groups.cong-khai` 15",
                vi: "\(results):6:13: lỗi: 1 tiêu chí của `cong-khai` đã ghi có tổng 20, lớn hơn `groups.cong-khai` 15"),
        BadFile(name: "a computed group above the score", file: results,
                text: "---\nscore: 20\ncriteria:\n  dung-han: 20\n  day-du: 5\n---\n",
                expected: "\(results):2:8: error: the 1 groups given already add up to 25, more than `score` 20",
                vi: "\(results):2:8: lỗi: 1 nhóm đã ghi có tổng 25, lớn hơn `score` 20"),
    ]

    @Test(arguments: cases)
    func reportsTheMistake(_ bad: BadFile) {
        let site = Self.site()
        defer { site.cleanUp() }
        bad.expectReported(in: site)
    }

    /// A broken index.yaml is reported once, not again as one unknown criterion per result.
    @Test func aBrokenIndexIsNotReportedAgainByEachCriterion() {
        let site = Self.site(index: "name: \"Bộ chỉ số thử\"\n")
        defer { site.cleanUp() }
        site.write(Self.results, "---\nscore: 80\ncriteria:\n  dung-han: 20\n---\n")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(!report.diagnostics.contains { $0.code == .unknownCriterion }, "\(report.diagnostics.map(\.formatted))")
    }

    /// Today's files, with no criteria anywhere, build as they did.
    @Test func anIndexWithoutCriteriaAndResultsWithoutThemBuildAsBefore() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    /// A group the file does not give, all of whose criteria it gives, is their sum, marked as
    /// computed; one of whose criteria are missing stays not published (missing is not 0).
    @Test func aGroupIsAddedUpFromAllItsCriteriaAndSaysSo() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        site.write(Self.results, "---\nscore: 80\ncriteria:\n  dung-han: {points: \"22,5\", numerator: 45, denominator: 60}\n  day-du: 10\n---\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: 70\ncriteria:\n  dung-han: 24\n---\n")
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let an = visibleText(try #require(site.read("Site/don-vi/an/2023-06/index.html")))
        #expect(an.contains("Công khai 32,5 tính từ các tiêu chí 40 81%"), "\(an)")
        let binh = visibleText(try #require(site.read("Site/don-vi/binh/2023-06/index.html")))
        #expect(!binh.contains("tính từ các tiêu chí"))
        #expect(!binh.contains("Công khai 24"))
    }
}
