import Foundation
import Testing
import MinhBachBuild
import MinhBachCore
import MinhBachEditor

/// An index in two editions: the first (Công khai 40, Tiến độ 60) in force from the start, the
/// second from 2026-01 (Số hóa 30, with two criteria, and Tiến độ 70). Phường An has a result
/// in December 2025 and January 2026.
@Suite("Editions of the index")
struct EditionsTests {
    static let index = TemporarySite.index + """

        edition: "Bộ chỉ số 2022"
        editions:
          - from: 2026-01
            name: "Bộ chỉ số từ 2026"
            groups:
              - key: so-hoa
                name: "Số hóa"
                max: 30
                criteria:
                  - {key: ket-qua-dien-tu, name: "Kết quả điện tử", max: 20, target: 80}
                  - {key: tai-su-dung, name: "Tái sử dụng", max: 10}
              - {key: tien-do, name: "Tiến độ", max: 70}
        """

    static func site(december: String = "---\nscore: 80\ngroups:\n  cong-khai: 30\n  tien-do: 50\n---\n",
                     january: String = "---\nscore: 85\ngroups:\n  tien-do: 65\ncriteria:\n  ket-qua-dien-tu: {points: 12, numerator: 30, denominator: 50}\n  tai-su-dung: 8\n---\n") -> TemporarySite {
        let site = TemporarySite()
        site.remove("Content/results")
        site.write("Content/index.yaml", index)
        site.write("Content/results/2025-12/an.md", december)
        site.write("Content/results/2026-01/an.md", january)
        site.write("Content/results/2025-12/binh.md", "---\nscore: 70\n---\n")
        site.write("Content/results/2026-01/binh.md", "---\nscore: 60\n---\n")
        site.write("Content/results/2025-12/dong.md", "---\nscore: 75\n---\n")
        site.write("Content/results/2026-01/dong.md", "---\nscore: 90\n---\n")
        return site
    }

    /// Each result is checked against the edition in force in its month: a key of the other
    /// edition is unknown there, with the nearest key of its own edition suggested.
    @Test(arguments: [
        ("2026-01", "---\nscore: 80\ngroups:\n  cong-khai: 30\n  tien-do: 50\n---\n",
         "Content/results/2026-01/an.md:4:3: error: unknown group `cong-khai`", "Content/results/2026-01/an.md:4:3: lỗi: nhóm không có trong bộ chỉ số `cong-khai`"),
        ("2025-12", "---\nscore: 80\ngroups:\n  so-hoa: 30\n  tien-do: 50\n---\n",
         "Content/results/2025-12/an.md:4:3: error: unknown group `so-hoa`", "Content/results/2025-12/an.md:4:3: lỗi: nhóm không có trong bộ chỉ số `so-hoa`"),
        ("2026-01", "---\nscore: 80\ngroups:\n  tien-do: 65\n---\n", nil, nil),
        ("2025-12", "---\nscore: 80\ngroups:\n  tien-do: 61\n---\n",
         "Content/results/2025-12/an.md:4:12: error: `groups.tien-do` is 61, outside 0–60 (Tiến độ)", "Content/results/2025-12/an.md:4:12: lỗi: `groups.tien-do` là 61, nằm ngoài khoảng 0–60 (Tiến độ)"),
    ] as [(String, String, String?, String?)])
    func aResultIsCheckedAgainstTheEditionOfItsMonth(_ month: String, _ text: String, _ expected: String?, _ vi: String?) {
        let site = Self.site()
        defer { site.cleanUp() }
        site.write("Content/results/\(month)/an.md", text)
        let report = site.build()
        let errors = report.diagnostics.filter { $0.severity == .error }
        let lines = errors.map { $0.formatted.split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") }
        let linesVi = errors.map { $0.formatted(in: .vi).split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") }
        if let expected, let vi {
            #expect(lines.contains { $0.hasPrefix(expected) }, "got: \(lines)")
            #expect(linesVi.contains { $0.hasPrefix(vi) }, "got: \(linesVi)")
        } else {
            #expect(errors.isEmpty, "got: \(lines)")
        }
    }

    @Test(arguments: [
        ("editions:\n  - from: 2026-13\n    name: \"X\"\n    groups:\n      - {key: a, name: \"A\", max: 100}\n",
         "Content/index.yaml:10:11: error: `editions[1].from` must be a month written as YYYY-MM, found \"2026-13\""),
        ("editions:\n  - from: 2026-01\n    name: \"X\"\n    groups:\n      - {key: a, name: \"A\", max: 100}\n  - from: 2025-06\n    name: \"Y\"\n    groups:\n      - {key: a, name: \"A\", max: 100}\n",
         "Content/index.yaml:14:11: error: `editions[2].from` 2025-06 is not after the edition before it, from 2026-01 on line 10"),
        ("editions:\n  - from: 2026-01\n    groups:\n      - {key: a, name: \"A\", max: 100}\n",
         "Content/index.yaml:10:5: error: missing required field `editions[1].name` (the edition's name, e.g. \"Bộ chỉ số từ 2026\")"),
        // `nop-truc-tuyen` is an indicator of the first edition: one column cannot hold a group too.
        ("editions:\n  - from: 2026-01\n    name: \"X\"\n    groups:\n      - {key: nop-truc-tuyen, name: \"A\", max: 100}\n",
         "Content/index.yaml:12:5: error: the key `nop-truc-tuyen` is a group here but an indicator in an earlier edition"),
    ])
    func aMistakeInTheEditionsIsNamed(_ editions: String, _ expected: String) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/index.yaml", TemporarySite.index + "\n" + editions)
        let report = site.build()
        let lines = report.diagnostics.filter { $0.severity == .error }
            .map { $0.formatted.split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") }
        #expect(lines.contains(expected), "got: \(lines)")
        #expect(!report.wroteOutput)
    }

    /// January's report shows the new edition's groups and no change since December, which
    /// was measured by the other edition; December's shows the first edition's.
    @Test func theReportShowsItsEditionAndNoChangeAcrossIt() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let january = visibleText(try #require(site.read("Site/don-vi/an/2026-01/index.html")))
        #expect(january.contains("Số hóa 20 tính từ các tiêu chí 30"), "\(january)")
        #expect(!january.contains("Công khai"))
        #expect(!january.contains("So với tháng trước"))
        let december = visibleText(try #require(site.read("Site/don-vi/an/2025-12/index.html")))
        #expect(december.contains("Công khai 30 40"))
        #expect(!december.contains("Số hóa"))
        // The month's ranking has no change column in the new edition's first month.
        let month = try #require(site.read("Site/2026/01/index.html"))
        #expect(month.contains("no-change"))
    }

    /// Phường An's page: one table per edition, the latest first, each with its own groups and
    /// saying why; the chart draws January alone (one month: no line), and the index's page
    /// lists both editions.
    @Test func aHistoryAcrossTwoEditionsBreaksAndSaysWhy() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let page = visibleText(try #require(site.read("Site/don-vi/an/index.html")))
        let new = try #require(page.range(of: "Kết quả của Phường An theo phiên bản “Bộ chỉ số từ 2026”, mới nhất trước"))
        let old = try #require(page.range(of: "Kết quả của Phường An theo phiên bản “Bộ chỉ số 2022”, mới nhất trước"))
        #expect(new.lowerBound < old.lowerBound)
        #expect(page.contains("Các tháng theo phiên bản “Bộ chỉ số 2022” của bộ chỉ số: điểm không so sánh trực tiếp với các tháng theo phiên bản khác"))
        #expect(page[new.upperBound..<old.lowerBound].contains("Số hóa /30"))
        #expect(!page[new.upperBound..<old.lowerBound].contains("Công khai"))
        #expect(page[old.upperBound...].contains("Công khai /40"))
        #expect(!(try #require(site.read("Site/don-vi/an/index.html"))).contains("chart-history"))
        let index = visibleText(try #require(site.read("Site/chi-so/index.html")))
        #expect(index.contains("Các phiên bản của bộ chỉ số Bộ chỉ số 2022: đến tháng 12/2025; nhóm: Công khai (40), Tiến độ (60) Bộ chỉ số từ 2026: từ tháng 1/2026; nhóm: Số hóa (30), Tiến độ (70)"), "\(index)")
        #expect(index.contains("Tiêu chí: Kết quả điện tử (20, đủ điểm khi đạt 80 %); Tái sử dụng (10)"))
        // Both editions' groups have a page; Công khai's ranks December, the last month it had.
        let group = visibleText(try #require(site.read("Site/chi-so/cong-khai/index.html")))
        #expect(group.contains("tháng 12/2025"), "\(group)")
        #expect(FileManager.default.fileExists(atPath: site.output + "/chi-so/so-hoa/index.html"))
    }

    /// The downloads hold every edition's columns: January's Số hóa and its criteria beside
    /// December's Công khai, each empty in the other's month.
    @Test func theDownloadsHoldEveryEditionsColumns() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let csv = try #require(site.read("Site/du-lieu/ket-qua.csv")).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = csv[0].map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
        let row = { (month: String) in csv.first { $0.first == month && $0[1] == "an" }! }
        for (column, december, january) in [("cong-khai", "30", ""), ("so-hoa", "", "20"), ("tien-do", "50", "65"), ("ket-qua-dien-tu", "", "12"),
                                            ("ket-qua-dien-tu.numerator", "", "30"), ("tai-su-dung", "", "8")] {
            let i = try #require(header.firstIndex(of: column), "no column \(column) in \(header)")
            #expect(row("2025-12")[i] == december && row("2026-01")[i] == january, "\(column)")
        }
        let json = try #require(site.read("Site/du-lieu/ket-qua.json"))
        #expect(json.contains("\"editions\"") && json.contains("\"from\": \"2026-01\""))
    }

    /// `new result` drafts the month's edition: February 2026 lists Số hóa's criteria, a
    /// November 2025 draft Công khai and no criteria.
    @Test func aNewResultDraftsTheGroupsOfItsMonthsEdition() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        let february = try Scaffold.result(content: site.content, unit: "an", period: "2026-02").get().text
        #expect(february.contains("so-hoa:") && february.contains("ket-qua-dien-tu:") && !february.contains("cong-khai:"), "\(february)")
        let november = try Scaffold.result(content: site.content, unit: "an", period: "2025-11").get().text
        #expect(november.contains("cong-khai:") && !november.contains("so-hoa:") && !november.contains("criteria:"), "\(november)")
    }
}
