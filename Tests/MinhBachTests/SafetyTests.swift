import Foundation
import Testing
import MinhBachBuild
import MinhBachCore
@testable import MinhBachRender

@Suite("Content is escaped and stays inside the output folder")
struct SafetyTests {
    @Test func markupInNamesAndNotesIsEscapedOnEveryPage() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/an.md", "---\nname: \"Phường <script>alert(1)</script> & \\\"An\\\"\"\nkind: phường\nparent: thi-xa\n---\n")
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\nnote: \"<img src=x onerror=alert(2)>\"\n---\n")
        let report = site.build()
        #expect(report.succeeded)
        var pagesWithTheName = 0
        for (path, data) in snapshot(site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert(1)"), "\(path) has the raw script")
            #expect(!html.contains("<img src=x"), "\(path) has the raw img")
            if html.contains("Phường &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;An&quot;") { pagesWithTheName += 1 }
        }
        #expect(pagesWithTheName >= 4) // home, month, unit tree, the unit, its report…
        #expect(site.read("Site/don-vi/an/2023-06/index.html")?.contains("&lt;img src=x onerror=alert(2)&gt;") == true)
    }

    @Test func escapingMatchesTheFiveHTMLCharacters() {
        #expect(FastHTMLEscaping.escape("a<b>&\"'c") == "a&lt;b&gt;&amp;&quot;&#39;c")
        #expect(FastHTMLEscaping.escape("Phường Hiệp Tân 69,81") == "Phường Hiệp Tân 69,81")
    }

    @Test func staticFilesAreCopiedAndMayNotOverwriteAPage() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/static/files/cong-van-87.txt", "Công văn 87")
        var report = site.build()
        #expect(report.succeeded)
        #expect(site.read("Site/files/cong-van-87.txt") == "Công văn 87")

        site.write("Content/static/don-vi/index.html", "<p>mine</p>")
        report = site.build()
        let conflict = report.diagnostics.first { $0.code == .pathConflict }
        #expect(conflict?.message == "`don-vi/index.html` would overwrite a generated page")
        #expect(!report.wroteOutput)
    }

    @Test func aFreePageCannotTakeTheNameOfAGeneratedSection() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/pages/don-vi.md", "---\ntitle: \"Đơn vị\"\n---\nText")
        site.write("Content/pages/2023.md", "---\ntitle: \"Năm\"\n---\nText")
        let codes = site.build().diagnostics.filter { $0.code == .reservedSlug }
        #expect(codes.count == 2)
    }

    @Test func theOutputFolderMayNotBeTheContentFolder() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let report = SiteBuilder.build(BuildOptions(content: site.content, theme: themeFolder, output: site.content))
        #expect(report.diagnostics.contains { $0.code == .badOutput })
        #expect(!report.wroteOutput)
    }
}

@Suite("Text normalisation")
struct NormalisationTests {
    @Test func decomposedVietnameseIsPublishedPrecomposed() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let decomposed = "Phu\u{031B}o\u{031B}\u{0300}ng Hie\u{0323}\u{0302}p Ta\u{0302}n" // as some Mac exports write it
        site.write("Content/units/an.md", "---\nname: \"\(decomposed)\"\nkind: phường\nparent: thi-xa\n---\n")
        #expect(site.build().succeeded)
        let html = try #require(FileManager.default.contents(atPath: site.output + "/don-vi/an/index.html"))
        // Compare bytes: Swift's String comparison treats both forms as equal.
        let precomposed = Array("<h1>Ph\u{01B0}\u{1EDD}ng Hi\u{1EC7}p T\u{00E2}n</h1>".utf8)
        #expect(html.firstRange(of: precomposed) != nil)
        #expect(html.firstRange(of: Array("\u{0302}".utf8)) == nil)
    }
}
