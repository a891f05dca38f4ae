import Foundation
import Testing
import MinhBachCore
import MinhBachContent
import MinhBachBuild
@testable import MinhBachEditor

/// `minhbach import` with tables as offices have them (#20 item 2): a title above the header,
/// total rows, percentages with their sign, a name two parents share, headers it does not
/// know, empty cells; every message with the table's line, its header and (a sheet's) cell.
@Suite("minhbach import, tables as offices have them")
struct ImportShapeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let table: String
        var period = "2023-07"
        var parent: String?
        /// Each problem as `line:column: severity: message`, in English and in Vietnamese.
        let en: [String]
        let vi: [String]
        /// The units whose rows became files.
        let rows: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a title and an empty line above the header",
             table: "BẢNG KẾT QUẢ THÁNG 7/2023;;\n;;\nTên đơn vị;Tổng điểm\nPhường An;80\n",
             en: ["1:1: warning: skipped: “BẢNG KẾT QUẢ THÁNG 7/2023” is above the header (line 3), not a unit’s row"],
             vi: ["1:1: cảnh báo: bỏ qua: “BẢNG KẾT QUẢ THÁNG 7/2023” nằm trên dòng tiêu đề (dòng 3), không phải dòng của một đơn vị"],
             rows: ["an"]),
        Case(name: "total rows",
             table: "STT;Tên đơn vị;Tổng điểm\n1;Phường An;80\n;Tổng cộng;80\n;Cộng;80\n2;Tổng cộng:;80\n",
             en: ["3:1: warning: skipped: “Tổng cộng” is a total or average row, not a unit",
                  "4:1: warning: skipped: “Cộng” is a total or average row, not a unit",
                  "5:1: warning: skipped: “Tổng cộng:” is a total or average row, not a unit"],
             vi: ["3:1: cảnh báo: bỏ qua: “Tổng cộng” là dòng tổng cộng hoặc trung bình, không phải một đơn vị",
                  "4:1: cảnh báo: bỏ qua: “Cộng” là dòng tổng cộng hoặc trung bình, không phải một đơn vị",
                  "5:1: cảnh báo: bỏ qua: “Tổng cộng:” là dòng tổng cộng hoặc trung bình, không phải một đơn vị"],
             rows: ["an"]),
        Case(name: "percentages with their sign",
             table: "Tên đơn vị;Tổng điểm;Nộp trực tuyến (%)\nPhường An;80;98,5%\nPhường Bình;70;98,5 %\nXã Đông;60;98.5%\n",
             en: [], vi: [], rows: ["an", "binh", "dong"]),
        Case(name: "a name two parents share",
             table: "Tên đơn vị;Tổng điểm\nXã Tân Phú;80\n",
             en: ["2:1: error: “Xã Tân Phú”: the name matches 2 units: Xã Tân Phú (`tan-phu`, under `thi-xa`), Xã Tân Phú (`tan-phu-huyen`, under `huyen`) — add --parent"],
             vi: ["2:1: lỗi: “Xã Tân Phú”: tên này khớp với 2 đơn vị: Xã Tân Phú (`tan-phu`, thuộc `thi-xa`), Xã Tân Phú (`tan-phu-huyen`, thuộc `huyen`) — thêm --parent"],
             rows: []),
        Case(name: "a name two parents share, with --parent", table: "Tên đơn vị;Tổng điểm\nXã Tân Phú;80\n", parent: "huyen",
             en: [], vi: [], rows: ["tan-phu-huyen"]),
        Case(name: "headers it does not know, without --strict",
             table: "Tên đơn vị;Tổng điểm;CKMB (18đ);Ghi chú\nPhường An;80;10;x\n",
             en: [], vi: [], rows: ["an"]),
        Case(name: "an empty score cell",
             table: "Tên đơn vị;Tổng điểm\nPhường An;\n",
             en: ["2:2: error: Phường An: the cell of column “Tổng điểm” is empty"],
             vi: ["2:2: lỗi: Phường An: ô của cột “Tổng điểm” để trống"],
             rows: []),
        Case(name: "a bad figure, named by its header",
             table: "Tên đơn vị;Tổng điểm;Nộp trực tuyến (%);Tiến độ (điểm)\nPhường An;80;abc;61\n",
             en: ["2:3: error: Phường An: `Nộp trực tuyến (%)` must be a number, found \"abc\"",
                  "2:4: error: Phường An: `Tiến độ (điểm)` is 61, outside 0–60 (Tiến độ)"],
             vi: ["2:3: lỗi: Phường An: `Nộp trực tuyến (%)` phải là số, nhưng là \"abc\"",
                  "2:4: lỗi: Phường An: `Tiến độ (điểm)` là 61, nằm ngoài khoảng 0–60 (Tiến độ)"],
             rows: []),
        Case(name: "figures that differ from the existing file", table: "Tên đơn vị;Tổng điểm;Công khai\nPhường An;81;30\n", period: "2023-06",
             en: ["2:1: error: SITE/Content/results/2023-06/an.md exists with other figures than this row (“Tổng điểm”: 80 → 81; `groups.tien-do`: 50 → —); it is not changed"],
             vi: ["2:1: lỗi: SITE/Content/results/2023-06/an.md đã có với số liệu khác dòng này (“Tổng điểm”: 80 → 81; `groups.tien-do`: 50 → —); không thay đổi"],
             rows: ["an"]),
        Case(name: "the site's own CSV, a row of another month",
             table: "month,unit,unit_name,score,rank,tien-do,tien-do.source,sample\n2023-07,an,Phường An,80,1,50,published,true\n2023-06,binh,Phường Bình,70,2,,,false\n",
             en: ["3:1: error: the row is of 2023-06, not of --period 2023-07"],
             vi: ["3:1: lỗi: dòng này thuộc kỳ 2023-06, không phải kỳ --period 2023-07"],
             rows: ["an"]),
    ]

    /// The test site, with a second Xã Tân Phú under another parent.
    static func site() -> TemporarySite {
        let site = TemporarySite()
        site.write("Content/units/huyen.md", "---\nname: \"Huyện Thử\"\nkind: huyện\nparent: thi-xa\n---\n")
        site.write("Content/units/tan-phu.md", "---\nname: \"Xã Tân Phú\"\nkind: xã\nparent: thi-xa\n---\n")
        site.write("Content/units/tan-phu-huyen.md", "---\nname: \"Xã Tân Phú\"\nkind: xã\nparent: huyen\n---\n")
        return site
    }

    static func lines(_ outcome: Importer.Outcome, _ site: TemporarySite, _ language: DiagnosticLanguage) -> [String] {
        outcome.problems.map { d in
            let severity: Message = d.severity == .error ? "error" : "warning"
            return "\(d.location.line):\(d.location.column): \(severity.text(in: language)): \(d.text.text(in: language))"
                .replacingOccurrences(of: site.folder, with: "SITE")
        }
    }

    @Test(arguments: cases)
    func eachShapeIsReadOrRefusedWithItsLineAndHeader(_ c: Case) throws {
        let site = Self.site()
        defer { site.cleanUp() }
        site.write("table.csv", c.table)
        let outcome = try Importer.run(.init(content: site.content, csv: site.folder + "/table.csv", period: c.period, parent: c.parent)).get()
        #expect(Self.lines(outcome, site, .en) == c.en)
        #expect(Self.lines(outcome, site, .vi) == c.vi)
        #expect(outcome.rows.map(\.unit) == c.rows)
    }

    @Test func percentagesAreWrittenWithoutTheirSign() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        site.write("table.csv", "Tên đơn vị;Tổng điểm;Nộp trực tuyến (%)\nPhường An;80;98,5%\nPhường Bình;70;98,5 %\nXã Đông;60;98.5%\n")
        _ = try Importer.run(.init(content: site.content, csv: site.folder + "/table.csv", period: "2023-07", write: true)).get()
        #expect(site.read("Content/results/2023-07/an.md")?.contains("indicators:\n  nop-truc-tuyen: \"98,5\"\n") == true)
        #expect(site.read("Content/results/2023-07/binh.md")?.contains("  nop-truc-tuyen: \"98,5\"\n") == true)
        // Written with the decimal comma the editor reads, whichever the table used.
        #expect(site.read("Content/results/2023-07/dong.md")?.contains("  nop-truc-tuyen: \"98,5\"\n") == true)
        #expect(site.build().succeeded)
    }

    /// A header that says it holds points ("(18đ)", "(điểm)") names a group, by its name, its
    /// short name or its initials when its maximum agrees; never an indicator of the same name.
    @Test(arguments: [
        ("Công khai, minh bạch (18đ)", "groups.cong-khai-minh-bach"), ("CKMB (18đ)", "groups.cong-khai-minh-bach"),
        ("CKMB (18 điểm)", "groups.cong-khai-minh-bach"), ("ckmb (điểm)", "groups.cong-khai-minh-bach"),
        ("Công khai (18đ)", "groups.cong-khai-minh-bach"), ("SHHS (22đ)", "groups.so-hoa-ho-so"),
        ("CKMB (20đ)", "ignore"), ("CKMB", "ignore"), ("Công khai, minh bạch (%)", "indicators.cong-khai"),
        ("Công khai, minh bạch", "groups.cong-khai-minh-bach"),
    ])
    func aHeaderOfPointsNamesAGroup(_ header: String, _ key: String) throws {
        let outcome = ContentLoader.load(from: "Content")
        let index = try #require(outcome.content?.index)
        #expect(Importer.classify(header, index: index, mapping: [:]).key == key)
    }

    static let mappingTable = "STT;Tên đơn vị;Tổng điểm;CKMB (18đ);Nộp trực tuyến (%);Ghi chú\n1;Phường An;80;10;90;x\n"

    @Test(arguments: DiagnosticLanguage.allCases)
    func theMappingSaysWhereEachHeaderWentFirst(_ language: DiagnosticLanguage) throws {
        let site = Self.site()
        defer { site.cleanUp() }
        site.write("table.csv", Self.mappingTable)
        var said: [String] = []
        let outcome = try Importer.run(.init(content: site.content, csv: site.folder + "/table.csv", period: "2023-07"),
                                       mapped: { said = $0.lines.map { $0.text(in: language).replacingOccurrences(of: site.folder + "/", with: "") } }).get()
        #expect(outcome.rows.map(\.unit) == ["an"])
        let expected: [DiagnosticLanguage: [String]] = [
            .en: ["columns of table.csv (the header is line 1):",
                  "  “STT” (column 1) → not read",
                  "  “Tên đơn vị” (column 2) → `name`",
                  "  “Tổng điểm” (column 3) → `score`",
                  "  “CKMB (18đ)” (column 4) → not read: no field has this name",
                  "  “Nộp trực tuyến (%)” (column 5) → `indicators.nop-truc-tuyen` (Nộp trực tuyến)",
                  "  “Ghi chú” (column 6) → not read: no field has this name"],
            .vi: ["các cột của table.csv (dòng tiêu đề là dòng 1):",
                  "  “STT” (cột 1) → không đọc",
                  "  “Tên đơn vị” (cột 2) → `name`",
                  "  “Tổng điểm” (cột 3) → `score`",
                  "  “CKMB (18đ)” (cột 4) → không đọc: không trường nào có tên này",
                  "  “Nộp trực tuyến (%)” (cột 5) → `indicators.nop-truc-tuyen` (Nộp trực tuyến)",
                  "  “Ghi chú” (cột 6) → không đọc: không trường nào có tên này"],
        ]
        #expect(said == expected[language])
    }

    @Test func strictRefusesHeadersNoFieldReadsAndWritesNothing() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        site.write("table.csv", Self.mappingTable)
        var mapped = false
        let result = Importer.run(.init(content: site.content, csv: site.folder + "/table.csv", period: "2023-07", write: true, strict: true),
                                  mapped: { _ in mapped = true })
        guard case .failure(let e) = result else { Issue.record("--strict imported a table with unknown headers"); return }
        #expect(mapped)
        #expect(e.message.text(in: .en) == "\(site.folder)/table.csv has columns that no field reads: “CKMB (18đ)”, “Ghi chú” (--strict)")
        #expect(e.message.text(in: .vi) == "\(site.folder)/table.csv có cột mà không trường nào đọc: “CKMB (18đ)”, “Ghi chú” (--strict)")
        #expect(e.hint?.text(in: .vi) == "hãy ánh xạ từng cột tới một khóa, hoặc tới `ignore`, trong tệp ánh xạ cột (--map); không có --strict thì các cột này bị bỏ qua")
        #expect(site.read("Content/results/2023-07/an.md") == nil)
        // Mapped to `ignore`, the same columns are known, and --strict lets the table through.
        site.write("map.yaml", "\"CKMB (18đ)\": ignore\n\"Ghi chú\": ignore\n")
        let mappedOut = try Importer.run(.init(content: site.content, csv: site.folder + "/table.csv", period: "2023-07",
                                               mapping: site.folder + "/map.yaml", write: true, strict: true)).get()
        #expect(mappedOut.written.count == 1)
    }

    /// Two bad rows, each with two bad cells, are two bad rows.
    @Test(arguments: [(DiagnosticLanguage.en, "2 bad rows: nothing was written.\n"), (.vi, "Có 2 dòng lỗi: chưa ghi tệp nào.\n")])
    func theCountIsOfBadRowsNotOfErrors(_ language: DiagnosticLanguage, _ end: String) throws {
        let site = Self.site()
        defer { site.cleanUp() }
        site.write("table.csv", "Tên đơn vị,Tổng điểm,Tiến độ\nPhường An,,61\nPhường Bình,,70\nXã Đông,60,50\n")
        let r = try ImportCommandRun.run(["import", "table.csv", "--period", "2023-07", "--lang", language.rawValue], in: site.folder)
        #expect(r.status == 1)
        #expect(r.out.hasSuffix(end), "\(r.out)")
        #expect(r.err.components(separatedBy: "\n").filter { $0.contains(": error: ") || $0.contains(": lỗi: ") }.count == 4, "\(r.err)")
    }
}

/// The program itself, run in a folder, its output and status.
enum ImportCommandRun {
    static func run(_ arguments: [String], in folder: String) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: repositoryRoot + "/.build/debug/minhbach")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, o, e)
    }
}
