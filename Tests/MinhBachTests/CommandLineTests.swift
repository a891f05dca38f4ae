import Foundation
import MinhBachCore
import Testing

/// Runs the real `minhbach` executable, as an editor or CI would.
@Suite("The minhbach command")
struct CommandLineTests {
    let binary = repositoryRoot + "/.build/debug/minhbach"

    func run(_ arguments: [String], in folder: String) throws -> (status: Int32, out: String, err: String) {
        try runMinhbach(arguments, in: folder)
    }

    @Test func buildsAndEndsWithOneSummaryLine() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let r = try run(["build", "--theme", themeFolder], in: site.folder)
        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Đã tạo ") == true)
        #expect(lines.first?.contains("0 cảnh báo") == true)
        // Nothing changed: the second build says so and writes nothing.
        let en = try run(["build", "--theme", themeFolder, "--lang", "en"], in: site.folder)
        #expect(en.out.hasPrefix("Site/ is up to date: content and theme are unchanged since the last build"))
    }

    @Test func timingsNameEachPhaseWithItsCountThenWhatWasWritten() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-05/an.md", "---\nscore: 75\n---\n")
        let r = try run(["build", "--theme", themeFolder, "--lang", "en", "--timings"], in: site.folder)
        #expect(r.status == 0, "\(r.err)")
        let phases = r.out.split(separator: "\n").dropLast().map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(phases.map { String($0[0]) } == ["hash", "load", "validate", "theme", "rank", "plan", "publish", "render", "write"])
        #expect(phases.allSatisfy { $0.count == 4 && Double($0[1]) != nil && $0[2] == "s" && Int($0[3]) != nil })
        #expect(phases.first { $0[0] == "validate" }?[3] == "3")   // the three results
        #expect(r.out.split(separator: "\n").last?.contains("files written, 0 unchanged, 0 removed") == true)
        // After a correction of June, May's pages are kept.
        site.write("Content/results/2023-06/binh.md", "---\nscore: \"69,18\"\n---\n")
        let again = try run(["build", "--theme", themeFolder, "--lang", "en"], in: site.folder)
        #expect(again.out.contains(" rendered, ") && again.out.contains(" kept as their inputs did not change"))
    }

    @Test func exitsWithOneAndPrintsRelativePathsLineAndHint() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\ngroups:\n  cong-kai: 30\n---\n")
        let r = try run(["build", "--theme", themeFolder, "--lang", "en"], in: site.folder)
        #expect(r.status == 1)
        #expect(r.err.contains("Content/results/2023-06/an.md:4:3: error: unknown group `cong-kai`; did you mean `cong-khai`?\n  hint: known keys: cong-khai, tien-do"))
        #expect(r.err.contains("1 error, 0 warnings; nothing was written to Site/."))
        #expect(!FileManager.default.fileExists(atPath: site.output))
        let vi = try run(["build", "--theme", themeFolder], in: site.folder)
        #expect(vi.status == 1)
        #expect(vi.err.contains("Content/results/2023-06/an.md:4:3: lỗi: nhóm không có trong bộ chỉ số `cong-kai`; có phải ý bạn là `cong-khai`?\n  gợi ý: các khóa hợp lệ: cong-khai, tien-do"))
        #expect(vi.err.contains("1 lỗi, 0 cảnh báo; chưa ghi gì vào Site/."))
    }

    @Test func checkWritesNothingAndSpeaksJSON() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\nas_of: \"31/6/2023 15:10\"\n---\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: 120\n---\n")
        let r = try run(["check", "--theme", themeFolder, "--format", "json"], in: site.folder)
        #expect(r.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["file"] as? String == "Content/results/2023-06/an.md")
        #expect(items[0]["line"] as? Int == 3)
        #expect(items[0]["column"] as? Int == 8)
        #expect(items[0]["field"] as? String == "as_of")
        #expect(items[0]["message"] as? String == "`as_of` không phải ngày có thật: \"31/6/2023 15:10\" (tháng 6/2023 chỉ có 30 ngày)")
        #expect(items[1]["message"] as? String == "`score` là 120, nằm ngoài khoảng 0–100")
        #expect(!FileManager.default.fileExists(atPath: site.output))

        site.write("Content/results/2023-06/an.md", "---\nscore: 80\n---\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: 70\n---\n")
        let clean = try run(["check", "--theme", themeFolder, "--lang", "en"], in: site.folder)
        #expect(clean.status == 0)
        #expect(clean.out == "No problems: the content is ready to build.\n")
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    /// A command's closing lines, in each language (`--lang`).
    struct Said: CustomTestStringConvertible, Sendable {
        let name: String
        /// Written into the test site before the command runs.
        let files: [String: String]
        let arguments: [String]
        let status: Int32
        /// The whole standard output, and how standard error ends.
        let out: [DiagnosticLanguage: String]
        let errEnd: [DiagnosticLanguage: String]
        var testDescription: String { name }
    }

    static let theme = themeFolder
    static let oneNewRow = ["table.csv": "Tên đơn vị,Tổng điểm\nXã Đông,60\n"]
    /// What `import` prints first for these tables: which header went to which field.
    static let mapping: [DiagnosticLanguage: String] = [
        .vi: "các cột của table.csv (dòng tiêu đề là dòng 1):\n  “Tên đơn vị” (cột 1) → `name`\n  “Tổng điểm” (cột 2) → `score`\n",
        .en: "columns of table.csv (the header is line 1):\n  “Tên đơn vị” (column 1) → `name`\n  “Tổng điểm” (column 2) → `score`\n",
    ]

    static let said: [Said] = [
        Said(name: "check, nothing to fix", files: [:], arguments: ["check", "--theme", theme], status: 0,
             out: [.vi: "Không có lỗi: nội dung sẵn sàng để tạo trang.\n", .en: "No problems: the content is ready to build.\n"],
             errEnd: [.vi: "", .en: ""]),
        Said(name: "check, one warning", files: ["Content/site.yaml": "title: \"Thử\"\nauthority: \"UBND\"\nroot: thi-xa\n"],
             arguments: ["check", "--theme", theme], status: 0, out: [.vi: "", .en: ""],
             errEnd: [.vi: "\n0 lỗi, 1 cảnh báo.\n", .en: "\n0 errors, 1 warning.\n"]),
        Said(name: "build, two errors", files: ["Content/results/2023-06/an.md": "---\nscore: 120\n---\n",
                                                "Content/results/2023-06/binh.md": "---\nscore: 101\n---\n"],
             arguments: ["build", "--theme", theme], status: 1, out: [.vi: "", .en: ""],
             errEnd: [.vi: "\n2 lỗi, 0 cảnh báo; chưa ghi gì vào Site/.\ngợi ý: sửa các lỗi trên (mỗi lỗi ghi rõ tệp, dòng và trường) rồi chạy lại.\n",
                      .en: "\n2 errors, 0 warnings; nothing was written to Site/.\nhint: fix the errors above (each names the file, line and field), then build again.\n"]),
        Said(name: "new unit", files: [:], arguments: ["new", "unit", "hoa", "--name", "Xã Hòa", "--kind", "xã", "--parent", "thi-xa"], status: 0,
             out: [.vi: "Đã tạo Content/units/hoa.md. Điền số liệu rồi chạy `minhbach check`.\n",
                   .en: "Created Content/units/hoa.md. Fill it in, then run `minhbach check`.\n"],
             errEnd: [.vi: "", .en: ""]),
        Said(name: "new result of a unit that does not exist", files: [:], arguments: ["new", "result", "hoa", "2023-07"], status: 1,
             out: [.vi: "", .en: ""],
             errEnd: [.vi: "lỗi: không có đơn vị `hoa`\n  gợi ý: tạo đơn vị trước bằng `minhbach new unit hoa --name … --kind … --parent …`\n",
                      .en: "error: there is no unit `hoa`\n  hint: create it first with `minhbach new unit hoa --name … --kind … --parent …`\n"]),
        Said(name: "import, shown but not written", files: oneNewRow, arguments: ["import", "table.csv", "--period", "2023-06"], status: 0,
             out: [.vi: mapping[.vi]! + "table.csv:2: Xã Đông → Content/results/2023-06/dong.md (tạo mới)\nChưa ghi gì: chạy lại với --write để ghi các tệp mới.\n",
                   .en: mapping[.en]! + "table.csv:2: Xã Đông → Content/results/2023-06/dong.md (new)\nNothing written: run again with --write to write the new files.\n"],
             errEnd: [.vi: "", .en: ""]),
        Said(name: "import, one file written", files: oneNewRow, arguments: ["import", "table.csv", "--period", "2023-06", "--write"], status: 0,
             out: [.vi: mapping[.vi]! + "table.csv:2: Xã Đông → Content/results/2023-06/dong.md (tạo mới)\nĐã ghi 1 tệp.\n",
                   .en: mapping[.en]! + "table.csv:2: Xã Đông → Content/results/2023-06/dong.md (new)\nWrote 1 file.\n"],
             errEnd: [.vi: "", .en: ""]),
        Said(name: "import, figures replaced", files: ["table.csv": "Tên đơn vị,Tổng điểm\nPhường An,80\nPhường Bình,71\nXã Đông,60\n",
                                                       "Content/results/2023-06/an.md": "---\nscore: 80\n---\n"],
             arguments: ["import", "table.csv", "--period", "2023-06", "--write", "--force"], status: 0,
             out: [.vi: mapping[.vi]! + "table.csv:2: Phường An → Content/results/2023-06/an.md (không đổi)\n"
                        + "table.csv:3: Phường Bình → Content/results/2023-06/binh.md (thay số liệu (--force))\n"
                        + "table.csv:4: Xã Đông → Content/results/2023-06/dong.md (tạo mới)\nĐã ghi 2 tệp.\n",
                   .en: mapping[.en]! + "table.csv:2: Phường An → Content/results/2023-06/an.md (unchanged)\n"
                        + "table.csv:3: Phường Bình → Content/results/2023-06/binh.md (figures replaced (--force))\n"
                        + "table.csv:4: Xã Đông → Content/results/2023-06/dong.md (new)\nWrote 2 files.\n"],
             errEnd: [.vi: "", .en: ""]),
        Said(name: "import, a row that differs", files: ["table.csv": "Tên đơn vị,Tổng điểm\nPhường Bình,71\n"],
             arguments: ["import", "table.csv", "--period", "2023-06", "--write"], status: 1,
             out: [.vi: mapping[.vi]! + "table.csv:2: Phường Bình → Content/results/2023-06/binh.md (KHÔNG đổi: số liệu khác tệp hiện có)\nCó 1 dòng lỗi: chưa ghi tệp nào.\n",
                   .en: mapping[.en]! + "table.csv:2: Phường Bình → Content/results/2023-06/binh.md (NOT changed: differs from the existing file)\n1 bad row: nothing was written.\n"],
             errEnd: [.vi: "  gợi ý: kiểm tra số liệu nào đúng; chạy lại với --force để thay số liệu trong tệp\n",
                      .en: "  hint: check which is right; run again with --force to replace the file's figures\n"]),
        Said(name: "import, two unknown units", files: ["table.csv": "Tên đơn vị,Tổng điểm\nPhường Nam,80\nPhường Bắc,70\n"],
             arguments: ["import", "table.csv", "--period", "2023-07"], status: 1,
             out: [.vi: mapping[.vi]! + "Có 2 dòng lỗi: chưa ghi tệp nào.\n", .en: mapping[.en]! + "2 bad rows: nothing was written.\n"],
             errEnd: [.vi: "table.csv:3:1: lỗi: không tìm thấy đơn vị “Phường Bắc”\n  gợi ý: thêm đơn vị bằng `minhbach new unit`, ghi mã này vào `code` của đơn vị, hoặc kiểm tra lại tên\n",
                      .en: "table.csv:3:1: error: no unit matches “Phường Bắc”\n  hint: add the unit with `minhbach new unit`, give it this `code`, or check the name\n"]),
    ]

    @Test(arguments: said, DiagnosticLanguage.allCases)
    func eachCommandEndsWithItsLinesInTheLanguageAskedFor(_ c: Said, _ language: DiagnosticLanguage) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        for (path, text) in c.files { site.write(path, text) }
        let r = try run(c.arguments + ["--lang", language.rawValue], in: site.folder)
        #expect(r.status == c.status, "\(r.err)")
        #expect(r.out == c.out[language])
        #expect(r.err.hasSuffix(c.errEnd[language]!), "\(r.err)")
    }
}
