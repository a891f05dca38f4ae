import Testing
import MinhBachBuild
import MinhBachCore

/// One mistake an editor can make, and exactly what the build must say about it.
struct BadFile: CustomTestStringConvertible, Sendable {
    let name: String
    let file: String
    let text: String
    /// The first line of the diagnostic, with the site's content folder written as `Content`.
    let expected: String
    /// The same line in Vietnamese, the editors' default.
    let vi: String
    var testDescription: String { name }

    /// Writes the file into `site`, builds, and expects the message in both languages and
    /// nothing written.
    func expectReported(in site: TemporarySite, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        site.write(file, text)
        let report = site.build()
        let errors = report.diagnostics.filter { $0.severity == .error }
        let lines = errors.map { $0.formatted.split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") }
        #expect(lines.contains(expected), "got: \(lines)", sourceLocation: sourceLocation)
        let linesVi = errors.map { $0.formatted(in: .vi).split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") }
        #expect(linesVi.contains(vi), "got: \(linesVi)", sourceLocation: sourceLocation)
        #expect(!report.wroteOutput, sourceLocation: sourceLocation)
    }
}

@Suite("Validation: one bad file, one exact message")
struct ValidationTests {
    static let results = "Content/results/2023-06/an.md"

    static let cases: [BadFile] = [
        BadFile(name: "score above the total", file: results, text: "---\nscore: 120\n---\n",
                expected: "\(results):2:8: error: `score` is 120, outside 0–100",
                vi: "\(results):2:8: lỗi: `score` là 120, nằm ngoài khoảng 0–100"),
        BadFile(name: "score is not a number", file: results, text: "---\nscore: \"69 điểm\"\n---\n",
                expected: "\(results):2:8: error: `score` must be a number, found \"69 điểm\"",
                vi: "\(results):2:8: lỗi: `score` phải là số, nhưng là \"69 điểm\""),
        BadFile(name: "score is a list", file: results, text: "---\nscore: [1, 2]\n---\n",
                expected: "\(results):2:8: error: `score` must be a number, found a list",
                vi: "\(results):2:8: lỗi: `score` phải là số, nhưng là một danh sách"),
        BadFile(name: "score missing", file: results, text: "---\nrank: 1\nof: 3\n---\n",
                expected: "\(results):2:1: error: missing required field `score` (the total score as published, e.g. 69,81)",
                vi: "\(results):2:1: lỗi: thiếu trường bắt buộc `score` (tổng điểm như đã công bố, ví dụ 69,81)"),
        BadFile(name: "score has no value", file: results, text: "---\nscore:\n---\n",
                expected: "\(results):2:1: error: `score` has no value; it is required (the total score as published, e.g. 69,81)",
                vi: "\(results):2:1: lỗi: `score` chưa có giá trị; trường này bắt buộc (tổng điểm như đã công bố, ví dụ 69,81)"),
        BadFile(name: "unknown group with a near miss", file: results,
                text: "---\nscore: 80\ngroups:\n  cong-kai: 30\n  tien-do: 50\n---\n",
                expected: "\(results):4:3: error: unknown group `cong-kai`; did you mean `cong-khai`?",
                vi: "\(results):4:3: lỗi: nhóm không có trong bộ chỉ số `cong-kai`; có phải ý bạn là `cong-khai`?"),
        BadFile(name: "group above its maximum", file: results,
                text: "---\nscore: 80\ngroups:\n  cong-khai: 19\n  tien-do: 61\n---\n",
                expected: "\(results):5:12: error: `groups.tien-do` is 61, outside 0–60 (Tiến độ)",
                vi: "\(results):5:12: lỗi: `groups.tien-do` là 61, nằm ngoài khoảng 0–60 (Tiến độ)"),
        BadFile(name: "groups do not add up to the score", file: results,
                text: "---\nscore: 80\ngroups:\n  cong-khai: 30\n  tien-do: 40\n---\n",
                expected: "\(results):2:8: error: the groups add up to 70 but `score` is 80",
                vi: "\(results):2:8: lỗi: tổng điểm các nhóm là 70 nhưng `score` là 80"),
        BadFile(name: "some groups already exceed the score", file: results,
                text: "---\nscore: 20\ngroups:\n  tien-do: 30\n---\n",
                expected: "\(results):2:8: error: the 1 groups given already add up to 30, more than `score` 20",
                vi: "\(results):2:8: lỗi: 1 nhóm đã ghi có tổng 30, lớn hơn `score` 20"),
        BadFile(name: "percentage above 100", file: results,
                text: "---\nscore: 80\nindicators:\n  nop-truc-tuyen: \"120,5\"\n---\n",
                expected: "\(results):4:19: error: `indicators.nop-truc-tuyen` is 120.5 %, outside 0–100 (Nộp trực tuyến)",
                vi: "\(results):4:19: lỗi: `indicators.nop-truc-tuyen` là 120,5 %, nằm ngoài khoảng 0–100 (Nộp trực tuyến)"),
        BadFile(name: "count with decimals", file: results,
                text: "---\nscore: 80\nindicators:\n  qua-han: \"1,5\"\n---\n",
                expected: "\(results):4:12: error: `indicators.qua-han` must be a whole number, found 1.5",
                vi: "\(results):4:12: lỗi: `indicators.qua-han` phải là số nguyên, nhưng là 1,5"),
        BadFile(name: "negative count", file: results,
                text: "---\nscore: 80\nindicators:\n  qua-han: -2\n---\n",
                expected: "\(results):4:12: error: `indicators.qua-han` cannot be negative, found -2",
                vi: "\(results):4:12: lỗi: `indicators.qua-han` không được âm, nhưng là -2"),
        BadFile(name: "unknown indicator", file: results,
                text: "---\nscore: 80\nindicators:\n  qua-hann: 2\n---\n",
                expected: "\(results):4:3: error: unknown indicator `qua-hann`; did you mean `qua-han`?",
                vi: "\(results):4:3: lỗi: chỉ tiêu không có trong bộ chỉ số `qua-hann`; có phải ý bạn là `qua-han`?"),
        BadFile(name: "the seed's 31 June", file: results,
                text: "---\nscore: 80\nas_of: \"31/6/2023 15:10\"\n---\n",
                expected: "\(results):3:8: error: `as_of` is not a real date: \"31/6/2023 15:10\" (month 6/2023 has only 30 days)",
                vi: "\(results):3:8: lỗi: `as_of` không phải ngày có thật: \"31/6/2023 15:10\" (tháng 6/2023 chỉ có 30 ngày)"),
        BadFile(name: "impossible received date", file: results,
                text: "---\nscore: 80\noverdue:\n  - code: \"000.21.35.H53-230612-0005\"\n    received: 2023-02-30\n---\n",
                expected: "\(results):5:15: error: `overdue[1].received` is not a real date: \"2023-02-30\" (month 2/2023 has only 28 days)",
                vi: "\(results):5:15: lỗi: `overdue[1].received` không phải ngày có thật: \"2023-02-30\" (tháng 2/2023 chỉ có 28 ngày)"),
        BadFile(name: "rank greater than of", file: results, text: "---\nscore: 80\nrank: 9\nof: 8\n---\n",
                expected: "\(results):3:7: error: `rank` 9 is greater than `of` 8",
                vi: "\(results):3:7: lỗi: `rank` 9 lớn hơn `of` 8"),
        BadFile(name: "rank without of", file: results, text: "---\nscore: 80\nrank: 1\n---\n",
                expected: "\(results):3:7: error: `rank` is given without `of`",
                vi: "\(results):3:7: lỗi: có `rank` nhưng thiếu `of`"),
        BadFile(name: "a javascript source address", file: results, text: "---\nscore: 80\nsource: \"javascript:alert(1)\"\n---\n",
                expected: "\(results):3:9: error: `source` must be a web address starting with https:// or http://, found \"javascript:alert(1)\"",
                vi: "\(results):3:9: lỗi: `source` phải là địa chỉ web bắt đầu bằng https:// hoặc http://, nhưng là \"javascript:alert(1)\""),
        BadFile(name: "missing opening fence", file: results, text: "score: 80\n",
                expected: "\(results):1:1: error: the file must start with a `---` line, then the front matter, then another `---` line",
                vi: "\(results):1:1: lỗi: tệp phải bắt đầu bằng dòng `---`, tiếp theo là phần đầu tệp, rồi một dòng `---` nữa"),
        BadFile(name: "missing closing fence", file: results, text: "---\nscore: 80\n\nThe notice.\n",
                expected: "\(results):1:1: error: the front matter opened on line 1 is never closed by a `---` line",
                vi: "\(results):1:1: lỗi: phần đầu tệp mở ở dòng 1 nhưng không được đóng bằng dòng `---`"),
        BadFile(name: "duplicate key", file: results, text: "---\nscore: 80\nscore: 70\n---\n",
                expected: "\(results):2:1: error: the key `score` appears more than once",
                vi: "\(results):2:1: lỗi: khóa `score` xuất hiện nhiều lần"),
        BadFile(name: "unknown unit", file: "Content/results/2023-06/anh.md", text: "---\nscore: 80\n---\n",
                expected: "Content/results/2023-06/anh.md:1:1: error: no unit `anh`: the file name must be the slug of a unit in Content/units/; did you mean `an`?",
                vi: "Content/results/2023-06/anh.md:1:1: lỗi: không có đơn vị `anh`: tên tệp phải là mã rút gọn (slug) của một đơn vị trong Content/units/; có phải ý bạn là `an`?"),
        BadFile(name: "file name that is not a slug", file: "Content/results/2023-06/Phuong An.md", text: "---\nscore: 80\n---\n",
                expected: "Content/results/2023-06/Phuong An.md:1:1: error: the file name `Phuong An.md` is not a slug of lower-case letters a–z, digits and hyphens",
                vi: "Content/results/2023-06/Phuong An.md:1:1: lỗi: tên tệp `Phuong An.md` không phải mã rút gọn (slug) gồm chữ thường a–z, chữ số và dấu gạch ngang"),
        BadFile(name: "month folder that is not YYYY-MM", file: "Content/results/2023-6/an.md", text: "---\nscore: 80\n---\n",
                expected: "Content/results/2023-6: error: the folder name `2023-6` is not a month (YYYY-MM), a quarter (YYYY-Q1 to Q4), a half-year (YYYY-H1, H2) or a year (YYYY)",
                vi: "Content/results/2023-6: lỗi: tên thư mục `2023-6` không phải tháng (YYYY-MM), quý (YYYY-Q1 đến Q4), 6 tháng (YYYY-H1, H2) hay năm (YYYY)"),
        BadFile(name: "unknown parent", file: "Content/units/dong.md", text: "---\nname: \"Xã Đông\"\nkind: xã\nparent: thi-xaa\n---\n",
                expected: "Content/units/dong.md:4:9: error: `parent` names the unit `thi-xaa`, which has no file in Content/units/; did you mean `thi-xa`?",
                vi: "Content/units/dong.md:4:9: lỗi: `parent` ghi đơn vị `thi-xaa`, nhưng không có tệp của đơn vị này trong Content/units/; có phải ý bạn là `thi-xa`?"),
        BadFile(name: "unit without a parent", file: "Content/units/dong.md", text: "---\nname: \"Xã Đông\"\nkind: xã\n---\n",
                expected: "Content/units/dong.md:1:1: error: missing required field `parent`: only the site's root (`thi-xa`) has no parent",
                vi: "Content/units/dong.md:1:1: lỗi: thiếu trường bắt buộc `parent`: chỉ đơn vị gốc của trang (`thi-xa`) không có cấp trên"),
        BadFile(name: "unit without a kind", file: "Content/units/dong.md", text: "---\nname: \"Xã Đông\"\nparent: thi-xa\n---\n",
                expected: "Content/units/dong.md:2:1: error: missing required field `kind` (phường, xã, thị trấn, thị xã, tỉnh…)",
                vi: "Content/units/dong.md:2:1: lỗi: thiếu trường bắt buộc `kind` (phường, xã, thị trấn, thị xã, tỉnh…)"),
        BadFile(name: "result after the unit's dissolution", file: "Content/units/binh.md",
                text: "---\nname: \"Phường Bình\"\nkind: phường\nparent: thi-xa\ndissolved: 2023-06-01\n---\n",
                expected: "Content/results/2023-06/binh.md:1:1: error: Phường Bình was dissolved on 2023-06-01, before the month 2023-06",
                vi: "Content/results/2023-06/binh.md:1:1: lỗi: Phường Bình đã giải thể ngày 2023-06-01, trước tháng 2023-06"),
        BadFile(name: "YAML syntax error", file: results, text: "---\nscore: 80\ngroups: [cong-khai: 1\n---\n",
                expected: "\(results):3:9: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence that starts here; found on line 4, column 1)",
                vi: "\(results):3:9: lỗi: cú pháp YAML sai: thiếu dấu `,` hoặc `]`: danh sách mở bằng `[` chưa được đóng (khi đọc danh sách `[ ]` bắt đầu tại đây; phát hiện ở dòng 4, cột 1)"),
    ]

    @Test(arguments: cases)
    func reportsTheMistake(_ bad: BadFile) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        bad.expectReported(in: site)
    }

    @Test func unknownFieldIsAWarningWithANearMiss() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\nsoure: \"https://dichvucong.gov.vn\"\n---\n")
        let report = site.build()
        let warning = report.diagnostics.first { $0.code == .unknownField }
        #expect(warning?.severity == .warning)
        #expect(warning?.location.line == 3)
        #expect(warning?.field == "soure")
        #expect(warning?.message == "unknown field `soure`; did you mean `source`?")
        #expect(report.succeeded)
    }

    @Test func aParentCycleIsReportedOnce() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: binh\n---\n")
        site.write("Content/units/binh.md", "---\nname: \"Phường Bình\"\nkind: phường\nparent: an\n---\n")
        let cycles = site.build().diagnostics.filter { $0.code == .parentCycle }
        #expect(cycles.count == 1)
        #expect(cycles.first?.message.contains("an → binh → an") == true || cycles.first?.message.contains("binh → an → binh") == true)
    }

    @Test func everyProblemIsReportedInOneRunSortedByFileAndLine() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 120\nrank: 9\nof: 8\n---\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: \"abc\"\n---\n")
        site.write("Content/units/dong.md", "---\nname: \"Xã Đông\"\nkind: xã\nparent: nowhere\n---\n")
        let errors = site.build().diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.location.file.split(separator: "/").suffix(2).joined(separator: "/")):\($0.location.line)" } == [
            "2023-06/an.md:2", "2023-06/an.md:3", "2023-06/binh.md:2", "units/dong.md:4",
        ])
    }

    @Test func everyDiagnosticHasAHintOrSpeaksForItself() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\ngroups:\n  cong-khai: 30\n  tien-do: 40\n---\n")
        let d = site.build().diagnostics.first { $0.code == .groupsSum }
        #expect(d?.field == "score")
        #expect(d?.formatted.contains("\n  hint: when every group is given, their sum must equal the total within 0.05") == true)
    }
}
