import Foundation
import Testing
import MinhBachCore
import MinhBachBuild
@testable import MinhBachEditor

/// `new month`, and what `new result` and `new unit` write and suggest: hints named by their
/// month and written with the site's decimal separator, slugs suggested from names, kinds
/// typed without diacritics.
@Suite("minhbach new month")
struct NewMonthTests {
    @Test(arguments: [("vi", "score:                      # tổng điểm, 0–100, ví dụ 69,81 — tháng 6/2023: 69,81", "69,81"),
                      ("en", "score:                      # total, 0–100, e.g. 69.81 — 2023-06: 69.81", "69.81")])
    func aHintIsWrittenAsTheEditorTypesItAndReadsBackTheSame(lang: String, line: String, shown: String) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/site.yaml", site.read("Content/site.yaml")! + "\nlanguage: \(lang)\n")
        let made = try Scaffold.result(content: site.content, unit: "binh", period: "2023-07").get()
        #expect(made.text.contains(line + "\n"), "\(made.text)")
        // The editor copies the hint as the figure and publishes the draft.
        let value = try #require(line.split(separator: " ").last)
        let filled = made.text.replacingOccurrences(of: "draft: true\n", with: "")
            .replacingOccurrences(of: line, with: "score: \(value)")
        site.write("Content/results/2023-07/binh.md", filled)
        let report = site.build()
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics.map { $0.formatted(in: .en) })")
        #expect(site.read("Site/don-vi/binh/2023-07/index.html").map { visibleText($0).contains(shown) } == true)
    }

    @Test func aHintFromAnEarlierMonthNamesThatMonth() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-05/an.md", "---\nscore: 83\nof: 8\n---\n")
        site.remove("Content/results/2023-06/an.md")
        let text = try Scaffold.result(content: site.content, unit: "an", period: "2023-07").get().text
        #expect(text.contains("— tháng 5/2023: 83\n"))
        #expect(text.contains("# of:                       # trong tổng số đơn vị — tháng 5/2023: 8\n"))
        #expect(!text.contains("tháng trước"))
    }

    @Test func writesADraftForEveryLiveUnitWithoutOneAndListsWhatItSkipped() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/cu.md", "---\nname: \"Xã Cũ\"\nkind: xã\nparent: thi-xa\ndissolved: 2023-06-01\nsuccessor: an\n---\n")
        site.write("Content/units/moi.md", "---\nname: \"Xã Mới\"\nkind: xã\nparent: thi-xa\nestablished: 2023-07-01\n---\n")
        let drafts = try Scaffold.month(content: site.content, period: "2023-06", parent: nil).get()
        // an and binh have June files; cu was dissolved on its first day, moi established later;
        // the site's root has no result of its own.
        #expect(drafts.written.map(\.path) == [site.content + "/results/2023-06/dong.md"])
        #expect(drafts.skipped == [site.content + "/results/2023-06/an.md", site.content + "/results/2023-06/binh.md"])
        let dong = try #require(site.read("Content/results/2023-06/dong.md"))
        #expect(dong == drafts.written[0].text)
        #expect(dong.contains("draft: true\n") && dong.hasPrefix("---\n# Xã Đông, tháng 6/2023."))
        // And as `new result` writes it.
        site.remove("Content/results/2023-06/dong.md")
        #expect(try Scaffold.result(content: site.content, unit: "dong", period: "2023-06").get().text == dong)
        let july = try Scaffold.month(content: site.content, period: "2023-07", parent: nil).get()
        #expect(july.written.map { ($0.path as NSString).lastPathComponent } == ["an.md", "binh.md", "dong.md", "moi.md"])
    }

    @Test func carriesOverOpenCommitmentsAsNewResultDoes() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", """
            ---
            score: 80
            commitments:
              - {key: so-hoa, text: "Số hóa hồ sơ", owner: "Bộ phận Một cửa", due: 2023-08-31, status: mới}
            ---

            """)
        _ = try Scaffold.month(content: site.content, period: "2023-07", parent: "thi-xa").get()
        let an = try #require(site.read("Content/results/2023-07/an.md"))
        #expect(an.contains("  - key: so-hoa\n    text: \"Số hóa hồ sơ\"\n    owner: \"Bộ phận Một cửa\"\n    due: 2023-08-31\n    status: đang làm\n"))
    }

    @Test func theParentChoosesItsUnitsOnly() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/huyen.md", "---\nname: \"Huyện Khác\"\nkind: huyện\n---\n")
        site.write("Content/units/tay.md", "---\nname: \"Xã Tây\"\nkind: xã\nparent: huyen\n---\n")
        let drafts = try Scaffold.month(content: site.content, period: "2023-07", parent: "huyen").get()
        #expect(drafts.written.map(\.path) == [site.content + "/results/2023-07/tay.md"])
        #expect(site.read("Content/results/2023-07/an.md") == nil)
    }

    @Test(arguments: [
        ("2023-7", nil as String?, "`2023-7` is not a month written as YYYY-MM", "`2023-7` không phải tháng dạng YYYY-MM"),
        ("2023-07", "thi-xaa", "there is no unit `thi-xaa` to be the parent; did you mean `thi-xa`?",
         "không có đơn vị `thi-xaa` để làm cấp trên; có phải ý bạn là `thi-xa`?"),
        ("2023-07", "an", "`an` has no units in 2023-07", "`an` không có đơn vị nào trong tháng 2023-07"),
    ])
    func writesNothingOnAnError(month: String, parent: String?, en: String, vi: String) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        guard case .failure(let e) = Scaffold.month(content: site.content, period: month, parent: parent) else {
            Issue.record("accepted \(month) \(parent ?? "")"); return
        }
        #expect(e.message.text(in: .en) == en)
        #expect(e.message.text(in: .vi) == vi)
        #expect(!FileManager.default.fileExists(atPath: site.content + "/results/2023-07"))
    }

    @Test func aFailedWriteRemovesTheDraftsWrittenBeforeIt() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        // A link to nowhere where binh's draft would go: no file is there, but its write fails,
        // after an's succeeded.
        try FileManager.default.createDirectory(atPath: site.content + "/results/2023-07", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.content + "/results/2023-07/binh.md", withDestinationPath: "/nonexistent/binh.md")
        guard case .failure(let e) = Scaffold.month(content: site.content, period: "2023-07", parent: nil) else {
            Issue.record("wrote over a folder"); return
        }
        #expect(e.message.text(in: .en).hasSuffix("; nothing was written"))
        #expect(e.message.text(in: .vi).hasSuffix("; không ghi tệp nào"))
        #expect(site.read("Content/results/2023-07/an.md") == nil)
    }

    @Test(arguments: [
        ("Phường Hiệp Tân", "there is no unit `Phường Hiệp Tân`",
         "a unit is named by its slug; to create it: `minhbach new unit hiep-tan --name \"Phường Hiệp Tân\" --kind phường --parent …`",
         "không có đơn vị `Phường Hiệp Tân`",
         "đơn vị được gọi bằng mã rút gọn; để tạo đơn vị này: `minhbach new unit hiep-tan --name \"Phường Hiệp Tân\" --kind phường --parent …`"),
        ("Phường An", "there is no unit `Phường An`: that is the name of `an`", "write its slug: `minhbach new result an 2023-07`",
         "không có đơn vị `Phường An`: đó là tên của `an`", "hãy ghi mã rút gọn của đơn vị: `minhbach new result an 2023-07`"),
        ("hiep-tan", "there is no unit `hiep-tan`", "create it first with `minhbach new unit hiep-tan --name … --kind … --parent …`",
         "không có đơn vị `hiep-tan`", "tạo đơn vị trước bằng `minhbach new unit hiep-tan --name … --kind … --parent …`"),
    ])
    func anUnknownUnitGetsASlugNotAName(unit: String, en: String, enHint: String, vi: String, viHint: String) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        guard case .failure(let e) = Scaffold.result(content: site.content, unit: unit, period: "2023-07") else {
            Issue.record("accepted \(unit)"); return
        }
        #expect(e.message.text(in: .en) == en)
        #expect(e.hint?.text(in: .en) == enHint)
        #expect(e.message.text(in: .vi) == vi)
        #expect(e.hint?.text(in: .vi) == viHint)
    }

    @Test(arguments: [("xa", "xã"), ("phuong", "phường"), ("thi tran", "thị trấn"), ("tinh", "tỉnh"), ("THI XA", "thị xã"),
                      ("Thành phố", "thành phố"), ("dac khu", "đặc khu"), ("huyen", "huyện"), ("quan", "quận")])
    func aKindWithoutDiacriticsIsTheKnownKind(typed: String, kind: String) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let made = try Scaffold.unit(content: site.content, slug: "tay", name: "Tây", kind: typed, parent: "thi-xa", code: nil).get()
        #expect(made.text.contains("\nkind: \"\(kind)\"\n"))
    }

    @Test func anUnknownKindIsRefusedWithTheKinds() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        guard case .failure(let e) = Scaffold.unit(content: site.content, slug: "tay", name: "Tây", kind: "xom", parent: "thi-xa", code: nil) else {
            Issue.record("accepted the kind xom"); return
        }
        #expect(e.text(in: .en) == "error: `xom` is not a kind of unit\n  hint: write one of: tỉnh, thành phố, quận, huyện, thị xã, phường, xã, thị trấn, đặc khu")
        #expect(e.text(in: .vi) == "lỗi: `xom` không phải một loại đơn vị\n  gợi ý: hãy ghi một trong các loại: tỉnh, thành phố, quận, huyện, thị xã, phường, xã, thị trấn, đặc khu")
        #expect(site.read("Content/units/tay.md") == nil)
    }
}

/// `minhbach new month` as an editor runs it: a line per draft written and per file skipped.
@Suite("minhbach new month: the command")
struct NewMonthCommandTests {
    @Test(arguments: [
        ("en", "Created Content/results/2023-06/dong.md.\nSkipped Content/results/2023-06/an.md: it already exists.\n"
             + "Skipped Content/results/2023-06/binh.md: it already exists.\n"
             + "1 draft(s) written, 2 skipped. Fill them in, then run `minhbach check`.\n"),
        ("vi", "Đã tạo Content/results/2023-06/dong.md.\nBỏ qua Content/results/2023-06/an.md: tệp đã có.\n"
             + "Bỏ qua Content/results/2023-06/binh.md: tệp đã có.\n"
             + "Đã viết 1 bản nháp, bỏ qua 2 tệp. Điền số liệu, rồi chạy `minhbach check`.\n"),
    ])
    func listsWhatItWroteAndWhatItSkipped(lang: String, expected: String) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let r = try CommandLineTests().run(["new", "month", "2023-06", "--lang", lang], in: site.folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == expected)
        #expect(site.read("Content/results/2023-06/dong.md")?.contains("draft: true") == true)
    }

    @Test func anErrorWritesNothingAndExitsWithOne() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let r = try CommandLineTests().run(["new", "month", "2023-07", "--parent", "thi-xaa"], in: site.folder)
        #expect(r.status == 1)
        #expect(r.err == "lỗi: không có đơn vị `thi-xaa` để làm cấp trên; có phải ý bạn là `thi-xa`?\n  gợi ý: đơn vị cấp trên phải có tệp trong Content/units/\n")
        #expect(!FileManager.default.fileExists(atPath: site.content + "/results/2023-07"))
    }
}
