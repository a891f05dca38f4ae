import Foundation
import Testing
import MinhBachCore
import MinhBachBuild

@Suite("Interface text from Theme/i18n")
struct TranslationTests {
    func keys(_ language: String) throws -> Set<String> {
        let text = try String(contentsOfFile: themeFolder + "/i18n/\(language).yaml", encoding: .utf8)
        return Set(text.split(separator: "\n").compactMap { line -> String? in
            guard !line.hasPrefix("#"), !line.hasPrefix(" "), let colon = line.firstIndex(of: ":") else { return nil }
            return String(line[..<colon])
        })
    }

    /// Keys the Swift code asks for, as `t("key"` or `t("key",`.
    func keysUsedInCode() throws -> Set<String> {
        var used: Set<String> = []
        for folder in ["MinhBachRender", "MinhBachPlan"] {
            let path = repositoryRoot + "/Sources/" + folder
            for file in try FileManager.default.contentsOfDirectory(atPath: path) where file.hasSuffix(".swift") {
                let text = try String(contentsOfFile: path + "/" + file, encoding: .utf8)
                for match in text.matches(of: /\bt\("([a-z0-9_]+)"/) { used.insert(String(match.1)) }
            }
        }
        return used
    }

    @Test func everyKeyTheCodeUsesExists() throws {
        let used = try keysUsedInCode()
        #expect(used.count >= 90) // guards against a pattern that finds nothing
        #expect(used.subtracting(try keys("vi")).sorted() == [])
    }

    @Test func englishHasExactlyTheVietnameseKeys() throws {
        #expect(try keys("vi").symmetricDifference(try keys("en")).sorted() == [])
    }

    @Test func formatsFollowTheLanguage() {
        let vi = Translations(language: "vi", strings: ["month_title": "Tháng {month}/{year}", "decimal_separator": ",", "group_separator": "."])
        let en = Translations(language: "en", strings: ["month_title": "{month_name} {year}", "month_6": "June", "decimal_separator": ".", "group_separator": ","])
        #expect(vi.month(Period("2023-06")!) == "Tháng 6/2023")
        #expect(en.month(Period("2023-06")!) == "June 2023")
        #expect(vi.number(Figure(units: 698_100)) == "69,81")
        #expect(en.number(Figure(units: 698_100)) == "69.81")
        #expect(en.number(Figure(12_345)) == "12,345")
        #expect(vi.text("missing_key") == "[missing_key]")
    }

    @Test func anEnglishSiteIsEnglishThroughout() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/site.yaml", "title: \"Test\"\nauthority: \"Town\"\nroot: thi-xa\nlanguage: en\nbase_url: \"https://example.vn/\"\n")
        #expect(site.build().succeeded)
        let month = try #require(site.read("Site/2023/06/index.html"))
        #expect(month.contains("<html lang=\"en\">"))
        #expect(month.contains("<h1>June 2023</h1>"))
        #expect(month.contains(">69.81</a>"))
        #expect(month.contains("Skip to main content"))
        #expect(!month.contains("Trang chủ"))
        #expect(!month.contains("chưa có số liệu"))
        #expect(month.contains("no data yet"))
        let feed = try #require(site.read("Site/feed.xml"))
        #expect(feed.contains("<title>Results for June 2023 – Thị xã Thử</title>"))
    }

    @Test func aMissingTranslationIsAnErrorNamingTheKey() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let theme = site.folder + "/Theme"
        try FileManager.default.copyItem(atPath: themeFolder, toPath: theme)
        let en = try String(contentsOfFile: theme + "/i18n/en.yaml", encoding: .utf8)
        try en.replacingOccurrences(of: "\nnav_units: \"Units\"", with: "").write(toFile: theme + "/i18n/en.yaml", atomically: true, encoding: .utf8)
        site.write("Content/site.yaml", "title: \"Test\"\nauthority: \"Town\"\nroot: thi-xa\nlanguage: en\n")
        let report = SiteBuilder.build(BuildOptions(content: site.content, theme: theme, output: site.output))
        let d = report.diagnostics.first { $0.code == .missingTranslation }
        #expect(d?.message == "the interface text `nav_units` is missing")
        #expect(d?.location.file == theme + "/i18n/en.yaml")
        #expect(!report.wroteOutput)
    }
}
