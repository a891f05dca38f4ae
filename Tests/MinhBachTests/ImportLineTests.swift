import Foundation
import Testing
import MinhBachCore
@testable import MinhBachEditor

/// Every data line of an imported table becomes a file, or an error, or a warning saying why
/// it was skipped: none disappears, and every line number is the file's own.
@Suite("minhbach import accounts for every line")
struct ImportLineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let csv: String
        /// Each problem as `line: severity: message`.
        let problems: [String]
        /// The lines that became rows (files to write).
        let rows: [Int]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "an unclosed quote in an unused column",
             csv: "Tên đơn vị,Tổng điểm,Ghi chú\nPhường An,80,\"chưa đóng\nPhường Bình,70,\nXã Đông,60,\n",
             problems: ["2: error: the cell of column “Ghi chú” that begins with a quote on line 2 has no closing quote"],
             rows: [2, 3, 4]),
        Case(name: "a quote closed by a stray one further on",
             csv: "Tên đơn vị;Ghi chú;Tổng điểm\r\nPhường An;\"mở;80\r\nPhường Bình;\"x\" cuối;70\r\nXã Đông;;60\r\n",
             problems: ["2: error: the cell of column “Ghi chú” that begins with a quote on line 2 has text after its closing quote",
                        "3: error: the cell of column “Ghi chú” that begins with a quote on line 3 has text after its closing quote"],
             rows: [2, 3, 4]),
        Case(name: "a blank line and a total row",
             csv: "STT;Tên đơn vị;Tổng điểm\n1;Phường An;80\n\n;Tổng cộng;150\n;;\n2;Phường Bình;70\n",
             problems: ["3: warning: skipped: the line is empty",
                        "4: warning: skipped: “Tổng cộng” is a total or average row, not a unit",
                        "5: warning: skipped: the line is empty"],
             rows: [2, 6]),
        Case(name: "a cell spanning two lines",
             csv: "Tên đơn vị,Ghi chú,Tổng điểm\nPhường An,\"dòng 1\r\ndòng 2, \"\"trích\"\"\",80\nXã Không Có,,70\n",
             problems: ["4: error: no unit matches “Xã Không Có”"],
             rows: [2]),
        Case(name: "a normal file",
             csv: "Tên đơn vị,Tổng điểm\r\nPhường An,80\r\nPhường Bình,\"69,81\"",
             problems: [],
             rows: [2, 3]),
    ]

    func run(_ site: TemporarySite, _ csv: String, mapping: String? = nil) -> Result<Importer.Outcome, EditorError> {
        site.write("table.csv", csv)
        return Importer.run(.init(content: site.content, csv: site.folder + "/table.csv", period: "2023-07",
                                  mapping: mapping.map { site.folder + "/" + $0 }, write: true))
    }

    @Test(arguments: cases)
    func everyLineIsWrittenOrAnErrorOrSkippedWithItsLine(_ c: Case) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let outcome = try run(site, c.csv).get()
        #expect(outcome.problems.map { "\($0.location.line): \($0.severity): \($0.message)" } == c.problems)
        #expect(outcome.rows.map(\.line) == c.rows)
        let written = outcome.problems.hasErrors ? 0 : c.rows.count
        #expect(outcome.written.count == written)
        #expect(FileManager.default.fileExists(atPath: site.content + "/results/2023-07/an.md") == (written > 0))
    }

    @Test func theDocumentedLineIsWhereTheQuotedCellBegan() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let outcome = try run(site, "Tên đơn vị,Ghi chú,Tổng điểm\nPhường An,\"a\nb\",80\nPhường Bình,\"mở,70\n").get()
        let d = try #require(outcome.problems.first)
        #expect(d.location.line == 4)
        #expect(d.text.text(in: .vi) == "ô của cột “Ghi chú” mở dấu ngoặc kép ở dòng 4 nhưng không có dấu đóng")
        #expect(d.hint == "a cell that begins with \" must end with \"; correct it in the spreadsheet and save the table again")
    }

    @Test(arguments: [
        ("Tên đơn vị,Tổng điểm,Tổng điểm\nPhường An,80,80\n", nil,
         "the columns “Tổng điểm” (column 2) and “Tổng điểm” (column 3) of TABLE both hold `score`"),
        ("Tên đơn vị,Tổng điểm,Điểm 766\nPhường An,80,80\n", "\"Điểm 766\": score\n",
         "the columns “Tổng điểm” (column 2) and “Điểm 766” (column 3) of TABLE both hold `score`"),
        ("Đơn vị,TĐ,Tiến độ,Tổng điểm\nPhường An,50,50,80\n", "\"TĐ\": tien-do\n",
         "the columns “TĐ” (column 2) and “Tiến độ” (column 3) of TABLE both hold `groups.tien-do`"),
    ] as [(String, String?, String)])
    func twoColumnsForOneFieldAreAnErrorNamingBoth(csv: String, mapping: String?, message: String) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        if let mapping { site.write("map.yaml", mapping) }
        guard case .failure(let e) = run(site, csv, mapping: mapping == nil ? nil : "map.yaml") else {
            Issue.record("imported a table with two columns for one field"); return
        }
        #expect(e.message.text(in: .en) == message.replacingOccurrences(of: "TABLE", with: site.folder + "/table.csv"))
        #expect(e.hint?.text(in: .en) == "keep one of them, or map the other to `ignore` in a mapping file (--map)")
        #expect(!FileManager.default.fileExists(atPath: site.content + "/results/2023-07/an.md"))
    }

    @Test func theCommandExitsWithOneAndWritesNothingWhenAQuoteIsUnclosed() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("table.csv", "Tên đơn vị,Tổng điểm,Ghi chú\nPhường An,80,\"chưa đóng\nPhường Bình,70,\nXã Đông,60,\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: repositoryRoot + "/.build/debug/minhbach")
        process.arguments = ["import", "table.csv", "--period", "2023-07", "--write", "--lang", "en"]
        process.currentDirectoryURL = URL(fileURLWithPath: site.folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(e.hasPrefix("table.csv:2:1: error: the cell of column “Ghi chú” that begins with a quote on line 2 has no closing quote\n"))
        #expect(o.hasSuffix("1 bad row: nothing was written.\n"))
        #expect(!FileManager.default.fileExists(atPath: site.content + "/results/2023-07/an.md"))
    }
}

@Suite("The mapping file of an import is bounded like content")
struct MappingFileLimitTests {
    @Test func aMappingFileOfAliasesOfAliasesIsRefusedAtItsLine() throws {
        let file = NSTemporaryDirectory() + "minhbach-map-" + UUID().uuidString + ".yaml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        // 100,000 values in five lines: past the limit, yet small enough for Yams to read.
        for (i, name) in ["b", "c", "d", "e"].enumerated() {
            let previous = ["a", "b", "c", "d"][i]
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        try (lines.joined(separator: "\n") + "\n\"Tổng điểm\": score\n").write(toFile: file, atomically: true, encoding: .utf8)
        let start = ContinuousClock.now
        guard case .failure(let error) = Importer.readMapping(file) else {
            Issue.record("a billion-laughs mapping file was read")
            return
        }
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(error.message.text(in: .en).contains("uses aliases that stand for more than 10000 values (line 4)"), "\(error.message.text(in: .en))")
    }
}
