import Testing
import MinhBachCore
import MinhBachContent

/// Quarters, half-years and years recorded as the portal's own figures (`results/2023-Q2/`).
@Suite("Recorded periods: quarters, half-years and years")
struct RecordedPeriodTests {
    struct Folder: CustomTestStringConvertible, Sendable {
        let name: String
        /// The period's name and months, or nil when the folder is no recorded period.
        let expected: (name: String, first: String, last: String)?
        var testDescription: String { name }
    }

    static let folders: [Folder] = [
        Folder(name: "2023-Q2", expected: ("2023-Q2", "2023-04", "2023-06")),
        Folder(name: "2023-Q4", expected: ("2023-Q4", "2023-10", "2023-12")),
        Folder(name: "2023-H1", expected: ("2023-H1", "2023-01", "2023-06")),
        Folder(name: "2023-H2", expected: ("2023-H2", "2023-07", "2023-12")),
        Folder(name: "2023", expected: ("2023", "2023-01", "2023-12")),
        Folder(name: "2023-Q5", expected: nil),
        Folder(name: "2023-Q0", expected: nil),
        Folder(name: "2023-H3", expected: nil),
        Folder(name: "2023-q2", expected: nil),
        Folder(name: "2023-Q02", expected: nil),
        Folder(name: "23-Q1", expected: nil),
        Folder(name: "2023-06", expected: nil),
        Folder(name: "quy-2", expected: nil),
    ]

    @Test(arguments: folders)
    func aFolderNamesAQuarterAHalfOrAYear(_ folder: Folder) {
        let span = ReportingPeriod(folder: folder.name)
        #expect(span?.description == folder.expected?.name)
        #expect(span?.first.description == folder.expected?.first)
        #expect(span?.last.description == folder.expected?.last)
        #expect(span.map { $0.months.count } == folder.expected.map { _ in span!.kind.length })
    }

    static let quarter = "Content/results/2023-Q2/an.md"

    static let badFiles: [(unit: String?, file: BadFile)] = [
        (nil, BadFile(name: "a folder that is no period", file: "Content/results/2023-Q5/an.md", text: "---\nscore: 80\n---\n",
                      expected: "Content/results/2023-Q5: error: the folder name `2023-Q5` is not a month (YYYY-MM), a quarter (YYYY-Q1 to Q4), a half-year (YYYY-H1, H2) or a year (YYYY)",
                      vi: "Content/results/2023-Q5: lỗi: tên thư mục `2023-Q5` không phải tháng (YYYY-MM), quý (YYYY-Q1 đến Q4), 6 tháng (YYYY-H1, H2) hay năm (YYYY)")),
        (nil, BadFile(name: "a quarter's score checked like a month's", file: quarter, text: "---\nscore: 120\n---\n",
                      expected: "\(quarter):2:8: error: `score` is 120, outside 0–100",
                      vi: "\(quarter):2:8: lỗi: `score` là 120, nằm ngoài khoảng 0–100")),
        (nil, BadFile(name: "a year's unknown unit", file: "Content/results/2023/anh.md", text: "---\nscore: 80\n---\n",
                      expected: "Content/results/2023/anh.md:1:1: error: no unit `anh`: the file name must be the slug of a unit in Content/units/; did you mean `an`?",
                      vi: "Content/results/2023/anh.md:1:1: lỗi: không có đơn vị `anh`: tên tệp phải là mã rút gọn (slug) của một đơn vị trong Content/units/; có phải ý bạn là `an`?")),
        ("---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\ndissolved: 2023-06-01\n---\n",
         BadFile(name: "a unit dissolved inside the quarter", file: quarter, text: "---\nscore: 80\n---\n",
                 expected: "\(quarter):1:1: error: Phường An was dissolved on 2023-06-01, before the end of the period 2023-Q2 (2023-04-01 to 2023-06-30)",
                 vi: "\(quarter):1:1: lỗi: Phường An đã giải thể ngày 2023-06-01, trước khi kỳ 2023-Q2 kết thúc (2023-04-01 đến 2023-06-30)")),
        ("---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\nestablished: 2023-02-01\n---\n",
         BadFile(name: "a unit established inside the half-year", file: "Content/results/2023-H1/an.md", text: "---\nscore: 80\n---\n",
                 expected: "Content/results/2023-H1/an.md:1:1: error: Phường An was established on 2023-02-01, after the start of the period 2023-H1 (2023-01-01 to 2023-06-30)",
                 vi: "Content/results/2023-H1/an.md:1:1: lỗi: Phường An được thành lập ngày 2023-02-01, sau khi kỳ 2023-H1 bắt đầu (2023-01-01 đến 2023-06-30)")),
    ]

    @Test(arguments: badFiles.indices)
    func aRecordedPeriodIsCheckedLikeAMonth(_ i: Int) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        if let unit = Self.badFiles[i].unit { site.write("Content/units/an.md", unit) }
        Self.badFiles[i].file.expectReported(in: site)
    }

    /// A unit must exist in every month of the period, as a month's result asks it to exist
    /// in that month: established during the first month or dissolved during the last is
    /// accepted, a day later or earlier is not.
    @Test(arguments: [("established: 2023-04-30", true), ("dissolved: 2023-06-02", true),
                      ("established: 2023-05-01", false), ("dissolved: 2023-06-01", false)])
    func aUnitMustExistInEveryMonthOfThePeriod(_ line: String, accepted: Bool) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\n\(line)\n---\n")
        site.write(Self.quarter, "---\nscore: 80\n---\n")
        let outcome = ContentLoader.load(from: site.content)
        let content = try #require(outcome.content)
        #expect(content.spanResults.count == (accepted ? 1 : 0))
    }

    @Test func aRecordedQuarterIsKeptApartFromTheMonths() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(Self.quarter, "---\nscore: \"81,5\"\n---\n")
        site.write("Content/results/2023-Q2/_index.md", "---\nnote: \"Quý II\"\n---\n")
        let content = try #require(ContentLoader.load(from: site.content).content)
        #expect(content.results.map(\.period.description) == ["2023-06", "2023-06"])
        #expect(content.months.isEmpty)
        #expect(content.spanResults.map { "\($0.unit) \($0.span!) \($0.period) \($0.score)" } == ["an 2023-Q2 2023-04 81.5"])
        #expect(content.spanSummaries.map { "\($0.span!) \($0.note ?? "")" } == ["2023-Q2 Quý II"])
    }

    /// A recorded period is checked against the edition of the index in force in its first
    /// month, as that month's results are.
    @Test(arguments: [
        ("2026-Q1", "---\nscore: 80\ngroups:\n  cong-khai: 30\n  tien-do: 50\n---\n",
         "Content/results/2026-Q1/an.md:4:3: error: unknown group `cong-khai`", "Content/results/2026-Q1/an.md:4:3: lỗi: nhóm không có trong bộ chỉ số `cong-khai`"),
        ("2025", "---\nscore: 80\ngroups:\n  so-hoa: 30\n  tien-do: 50\n---\n",
         "Content/results/2025/an.md:4:3: error: unknown group `so-hoa`", "Content/results/2025/an.md:4:3: lỗi: nhóm không có trong bộ chỉ số `so-hoa`"),
        ("2025-H2", "---\nscore: 80\ngroups:\n  tien-do: 61\n---\n",
         "Content/results/2025-H2/an.md:4:12: error: `groups.tien-do` is 61, outside 0–60 (Tiến độ)", "Content/results/2025-H2/an.md:4:12: lỗi: `groups.tien-do` là 61, nằm ngoài khoảng 0–60 (Tiến độ)"),
    ])
    func aPeriodIsCheckedAgainstTheEditionOfItsFirstMonth(_ folder: String, _ text: String, _ expected: String, _ vi: String) {
        let site = EditionsTests.site()
        defer { site.cleanUp() }
        BadFile(name: folder, file: "Content/results/\(folder)/an.md", text: text, expected: expected, vi: vi).expectReported(in: site)
    }

    /// A dossier received in May belongs to the second quarter; one received in July does not.
    @Test(arguments: [("2023-05-12", nil), ("2023-07-03", "`overdue[1].received` (2023-07-03) is after the period 2023-Q2 ends")])
    func anOverdueDossierIsReceivedWithinThePeriod(_ received: String, expected: String?) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let yymmdd = received.dropFirst(2).replacingOccurrences(of: "-", with: "")
        site.write(Self.quarter, "---\nscore: 80\noverdue:\n  - {code: \"000.21.35.H53-\(yymmdd)-0005\", received: \(received)}\n---\n")
        let warnings = site.build().diagnostics.filter { $0.code == .receivedAfterPeriod || $0.code == .receivedAfterMonth }
        #expect(warnings.map(\.message.description) == (expected.map { [$0] } ?? []))
        if expected != nil {
            #expect(warnings.first?.formatted(in: .vi).contains("`overdue[1].received` (2023-07-03) sau khi kỳ 2023-Q2 kết thúc") == true)
        }
    }
}
