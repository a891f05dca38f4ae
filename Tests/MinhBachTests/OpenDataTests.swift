import Foundation
import Testing
import MinhBachCore
@testable import MinhBachPlan

@Suite("Open data files")
struct OpenDataTests {
    @Test func jsonFiguresAreExactAndKeysKeepTheirOrder() throws {
        let value = JSONValue.object([("score", .figure(try Figure.parse("69,81").get())), ("name", .string("Hiệp \"Tân\" <b>")),
                                      ("missing", .null), ("groups", .object([]))])
        #expect(value.text == "{\n  \"score\": 69.81,\n  \"name\": \"Hiệp \\\"Tân\\\" \\u003cb>\",\n  \"missing\": null,\n  \"groups\": {}\n}\n")
    }

    /// The national JSON's rows are written month by month elsewhere and placed, not copied:
    /// the file reads as if the writer had laid every row out itself.
    @Test(arguments: [
        ([String](), "{\n  \"n\": 1,\n  \"results\": []\n}\n", 1),
        (["", ""], "{\n  \"n\": 1,\n  \"results\": []\n}\n", 1),
        ([",\n    1", "", ",\n    2,\n    3"], "{\n  \"n\": 1,\n  \"results\": [\n    1,\n    2,\n    3\n  ]\n}\n", 4),
    ])
    func rowsWrittenElsewhereArePlacedAsTheWriterWouldLayThemOut(runs: [String], text: String, pieces: Int) {
        let value = JSONValue.object([("n", .int(1)), ("results", .writtenItems(runs.map { Array($0.utf8)[...] }))])
        #expect(value.text == text)
        #expect(value.pieces.count == pieces)
        #expect(String(decoding: value.pieces.joined(), as: UTF8.self) == text)
    }

    @Test func csvQuotesAsRFC4180SaysWithABOMAndCRLF() {
        var csv = CSVWriter(header: ["unit_name", "note"])
        csv.append(["Phường \"A\", B", "dòng 1\ndòng 2"])
        csv.append(["plain", ""])
        #expect(String(decoding: csv.bytes, as: UTF8.self) ==
            "\u{FEFF}unit_name,note\r\n\"Phường \"\"A\"\", B\",\"dòng 1\ndòng 2\"\r\nplain,\r\n")
    }

    @Test func aSitemapOfMoreThan50000PagesBecomesAnIndex() throws {
        let pages = (0..<50_001).map { (path: "p\($0)/", day: Day(year: 2024, month: 1 + $0 % 12, day: 1)) }
        let address = try #require(SiteAddress(base: "https://example.vn/a/"))
        let files = Sitemap.files(pages: pages, address: address)
        #expect(files.map(\.path) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml", "robots.txt"])
        let index = String(decoding: files[2].bytes, as: UTF8.self)
        #expect(index.contains("<sitemapindex"))
        #expect(index.contains("<loc>https://example.vn/a/sitemap-2.xml</loc><lastmod>2024-09-01</lastmod>"))
        #expect(String(decoding: files[1].bytes, as: UTF8.self).components(separatedBy: "<url>").count == 2)
        #expect(String(decoding: files[3].bytes, as: UTF8.self).contains("Sitemap: https://example.vn/a/sitemap.xml"))
    }

    @Test func withoutABaseURLFeedsAndSitemapAreLeftOutWithAWarning() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/site.yaml", "title: \"Thử\"\nauthority: \"UBND\"\nroot: thi-xa\n")
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.code) == [.noBaseUrl])
        #expect(site.read("Site/feed.xml") == nil)
        #expect(site.read("Site/du-lieu/ket-qua.csv") != nil)
        #expect(site.read("Site/index.html")?.contains("rel=\"canonical\"") == false)
    }

    @Test func anIndexKeyMayNotTakeTheNameOfADownloadColumn() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/index.yaml", TemporarySite.index.replacingOccurrences(of: "{key: tien-do,", with: "{key: score,"))
        let d = site.build().diagnostics.first { $0.code == .reservedKey }
        #expect(d?.message == "the key `score` is a column name of the downloads")
        #expect(d?.location.line == 5)
    }

    @Test func aSubPathBaseURLPrefixesEveryAbsoluteAddress() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        #expect(site.build(baseURL: "https://tinh.gov.vn/minh-bach/hoa-thanh").succeeded)
        let feed = try #require(site.read("Site/feed.xml"))
        let sitemap = try #require(site.read("Site/sitemap.xml"))
        let page = try #require(site.read("Site/don-vi/an/2023-06/index.html"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://tinh.gov.vn/minh-bach/hoa-thanh/don-vi/an/2023-06/\">"))
        for text in [feed, sitemap] {
            for match in text.matches(of: /(?:href="|<loc>|<id>)(https?:[^"<]+)/) {
                #expect(match.1.hasPrefix("https://tinh.gov.vn/minh-bach/hoa-thanh/"), "\(match.1)")
            }
        }
    }
}
