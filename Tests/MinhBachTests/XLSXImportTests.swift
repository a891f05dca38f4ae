import Foundation
import Testing
import ZIPFoundation
import MinhBachCore
import MinhBachContent
import MinhBachBuild
@testable import MinhBachEditor

/// A minimal `.xlsx` workbook written with ZIPFoundation, as Excel lays one out: the sheets
/// listed in `xl/workbook.xml`, their parts in its relations, text in the shared strings (or
/// inline), a cell style with the built-in percent format (10, "0.00%").
struct TestWorkbook {
    enum Cell {
        case text(String), inline(String), number(String), percent(String)
    }
    /// Each sheet's name and its rows, by row number, of cells by reference ("C7").
    var sheets: [(name: String, rows: [Int: [(String, Cell)]])]

    func write(to path: String) throws {
        var strings: [String] = []
        func xml(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        func cell(_ ref: String, _ c: Cell) -> String {
            switch c {
            case .text(let s):
                strings.append(s)
                return "<c r=\"\(ref)\" t=\"s\"><v>\(strings.count - 1)</v></c>"
            case .inline(let s): return "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(xml(s))</t></is></c>"
            case .number(let v): return "<c r=\"\(ref)\"><v>\(v)</v></c>"
            case .percent(let v): return "<c r=\"\(ref)\" s=\"1\"><v>\(v)</v></c>"
            }
        }
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let rel = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        var parts: [(String, String)] = []
        for (k, sheet) in sheets.enumerated() {
            let rows = sheet.rows.keys.sorted().map { r in
                "<row r=\"\(r)\">" + sheet.rows[r]!.map { cell($0.0, $0.1) }.joined() + "</row>"
            }.joined()
            parts.append(("xl/worksheets/sheet\(k + 1).xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet \(ns)><sheetData>\(rows)</sheetData></worksheet>"))
        }
        let list = sheets.enumerated().map { k, s in "<sheet name=\"\(xml(s.name))\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>" }.joined()
        parts.append(("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook \(ns) \(rel)><sheets>\(list)</sheets></workbook>"))
        let rels = sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
        parts.append(("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>"))
        let si = strings.map { "<si><t>\(xml($0))</t></si>" }.joined()
        parts.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst \(ns) count=\"\(strings.count)\">\(si)</sst>"))
        parts.append(("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet \(ns)><cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
                      + "<cellXfs count=\"2\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"10\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"))
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}

@Suite("minhbach import, an Excel workbook")
struct XLSXImportTests {
    /// The portal's table as a sheet: a title in A1, the header in row 3, a percentage stored as
    /// 0.985 with a percent format, an absent score cell, a group over its maximum, a total row.
    static let month: [Int: [(String, TestWorkbook.Cell)]] = [
        1: [("A1", .text("Kết quả tháng 7/2023"))],
        3: [("A3", .text("Tên đơn vị")), ("B3", .text("Tổng điểm")), ("C3", .inline("Nộp trực tuyến (%)")), ("D3", .text("Tiến độ"))],
        4: [("A4", .text("Phường An")), ("B4", .number("80.5")), ("C4", .percent("0.985")), ("D4", .number("50"))],
        5: [("A5", .text("Phường Bình")), ("C5", .text("98,5 %"))],
        6: [("A6", .inline("Xã Đông")), ("B6", .number("69.810000000000002")), ("D6", .number("61"))],
        7: [("A7", .text("Tổng cộng")), ("B7", .number("150.31"))],
    ]

    /// A part larger than the limit is refused, not read into memory: the limit is lowered
    /// here to the sheet's size less one byte, as a test cannot make a 256 MiB part.
    @Test func aPartLargerThanTheLimitIsRefused() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let path = try workbook(site, sheets: [("Tháng 7", [1: [("A1", .text("Tên đơn vị"))]])])
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let whole = try XLSXReader.part("xl/workbook.xml", in: archive)
        #expect(try XLSXReader.part("xl/workbook.xml", in: archive, limit: whole.count) == whole)
        #expect(throws: XLSXReader.Failure.damaged("xl/workbook.xml")) {
            try XLSXReader.part("xl/workbook.xml", in: archive, limit: whole.count - 1)
        }
    }

    func workbook(_ site: TemporarySite, sheets: [(name: String, rows: [Int: [(String, TestWorkbook.Cell)]])]) throws -> String {
        let path = site.folder + "/bang.xlsx"
        try TestWorkbook(sheets: sheets).write(to: path)
        return path
    }

    @Test(arguments: DiagnosticLanguage.allCases)
    func everyMessageNamesTheCell(_ language: DiagnosticLanguage) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let path = try workbook(site, sheets: [("Tháng 7", Self.month)])
        var mapping: [String] = []
        let outcome = try Importer.run(.init(content: site.content, csv: path, period: "2023-07"),
                                       mapped: { mapping = $0.lines.map { $0.text(in: language) } }).get()
        let expected: [DiagnosticLanguage: [String]] = [
            .en: ["1:1: warning: skipped: “Kết quả tháng 7/2023” is above the header (line 3), not a unit’s row",
                  "5:2: error: Phường Bình, cell B5: the cell of column “Tổng điểm” is empty",
                  "6:4: error: Xã Đông, cell D6: `Tiến độ` is 61, outside 0–60 (Tiến độ)",
                  "7:1: warning: skipped: “Tổng cộng” is a total or average row, not a unit"],
            .vi: ["1:1: cảnh báo: bỏ qua: “Kết quả tháng 7/2023” nằm trên dòng tiêu đề (dòng 3), không phải dòng của một đơn vị",
                  "5:2: lỗi: Phường Bình, ô B5: ô của cột “Tổng điểm” để trống",
                  "6:4: lỗi: Xã Đông, ô D6: `Tiến độ` là 61, nằm ngoài khoảng 0–60 (Tiến độ)",
                  "7:1: cảnh báo: bỏ qua: “Tổng cộng” là dòng tổng cộng hoặc trung bình, không phải một đơn vị"],
        ]
        #expect(ImportShapeTests.lines(outcome, site, language) == expected[language])
        #expect(outcome.problems.allSatisfy { $0.location.file == path })
        let first: [DiagnosticLanguage: String] = [.en: "columns of \(path), sheet “Tháng 7” (the header is row 3):",
                                                   .vi: "các cột của \(path), trang tính “Tháng 7” (dòng tiêu đề là hàng 3):"]
        #expect(mapping.first == first[language])
        #expect(mapping.dropFirst().first == (language == .en ? "  “Tên đơn vị” (column A) → `name`" : "  “Tên đơn vị” (cột A) → `name`"))
    }

    @Test func aGoodSheetBecomesTheSameFilesAsTheCSVWould() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        var rows = Self.month
        rows[5]!.append(("B5", .number("70")))
        rows[6] = [("A6", .inline("Xã Đông")), ("B6", .number("69.810000000000002")), ("D6", .number("60"))]
        // The sheet asked for by name: the first is another.
        let path = try workbook(site, sheets: [("Ghi chú", [1: [("A1", .text("x"))]]), ("Tháng 7", rows)])
        let outcome = try Importer.run(.init(content: site.content, csv: path, period: "2023-07", write: true, sheet: "Tháng 7")).get()
        #expect(outcome.problems.map(\.code) == [.importSkipped, .importSkipped])
        #expect(outcome.rows.map(\.line) == [4, 5, 6])
        #expect(site.read("Content/results/2023-07/an.md") == """
            ---
            # Nhập từ bang.xlsx, dòng 4.
            score: "80,5"
            groups:
              tien-do: "50"
            indicators:
              nop-truc-tuyen: "98,5"
            source: "https://dichvucong.gov.vn"
            ---

            """)
        #expect(site.read("Content/results/2023-07/binh.md")?.contains("score: \"70\"\nindicators:\n  nop-truc-tuyen: \"98,5\"\n") == true)
        #expect(site.read("Content/results/2023-07/dong.md")?.contains("score: \"69,81\"\n") == true)
        // By number, the same sheet.
        let again = try Importer.run(.init(content: site.content, csv: path, period: "2023-07", sheet: "2")).get()
        #expect(again.rows.map(\.action) == [.unchanged, .unchanged, .unchanged])
        #expect(site.build().succeeded)
    }

    @Test(arguments: [("3", "the workbook BOOK has no sheet “3”; its sheets: “Ghi chú”, “Tháng 7”",
                       "sổ tính BOOK không có trang tính “3”; các trang tính của nó: “Ghi chú”, “Tháng 7”"),
                      ("Tháng 8", "the workbook BOOK has no sheet “Tháng 8”; its sheets: “Ghi chú”, “Tháng 7”",
                       "sổ tính BOOK không có trang tính “Tháng 8”; các trang tính của nó: “Ghi chú”, “Tháng 7”")])
    func aSheetThatIsNotThereIsRefusedWithTheirNames(sheet: String, en: String, vi: String) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let path = try workbook(site, sheets: [("Ghi chú", [:]), ("Tháng 7", Self.month)])
        guard case .failure(let e) = Importer.run(.init(content: site.content, csv: path, period: "2023-07", sheet: sheet)) else {
            Issue.record("read a sheet that is not there"); return
        }
        #expect(e.message.text(in: .en) == en.replacingOccurrences(of: "BOOK", with: path))
        #expect(e.message.text(in: .vi) == vi.replacingOccurrences(of: "BOOK", with: path))
    }

    @Test(arguments: [([0x50, 0x4B, 0x03, 0x04, 0x00] as [UInt8], "BOOK is a zip file but not an Excel workbook (.xlsx)"),
                      ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "BOOK is an Excel 97–2003 workbook (.xls), which the import does not read")])
    func aFileThatIsNotAWorkbookSaysWhatItIs(bytes: [UInt8], message: String) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let path = site.folder + "/bang.xlsx"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        guard case .failure(let e) = Importer.run(.init(content: site.content, csv: path, period: "2023-07")) else {
            Issue.record("imported a file that is no workbook"); return
        }
        #expect(e.message.text(in: .en) == message.replacingOccurrences(of: "BOOK", with: path))
        #expect(e.hint?.text(in: .vi) == "hãy mở tệp trong Excel hoặc LibreOffice rồi lưu lại dưới dạng sổ tính Excel (.xlsx) hoặc CSV UTF-8")
    }

    @Test(arguments: [("A1", 0), ("C7", 2), ("Z9", 25), ("AA1", 26), ("AZ3", 51)])
    func cellReferencesAndTheirColumns(reference: String, column: Int) {
        #expect(XLSXReader.column(of: reference) == column)
        #expect(XLSXReader.letters(column) + reference.drop { $0.isLetter } == reference)
    }
}

/// The site's own monthly CSV (`du-lieu/YYYY-MM.csv`) imports back: the sample built, its
/// month's files removed from a copy of the content, and the CSV imported into it, gives the
/// same figures as the files it was built from.
@Suite("minhbach import reads back the site's own CSV")
struct SiteCSVRoundTripTests {
    @Test(arguments: ["2023-07", "2023-06", "2026-01"])
    func theMonthsFiguresComeBack(_ month: String) throws {
        let folder = NSTemporaryDirectory() + "minhbach-roundtrip-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try fm.copyItem(atPath: repositoryRoot + "/Content", toPath: folder + "/Content")
        let built = SiteBuilder.build(BuildOptions(content: folder + "/Content", theme: themeFolder, output: folder + "/Site"))
        #expect(built.succeeded)
        let original = try #require(ContentLoader.load(from: folder + "/Content").content).results.filter { $0.period.description == month }
        #expect(!original.isEmpty)
        for r in original { try fm.removeItem(atPath: folder + "/Content/results/\(month)/\(r.unit).md") }
        let outcome = try Importer.run(.init(content: folder + "/Content", csv: folder + "/Site/du-lieu/\(month).csv", period: month,
                                             write: true, strict: true)).get()
        #expect(outcome.problems.isEmpty, "\(outcome.problems.map(\.formatted))")
        #expect(outcome.written.count == original.count)
        let back = try #require(ContentLoader.load(from: folder + "/Content").content).results.filter { $0.period.description == month }
        for r in original {
            let again = try #require(back.first { $0.unit == r.unit })
            #expect(Importer.sameFigures(r, again) && Importer.sameFigures(again, r), "\(r.unit)")
            #expect(again.publishedRank == r.publishedRank && again.publishedOf == r.publishedOf && again.sample == r.sample, "\(r.unit)")
            // A group added up from its criteria stays computed: it is not written as published.
            #expect(again.computedGroups == r.computedGroups, "\(r.unit)")
        }
    }
}
