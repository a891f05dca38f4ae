import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// Builds the repository's sample Content/ with its Theme/ into a temporary folder and reads
/// the pages as a citizen would.
@Suite("The sample site, built end to end")
struct SampleSiteTests {
    let output = NSTemporaryDirectory() + "minhbach-sample-" + UUID().uuidString

    func build(into folder: String? = nil, content: String = repositoryRoot + "/Content") -> BuildReport {
        SiteBuilder.build(BuildOptions(content: content, theme: themeFolder, output: folder ?? output))
    }

    func page(_ path: String) throws -> String {
        try String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }

    @Test func june2023ListsHiepTanSeventhWith6981() throws {
        defer { removeSite(output) }
        let report = build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(report.diagnostics.isEmpty, "the sample content should be clean: \(report.diagnostics.map(\.formatted))")
        let text = visibleText(try page("2023/06/index.html"))
        #expect(text.contains("7 Phường Hiệp Tân 69,81"))
        // Two wards tied in third place share the rank; the next is fifth.
        #expect(text.contains("3 Phường Long Thành Trung minh họa 79,6"))
        #expect(text.contains("3 Xã Trường Hòa minh họa 79,6"))
        #expect(text.contains("5 Xã Trường Đông minh họa 76,35"))
        #expect(text.contains("8/8 đơn vị có số liệu"))
    }

    @Test func hiepTansJuneReportShowsTheNoticeAndTheOverdueDossier() throws {
        defer { removeSite(output) }
        _ = build()
        let text = visibleText(try page("don-vi/hiep-tan/2023-06/index.html"))
        #expect(text.contains("Tổng điểm 69,81 /100 · xếp hạng 7/8"))
        #expect(text.contains("Số 87/UBND, ngày 05/07/2023"))
        #expect(text.contains("Mã biên nhận 000.21.35.H53-230612-0005 , tiếp nhận ngày 12/06/2023, người xử lý: Phạm Hữu Nhân, công chức Tư pháp – Hộ tịch."))
        #expect(text.contains("Nguyễn Thanh Tâm"))
        #expect(text.contains("15:10 ngày 30/06/2023"))
        // The three groups the notice gave, the three it did not, shown as not published.
        #expect(text.contains("Dịch vụ công trực tuyến 7 12"))
        #expect(text.contains("Số hóa hồ sơ 18,9 22"))
        #expect(text.contains("Công khai, minh bạch — 18 không công bố"))
        // The seed's figures are real, but the siblings it is compared with are illustrative:
        // the page says so, and the comparison's caption carries the mark.
        #expect(text.contains("Dữ liệu minh họa."))
        #expect(text.contains("Phường Hiệp Tân so với các đơn vị khác thuộc Thị xã Hòa Thành, tháng 6/2023 minh họa"))
        #expect(text.contains("Tổng điểm 69,81 79,6 7 đơn vị 88,45 Phường Long Hoa"))
        #expect(text.contains("Tiếp tục tăng cường việc hướng dẫn người dân"))
    }

    /// The notice named one overdue dossier; the ward's page follows it to its resolution,
    /// recorded in the illustrative July file (June's real notice does not say when).
    @Test func hiepTansPageShowsTheOverdueDossierResolved() throws {
        defer { removeSite(output) }
        _ = build()
        let text = visibleText(try page("don-vi/hiep-tan/index.html"))
        #expect(text.contains("Hồ sơ quá hạn qua các tháng"))
        #expect(text.contains("000.21.35.H53-230612-0005 tiếp nhận ngày 12/06/2023 người xử lý: Phạm Hữu Nhân, công chức Tư pháp – Hộ tịch Tháng 7/2023 , Tháng 6/2023 đã giải quyết ngày 14/07/2023"), "\(text)")
        #expect(text.contains("đã giải quyết ngày 14/07/2023"))
    }

    @Test func illustrativePagesSayWhatTheyAre() throws {
        defer { removeSite(output) }
        _ = build()
        #expect(visibleText(try page("don-vi/long-hoa/2023-06/index.html")).contains("Dữ liệu minh họa."))
        #expect(visibleText(try page("2023/06/index.html")).contains("Dữ liệu minh họa."))
    }

    @Test func mayShowsTheAppendixFiguresWithZerosAsZeros() throws {
        defer { removeSite(output) }
        _ = build()
        let text = visibleText(try page("don-vi/hiep-tan/2023-05/index.html"))
        #expect(text.contains("Tỷ lệ hồ sơ cấp kết quả điện tử 92,45 %"))
        #expect(text.contains("Tỷ lệ hồ sơ TTHC số hóa hồ sơ, kết quả giải quyết 87,11 %"))
        #expect(text.contains("Công khai, minh bạch 0 %"))
        #expect(text.contains("Lũy kế hồ sơ chứng thực điện tử bản sao từ bản chính 51 hồ sơ"))
    }

    @Test func unitsPageMarksTheDissolvedWardAndItsSuccessor() throws {
        defer { removeSite(output) }
        _ = build()
        let text = visibleText(try page("don-vi/index.html"))
        #expect(text.contains("Phường Hiệp Tân (phường, mã định danh 000.21.35.H53)"))
        #expect(text.contains("Đã giải thể từ 01/07/2025; sáp nhập vào Phường Thanh Điền"))
        let unit = visibleText(try page("don-vi/hiep-tan/index.html"))
        #expect(unit.contains("Tháng 6/2023 69,81 7/8"))
    }

    @Test func aMonthWithAMissingUnitListsItWithoutData() throws {
        defer { removeSite(output) }
        _ = build()
        let text = visibleText(try page("2023/02/index.html"))
        #expect(text.contains("– Xã Trường Tây chưa có số liệu"))
        #expect(text.contains("7/8 đơn vị có số liệu"))
    }

    @Test func everyPageTheContractNames() throws {
        defer { removeSite(output) }
        let report = build()
        for path in ["index.html", "2023/index.html", "2023/01/index.html", "luu-tru/index.html", "don-vi/index.html",
                     "don-vi/hoa-thanh/index.html", "don-vi/hoa-thanh/2023-06/index.html", "chi-so/index.html",
                     "chi-so/so-hoa-ho-so/index.html", "gioi-thieu/index.html", "phuong-phap/index.html", "404.html",
                     "du-lieu/index.html", "du-lieu/ket-qua.csv", "du-lieu/ket-qua.json", "du-lieu/2023-06.csv",
                     "don-vi/hiep-tan/du-lieu.json", "don-vi/hiep-tan/feed.xml", "feed.xml", "sitemap.xml", "robots.txt",
                     "assets/style.css", "2023/quy-2/index.html", "don-vi/hiep-tan/2023-q2/index.html", "du-lieu/2023-Q2.csv"] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + path), "missing \(path)")
        }
        // 2023: 8 wards × 6 months − 1 missing + the town's 6 averaged months = 53 reports, and
        // July's illustrative follow-up of Hiệp Tân's commitments (its report, the town's, the
        // month page); 2026: 3 new wards × 3 months + the town's 3 = 12 reports, 3 month pages,
        // the year page, 3 unit pages; plus 30 other pages; and the illustrative second quarter
        // of 2023: its page and 8 wards' reports and the town's.
        #expect(report.pages == 115)
    }

    /// The illustrative second quarter of 2023: the portal's own figures, ranked among the
    /// eight wards, near but not at the average of April to June (Hiệp Tân's is 76,02).
    @Test func theSecondQuarterOf2023IsRecorded() throws {
        defer { removeSite(output) }
        _ = build()
        let quarter = visibleText(try page("2023/quy-2/index.html"))
        #expect(quarter.contains("Đứng đầu: Xã Long Thành Nam, 82,15 điểm."))
        #expect(quarter.contains("5 Phường Hiệp Tân minh họa 75,48 7,6 16,31 7,38 7,64 17,35 19,2"))
        let report = visibleText(try page("don-vi/hiep-tan/2023-q2/index.html"))
        #expect(report.contains("Tổng điểm 75,48 /100 · xếp hạng 5/8"))
        #expect(visibleText(try page("2023/index.html")).contains("Quý và 6 tháng do cổng ghi nhận Quý II năm 2023 Điểm bình quân năm"))
    }

    @Test func internalLinksAreRelativeAndResolve() throws {
        defer { removeSite(output) }
        _ = build()
        var checked = 0
        for (path, data) in snapshot(output) where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            let base = URL(fileURLWithPath: output + "/" + path)
            for match in html.matches(of: /(?:href|src)="([^"#]+)"/) {
                let target = String(match.1)
                if target.hasPrefix("https://") || target.hasPrefix("http://") { continue }
                #expect(!target.hasPrefix("/"), "\(path) links to the absolute \(target)")
                let resolved = URL(fileURLWithPath: target, relativeTo: base.deletingLastPathComponent()).standardizedFileURL.path
                #expect(FileManager.default.fileExists(atPath: resolved), "\(path) links to missing \(target)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    @Test func aSecondBuildIsByteIdenticalAndWritesNothing() throws {
        let other = output + "-again"
        defer { removeSite(output); removeSite(other) }
        _ = build()
        let again = build()
        #expect(again.written == 0)
        #expect(again.unchanged == again.files)
        _ = build(into: other)
        #expect(snapshot(output) == snapshot(other))
    }

    @Test func aBadFileStopsTheBuildAndLeavesTheOutputUntouched() throws {
        let copy = NSTemporaryDirectory() + "minhbach-content-" + UUID().uuidString
        defer { removeSite(output); try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Content", toPath: copy)
        _ = build(content: copy)
        let before = snapshot(output)

        let file = copy + "/results/2023-06/hiep-tan.md"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "as_of: \"2023-06-30 15:10\"", with: "as_of: \"31/6/2023 15:10\"")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("as_of:") }! + 1

        let report = build(content: copy)
        #expect(!report.succeeded)
        #expect(!report.wroteOutput)
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.location.file == copy + "/results/2023-06/hiep-tan.md")
        #expect(error.location.line == line)
        #expect(error.field == "as_of")
        #expect(snapshot(output) == before)
    }
}
