import Testing
import MinhBachMarkdown

@Suite("Markdown safety and extensions")
struct MarkdownTests {
    let safe = MarkdownRenderer()

    @Test func aScriptBlockDoesNotSurvive() {
        let html = safe.html("Hello\n\n<script>alert(1)</script>\n\n<b onclick=\"x()\">bold</b>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("Hello"))
    }

    @Test func aJavascriptLinkDoesNotSurvive() {
        let html = safe.html("[click](javascript:alert(1)) and ![img](javascript:alert(2))")
        #expect(!html.lowercased().contains("javascript:"))
        #expect(html.contains("click"))
    }

    @Test func gfmTablesStrikethroughAndAutolinks() {
        let html = safe.html("| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~old~~ https://dichvucong.gov.vn")
        #expect(html.contains("<table>"))
        #expect(html.contains("<td align=\"right\">2</td>"))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"https://dichvucong.gov.vn\">"))
    }

    @Test func rawHTMLOnlyWhenTheSiteOptsInAndScriptStillFiltered() {
        let unsafe = MarkdownRenderer(allowsRawHTML: true)
        let html = unsafe.html("<div class=\"box\">kept</div>\n\n<script>alert(1)</script>")
        #expect(html.contains("<div class=\"box\">kept</div>"))
        #expect(!html.contains("<script>"))
        #expect(!safe.html("<div class=\"box\">kept</div>").contains("<div"))
    }

    @Test func manyDocumentsAtOnce() {
        let outputs = (0..<200).map { "**\($0)**" }.parallelRender(safe)
        #expect(outputs.enumerated().allSatisfy { $1 == "<p><strong>\($0)</strong></p>\n" })
    }
}

import MinhBachCore
extension Array where Element == String {
    func parallelRender(_ r: MarkdownRenderer) -> [String] { parallelMap { r.html($0) } }
}
