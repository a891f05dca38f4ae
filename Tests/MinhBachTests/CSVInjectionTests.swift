import Foundation
import Testing
import MinhBachCore
@testable import MinhBachPlan

/// The downloads are opened in Excel: no text of the content may run there as a formula.
@Suite("CSV cells that cannot run as formulas")
struct CSVInjectionTests {
    /// A text column, then a number column: (text cell, number cell) → the line written.
    @Test(arguments: [
        ("=1+2", "1", "\"'=1+2\",1"),
        ("+84 912", "2", "\"'+84 912\",2"),
        ("-Phường An", "3", "\"'-Phường An\",3"),
        ("@SUM(A1:A9)", "4", "\"'@SUM(A1:A9)\",4"),
        ("\t=1", "5", "\"'\t=1\",5"),
        ("\r=1", "6", "\"'\r=1\",6"),
        ("=HYPERLINK(\"https://x.example\",\"An\")", "7", "\"'=HYPERLINK(\"\"https://x.example\"\",\"\"An\"\")\",7"),
        // Numbers stay numbers, decided by the column: a negative or decimal figure is not prefixed.
        ("Phường An", "-1", "Phường An,-1"),
        ("An, Bình", "69.81", "\"An, Bình\",69.81"),
        ("a=b", "", "a=b,"),
        // A number column that was handed text still cannot carry a formula.
        ("An", "=1+2", "An,\"'=1+2\""),
    ])
    func textCellsThatLookLikeFormulasAreQuotedBehindASingleQuote(text: String, number: String, line: String) {
        var csv = CSVWriter(header: ["unit_name", "score"], numberColumns: ["score"])
        csv.append([text, number])
        #expect(String(decoding: csv.bytes, as: UTF8.self) == "\u{FEFF}unit_name,score\r\n" + line + "\r\n")
    }

    @Test func aUnitNamedLikeAFormulaIsTextInEveryCSVAndItsFiguresStayNumbers() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/an.md", "---\nname: \"=HYPERLINK(\\\"https://x.example\\\",\\\"An\\\")\"\nkind: phường\nparent: thi-xa\ncode: \"-1\"\n---\n")
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\ngroups:\n  cong-khai: 30\n  tien-do: 50\n---\n")
        let report = site.build()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.formatted))")
        let row = "2023-06,an,\"'=HYPERLINK(\"\"https://x.example\"\",\"\"An\"\")\",\"'-1\",thi-xa,80,,,,,,false,2,3,30,50,,,false,false,,,,\r\n"
        for file in ["Site/du-lieu/ket-qua.csv", "Site/du-lieu/2023-06.csv"] {
            let csv = try #require(site.read(file))
            #expect(csv.contains("\r\n" + row), "\(file): \(csv)")
        }
    }
}
