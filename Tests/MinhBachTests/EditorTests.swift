import Foundation
import Testing
import MinhBachCore
import MinhBachBuild
@testable import MinhBachEditor

@Suite("minhbach new")
struct ScaffoldTests {
    func errors(_ site: TemporarySite) -> [Diagnostic] {
        SiteBuilder.build(BuildOptions(content: site.content, theme: themeFolder, write: false)).diagnostics
            .filter { $0.severity == .error }
    }

    @Test func aNewUnitPassesCheckAndIsNeverOverwritten() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let made = try Scaffold.unit(content: site.content, slug: "tay", name: "Xã Tây", kind: "xã", parent: "thi-xa", code: nil).get()
        #expect(made.path == site.content + "/units/tay.md")
        #expect(errors(site).isEmpty)
        let again = Scaffold.unit(content: site.content, slug: "tay", name: "Xã Tây Mới", kind: "xã", parent: "thi-xa", code: nil)
        guard case .failure(let e) = again else { Issue.record("overwrote an existing unit"); return }
        #expect(e.text(in: .vi).hasSuffix("/units/tay.md đã có; không ghi đè\n  gợi ý: hãy sửa tệp đó, hoặc chọn mã rút gọn khác"))
        #expect(site.read("Content/units/tay.md")?.contains("Xã Tây Mới") == false)
    }

    @Test func aNewUnitNeedsAnExistingParent() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        guard case .failure(let e) = Scaffold.unit(content: site.content, slug: "tay", name: "Xã Tây", kind: "xã", parent: "thi-xaa", code: nil) else {
            Issue.record("accepted an unknown parent"); return
        }
        #expect(e.message.text(in: .en) == "there is no unit `thi-xaa` to be the parent; did you mean `thi-xa`?")
        #expect(e.message.text(in: .vi) == "không có đơn vị `thi-xaa` để làm cấp trên; có phải ý bạn là `thi-xa`?")
    }

    @Test func aNewResultListsEveryKeyWithItsMaximumAndLastKnownValues() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-05/an.md", "---\nscore: 70\nindicators:\n  qua-han: 3\n---\n")
        let made = try Scaffold.result(content: site.content, unit: "an", period: "2023-07").get()
        let text = made.text
        #expect(text.contains("draft: true"))
        #expect(text.contains("  # cong-khai:                 # Công khai — tối đa 40 — tháng 6/2023: 30"))
        #expect(text.contains("  # tien-do:                   # Tiến độ — tối đa 60 — tháng 6/2023: 50"))
        #expect(text.contains("  # nop-truc-tuyen:            # Nộp trực tuyến (0–100 %)\n"))
        // June gave no count of overdue dossiers: May's is the last one known.
        #expect(text.contains("  # qua-han:                   # Quá hạn (số hồ sơ) — tháng 5/2023: 3"))
        let diagnostics = SiteBuilder.build(BuildOptions(content: site.content, theme: themeFolder, write: false)).diagnostics
        #expect(diagnostics.map(\.code) == [.draft])
        #expect(diagnostics.first?.location.file == site.content + "/results/2023-07/an.md")
    }

    @Test(arguments: [
        ("an", "2023-7", "`2023-7` is not a month written as YYYY-MM"),
        ("anh", "2023-07", "there is no unit `anh`; did you mean `an`?"),
        ("an", "2023-06", "already exists; it is not overwritten"),
    ])
    func aNewResultIsRefusedWhenItCannotBeRight(unit: String, month: String, message: String) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        guard case .failure(let e) = Scaffold.result(content: site.content, unit: unit, period: month) else {
            Issue.record("accepted \(unit) \(month)"); return
        }
        #expect(e.message.text(in: .en).hasSuffix(message))
    }

    @Test func noResultForADissolvedUnit() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/dong.md", "---\nname: \"Xã Đông\"\nkind: xã\nparent: thi-xa\ndissolved: 2023-07-01\nsuccessor: an\n---\n")
        guard case .failure(let e) = Scaffold.result(content: site.content, unit: "dong", period: "2023-07") else {
            Issue.record("accepted a dissolved unit"); return
        }
        #expect(e.message.text(in: .vi) == "Xã Đông đã giải thể ngày 2023-07-01, trước tháng 2023-07")
    }
}

@Suite("minhbach import")
struct ImporterTests {
    /// The portal's export as an office saves it: BOM, semicolons, decimal commas, "UBND" prefix.
    static let semicolonsWithBOM = "\u{FEFF}STT;Tên đơn vị;Mã định danh;Tổng điểm;Xếp hạng;Công khai;Tiến độ;Nộp trực tuyến (%);Quá hạn (hồ sơ)\r\n"
        + "1;UBND phường An;;80,5;1/3;30,5;50;92,45;0\r\n"
        + "2;PHƯỜNG BÌNH;;69,81;2/3;;;;2\r\n"

    func run(_ site: TemporarySite, _ csv: String, write: Bool = false, force: Bool = false, mapping: String? = nil) throws -> Importer.Outcome {
        site.write("table.csv", csv)
        return try Importer.run(.init(content: site.content, csv: site.folder + "/table.csv", period: "2023-07",
                                      mapping: mapping.map { site.folder + "/" + $0 }, write: write, force: force)).get()
    }

    @Test func anExportWithBOMSemicolonsAndDecimalCommasBecomesResultFiles() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let outcome = try run(site, Self.semicolonsWithBOM, write: true)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.rows.map(\.unit) == ["an", "binh"])
        #expect(site.read("Content/results/2023-07/an.md") == """
            ---
            # Nhập từ table.csv, dòng 2.
            score: "80,5"
            rank: "1"
            of: "3"
            groups:
              cong-khai: "30,5"
              tien-do: "50"
            indicators:
              nop-truc-tuyen: "92,45"
              qua-han: "0"
            source: "https://dichvucong.gov.vn"
            ---

            """)
        #expect(site.read("Content/results/2023-07/binh.md")?.contains("score: \"69,81\"\nrank: \"2\"\nof: \"3\"\nindicators:\n  qua-han: \"2\"") == true)
        // What the import wrote builds: the site shows the figures.
        #expect(site.build().succeeded)
        #expect(site.read("Site/2023/07/index.html")?.contains(">80,5</a>") == true)
    }

    @Test func withoutWriteNothingIsWritten() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let outcome = try run(site, Self.semicolonsWithBOM)
        #expect(outcome.rows.map(\.action) == [.create, .create])
        #expect(outcome.written.isEmpty)
        #expect(site.read("Content/results/2023-07/an.md") == nil)
    }

    @Test func anUnmatchedRowIsReportedWithItsLineAndNothingIsWritten() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let outcome = try run(site, "Tên đơn vị,Tổng điểm\nPhường An,80\nXã Không Có,70\n", write: true)
        let problem = try #require(outcome.problems.first)
        #expect(problem.location.line == 3)
        #expect(problem.text.text(in: .vi) == "không tìm thấy đơn vị “Xã Không Có”")
        #expect(site.read("Content/results/2023-07/an.md") == nil)
    }

    @Test func aBadFigureIsReportedAtItsRowNamingTheField() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let outcome = try run(site, "Tên đơn vị,Tổng điểm,Tiến độ\nPhường An,80,61\n", write: true)
        let problem = try #require(outcome.problems.first)
        #expect(problem.location.line == 2)
        #expect(problem.field == "groups.tien-do")
        // Named by the table's header, not by the result file's key.
        #expect(problem.text.text(in: .en) == "Phường An: `Tiến độ` is 61, outside 0–60 (Tiến độ)")
        #expect(outcome.written.isEmpty)
    }

    @Test func anExistingFileWithOtherFiguresIsRefusedUnlessForced() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-07/an.md", "---\nscore: 80\ndocument:\n  number: \"90/UBND\"\n---\n\nThe notice.\n")
        var outcome = try run(site, "Tên đơn vị,Tổng điểm\nPhường An,80\n", write: true)
        #expect(outcome.rows.map(\.action) == [.unchanged])
        outcome = try run(site, "Tên đơn vị,Tổng điểm\nPhường An,81\n", write: true)
        #expect(outcome.rows.map(\.action) == [.refuse])
        #expect(outcome.problems.map(\.code) == [.importChanged])
        #expect(site.read("Content/results/2023-07/an.md")?.contains("score: 80") == true)
        outcome = try run(site, "Tên đơn vị,Tổng điểm\nPhường An,81\n", write: true, force: true)
        #expect(outcome.rows.map(\.action) == [.update])
        let text = try #require(site.read("Content/results/2023-07/an.md"))
        #expect(text.contains("score: \"81\"") && !text.contains("score: 80"))
        #expect(text.contains("number: \"90/UBND\"") && text.hasSuffix("The notice.\n"))
        #expect(site.build().succeeded)
    }

    @Test func unusualHeadersThroughAMappingFile() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("map.yaml", "\"Đơn vị hành chính\": name\n\"Điểm 766\": score\n\"TĐ\": tien-do\n")
        let outcome = try run(site, "Đơn vị hành chính,Điểm 766,TĐ\nPhường An,80,50\n", write: true, mapping: "map.yaml")
        #expect(outcome.problems.isEmpty)
        #expect(site.read("Content/results/2023-07/an.md")?.contains("groups:\n  tien-do: \"50\"") == true)
    }

    @Test(arguments: [("UBND phường Hiệp Tân", "hiep tan"), ("Phường Hiệp Tân", "hiep tan"), ("THỊ TRẤN Châu Thành", "chau thanh"),
                      ("Xã Trường Đông", "truong dong"), ("Phường 1", "1")])
    func namesAreComparedWithoutPrefixCaseOrDiacritics(name: String, expected: String) {
        #expect(Importer.comparableName(name) == expected)
    }
}
