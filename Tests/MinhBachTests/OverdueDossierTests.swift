import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// Overdue dossiers: the receipt code's form (Circular 01/2018/TT-VPCP, art. 19) and the seed's
/// code written both ways, `resolved`, and one dossier followed across a unit's months.
@Suite("Overdue dossiers followed across months")
struct OverdueDossierTests {
    static let june = "Content/results/2023-06/an.md"
    static let july = "Content/results/2023-07/an.md"
    static let august = "Content/results/2023-08/an.md"

    /// A month of Phường An listing `entries` (YAML lines under `overdue:`, indented by 2).
    static func result(_ entries: String) -> String {
        "---\nscore: 80\ngroups:\n  cong-khai: 30\n  tien-do: 50\noverdue:\n\(entries)---\n"
    }

    /// The seed's dossier, as the notice writes it, received on `received`.
    static func seed(_ code: String = "000.21.35.H53230612-0005", received: String = "12/06/2023", more: String = "") -> String {
        "  - code: \"\(code)\"\n    received: \(received)\n    handler: \"Phạm Hữu Nhân\"\n\(more)"
    }

    /// The site every case starts from: July records the seed's dossier resolved on 3 July.
    static func site() -> TemporarySite {
        let site = TemporarySite()
        site.write(july, result(seed(more: "    resolved: 2023-07-03\n")))
        return site
    }

    static let cases: [BadFile] = [
        BadFile(name: "a date inside the code that is not the day received", file: june,
                text: result(seed(received: "13/06/2023")),
                expected: "\(june):7:11: error: the receipt code's date part says 2023-06-12 but `received` is 2023-06-13",
                vi: "\(june):7:11: lỗi: phần ngày trong mã biên nhận là 2023-06-12 nhưng `received` là 2023-06-13"),
        BadFile(name: "an agency identifier that lost a digit", file: june,
                text: result(seed("000.21.35.H5230612-0005")),
                expected: "\(june):7:11: error: `overdue[1].code` \"000.21.35.H5230612-0005\" is not a receipt code like 000.21.35.H53-230612-0005",
                vi: "\(june):7:11: lỗi: `overdue[1].code` \"000.21.35.H5230612-0005\" không phải mã biên nhận dạng 000.21.35.H53-230612-0005"),
        BadFile(name: "a sequence number of three digits", file: june,
                text: result(seed("000.21.35.H53-230612-005")),
                expected: "\(june):7:11: error: `overdue[1].code` \"000.21.35.H53-230612-005\" is not a receipt code like 000.21.35.H53-230612-0005",
                vi: "\(june):7:11: lỗi: `overdue[1].code` \"000.21.35.H53-230612-005\" không phải mã biên nhận dạng 000.21.35.H53-230612-0005"),
        BadFile(name: "a date inside the code that is no date", file: june,
                text: result(seed("000.21.35.H53-230631-0005")),
                expected: "\(june):7:11: error: `overdue[1].code` \"000.21.35.H53-230631-0005\": its date part 230631 is not a real date",
                vi: "\(june):7:11: lỗi: `overdue[1].code` \"000.21.35.H53-230631-0005\": phần ngày 230631 không phải ngày có thật"),
        BadFile(name: "resolved before it was received", file: june,
                text: result(seed("000.21.35.H53-230612-0007", more: "    resolved: 2023-06-10\n")),
                expected: "\(june):10:15: error: `overdue[1].resolved` (2023-06-10) is before the dossier was received (2023-06-12)",
                vi: "\(june):10:15: lỗi: `overdue[1].resolved` (2023-06-10) trước ngày tiếp nhận hồ sơ (2023-06-12)"),
        BadFile(name: "listed again after the month that resolved it, in the other spelling", file: august,
                text: result(seed("000.21.35.H53-230612-0005")),
                expected: "\(august):7:11: error: `overdue[1].code` 000.21.35.H53-230612-0005 is listed as overdue in 2023-08, but the result of 2023-07 says it was resolved on 2023-07-03",
                vi: "\(august):7:11: lỗi: `overdue[1].code` 000.21.35.H53-230612-0005 được ghi là quá hạn trong tháng 2023-08, nhưng kết quả tháng 2023-07 ghi hồ sơ đã giải quyết ngày 2023-07-03"),
        BadFile(name: "resolved on two different days", file: june,
                text: result(seed(more: "    resolved: 2023-07-05\n")),
                expected: "\(july):7:11: error: `overdue[1].resolved` of 000.21.35.H53-230612-0005 is 2023-07-03 here but 2023-07-05 in the result of 2023-06",
                vi: "\(july):7:11: lỗi: `overdue[1].resolved` của 000.21.35.H53-230612-0005 ở đây là 2023-07-03 nhưng trong kết quả tháng 2023-06 là 2023-07-05"),
    ]

    @Test(arguments: cases)
    func reportsTheMistake(_ bad: BadFile) {
        let site = Self.site()
        defer { site.cleanUp() }
        bad.expectReported(in: site)
    }

    /// The page of Phường An after a build that must succeed without a diagnostic.
    static func unitPage(_ site: TemporarySite, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let report = site.build()
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
        return visibleText(site.read("Site/don-vi/an/index.html") ?? "")
    }

    static let seedRow = "000.21.35.H53-230612-0005 tiếp nhận ngày 12/06/2023 người xử lý: Phạm Hữu Nhân"

    /// The seed writes the code without its first hyphen, another month with it: one dossier,
    /// one row, with both months, the newest first.
    @Test func theSeedsCodeWrittenBothWaysIsOneDossier() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(Self.june, Self.result(Self.seed()))
        site.write(Self.july, Self.result(Self.seed("000.21.35.H53-230612-0005")))
        let text = Self.unitPage(site)
        #expect(text.contains("Hồ sơ quá hạn qua các tháng"))
        #expect(text.contains("\(Self.seedRow) Tháng 7/2023 , Tháng 6/2023 chưa ghi nhận giải quyết"), "\(text)")
        #expect(!text.contains("H53230612"), "shown once, in the canonical form")
    }

    /// What the table says of a dossier as the months go by, and where the month that resolved
    /// it need not list it (the date is written back into the month that reported it).
    static let followed: [(name: String, files: [String: String], row: String)] = [
        ("reported once, not resolved", [june: result(seed())],
         "\(seedRow) Tháng 6/2023 chưa ghi nhận giải quyết"),
        ("still overdue the next month, resolved then", [june: result(seed()), july: result(seed(more: "    resolved: 2023-07-03\n"))],
         "\(seedRow) Tháng 7/2023 , Tháng 6/2023 đã giải quyết ngày 03/07/2023"),
        ("resolved after the month, written in the month that reported it", [june: result(seed(more: "    resolved: 2023-07-14\n"))],
         "\(seedRow) Tháng 6/2023 đã giải quyết ngày 14/07/2023"),
        ("listed in the month it was resolved in", [june: result(seed()), july: result(seed()),
                                                    august: result(seed(more: "    resolved: 2023-08-01\n"))],
         "\(seedRow) Tháng 8/2023 , Tháng 7/2023 , Tháng 6/2023 đã giải quyết ngày 01/08/2023"),
    ]

    @Test(arguments: followed.indices)
    func theUnitPageFollowsTheDossier(_ i: Int) {
        let (name, files, row) = Self.followed[i]
        let site = TemporarySite()
        defer { site.cleanUp() }
        for (path, text) in files { site.write(path, text) }
        let text = Self.unitPage(site)
        #expect(text.contains(row), "\(name): \(text)")
    }

    @Test func twoDossiersAreTwoRowsTheNewestFirst() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(Self.june, Self.result(Self.seed()))
        site.write(Self.july, Self.result(Self.seed() + "  - code: \"000.21.35.H53-230705-0012\"\n    received: 2023-07-05\n"))
        let text = Self.unitPage(site)
        #expect(text.contains("Giải quyết 000.21.35.H53-230705-0012 tiếp nhận ngày 05/07/2023 Tháng 7/2023 chưa ghi nhận giải quyết \(Self.seedRow) Tháng 7/2023 , Tháng 6/2023"), "\(text)")
    }

    /// The English site's table, and the report's own line, in both languages.
    @Test(arguments: [("vi", "Mã biên nhận 000.21.35.H53-230612-0005 , tiếp nhận ngày 12/06/2023, người xử lý: Phạm Hữu Nhân, đã giải quyết ngày 03/07/2023",
                       "Tháng báo quá hạn Giải quyết \(seedRow) Tháng 6/2023 đã giải quyết ngày 03/07/2023"),
                      ("en", "Receipt code 000.21.35.H53-230612-0005 , received on 12/06/2023, handled by Phạm Hữu Nhân, resolved on 03/07/2023",
                       "Months reported overdue Resolved 000.21.35.H53-230612-0005 received on 12/06/2023 handled by Phạm Hữu Nhân June 2023 resolved on 03/07/2023")])
    func theReportAndThePageSayWhenItWasResolved(_ language: String, _ report: String, _ page: String) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/site.yaml", "title: \"Thử\"\nauthority: \"UBND thị xã Thử\"\nroot: thi-xa\nbase_url: \"https://example.vn/thu/\"\nlanguage: \(language)\n")
        site.write(Self.june, Self.result(Self.seed(more: "    resolved: 2023-07-03\n")))
        let text = Self.unitPage(site)
        #expect(text.contains(page), "\(text)")
        let reportText = visibleText(site.read("Site/don-vi/an/2023-06/index.html") ?? "")
        #expect(reportText.contains(report), "\(reportText)")
    }

    /// A ward's dossiers carry its identifier; another is worth a look, not a refusal (the
    /// portal, not this site, is the authority on a code).
    @Test func anotherAgencysIdentifierIsAWarning() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\ncode: \"000.21.35.H53\"\n---\n")
        site.write(Self.june, Self.result(Self.seed("000.22.35.H53230612-0005")))
        let report = site.build()
        #expect(report.succeeded)
        let warnings = report.diagnostics.filter { $0.severity == .warning }
        let en = warnings.map { $0.formatted.split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") }
        let vi = warnings.map { $0.formatted(in: .vi).split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") }
        #expect(en == ["\(Self.june):7:11: warning: `overdue[1].code` 000.22.35.H53-230612-0005 begins with the identifier 000.22.35.H53, not Phường An's `code` 000.21.35.H53"], "\(en)")
        #expect(vi == ["\(Self.june):7:11: cảnh báo: `overdue[1].code` 000.22.35.H53-230612-0005 bắt đầu bằng mã định danh 000.22.35.H53, không phải `code` 000.21.35.H53 của Phường An"], "\(vi)")
        // Its own identifier, in either spelling, is not warned about.
        site.write(Self.june, Self.result(Self.seed()))
        #expect(site.build().diagnostics.isEmpty)
    }

    /// The parse cache keeps `resolved` and where each entry is: a build that reads June from
    /// the cache still finds August's listing wrong, and one that reads August from it still
    /// points at August's line.
    @Test(arguments: [true, false])
    func theCheckAcrossMonthsSeesCachedFiles(_ juneFromTheCache: Bool) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        var options = BuildOptions(content: site.content, output: site.output)
        options.cacheFolder = site.folder + "/cache"
        let resolvedJune = Self.result(Self.seed(more: "    resolved: 2023-07-03\n"))
        site.write(Self.june, juneFromTheCache ? resolvedJune : Self.result(Self.seed()))
        site.write(Self.august, Self.result(Self.seed(juneFromTheCache ? "000.21.35.H53-230612-0099" : "000.21.35.H53-230612-0005")))
        #expect(SiteBuilder.build(options).succeeded)
        if juneFromTheCache {
            site.write(Self.august, Self.result(Self.seed("000.21.35.H53-230612-0005")))
        } else {
            site.write(Self.june, resolvedJune)
        }
        let errors = SiteBuilder.build(options).diagnostics.filter { $0.severity == .error }
            .map { $0.formatted.split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") }
        #expect(errors == ["\(Self.august):7:11: error: `overdue[1].code` 000.21.35.H53-230612-0005 is listed as overdue in 2023-08, but the result of 2023-06 says it was resolved on 2023-07-03"],
                "\(errors)")
    }

    /// The page of June's dossier changes when July resolves it: a build that keeps what the
    /// last one wrote renders it again, byte for byte as a build from nothing does.
    @Test func aLaterMonthsResolutionRendersThePageAgain() throws {
        let site = TemporarySite()
        defer { site.cleanUp(); removeSite(site.folder + "/Full") }
        site.write(Self.june, Self.result(Self.seed()))
        site.write(Self.july, Self.result(Self.seed()))
        #expect(site.build().succeeded)
        site.write(Self.july, Self.result(Self.seed(more: "    resolved: 2023-07-03\n")))
        #expect(site.build().succeeded)
        var full = BuildOptions(content: site.content, output: site.folder + "/Full")
        full.reuse = false
        #expect(SiteBuilder.build(full).succeeded)
        let kept = try #require(site.read("Site/don-vi/an/index.html"))
        #expect(kept == site.read("Full/don-vi/an/index.html"))
        #expect(visibleText(kept).contains("đã giải quyết ngày 03/07/2023"))
    }
}
