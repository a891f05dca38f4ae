import Foundation
import Testing
import MinhBachCore
@testable import MinhBachEditor
import ZIPFoundation

/// `minhbach notice`: the seed month's notice drafted from its result, as the office reads it,
/// in both languages; what it says when a figure is missing; its refusals; the Word package.
@Suite("minhbach notice")
struct NoticeTests {
    static func seed(_ language: DiagnosticLanguage) throws -> NoticeText {
        var o = Notice.Options(unit: "hiep-tan", month: "2023-06")
        o.content = repositoryRoot + "/Content"
        o.language = language
        return try Notice.draft(o).get()
    }

    /// Every line of the body, as the Markdown writes it.
    static func lines(_ t: NoticeText) -> [String] { t.markdown.split(separator: "\n").map(String.init) }

    struct Seed: Sendable, CustomTestStringConvertible {
        let language: DiagnosticLanguage
        let heading: [String]
        let lines: [String]
        var testDescription: String { language.rawValue }
    }

    static let seedCases = [
        Seed(language: .vi,
             heading: ["UBND THỊ XÃ HÒA THÀNH", "UBND PHƯỜNG HIỆP TÂN", "Số: 87/UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc", "Hiệp Tân, ngày 05 tháng 7 năm 2023", "THÔNG BÁO",
                       "V/v công bố kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 6/2023", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
             lines: [
                "Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ;",
                "Căn cứ kết quả trên Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn) (số liệu cập nhật đến 15 giờ 10 ngày 30/6/2023), UBND phường Hiệp Tân đạt 69,81/100 điểm, xếp hạng 7/8 xã, phường của thị xã Hòa Thành.",
                "**Điểm từng nhóm tiêu chí:**",
                "- Công khai, minh bạch: chưa được công bố (tối đa 18 điểm);",
                "- Dịch vụ công trực tuyến: 7/12 điểm;",
                "- Số hóa hồ sơ: 18,9/22 điểm;",
                "**Một số nhóm, tiêu chí mất nhiều điểm nhất:**",
                "- Dịch vụ công trực tuyến: thiếu 5/12 điểm;",
                "- Số hóa hồ sơ: thiếu 3,1/22 điểm;",
                "- Thanh toán trực tuyến: thiếu 2/10 điểm;",
                "**Hồ sơ quá hạn (01 hồ sơ):**",
                "- mã biên nhận 000.21.35.H53-230612-0005, tiếp nhận ngày 12/6/2023, người xử lý: Phạm Hữu Nhân, công chức Tư pháp – Hộ tịch (Ngày 21/6/2023 hồ sơ quá hạn trên Cổng Dịch vụ công quốc gia);",
                "Qua kết quả nêu trên, UBND phường Hiệp Tân yêu cầu công chức chuyên môn khắc phục một số nội dung sau:",
                "1. Tiếp tục tăng cường hướng dẫn người dân nộp hồ sơ TTHC qua Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công Tây Ninh, bảo đảm 100% TTHC có phát sinh hồ sơ theo quy định;",
                "4. Xử lý và giải quyết 01 hồ sơ quá hạn có mã biên nhận 000.21.35.H53230612-0005 (người thực hiện: Phạm Hữu Nhân, công chức Tư pháp – Hộ tịch).",
                "Trên đây là kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 6/2023 trên địa bàn phường Hiệp Tân. Yêu cầu công chức chuyên môn thực hiện nghiêm nội dung Thông báo này./.",
             ]),
        Seed(language: .en,
             heading: ["THỊ XÃ HÒA THÀNH PEOPLE'S COMMITTEE", "PHƯỜNG HIỆP TÂN PEOPLE'S COMMITTEE", "No.: 87/UBND",
                       "SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "Hiệp Tân, 5 July 2023", "NOTICE",
                       "Re: the results of the Bộ chỉ số phục vụ người dân, doanh nghiệp for June 2023",
                       "ON BEHALF OF THE PEOPLE'S COMMITTEE", "CHAIRPERSON"],
             lines: [
                "Based on the results on the National Public Service Portal (https://dichvucong.gov.vn) (figures as of 15:10 on 30 June 2023), the People's Committee of Phường Hiệp Tân scored 69.81/100 points, ranked 7 of 8 units of Thị xã Hòa Thành.",
                "- Công khai, minh bạch: not published (at most 18 points);",
                "- Số hóa hồ sơ: 18.9/22 points;",
                "- Số hóa hồ sơ: 3.1 of 22 points lost;",
                "- receipt code 000.21.35.H53-230612-0005, received on 12 June 2023, handled by Phạm Hữu Nhân, công chức Tư pháp – Hộ tịch (Ngày 21/6/2023 hồ sơ quá hạn trên Cổng Dịch vụ công quốc gia);",
                "4. Xử lý và giải quyết 01 hồ sơ quá hạn có mã biên nhận 000.21.35.H53230612-0005 (owner: Phạm Hữu Nhân, công chức Tư pháp – Hộ tịch).",
             ]),
    ]

    @Test(arguments: seedCases)
    func theSeedMonthSaysItsFiguresRankDossierAndCommitments(_ c: Seed) throws {
        let t = try Self.seed(c.language)
        let heading = [t.parentAuthority ?? "", t.authority, t.number, t.nation, t.motto, t.placeAndDate, t.kind, t.subject] + t.signature
        #expect(heading == c.heading)
        let lines = Self.lines(t)
        for line in c.lines { #expect(lines.contains(line), "\(line)\nnot in\n\(t.markdown)") }
        #expect(lines.first == t.subject + ".")
        // The four commitments are open: four requirements.
        #expect(lines.filter { $0.first?.isNumber == true }.count == 4)
    }

    /// Binh's result gives only its total, and one ward of three has none: nothing is 0, no rank is made up.
    @Test(arguments: [
        (DiagnosticLanguage.vi, ["- Công khai: chưa được công bố (tối đa 40 điểm);", "- Tiến độ: chưa được công bố (tối đa 60 điểm);",
                                 "Căn cứ kết quả trên Cổng Dịch vụ công quốc gia, UBND phường Bình đạt 69,81/100 điểm, chưa có thứ hạng trong các xã, phường của thị xã Thử (chưa đủ số liệu).",
                                 "Kết quả tháng không ghi hồ sơ quá hạn nào.",
                                 "1. (Chưa có cam kết khắc phục trong tệp kết quả: văn phòng ghi các yêu cầu tại đây.)"]),
        (.en, ["- Công khai: not published (at most 40 points);",
               "Based on the results on the National Public Service Portal, the People's Committee of Phường Bình scored 69.81/100 points, with no rank yet among the units of Thị xã Thử (figures incomplete).",
               "The month's result lists no overdue dossier."]),
    ])
    func missingFiguresAreSaidToBeMissing(_ language: DiagnosticLanguage, _ expected: [String]) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        var o = Notice.Options(unit: "binh", month: "2023-06")
        o.content = site.content
        o.language = language
        let t = try Notice.draft(o).get()
        let lines = Self.lines(t)
        for line in expected { #expect(lines.contains(line), "\(line)\nnot in\n\(t.markdown)") }
        #expect(!t.markdown.contains(" 0/"))
        #expect(!t.body.contains { if case .heading(let h) = $0 { return h.contains("mất") || h.contains("lost") } else { return false } })
        #expect(t.placeAndDate == (language == .vi ? "Bình, ngày      tháng      năm 20   " : "Bình, date:              "))
        #expect(t.number == (language == .vi ? "Số:        /TB-UBND" : "No.:        /TB-UBND"))
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        let unit: String, month: String
        let en: String, vi: String
        var testDescription: String { "\(unit) \(month)" }
    }

    static let refusals = [
        Refusal(unit: "binhh", month: "2023-06",
                en: "error: there is no unit `binhh`; did you mean `binh`?\n  hint: the unit's slug is its file's name in {content}/units/",
                vi: "lỗi: không có đơn vị `binhh`; có phải ý bạn là `binh`?\n  gợi ý: mã (slug) của đơn vị là tên tệp của nó trong {content}/units/"),
        Refusal(unit: "binh", month: "2023-6",
                en: "error: `2023-6` is not a month written as YYYY-MM\n  hint: for example 2023-07",
                vi: "lỗi: `2023-6` không phải tháng dạng YYYY-MM\n  gợi ý: ví dụ 2023-07"),
        Refusal(unit: "dong", month: "2023-06",
                en: "error: Xã Đông has no result for 2023-06: there is no {content}/results/2023-06/dong.md\n  hint: write it first: `minhbach new result dong 2023-06`, or import the month's table",
                vi: "lỗi: Xã Đông chưa có kết quả tháng 2023-06: không có tệp {content}/results/2023-06/dong.md\n  gợi ý: hãy tạo tệp trước: `minhbach new result dong 2023-06`, hoặc nhập bảng số liệu của tháng"),
        Refusal(unit: "an", month: "2023-07",
                en: "error: {content}/results/2023-07/an.md:2: the result is a draft (`draft: true`); a notice is drafted only from a finished result\n  hint: fill in the figures, delete the line `draft: true`, then run `minhbach check`",
                vi: "lỗi: {content}/results/2023-07/an.md:2: kết quả còn là bản nháp (`draft: true`); chỉ soạn thông báo từ kết quả đã hoàn chỉnh\n  gợi ý: hãy điền đủ số liệu, xóa dòng `draft: true`, rồi chạy `minhbach check`"),
        Refusal(unit: "binh", month: "2023-07",
                en: "error: {content}/results/2023-07/binh.md has errors and is not read\n  hint: run `minhbach check` and correct them first",
                vi: "lỗi: {content}/results/2023-07/binh.md có lỗi nên không được đọc\n  gợi ý: hãy chạy `minhbach check` và sửa các lỗi trước"),
    ]

    @Test(arguments: refusals)
    func refusesWithAMessageInBothLanguages(_ c: Refusal) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-07/an.md", "---\ndraft: true\nscore:\n---\n")
        site.write("Content/results/2023-07/binh.md", "---\nscore: 130\n---\n")
        var o = Notice.Options(unit: c.unit, month: c.month)
        o.content = site.content
        guard case .failure(let e) = Notice.draft(o) else { Issue.record("drafted a notice for \(c.unit) \(c.month)"); return }
        #expect(e.text(in: .en) == c.en.replacingOccurrences(of: "{content}", with: site.content))
        #expect(e.text(in: .vi) == c.vi.replacingOccurrences(of: "{content}", with: site.content))
    }

    @Test func theWordPackageHasItsPartsInOrderAndIsTheSameEachTime() throws {
        let t = try Self.seed(.vi)
        let first = try NoticeDocx.bytes(t), second = try NoticeDocx.bytes(try Self.seed(.vi))
        #expect(first == second)
        // Each entry dated 1 January 1980 at midnight (DOS time 0, date 0x0021), whatever the clock says.
        let headers = first.indices.dropLast(14).filter { first[$0..<$0 + 4] == [0x50, 0x4B, 0x03, 0x04] }
        #expect(headers.count == NoticeDocx.partNames.count)
        #expect(headers.allSatisfy { first[$0 + 10..<$0 + 14] == [0, 0, 0x21, 0] })
        let archive = try ZIPFoundation.Archive(data: Data(first), accessMode: .read)
        #expect(archive.map(\.path) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
                                        "word/document.xml", "word/styles.xml"])
        let document = try Self.part("word/document.xml", of: archive)
        for text in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "69,81/100 điểm, xếp hạng 7/8", "000.21.35.H53230612-0005", "Nơi nhận:"] {
            #expect(document.contains(text), "\(text)")
        }
        // A4 and the decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm.
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\""))
        #expect(try Self.part("word/styles.xml", of: archive).contains("w:ascii=\"Times New Roman\""))
    }

    @Test func textIsEscapedForXML() throws {
        var t = try Self.seed(.vi)
        t.body = [.paragraph("Hồ sơ <A> & \"B\"")]
        let document = try Self.part("word/document.xml", of: ZIPFoundation.Archive(data: Data(try NoticeDocx.bytes(t)), accessMode: .read))
        #expect(document.contains("Hồ sơ &lt;A&gt; &amp; &quot;B&quot;"))
    }

    @Test func writesTheFilesOnceAndReplacesThemOnlyWhenForced() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        var o = Notice.Options(unit: "an", month: "2023-06")
        o.content = site.content
        o.out = site.folder + "/tb.docx"
        o.markdown = true
        let written = try Notice.write(o).get()
        #expect(written.files == [site.folder + "/tb.docx", site.folder + "/tb.md"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: site.folder + "/tb.docx"))
        #expect(site.read("tb.md")?.hasPrefix("V/v công bố kết quả Bộ chỉ số thử tháng 6/2023.\n\n") == true)
        guard case .failure(let e) = Notice.write(o) else { Issue.record("overwrote tb.docx"); return }
        #expect(e.text(in: .vi) == "lỗi: \(site.folder)/tb.docx đã có; không ghi đè\n  gợi ý: thêm --force để ghi đè, hoặc đặt tên tệp khác bằng --out")
        o.force = true
        _ = try Notice.write(o).get()
        #expect(try Data(contentsOf: URL(fileURLWithPath: site.folder + "/tb.docx")) == bytes)
    }

    static func part(_ name: String, of archive: ZIPFoundation.Archive) throws -> String {
        guard let entry = archive[name] else { Issue.record("no \(name)"); return "" }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
