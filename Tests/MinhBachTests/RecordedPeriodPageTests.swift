import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// The pages of recorded quarters, half-years and years, as a citizen reads them.
@Suite("Recorded periods: rankings and reports")
struct RecordedPeriodPageTests {
    /// The test site's June, and a second quarter in which Bình, lower in June, is first.
    func site(quarter: Bool = true) -> TemporarySite {
        let site = TemporarySite()
        if quarter {
            site.write("Content/results/2023-Q2/an.md", "---\nscore: \"71,5\"\ngroups:\n  cong-khai: \"30,5\"\n  tien-do: 41\n---\nThông báo quý II.\n")
            site.write("Content/results/2023-Q2/binh.md", "---\nscore: \"74,25\"\n---\n")
            site.write("Content/results/2023-Q2/_index.md", "---\nnote: \"Cổng ghi nhận cả quý.\"\n---\n")
        }
        return site
    }

    func page(_ site: TemporarySite, _ path: String) -> String {
        visibleText(site.read("Site/" + path) ?? "(no page \(path))")
    }

    @Test func aQuarterIsRankedAmongTheSiblingsRecordedForIt() {
        let site = site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let text = page(site, "2023/quy-2/index.html")
        #expect(text.contains("Quý II năm 2023 Số liệu của cả kỳ do cổng ghi nhận, không phải bình quân các tháng"))
        #expect(text.contains("Cổng ghi nhận cả quý."))
        // Xã Đông exists in the quarter but has no figure: the ranking is incomplete.
        #expect(text.contains("Xếp hạng quý II năm 2023 – Thị xã Thử (chưa đủ số liệu: 2/3 đơn vị có số liệu)"))
        #expect(text.contains("(chưa có thứ hạng) Phường Bình 74,25"))
        #expect(text.contains("Phường An 71,5 30,5 41"))
        #expect(text.contains("Tải số liệu của kỳ này"))
        #expect(!text.contains("So với tháng trước"))
    }

    @Test func aUnitsRecordedQuarterHasAReportBesideItsMonths() {
        let site = site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let report = page(site, "don-vi/an/2023-q2/index.html")
        #expect(report.contains("Phường An Quý II năm 2023 Số liệu của cả kỳ do cổng ghi nhận"))
        #expect(report.contains("Tổng điểm 71,5 /100"))
        #expect(report.contains("Thông báo quý II."))
        let unit = page(site, "don-vi/an/index.html")
        #expect(unit.contains("Quý, 6 tháng và cả năm do cổng ghi nhận"))
        #expect(unit.contains("Kết quả của Phường An theo kỳ do cổng ghi nhận Kỳ Tổng điểm Hạng Quý II năm 2023 71,5"))
        // The town has no rank (no siblings) and no file: its row says it stands on an average.
        let town = page(site, "don-vi/thi-xa/index.html")
        #expect(town.contains("Quý II năm 2023 72,88 bình quân của 2 đơn vị"))
        #expect(!town.contains("false"))
        // The month's history and chart are the months' alone.
        #expect(unit.contains("Tháng 6/2023 80"))
    }

    /// A quarter's published rank is checked as a month's is, and the warning names the
    /// quarter, never the month its results are kept under (April).
    @Test(arguments: [
        (an: "rank: 1\nof: 3", dong: true,
         en: "Content/results/2023-Q2/an.md:6:7: warning: published rank 1/3 differs from the rank computed from this site's files, 2/3\n  hint: the site shows the published rank; check the siblings' totals for the recorded period 2023-Q2",
         vi: "Content/results/2023-Q2/an.md:6:7: cảnh báo: thứ hạng công bố 1/3 khác thứ hạng tính từ các tệp của trang, 2/3\n  gợi ý: trang hiển thị thứ hạng đã công bố; hãy kiểm tra tổng điểm của các đơn vị cùng cấp kỳ 2023-Q2"),
        (an: "rank: 2\nof: 2", dong: true,
         en: "Content/results/2023-Q2/an.md:6:7: warning: the portal ranked 2 units but this site has figures for 3 of them in the recorded period 2023-Q2\n  hint: add the missing siblings' result files for the recorded period 2023-Q2",
         vi: "Content/results/2023-Q2/an.md:6:7: cảnh báo: Cổng Dịch vụ công xếp hạng 2 đơn vị nhưng trang này chỉ có số liệu của 3 đơn vị trong kỳ 2023-Q2\n  gợi ý: bổ sung tệp kết quả còn thiếu của các đơn vị cùng cấp cho kỳ 2023-Q2"),
        (an: "rank: 2\nof: 3", dong: false,
         en: "Content/results/2023-Q2/an.md:6:7: warning: the recorded period 2023-Q2 is incomplete: this site has figures for 2 of the 3 units ranked together\n  hint: the pages show the published rank 2/3 and mark the recorded period 2023-Q2 as incomplete, with no rank for the units without a published one; add the siblings' missing result files",
         vi: "Content/results/2023-Q2/an.md:6:7: cảnh báo: kỳ 2023-Q2 chưa đủ số liệu: trang này chỉ có số liệu của 2 trong 3 đơn vị được xếp hạng cùng nhau\n  gợi ý: các trang hiển thị thứ hạng đã công bố 2/3 và ghi kỳ 2023-Q2 là chưa đủ số liệu, đơn vị không có thứ hạng công bố thì không ghi thứ hạng; hãy thêm tệp kết quả còn thiếu của các đơn vị cùng cấp"),
    ])
    func aQuartersPublishedRankIsCheckedAgainstItsSiblings(an: String, dong: Bool, en: String, vi: String) {
        let site = site()
        defer { site.cleanUp() }
        site.write("Content/results/2023-Q2/an.md", "---\nscore: \"71,5\"\ngroups:\n  cong-khai: \"30,5\"\n  tien-do: 41\n\(an)\n---\n")
        if dong { site.write("Content/results/2023-Q2/dong.md", "---\nscore: 60\n---\n") }
        let report = site.build()
        #expect(report.succeeded)
        let warnings = report.diagnostics.filter { $0.location.file.contains("2023-Q2") }
        #expect(warnings.map { $0.formatted(in: .en).replacingOccurrences(of: site.folder + "/", with: "") } == [en])
        #expect(warnings.map { $0.formatted(in: .vi).replacingOccurrences(of: site.folder + "/", with: "") } == [vi])
    }

    /// An incomplete quarter says why it has no rank in the quarter's words, not a month's.
    @Test func anIncompleteQuarterSaysThePeriodHasNoRanking() {
        let site = site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let ranking = page(site, "2023/quy-2/index.html"), report = page(site, "don-vi/an/2023-q2/index.html")
        #expect(ranking.contains("vì thứ hạng tính từ một phần các đơn vị không phải là thứ hạng của kỳ."))
        #expect(ranking.contains("không ghi thứ hạng vì kỳ chưa đủ số liệu"))
        #expect(report.contains("Quý II năm 2023 chưa đủ số liệu: 2/3 đơn vị có số liệu, nên trang không ghi thứ hạng: thứ hạng tính từ một phần các đơn vị không phải là thứ hạng của kỳ."))
        for text in [ranking, report] { #expect(!text.contains("của tháng"), "\(text)") }
        // The month's pages keep the month's words.
        #expect(page(site, "2023/06/index.html").contains("không phải là thứ hạng của tháng."))
    }

    @Test func theMonthsPagesAreTheSameWithOrWithoutARecordedQuarter() throws {
        let with = site(), without = site(quarter: false)
        defer { with.cleanUp(); without.cleanUp() }
        #expect(with.build().succeeded)
        #expect(without.build().succeeded)
        for path in ["2023/06/index.html", "don-vi/an/2023-06/index.html", "du-lieu/2023-06.csv", "du-lieu/ket-qua.csv",
                     "du-lieu/ket-qua.json"] {
            #expect(with.read("Site/" + path) == without.read("Site/" + path), "\(path)")
        }
        #expect(without.read("Site/2023/quy-2/index.html") == nil)
    }

    @Test(arguments: [("2023-Q4", "2023/quy-4/index.html", "Quý IV năm 2023"),
                      ("2023-H1", "2023/6-thang-dau/index.html", "6 tháng đầu năm 2023"),
                      ("2023-H2", "2023/6-thang-cuoi/index.html", "6 tháng cuối năm 2023")])
    func eachPeriodHasItsPage(_ folder: String, _ path: String, _ title: String) {
        let site = site(quarter: false)
        defer { site.cleanUp() }
        site.write("Content/results/\(folder)/an.md", "---\nscore: 70\n---\n")
        #expect(site.build().succeeded)
        #expect(page(site, path).contains("\(title) Số liệu của cả kỳ"))
        let report = folder.lowercased()
        #expect(page(site, "don-vi/an/\(report)/index.html").contains("Phường An \(title)"))
    }

    /// The year's page shows the year the portal recorded when there is one, and the average
    /// of the months it computes, said to be one, only when there is not.
    @Test(arguments: [true, false])
    func theYearShowsTheRecordedYearOrTheComputedAverage(recorded: Bool) {
        let site = site()
        defer { site.cleanUp() }
        if recorded {
            site.write("Content/results/2023/an.md", "---\nscore: \"78,4\"\n---\n")
            site.write("Content/results/2023/binh.md", "---\nscore: 79\n---\n")
            site.write("Content/results/2023/dong.md", "---\nscore: 60\n---\n")
        }
        #expect(site.build().succeeded)
        let text = page(site, "2023/index.html")
        #expect(text.contains("Quý và 6 tháng do cổng ghi nhận Quý II năm 2023"))
        #expect(text.contains("Kết quả cả năm do cổng ghi nhận") == recorded)
        #expect(text.contains("Xếp hạng cả năm 2023 – Thị xã Thử Hạng Đơn vị Tổng điểm Công khai /40 Tiến độ /60 1 Phường Bình 79") == recorded)
        #expect(text.contains("Điểm bình quân năm") == !recorded)
        #expect(text.contains("Bình quân tổng điểm các tháng có số liệu") == !recorded)
        #expect(text.contains("Điểm bình quân năm 2023 – các đơn vị thuộc Thị xã Thử") == !recorded)
        #expect((site.read("Site/don-vi/an/2023-nam/index.html") != nil) == recorded)
    }

    /// The archive, the feeds and the sitemap list a recorded quarter beside the months.
    @Test func theArchiveTheFeedsAndTheSitemapListAQuarter() throws {
        let site = site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        #expect(page(site, "luu-tru/index.html").contains("Tháng 6/2023 (chưa đủ số liệu: 2/3 đơn vị có số liệu) Quý II năm 2023 (chưa đủ số liệu: 2/3 đơn vị có số liệu)"))
        site.write("Content/results/2023-Q2/dong.md", "---\nscore: 50\n---\n")
        #expect(site.build().succeeded)
        #expect(page(site, "luu-tru/index.html").contains("Quý II năm 2023 (3 kết quả)"))
        let feed = try #require(site.read("Site/feed.xml"))
        #expect(feed.contains("<title>Kết quả quý II năm 2023 – Thị xã Thử</title>\n<id>https://example.vn/thu/2023/quy-2/</id>"))
        // Newest first: the quarter that ends with June before June itself.
        let quarter = try #require(feed.range(of: "quý II năm 2023")), june = try #require(feed.range(of: "tháng 6/2023"))
        #expect(quarter.lowerBound < june.lowerBound)
        let unitFeed = try #require(site.read("Site/don-vi/an/feed.xml"))
        #expect(unitFeed.contains("<title>Phường An – Quý II năm 2023</title>\n<id>https://example.vn/thu/don-vi/an/2023-q2/</id>"))
        let sitemap = try #require(site.read("Site/sitemap.xml"))
        for path in ["2023/quy-2/", "don-vi/an/2023-q2/", "don-vi/binh/2023-q2/", "don-vi/thi-xa/2023-q2/"] {
            #expect(sitemap.contains("<loc>https://example.vn/thu/\(path)</loc>"), "\(path)")
        }
    }

    /// The downloads: a recorded period's file has the months' columns, the first named
    /// `period`, and the data page offers it.
    @Test func aQuartersDownloadNamesItsPeriod() throws {
        let site = site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let csv = try #require(site.read("Site/du-lieu/2023-Q2.csv"))
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines[0].replacingOccurrences(of: "\u{FEFF}", with: "").hasPrefix("period,unit,unit_name,"))
        #expect(lines.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") } == ["2023-Q2,an", "2023-Q2,binh"])
        #expect(page(site, "du-lieu/index.html").contains("Kết quả quý II năm 2023 do cổng ghi nhận (CSV)"))
        // A unit's file lists its recorded periods apart from its months; a unit without one is as before.
        let an = try #require(site.read("Site/don-vi/an/du-lieu.json"))
        let unit = try #require(try JSONSerialization.jsonObject(with: Data(an.utf8)) as? [String: Any])
        let periods = try #require(unit["periods"] as? [[String: Any]])
        #expect(periods.map { "\($0["period"]!) \($0["score"]!) \($0["month"] == nil)" } == ["2023-Q2 71.5 true"])
        #expect((unit["months"] as? [[String: Any]])?.map { "\($0["month"]!)" } == ["2023-06"])
        #expect(site.read("Site/don-vi/dong/du-lieu.json")?.contains("\"periods\"") == false)
    }
}

/// A build after a recorded quarter's file changed writes what a full build writes.
@Suite("Recorded periods: incremental builds")
struct RecordedPeriodIncrementalTests {
    @Test(arguments: ["score: 62", "score: 99", nil])
    func aChangedQuarterGivesTheBytesOfAFullBuild(_ edit: String?) {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        p.site.write("Content/results/2024-Q1/an.md", "---\nscore: 70\n---\n")
        p.site.write("Content/results/2024-Q1/binh.md", "---\nscore: 66\n---\n")
        #expect(p.build().succeeded)
        if let edit { p.site.write("Content/results/2024-Q1/an.md", "---\n\(edit)\n---\n") } else { p.site.remove("Content/results/2024-Q1/binh.md") }
        let report = p.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(differences(p.published(p.site.output), p.fullBuild()) == [])
        // A changed figure of the quarter renders none of the months' reports, which never
        // show it (a removed file changes which results exist, which every page may show).
        let monthlyReports = p.published(p.site.output).keys.count { $0.range(of: #"^don-vi/[^/]+/\d{4}-\d{2}/index\.html$"#, options: .regularExpression) != nil }
        #expect(monthlyReports > 10)
        if edit != nil { #expect(report.rendered <= report.pages - monthlyReports) }
    }
}
