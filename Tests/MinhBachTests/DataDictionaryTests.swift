import Foundation
import Testing
import MinhBachBuild

/// The data dictionary on /du-lieu/, in the site's language: a value as written in the files
/// (`true`, `published`, `YYYY-MM`) is shown as code, so that a Vietnamese sentence about a
/// column holds no English word of its own.
@Suite("The data dictionary")
struct DataDictionaryTests {
    func dataPage(language: String, theme: String? = nil) throws -> String {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/site.yaml", """
            title: "Thử"
            authority: "UBND thị xã Thử"
            root: thi-xa
            language: \(language)
            base_url: "https://example.vn/thu/"
            """)
        if let theme { site.write("Theme/templates/data.mustache", theme) }
        let report = SiteBuilder.build(BuildOptions(content: site.content, theme: theme.map { _ in site.folder + "/Theme" },
                                                    output: site.output))
        #expect(report.succeeded)
        return try #require(site.read("Site/du-lieu/index.html"))
    }

    @Test(arguments: [
        ("vi", "<code>sample</code></th><td><code>true</code> nếu là dữ liệu minh họa<br><small>Đơn vị: <code>true</code>, <code>false</code> · Giá trị: —</small></td></tr>"),
        ("vi", "<code>rank_source</code></th><td>Nguồn của thứ hạng: <code>published</code> (do Cổng công bố) hoặc <code>computed</code>"),
        ("vi", "<code>parent</code></th><td>Mã rút gọn của đơn vị cấp trên<br><small>Đơn vị: văn bản · Giá trị: —</small></td></tr>"),
        ("vi", "<code>month</code></th><td>Tháng của kết quả; trong tệp của một quý, 6 tháng hay năm do cổng ghi nhận, cột này là <code>period</code>: <code>YYYY-Qn</code>, <code>YYYY-Hn</code> hoặc <code>YYYY</code><br><small>Đơn vị: <code>YYYY-MM</code> · Giá trị: —</small></td></tr>"),
        ("en", "<code>sample</code></th><td><code>true</code> for illustrative data<br><small>Unit: <code>true</code>, <code>false</code> · Values: —</small></td></tr>"),
    ])
    func aValueAsWrittenInTheFilesIsCode(language: String, row: String) throws {
        let page = try dataPage(language: language)
        #expect(page.contains(row))
        #expect(!page.contains("`"))
        if language == "vi" { #expect(!page.lowercased().contains("slug")) }
    }

    /// A theme folder's data.mustache from before the pieces still reads the whole text.
    @Test func aThemeShowingTheMeaningAsOneTextGetsItWithoutBackticks() throws {
        let page = try dataPage(language: "vi", theme: "{{#columns}}{{name}}: {{meaning}} [{{unit}}]\n{{/columns}}")
        #expect(page.contains("sample: true nếu là dữ liệu minh họa [true, false]\n"))
        #expect(page.contains("month: Tháng của kết quả; trong tệp của một quý, 6 tháng hay năm do cổng ghi nhận, cột này là period: YYYY-Qn, YYYY-Hn hoặc YYYY [YYYY-MM]\n"))
    }
}
