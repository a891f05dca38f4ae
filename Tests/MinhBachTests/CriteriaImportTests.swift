import Foundation
import Testing
import MinhBachCore
import MinhBachBuild
@testable import MinhBachEditor

/// `minhbach import` and `minhbach new result` with an index whose groups have criteria (#18
/// item 6): criteria columns are recognised by the criteria's names in index.yaml, their counts
/// by "(tử số)" and "(mẫu số)", and the draft lists every criterion with its maximum.
@Suite("Criteria in import and new result")
struct CriteriaImportTests {
    func run(_ site: TemporarySite, _ csv: String) throws -> Importer.Outcome {
        site.write("table.csv", csv)
        return try Importer.run(.init(content: site.content, csv: site.folder + "/table.csv", period: "2023-07", write: true)).get()
    }

    @Test func criteriaColumnsBecomeTheCriteriaOfTheResultFile() throws {
        let site = CriteriaTests.site()
        defer { site.cleanUp() }
        let outcome = try run(site, "Tên đơn vị;Tổng điểm;Đúng hạn (điểm);Đúng hạn (tử số);Đúng hạn (mẫu số);ĐẦY ĐỦ;Tiến độ\n"
                                    + "Phường An;80;22,5;45;60;10;47,5\nPhường Bình;70;24;;;;\n")
        #expect(outcome.problems.isEmpty, "\(outcome.problems.map(\.message))")
        #expect(site.read("Content/results/2023-07/an.md") == """
            ---
            # Nhập từ table.csv, dòng 2.
            score: "80"
            groups:
              tien-do: "47,5"
            criteria:
              dung-han: {points: "22,5", numerator: "45", denominator: "60"}
              day-du: "10"
            source: "https://dichvucong.gov.vn"
            ---

            """)
        #expect(site.read("Content/results/2023-07/binh.md")?.contains("score: \"70\"\ncriteria:\n  dung-han: \"24\"\nsource:") == true)
        let report = site.build()
        #expect(report.succeeded)
        // Công khai is the criteria's sum, computed: the import wrote no group it was not given.
        let csv = try #require(site.read("Site/du-lieu/2023-07.csv"))
        #expect(csv.contains("2023-07,an,Phường An,,thi-xa,80,,,,,,false,2,3,32.5,47.5,computed,22.5,45,60,10,,,false,false,,,,\r\n"), "\(csv)")
    }

    /// A re-import with other criteria is a change, refused without --force like other figures.
    @Test func otherCriteriaThanTheFilesAreAChange() throws {
        let site = CriteriaTests.site()
        defer { site.cleanUp() }
        _ = try run(site, "Tên đơn vị,Tổng điểm,Đúng hạn\nPhường An,80,20\n")
        let again = try run(site, "Tên đơn vị,Tổng điểm,Đúng hạn\nPhường An,80,21\n")
        #expect(again.rows.map(\.action) == [.refuse])
    }

    static let refusals: [(row: String, line: String)] = [
        ("Phường An,80,31,45,60", "table.csv:2:3: error: Phường An: `Đúng hạn` is 31, outside 0–30 (Đúng hạn)"),
        ("Phường An,80,20,61,60", "table.csv:2:4: error: Phường An: `Đúng hạn (tử số)` 61 is greater than `denominator` 60 (Đúng hạn)"),
        ("Phường An,80,20,45,\"60,5\"", "table.csv:2:5: error: Phường An: `Đúng hạn (mẫu số)` must be a whole number, found 60.5"),
        ("Phường An,80,,45,60", "table.csv:2:3: error: Phường An: the cell of column “Đúng hạn” is empty"),
    ]

    @Test(arguments: refusals)
    func aBadCriterionCellIsRefusedAtItsLineAndColumn(row: String, line: String) throws {
        let site = CriteriaTests.site()
        defer { site.cleanUp() }
        let outcome = try run(site, "Tên đơn vị,Tổng điểm,Đúng hạn,Đúng hạn (tử số),Đúng hạn (mẫu số)\n\(row)\n")
        let lines = outcome.problems.map { "table.csv:\($0.location.line):\($0.location.column): \($0.severity): \($0.text.text(in: .en))" }
        #expect(lines == [line])
        #expect(outcome.written.isEmpty)
        #expect(site.read("Content/results/2023-07/an.md") == nil)
    }

    @Test func aMappingFileNamesCriteriaAndTheirCountsByKey() throws {
        let site = CriteriaTests.site()
        defer { site.cleanUp() }
        site.write("map.yaml", "\"ĐH\": dung-han\n\"ĐH tử\": dung-han.numerator\n\"ĐH mẫu\": dung-han.denominator\n")
        site.write("table.csv", "Tên đơn vị,Tổng điểm,ĐH,ĐH tử,ĐH mẫu\nPhường An,80,20,40,60\n")
        let outcome = try Importer.run(.init(content: site.content, csv: site.folder + "/table.csv", period: "2023-07",
                                             mapping: site.folder + "/map.yaml", write: true)).get()
        #expect(outcome.problems.isEmpty)
        #expect(site.read("Content/results/2023-07/an.md")?.contains("criteria:\n  dung-han: {points: \"20\", numerator: \"40\", denominator: \"60\"}\n") == true)
    }

    @Test func aNewResultListsEachGroupsCriteriaWithTheirMaximaAndLastMonths() throws {
        let site = CriteriaTests.site()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\ncriteria:\n  dung-han: 24\n---\n")
        let text = try Scaffold.result(content: site.content, unit: "an", period: "2023-07").get().text
        #expect(text.contains("""
            criteria:                   # điểm của tiêu chí, hoặc {points: …, numerator: …, denominator: …} (điểm, tử số, mẫu số)
              # dung-han:                  # Đúng hạn (Công khai) — tối đa 30 — đủ điểm khi đạt 100 % — tháng 6/2023: 24
              # day-du:                    # Đầy đủ (Công khai) — tối đa 10
            indicators:
            """), "\(text)")
        // The draft as written builds: only its being a draft is reported.
        let diagnostics = SiteBuilder.build(BuildOptions(content: site.content, theme: themeFolder, write: false)).diagnostics
        #expect(diagnostics.map(\.code) == [.draft])
    }

    @Test func withoutCriteriaTheDraftHasNoCriteriaLines() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let text = try Scaffold.result(content: site.content, unit: "an", period: "2023-07").get().text
        #expect(!text.contains("criteria"))
    }
}
