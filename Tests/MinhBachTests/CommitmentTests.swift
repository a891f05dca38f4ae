import Foundation
import Testing
import MinhBachBuild
import MinhBachCore
import MinhBachEditor

/// Commitments (`commitments:`): what a notice promises to fix, followed month to month by key.
@Suite("Commitments: checked, followed across months, carried over")
struct CommitmentTests {
    static let june = "Content/results/2023-06/an.md"
    static let july = "Content/results/2023-07/an.md"

    static func result(_ items: String, score: Int = 80) -> String {
        "---\nscore: \(score)\ncommitments:\n\(items)---\n"
    }

    /// June's commitment, for the checks that need a month before.
    static let juneDone = result("  - {key: ho-so, text: \"Giải quyết hồ sơ quá hạn\", status: xong}\n")

    static let cases: [(before: String?, bad: BadFile)] = [
        (nil, BadFile(name: "a status that is none of the four", file: june,
                      text: result("  - key: ho-so\n    text: \"Giải quyết hồ sơ quá hạn\"\n    status: \"xong rồi\"\n"),
                      expected: "\(june):6:13: error: `commitments[1].status` must be mới, đang làm, xong or không đạt (new, in progress, done, missed), found \"xong rồi\"",
                      vi: "\(june):6:13: lỗi: `commitments[1].status` phải là mới, đang làm, xong hoặc không đạt, nhưng là \"xong rồi\"")),
        (nil, BadFile(name: "a key twice in one file", file: june,
                      text: result("  - {key: ho-so, text: \"Một\", status: mới}\n  - {key: ho-so, text: \"Hai\", status: mới}\n"),
                      expected: "\(june):5:11: error: the commitment `ho-so` is listed twice in this file; the first is on line 4",
                      vi: "\(june):5:11: lỗi: cam kết `ho-so` được ghi hai lần trong tệp này; lần đầu ở dòng 4")),
        (nil, BadFile(name: "a commitment without its text", file: june,
                      text: result("  - {key: ho-so, status: mới}\n"),
                      expected: "\(june):4:5: error: missing required field `commitments[1].text` (what the office committed to, as the notice says it)",
                      vi: "\(june):4:5: lỗi: thiếu trường bắt buộc `commitments[1].text` (nội dung cam kết, như văn bản ghi)")),
        (nil, BadFile(name: "a key that is not a slug", file: june,
                      text: result("  - {key: \"Hồ sơ\", text: \"Một\", status: mới}\n"),
                      expected: "\(june):4:11: error: `commitments[1].key` must be a slug of lower-case letters a–z, digits and hyphens, found \"Hồ sơ\"",
                      vi: "\(june):4:11: lỗi: `commitments[1].key` phải là mã rút gọn (slug) gồm chữ thường a–z, chữ số và dấu gạch ngang, nhưng là \"Hồ sơ\"")),
        (nil, BadFile(name: "the seed's 31 June as a due date", file: june,
                      text: result("  - {key: ho-so, text: \"Một\", due: 31/6/2023, status: mới}\n"),
                      expected: "\(june):4:36: error: `commitments[1].due` is not a real date: \"31/6/2023\" (month 6/2023 has only 30 days)",
                      vi: "\(june):4:36: lỗi: `commitments[1].due` không phải ngày có thật: \"31/6/2023\" (tháng 6/2023 chỉ có 30 ngày)")),
        (nil, BadFile(name: "due before the month it was made", file: june,
                      text: result("  - {key: ho-so, text: \"Một\", due: 2023-05-31, status: mới}\n"),
                      expected: "\(june):4:36: error: `commitments[1].due` (2023-05-31) is before the month 2023-06 in which the commitment was made",
                      vi: "\(june):4:36: lỗi: `commitments[1].due` (2023-05-31) trước tháng 2023-06, tháng cam kết được đặt ra")),
        (result("  - {key: ho-so, text: \"Một\", status: mới}\n"),
         BadFile(name: "a later month's due before the month it was made", file: july,
                 text: result("  - {key: ho-so, text: \"Một\", due: 2023-05-31, status: đang làm}\n"),
                 expected: "\(july):4:36: error: `commitments[1].due` (2023-05-31) is before the month 2023-06 in which the commitment was made (Content/results/2023-06/an.md)",
                 vi: "\(july):4:36: lỗi: `commitments[1].due` (2023-05-31) trước tháng 2023-06, tháng cam kết được đặt ra (Content/results/2023-06/an.md)")),
        (juneDone,
         BadFile(name: "a done commitment open again", file: july,
                 text: result("  - {key: ho-so, text: \"Giải quyết hồ sơ quá hạn\", status: in progress}\n"),
                 expected: "\(july):4:60: error: the commitment `ho-so` is `đang làm` here but was `xong` in 2023-06 (Content/results/2023-06/an.md:4)",
                 vi: "\(july):4:60: lỗi: cam kết `ho-so` ở đây là `đang làm` nhưng tháng 2023-06 đã là `xong` (Content/results/2023-06/an.md:4)")),
    ]

    @Test(arguments: cases.indices)
    func reportsTheMistake(_ i: Int) {
        let (before, bad) = Self.cases[i]
        let site = TemporarySite()
        defer { site.cleanUp() }
        if let before { site.write(Self.june, before) }
        bad.expectReported(in: site)
    }

    /// The file names in messages across files are the site's: `Content` stands for its folder.
    @Test func aRewordedCommitmentWithoutANoteIsAWarningNamingBothFiles() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(Self.june, Self.result("  - {key: ho-so, text: \"Giải quyết hồ sơ quá hạn\", status: mới}\n"))
        site.write(Self.july, Self.result("  - {key: ho-so, text: \"Giải quyết hồ sơ\", status: đang làm}\n"))
        let report = site.build()
        let warnings = report.diagnostics.filter { $0.code == .commitmentReworded }
        func line(_ l: DiagnosticLanguage) -> [String] {
            warnings.map { $0.formatted(in: l).replacingOccurrences(of: site.content, with: "Content") }
        }
        #expect(line(.en) == ["\(Self.july):4:24: warning: the commitment `ho-so` reads differently from 2023-06 (Content/results/2023-06/an.md:4) and has no `note` saying why\n  hint: keep the words of the promise, or add `note:` explaining the change; the page shows both wordings"])
        #expect(line(.vi) == ["\(Self.july):4:24: cảnh báo: nội dung cam kết `ho-so` khác với tháng 2023-06 (Content/results/2023-06/an.md:4) mà không có `note` giải thích\n  gợi ý: giữ nguyên nội dung cam kết, hoặc thêm `note:` giải thích thay đổi; trang đơn vị hiển thị cả hai cách ghi"])
        #expect(report.wroteOutput)
        let page = visibleText(site.read("Site/don-vi/an/index.html") ?? "")
        #expect(page.contains("Giải quyết hồ sơ đặt ra tháng 6/2023; không ghi hạn Nội dung khi đặt ra (tháng 6/2023): Giải quyết hồ sơ quá hạn"))

        // With a note saying why, nothing is reported.
        site.write(Self.july, Self.result("  - {key: ho-so, text: \"Giải quyết hồ sơ\", status: đang làm, note: \"rút gọn\"}\n"))
        #expect(site.build().diagnostics.filter { $0.code == .commitmentReworded }.isEmpty)
    }

    /// Four months of Phường An: made, in progress, done, missed, overdue and dropped in silence.
    static func followed() -> TemporarySite {
        let site = TemporarySite()
        site.write("Content/results/2023-06/an.md", result("""
              - {key: huong-dan, text: "Hướng dẫn nộp trực tuyến", owner: "Công chức Một cửa", due: 2023-07-15, status: mới}
              - {key: ket-qua, text: "Cấp kết quả điện tử", status: mới}
              - {key: chung-thuc, text: "Chứng thực bản sao điện tử", due: 30/06/2023, status: Đang làm}
              - {key: ho-so, text: "Giải quyết hồ sơ quá hạn", status: new}

            """))
        site.write("Content/results/2023-07/an.md", result("""
              - {key: huong-dan, text: "Hướng dẫn nộp trực tuyến", owner: "Công chức Một cửa", due: 2023-07-15, status: đang làm}
              - {key: ket-qua, text: "Cấp kết quả điện tử", status: done}
              - {key: chung-thuc, text: "Chứng thực bản sao điện tử", due: 30/06/2023, status: đang làm}
              - {key: ho-so, text: "Giải quyết hồ sơ quá hạn", status: không đạt, note: "Người nộp không bổ sung hồ sơ"}

            """, score: 82))
        site.write("Content/results/2023-08/an.md", result("""
              - {key: huong-dan, text: "Hướng dẫn nộp trực tuyến", owner: "Công chức Một cửa", due: 2023-07-15, status: đang làm}

            """, score: 84))
        return site
    }

    @Test func theUnitPageFollowsEachCommitmentMonthByMonth() {
        let site = Self.followed()
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.formatted))")
        let page = visibleText(site.read("Site/don-vi/an/index.html") ?? "")
        let rows = [
            "Hướng dẫn nộp trực tuyến đặt ra tháng 6/2023; hạn 15/07/2023; người thực hiện: Công chức Một cửa T6/2023: mới T7/2023: đang làm T8/2023: đang làm quá hạn (hạn 15/07/2023, đến tháng 8/2023 chưa xong)",
            "Cấp kết quả điện tử đặt ra tháng 6/2023; không ghi hạn T6/2023: mới T7/2023: xong",
            // Overdue as of its latest status (July), though August's result leaves it out.
            "Chứng thực bản sao điện tử đặt ra tháng 6/2023; hạn 30/06/2023 T6/2023: đang làm T7/2023: đang làm T8/2023: không được nhắc lại quá hạn (hạn 30/06/2023, đến tháng 7/2023 chưa xong)",
            "Giải quyết hồ sơ quá hạn đặt ra tháng 6/2023; không ghi hạn Người nộp không bổ sung hồ sơ T6/2023: mới T7/2023: không đạt",
        ]
        let table = "Cam kết Tình trạng " + rows.joined(separator: " ")
        #expect(page.contains("Cam kết khắc phục Những việc Phường An đã cam kết khắc phục"))
        #expect(page.contains(table), "\(page)")
        #expect(page.contains("“Quá hạn” được tính đến tháng có tình trạng mới nhất, không theo ngày xem trang"))
        let json = site.read("Site/don-vi/an/du-lieu.json") ?? ""
        #expect(json.contains("\"key\": \"ho-so\""))
        #expect(json.contains("\"status\": \"missed\""))
    }

    @Test func aReportShowsItsMonthAndWhatBecameOfTheMonthBefore() {
        let site = Self.followed()
        defer { site.cleanUp() }
        _ = site.build()
        let july = visibleText(site.read("Site/don-vi/an/2023-07/index.html") ?? "")
        #expect(july.contains("Cam kết khắc phục đang làm : Hướng dẫn nộp trực tuyến người thực hiện: Công chức Một cửa hạn 15/07/2023 quá hạn (hạn 15/07/2023, đến tháng 7/2023 chưa xong) xong : Cấp kết quả điện tử"), "\(july)")
        #expect(july.contains("không đạt : Giải quyết hồ sơ quá hạn Người nộp không bổ sung hồ sơ"))
        #expect(july.contains("Cam kết tháng 6/2023, tình trạng đến tháng 7/2023 Hướng dẫn nộp trực tuyến Tháng 6/2023: mới → Tháng 7/2023: đang làm Cấp kết quả điện tử Tháng 6/2023: mới → Tháng 7/2023: xong"))
        let august = visibleText(site.read("Site/don-vi/an/2023-08/index.html") ?? "")
        #expect(august.contains("Cam kết tháng 7/2023, tình trạng đến tháng 8/2023 Hướng dẫn nộp trực tuyến Tháng 7/2023: đang làm → Tháng 8/2023: đang làm Cấp kết quả điện tử Tháng 7/2023: xong → không được nhắc lại trong tháng này Chứng thực bản sao điện tử Tháng 7/2023: đang làm → không được nhắc lại trong tháng này"))
        let june = visibleText(site.read("Site/don-vi/an/2023-06/index.html") ?? "")
        #expect(!june.contains("tình trạng đến"))
    }

    /// August's report shows July's commitments: a correction of July renders it again, as a
    /// full build would.
    @Test func correctingAMonthRendersTheNextReportAgain() {
        let site = Self.followed()
        defer { site.cleanUp() }
        _ = site.build()
        let july = site.read("Content/results/2023-07/an.md")!
        site.write("Content/results/2023-07/an.md", july.replacingOccurrences(of: "status: done", with: "status: missed"))
        #expect(site.build().diagnostics.isEmpty)
        let incremental = snapshot(site.output)
        #expect(visibleText(String(decoding: incremental["don-vi/an/2023-08/index.html"] ?? Data(), as: UTF8.self))
            .contains("Cấp kết quả điện tử Tháng 7/2023: không đạt → không được nhắc lại trong tháng này"))
        let full = site.folder + "/Full"
        var options = BuildOptions(content: site.content, output: full)
        options.reuse = false
        options.cacheFolder = nil
        #expect(SiteBuilder.build(options).succeeded)
        defer { removeSite(full) }
        #expect(incremental == snapshot(full))
    }

    @Test func aNewResultCarriesOverTheOpenCommitments() throws {
        let site = Self.followed()
        defer { site.cleanUp() }
        site.write("Content/results/2023-08/an.md", Self.result("""
              - {key: huong-dan, text: "Hướng dẫn nộp trực tuyến", owner: "Công chức Một cửa", due: 2023-09-15, status: đang làm}
              - {key: moi, text: "Niêm yết \\"đúng hạn\\"", status: mới}
              - {key: xong-roi, text: "Đã xong", status: xong}
              - {key: truot, text: "Không đạt", status: không đạt}

            """, score: 84))
        let made = try Scaffold.result(content: site.content, unit: "an", period: "2023-09").get()
        #expect(made.text.contains("""
            commitments:                # các cam kết chưa xong của tháng 8/2023; ghi tình trạng: đang làm, xong hoặc không đạt
              - key: huong-dan
                text: "Hướng dẫn nộp trực tuyến"
                owner: "Công chức Một cửa"
                due: 2023-09-15
                status: đang làm
              - key: moi
                text: "Niêm yết \\"đúng hạn\\""
                status: đang làm
            overdue: []
            """), "\(made.text)")
        // The draft reads back: the same commitments, none reported.
        let diagnostics = SiteBuilder.build(BuildOptions(content: site.content, write: false)).diagnostics
        #expect(diagnostics.map(\.code) == [.draft])
    }

    @Test func theSampleFollowsHiepTansFourRequirements() throws {
        let output = NSTemporaryDirectory() + "minhbach-commitments-" + UUID().uuidString
        defer { removeSite(output) }
        var options = BuildOptions(content: repositoryRoot + "/Content", output: output)
        options.cacheFolder = nil
        #expect(SiteBuilder.build(options).succeeded)
        let page = visibleText(try String(contentsOfFile: output + "/don-vi/hiep-tan/index.html", encoding: .utf8))
        for (text, statuses) in [
            ("Tiếp tục tăng cường hướng dẫn người dân nộp hồ sơ TTHC", "T6/2023: mới T7/2023: đang làm"),
            ("Thực hiện tốt hơn chỉ tiêu cấp kết quả điện tử", "T6/2023: mới T7/2023: xong"),
            ("Đẩy nhanh tiến độ chứng thực bản sao điện tử", "T6/2023: mới T7/2023: không đạt"),
            ("Xử lý và giải quyết 01 hồ sơ quá hạn có mã biên nhận 000.21.35.H53230612-0005. đặt ra tháng 6/2023; không ghi hạn; người thực hiện: Phạm Hữu Nhân, công chức Tư pháp – Hộ tịch",
             "T6/2023: mới T7/2023: xong"),
        ] {
            let row = page.range(of: text)
            #expect(row != nil, "\(text)")
            if let row { #expect(page[row.upperBound...].prefix(400).contains(statuses), "\(text)") }
        }
        let july = visibleText(try String(contentsOfFile: output + "/don-vi/hiep-tan/2023-07/index.html", encoding: .utf8))
        #expect(july.contains("Cam kết tháng 6/2023, tình trạng đến tháng 7/2023"))
    }
}
