import Foundation
import Testing
import MinhBachCore
@testable import MinhBachRender
@testable import MinhBachPlan

/// Invisible control characters (pasted from Word, or written as YAML escapes) never reach a
/// page, feed or file: in front matter they are errors naming the file, line and field; in a
/// Markdown body they are left out with a warning; every writer leaves them out anyway.
@Suite("Control characters")
struct ControlCharacterTests {
    struct BadValue: CustomTestStringConvertible, Sendable {
        let file: String
        let text: String
        let line: Int
        let field: String
        let en: String
        let vi: String
        var testDescription: String { field }
    }

    static let badValues: [BadValue] = [
        BadValue(file: "Content/units/an.md", text: "---\nname: \"Phường\u{0B}An\"\nkind: phường\nparent: thi-xa\n---\n", line: 2, field: "name",
                 en: "`name` contains an invisible control character (U+000B) after “Phường”",
                 vi: "`name` có một ký tự điều khiển vô hình (U+000B) sau “Phường”"),
        BadValue(file: "Content/results/2023-06/an.md", text: "---\nscore: 80\nnote: \"\u{01}Đã sửa\"\n---\n", line: 3, field: "note",
                 en: "`note` begins with an invisible control character (U+0001)",
                 vi: "`note` bắt đầu bằng một ký tự điều khiển vô hình (U+0001)"),
        // Written as a YAML escape, it is the same character once read.
        BadValue(file: "Content/results/2023-06/an.md", text: "---\nscore: 80\nnote: \"Đã sửa\\fdòng\"\n---\n", line: 3, field: "note",
                 en: "`note` contains an invisible control character (U+000C) after “Đã sửa”",
                 vi: "`note` có một ký tự điều khiển vô hình (U+000C) sau “Đã sửa”"),
        BadValue(file: "Content/results/2023-06/an.md",
                 text: "---\nscore: 80\noverdue:\n  - code: \"000.21.35.H53-230612-0005\"\n    handler: \"Cán bộ\u{85}tư pháp\"\n---\n",
                 line: 5, field: "overdue[1].handler",
                 en: "`overdue[1].handler` contains an invisible control character (U+0085) after “Cán bộ”",
                 vi: "`overdue[1].handler` có một ký tự điều khiển vô hình (U+0085) sau “Cán bộ”"),
        BadValue(file: "Content/site.yaml", text: "title: \"Thử\u{7F}\"\nauthority: \"UBND\"\nroot: thi-xa\n", line: 1, field: "title",
                 en: "`title` contains an invisible control character (U+007F) after “Thử”",
                 vi: "`title` có một ký tự điều khiển vô hình (U+007F) sau “Thử”"),
    ]

    @Test(arguments: badValues)
    func aControlCharacterInAFrontMatterValueIsAnErrorAtItsLineAndField(_ bad: BadValue) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(bad.file, bad.text)
        let report = site.build()
        let d = try #require(report.diagnostics.first { $0.code == .controlCharacter }, "\(report.diagnostics.map(\.formatted))")
        #expect(d.severity == .error)
        #expect(d.location.file == site.folder + "/" + bad.file)
        #expect(d.location.line == bad.line)
        #expect(d.field == bad.field)
        #expect(d.message == bad.en)
        #expect(d.text.text(in: .vi) == bad.vi)
        #expect(d.hint == "delete it: such characters come with text pasted from Word; type the text again, or paste it as plain text")
        #expect(site.read("Site/index.html") == nil)
    }

    @Test func aControlCharacterInAMarkdownBodyIsLeftOutOfEveryFileWithAWarningAtItsLine() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\n---\n\nDòng một.\r\nDòng\u{0B}hai\u{0C}ba\u{01}.\n")
        site.write("Content/units/binh.md", "---\nname: \"Phường Bình\"\nkind: phường\nparent: thi-xa\n---\n\nHồ sơ\u{85}số hóa.\n")
        let report = site.build()
        #expect(report.succeeded)
        let warnings = report.diagnostics.filter { $0.code == .controlCharacter }.sortedForReport()
        #expect(warnings.map(\.severity) == [.warning, .warning])
        #expect(warnings.map(\.location.line) == [6, 7])
        #expect(warnings.first?.location.file == site.folder + "/Content/results/2023-06/an.md")
        #expect(warnings.first?.message == "the text has invisible control characters (U+000B, U+000C, U+0001), the first on this line; they are left out")
        #expect(warnings.first?.text.text(in: .vi)
            == "văn bản có ký tự điều khiển vô hình (U+000B, U+000C, U+0001), ký tự đầu tiên ở dòng này; các ký tự đó được bỏ đi")
        let files = snapshot(site.output)
        #expect(files.count > 20)
        for (path, data) in files {
            #expect(!ControlCharacters.contains(String(decoding: data, as: UTF8.self)), "\(path)")
        }
        // Word's line and page breaks separated words: they become spaces.
        #expect(site.read("Site/don-vi/an/2023-06/index.html")?.contains("Dòng hai ba.") == true)
    }

    /// Defence in depth: the writers leave them out, whatever text reaches them; characters
    /// whose UTF-8 resembles a C1 control's (Đ is C4 90, ạ is E1 BA A1, a no-break space C2 A0) stay.
    @Test func everyWriterLeavesThemOut() {
        let text = "Đạ\u{A0}i<\u{00}\u{08}\u{0B}\u{0C}\u{0E}\u{1F}\u{7F}\u{80}\u{9F}\t\n>"
        #expect(FastHTMLEscaping.escape(text) == "Đạ\u{A0}i&lt;\t\n&gt;")
        #expect(xmlEscaped(text) == "Đạ\u{A0}i&lt;\t\n&gt;")
        #expect(JSONValue.string(text).text == "\"Đạ\u{A0}i\\u003c\\t\\n>\"\n")
        var csv = CSVWriter(header: ["note"])
        csv.append([text])
        #expect(String(decoding: csv.bytes, as: UTF8.self) == "\u{FEFF}note\r\n\"Đạ\u{A0}i<\t\n>\"\r\n")
    }
}
