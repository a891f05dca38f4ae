import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// Provisional figures (tạm tính) and their revision, on the test site of Support.swift: June
/// 2023 with An (80) and Bình (69,81) of Thị xã Thử, Xã Đông without figures.
@Suite("Provisional figures: labelled wherever they appear, revised in place")
struct ProvisionalTests {
    static let results = "Content/results/2023-06/an.md"
    static let month = "Content/results/2023-06/_index.md"

    static let cases: [BadFile] = [
        BadFile(name: "a previous score above the total", file: results,
                text: "---\nscore: 80\nrevised_from: {score: 120, date: 2023-07-10}\n---\n",
                expected: "\(results):3:23: error: `revised_from.score` is 120, outside 0–100",
                vi: "\(results):3:23: lỗi: `revised_from.score` là 120, nằm ngoài khoảng 0–100"),
        BadFile(name: "a revision dated before the month", file: results,
                text: "---\nscore: 80\nrevised_from: {score: 75, date: 2023-05-31}\n---\n",
                expected: "\(results):3:33: error: `revised_from.date` (2023-05-31) is before the month 2023-06 begins",
                vi: "\(results):3:33: lỗi: `revised_from.date` (2023-05-31) trước khi tháng 2023-06 bắt đầu"),
        BadFile(name: "a previous rank above its count", file: results,
                text: "---\nscore: 80\nrevised_from: {score: 75, rank: 4, of: 3, date: 2023-07-10}\n---\n",
                expected: "\(results):3:33: error: `revised_from.rank` 4 is not within 1–3 (`revised_from.of`)",
                vi: "\(results):3:33: lỗi: `revised_from.rank` 4 không nằm trong khoảng 1–3 (`revised_from.of`)"),
        BadFile(name: "a previous rank without its count", file: results,
                text: "---\nscore: 80\nrevised_from: {score: 75, rank: 2, date: 2023-07-10}\n---\n",
                expected: "\(results):3:33: error: `revised_from` gives one of `rank` and `of` without the other",
                vi: "\(results):3:33: lỗi: `revised_from` chỉ ghi một trong hai trường `rank` và `of`"),
        BadFile(name: "a revision without its date", file: results,
                text: "---\nscore: 80\nrevised_from: {score: 75}\n---\n",
                expected: "\(results):3:15: error: missing required field `revised_from.date` (the day the figures were revised, e.g. 2026-03-10)",
                vi: "\(results):3:15: lỗi: thiếu trường bắt buộc `revised_from.date` (ngày điều chỉnh số liệu, ví dụ 2026-03-10)"),
        BadFile(name: "a revision without the previous score", file: results,
                text: "---\nscore: 80\nrevised_from: {date: 2023-07-10}\n---\n",
                expected: "\(results):3:15: error: missing required field `revised_from.score` (the total score before the revision, e.g. 68,40)",
                vi: "\(results):3:15: lỗi: thiếu trường bắt buộc `revised_from.score` (tổng điểm trước khi điều chỉnh, ví dụ 68,40)"),
        BadFile(name: "a provisional flag that is not true or false", file: results,
                text: "---\nscore: 80\nprovisional: maybe\n---\n",
                expected: "\(results):3:14: error: `provisional` must be true or false, found \"maybe\"",
                vi: "\(results):3:14: lỗi: `provisional` phải là true hoặc false, nhưng là \"maybe\""),
    ]

    @Test(arguments: cases)
    func reportsTheMistake(_ bad: BadFile) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        bad.expectReported(in: site)
    }

    struct Untimed: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [String: String]
        let expected: String
        let vi: String
        var testDescription: String { name }
    }

    /// Provisional figures without a reading time are published, with a warning naming where.
    static let untimed: [Untimed] = [
        Untimed(name: "a provisional result, its month without as_of",
                files: [results: "---\nscore: 80\nprovisional: true\n---\n"],
                expected: "\(results):3:14: warning: the result is provisional, but neither it nor the month's _index.md gives `as_of`",
                vi: "\(results):3:14: cảnh báo: kết quả là số liệu tạm tính nhưng cả tệp này lẫn _index.md của tháng đều không ghi `as_of`"),
        Untimed(name: "a provisional month without as_of, nor its results",
                files: [month: "---\nnote: \"Tạm tính\"\nprovisional: true\n---\n"],
                expected: "\(month):3:14: warning: the month 2023-06 is provisional but gives no `as_of`, nor do 2 of its results",
                vi: "\(month):3:14: cảnh báo: tháng 2023-06 là số liệu tạm tính nhưng không ghi `as_of`, 2 kết quả của tháng cũng không ghi"),
    ]

    @Test(arguments: untimed)
    func warnsOfProvisionalFiguresWithoutAReadingTime(_ c: Untimed) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        for (file, text) in c.files { site.write(file, text) }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let warnings = report.diagnostics.filter { $0.code == .provisionalWithoutAsOf }
        let lines = warnings.map { $0.formatted.split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") }
        #expect(lines == [c.expected])
        let linesVi = warnings.map { $0.formatted(in: .vi).split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") }
        #expect(linesVi == [c.vi])
    }

    /// No warning when either the result or its month says when the figures were read.
    @Test func aReadingTimeOfTheResultOrTheMonthIsEnough() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(Self.month, "---\nprovisional: true\n---\n")
        site.write(Self.results, "---\nscore: 80\nas_of: \"2023-07-05 17:00\"\n---\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: 70\nprovisional: false\n---\n")
        let report = site.build()
        #expect(report.succeeded)
        #expect(!report.diagnostics.contains { $0.code == .provisionalWithoutAsOf })
    }

    /// June provisional (read 17:00 on 5 July), An's file final: a mixed ranking. Bình has a May
    /// too, so that its page draws a chart.
    static func mixedSite() -> TemporarySite {
        let site = TemporarySite()
        site.write(month, "---\nas_of: \"2023-07-05 17:00\"\nprovisional: true\n---\n")
        site.write(results, "---\nscore: 80\nprovisional: false\ngroups:\n  cong-khai: 30\n  tien-do: 50\n---\n")
        site.write("Content/results/2023-05/binh.md", "---\nscore: 65\n---\n")
        return site
    }

    @Test func theMonthsRankingSaysItMixesProvisionalAndFinalFigures() throws {
        let site = Self.mixedSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let page = visibleText(try #require(site.read("Site/2023/06/index.html")))
        #expect(page.contains("Bảng gồm cả số liệu tạm tính và số liệu chính thức: 1/2 đơn vị (ghi “tạm tính”) có thể thay đổi khi tháng khóa sổ."))
        #expect(page.contains("Phường Bình tạm tính 69,81"))
        #expect(page.contains("Phường An 80"))
        let home = visibleText(try #require(site.read("Site/index.html")))
        #expect(home.contains("Kết quả mới nhất: Tháng 6/2023 (số liệu cập nhật đến 17:00 ngày 05/07/2023) tạm tính ."))
        // The parent's report ranks its units too, and its average is of a provisional figure.
        let parent = visibleText(try #require(site.read("Site/don-vi/thi-xa/2023-06/index.html")))
        #expect(parent.contains("Bảng gồm cả số liệu tạm tính và số liệu chính thức"))
        #expect(parent.contains("Điểm trung bình này tính từ số liệu tạm tính; có thể thay đổi khi tháng khóa sổ."))
    }

    @Test func aRankingOfProvisionalFiguresAloneSaysSo() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(Self.month, "---\nas_of: \"2023-07-05 17:00\"\nprovisional: true\n---\n")
        #expect(site.build().succeeded)
        let page = visibleText(try #require(site.read("Site/2023/06/index.html")))
        #expect(page.contains("Mọi số liệu trong bảng là số liệu tạm tính; có thể thay đổi khi tháng khóa sổ."))
        #expect(!page.contains("Bảng gồm cả"))
    }

    @Test func aFinalMonthSaysNothingOfProvisionalFigures() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        for page in ["Site/2023/06/index.html", "Site/don-vi/binh/2023-06/index.html", "Site/don-vi/binh/index.html", "Site/index.html"] {
            let html = try #require(site.read(page))
            #expect(!html.contains("tạm tính"), "\(page)")
        }
    }

    @Test func theReportTheUnitPageAndItsChartLabelTheProvisionalMonth() throws {
        let site = Self.mixedSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let report = visibleText(try #require(site.read("Site/don-vi/binh/2023-06/index.html")))
        #expect(report.contains("Số liệu tạm tính, đọc lúc 17:00 ngày 05/07/2023; có thể thay đổi khi tháng khóa sổ."))
        let final = visibleText(try #require(site.read("Site/don-vi/an/2023-06/index.html")))
        #expect(!final.contains("Số liệu tạm tính"))
        let unitHTML = try #require(site.read("Site/don-vi/binh/index.html"))
        let unit = visibleText(unitHTML)
        #expect(unit.contains("Tháng 6/2023 tạm tính 69,81"))
        #expect(unit.contains("Tháng 5/2023 65"))
        #expect(unit.contains("Điểm có viền nét đứt là số liệu tạm tính."))
        // One dashed point, June's, whose tooltip says so; May's is drawn as before.
        #expect(unitHTML.components(separatedBy: "stroke-dasharray").count == 2)
        #expect(unitHTML.contains("stroke-dasharray=\"2 1.5\"><title>Tháng 6/2023: 69,81"))
        #expect(unitHTML.contains(", tạm tính</title>"))
    }

    @Test func theDownloadsAndTheirDictionaryHaveAProvisionalColumn() throws {
        let site = Self.mixedSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let csv = try #require(site.read("Site/du-lieu/2023-06.csv"))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasSuffix(",sample,provisional,revised_from_score,revised_from_rank,revised_from_of,revised_on"))
        #expect(lines.first { $0.hasPrefix("2023-06,an,") }?.hasSuffix(",false,false,,,,") == true)
        #expect(lines.first { $0.hasPrefix("2023-06,binh,") }?.hasSuffix(",false,true,,,,") == true)
        let json = try #require(site.read("Site/don-vi/binh/du-lieu.json"))
        #expect(json.contains("\"provisional\": true"))
        #expect(json.contains("\"provisional\": false"))
        let dictionary = visibleText(try #require(site.read("Site/du-lieu/index.html")))
        #expect(dictionary.contains("provisional true nếu là số liệu tạm tính (đọc trước khi tháng khóa sổ, có thể thay đổi)"))
    }

    /// What a revised result's figures were before, in the downloads as in its file; the rows of
    /// results never revised keep the columns empty and have no `revised_from` key.
    @Test func theDownloadsSayWhatARevisedResultWasBefore() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/binh.md",
                   "---\nscore: \"69,81\"\nrevised_from: {score: \"68,4\", rank: 3, of: 3, date: 2023-07-10}\n---\n")
        #expect(site.build().succeeded)
        let lines = try #require(site.read("Site/du-lieu/2023-06.csv")).components(separatedBy: "\r\n")
        #expect(lines.first { $0.hasPrefix("2023-06,binh,") }?.hasSuffix(",false,false,68.4,3,3,2023-07-10") == true)
        #expect(lines.first { $0.hasPrefix("2023-06,an,") }?.hasSuffix(",false,false,,,,") == true)
        let json = try #require(site.read("Site/don-vi/binh/du-lieu.json"))
        #expect(json.contains("\"revised_from\": {\n"))
        #expect(json.contains("\"score\": 68.4,"))
        #expect(json.contains("\"date\": \"2023-07-10\""))
        #expect(try #require(site.read("Site/don-vi/an/du-lieu.json")).contains("revised_from") == false)
        let dictionary = visibleText(try #require(site.read("Site/du-lieu/index.html")))
        #expect(dictionary.contains("revised_on ngày số liệu được điều chỉnh từ số tạm tính, khi có ghi"))
    }

    /// The unit feed's June entry, and its summary and updated.
    static func juneEntry(_ feed: String) -> (id: String, updated: String, summary: String)? {
        guard let entry = feed.components(separatedBy: "<entry>").first(where: { $0.contains("2023-06/</id>") }) else { return nil }
        func field(_ name: String) -> String {
            entry.components(separatedBy: "<\(name)").dropFirst().first?.components(separatedBy: "</\(name)>").first?
                .split(separator: ">", maxSplits: 1).last.map(String.init) ?? ""
        }
        return (field("id"), field("updated"), field("summary"))
    }

    /// The editor replaces the provisional file by the final one: the feed entry keeps its
    /// id, its `updated` is the day of the revision, and the report says what the figures were.
    @Test func theFinalFiguresUpdateTheFeedEntryInPlace() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let file = "Content/results/2023-06/binh.md"
        site.write(file, "---\nscore: \"68,5\"\nrank: 2\nof: 3\nas_of: \"2023-07-05 17:00\"\nprovisional: true\n---\n")
        #expect(site.build().succeeded)
        let feedBefore = try #require(site.read("Site/don-vi/binh/feed.xml"))
        let before = try #require(Self.juneEntry(feedBefore))
        #expect(before.updated == "2023-07-05T17:00:00+07:00")
        #expect(before.summary.contains("Số liệu tạm tính, đọc lúc 17:00 ngày 05/07/2023; có thể thay đổi khi tháng khóa sổ."))

        site.write(file, "---\nscore: \"69,81\"\nrank: 2\nof: 3\nas_of: \"2023-07-05 17:00\"\nrevised_from: {score: \"68,5\", rank: 2, of: 3, date: 2023-07-10}\n---\n")
        #expect(site.build().succeeded)
        let feedAfter = try #require(site.read("Site/don-vi/binh/feed.xml"))
        let after = try #require(Self.juneEntry(feedAfter))
        #expect(after.id == before.id)
        #expect(after.updated == "2023-07-10T00:00:00+07:00")
        #expect(!after.summary.contains("tạm tính, đọc lúc"))
        #expect(after.summary.contains("Số liệu được điều chỉnh ngày 10/07/2023 (trước đó: tổng điểm 68,5, xếp hạng 2/3, tạm tính)."))
        let report = visibleText(try #require(site.read("Site/don-vi/binh/2023-06/index.html")))
        #expect(report.contains("Số liệu được điều chỉnh ngày 10/07/2023 (trước đó: tổng điểm 68,5, xếp hạng 2/3, tạm tính)."))
        #expect(!report.contains("Số liệu tạm tính"))
    }

    /// The words are the site's language: the same labels in English.
    @Test func anEnglishSiteSaysItInEnglish() throws {
        let site = Self.mixedSite()
        defer { site.cleanUp() }
        site.write("Content/site.yaml", "title: \"Test\"\nauthority: \"Test office\"\nroot: thi-xa\nlanguage: en\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: \"69,81\"\nrevised_from: {score: \"68,5\", date: 2023-07-10}\n---\n")
        #expect(site.build().succeeded)
        let month = visibleText(try #require(site.read("Site/2023/06/index.html")))
        #expect(month.contains("This table mixes provisional and final figures: 1 of 2 units (marked “provisional”) may change when the month is closed."))
        let report = visibleText(try #require(site.read("Site/don-vi/binh/2023-06/index.html")))
        #expect(report.contains("Provisional figures, read at 17:00 on 05/07/2023; they may change when the month is closed."))
        #expect(report.contains("Figures revised on 10/07/2023 (before: total score 68.5, provisional)."))
    }
}

@Suite("Provisional figures: incremental builds")
struct ProvisionalIncrementalTests {
    enum Edit: String, CaseIterable, Sendable {
        case monthMadeFinal, resultMadeFinal, resultRevised
    }

    /// March 2024 provisional on the province site, then made final: the kept and rendered
    /// files are those of a full build.
    @Test(arguments: Edit.allCases)
    func removingTheFlagGivesTheBytesOfAFullBuild(edit: Edit) {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        let month = "Content/results/2024-03/_index.md", an = "Content/results/2024-03/an.md"
        let anText = p.site.read(an)!
        switch edit {
        case .monthMadeFinal: p.site.write(month, "---\nas_of: \"2024-04-05 17:00\"\nprovisional: true\n---\n")
        case .resultMadeFinal, .resultRevised:
            p.site.write(an, anText.replacingOccurrences(of: "score: 72\n", with: "score: 72\nas_of: \"2024-04-05 17:00\"\nprovisional: true\n"))
        }
        #expect(p.build().succeeded)
        #expect(p.site.read("Site/2024/03/index.html")?.contains("tạm tính") == true)
        switch edit {
        case .monthMadeFinal: p.site.write(month, "---\nas_of: \"2024-04-05 17:00\"\n---\n")
        case .resultMadeFinal: p.site.write(an, anText.replacingOccurrences(of: "score: 72\n", with: "score: 72\nas_of: \"2024-04-05 17:00\"\n"))
        case .resultRevised:
            p.site.write(an, anText.replacingOccurrences(of: "score: 72\n", with: "score: 72\nrevised_from: {score: 71, date: 2024-04-09}\n"))
        }
        let report = p.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(p.site.read("Site/2024/03/index.html")?.contains("tạm tính") == false)
        #expect(differences(p.published(p.site.output), p.fullBuild()) == [])
    }
}
