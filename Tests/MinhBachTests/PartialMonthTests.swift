import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// Hòa Thành's eight wards over June, July and August 2023, entered as a month may be: June
/// complete without published ranks, July complete, August complete or only partly entered.
/// Each variant is named after what a citizen should see.
enum EightWards: String, CaseIterable, Sendable {
    /// The citizen's case: July complete with Hiệp Tân published 7/8; August has only Hiệp
    /// Tân's file, published 6/8. The pages say 6/8, "tăng 1 bậc", "1/8 đơn vị có số liệu".
    case onlyHiepTanInAugust
    /// As above, but July's file gives no published rank: August's published 6/8 is shown,
    /// with no movement, for a computed rank is never compared with a published one.
    case onlyHiepTanInAugustNothingPublishedInJuly
    /// Every result of July and August carries the portal's rank; August has five of eight
    /// files, each shown with its published rank and its movement since July.
    case everyResultPublishedFiveInAugust
    /// August has five of eight files and no published rank: no rank at all, and no movement.
    case fiveInAugustNonePublished
    /// Every month complete, no published ranks but Hiệp Tân's in July: ranks computed, as ever.
    case allComplete

    /// Slug, name and kind of each ward.
    static let wards: [(String, String, String)] = [
        ("long-hoa", "Phường Long Hoa", "phường"), ("hiep-tan", "Phường Hiệp Tân", "phường"),
        ("long-thanh-bac", "Phường Long Thành Bắc", "phường"), ("long-thanh-trung", "Phường Long Thành Trung", "phường"),
        ("truong-hoa", "Xã Trường Hòa", "xã"), ("truong-dong", "Xã Trường Đông", "xã"),
        ("truong-tay", "Xã Trường Tây", "xã"), ("long-thanh-nam", "Xã Long Thành Nam", "xã"),
    ]

    /// June: Hiệp Tân 3rd of 8 by computation.
    static let june: [(String, String)] = [
        ("long-hoa", "86"), ("long-thanh-bac", "82"), ("hiep-tan", "80"), ("truong-hoa", "79"),
        ("long-thanh-trung", "77"), ("long-thanh-nam", "74"), ("truong-dong", "70"), ("truong-tay", "68"),
    ]
    /// July, best first: Hiệp Tân 7th of 8, as the portal published it.
    static let july: [(String, String)] = [
        ("long-hoa", "88,45"), ("long-thanh-bac", "84,2"), ("long-thanh-trung", "79,6"), ("truong-hoa", "78"),
        ("truong-dong", "75"), ("long-thanh-nam", "72"), ("hiep-tan", "69,81"), ("truong-tay", "65"),
    ]

    /// Each month's files: slug, score and the published rank (of 8) if any.
    var results: [String: [(String, String, Int?)]] {
        let june = EightWards.june.map { ($0.0, $0.1, Int?.none) }
        let july = EightWards.july.enumerated().map { i, r -> (String, String, Int?) in
            switch self {
            case .onlyHiepTanInAugust, .allComplete, .fiveInAugustNonePublished: return (r.0, r.1, r.0 == "hiep-tan" ? 7 : nil)
            case .onlyHiepTanInAugustNothingPublishedInJuly: return (r.0, r.1, nil)
            case .everyResultPublishedFiveInAugust: return (r.0, r.1, i + 1)
            }
        }
        let august: [(String, String, Int?)]
        switch self {
        case .onlyHiepTanInAugust, .onlyHiepTanInAugustNothingPublishedInJuly:
            august = [("hiep-tan", "74,5", 6)]
        case .everyResultPublishedFiveInAugust:
            august = [("long-hoa", "90", 1), ("truong-hoa", "85", 2), ("long-thanh-bac", "83", 3), ("hiep-tan", "74,5", 6),
                      ("truong-tay", "60", 8)]
        case .fiveInAugustNonePublished:
            august = [("long-hoa", "90", nil), ("truong-hoa", "85", nil), ("long-thanh-bac", "83", nil), ("hiep-tan", "74,5", nil),
                      ("truong-tay", "60", nil)]
        case .allComplete:
            // Hiệp Tân up from 7th to 5th.
            august = [("long-hoa", "89"), ("long-thanh-bac", "85"), ("long-thanh-trung", "80"), ("truong-hoa", "79"),
                      ("hiep-tan", "77"), ("truong-dong", "76"), ("long-thanh-nam", "70"), ("truong-tay", "66")].map { ($0.0, $0.1, nil) }
        }
        return ["2023-06": june, "2023-07": july, "2023-08": august]
    }

    /// The site written and built, in Vietnamese or English.
    func build(language: String = "vi") -> (site: TemporarySite, report: BuildReport) {
        let site = TemporarySite()
        site.remove("Content/units")
        site.remove("Content/results")
        site.write("Content/site.yaml", """
            title: "Hòa Thành"
            authority: "UBND thị xã Hòa Thành"
            root: hoa-thanh
            base_url: "https://example.vn/hoa-thanh/"
            language: \(language)
            """)
        site.write("Content/units/hoa-thanh.md", "---\nname: \"Thị xã Hòa Thành\"\nkind: \"thị xã\"\n---\n")
        for (slug, name, kind) in EightWards.wards {
            site.write("Content/units/\(slug).md", "---\nname: \"\(name)\"\nkind: \(kind)\nparent: hoa-thanh\n---\n")
        }
        for (month, files) in results {
            for (slug, score, rank) in files {
                // One group's points, the same for all: a group's own ranking is tied, never ordered.
                site.write("Content/results/\(month)/\(slug).md", "---\nscore: \"\(score)\"\n" + (rank.map { "rank: \($0)\nof: 8\n" } ?? "")
                           + "groups:\n  cong-khai: 30\n---\n")
            }
        }
        return (site, site.build())
    }
}

/// What one page shows of a month, as a citizen reads it.
struct PartialMonthPage: CustomTestStringConvertible, Sendable {
    let fixture: EightWards
    var language = "vi"
    let page: String
    /// Texts the page shows (its visible text, tags dropped).
    let shows: [String]
    /// Texts it must not show.
    let hides: [String]
    var testDescription: String { "\(fixture.rawValue) \(language): \(page)" }

    static let cases: [PartialMonthPage] = [
        // The citizen's case, page by page.
        PartialMonthPage(fixture: .onlyHiepTanInAugust, page: "index.html",
                         shows: ["Chưa đủ số liệu: 1/8 đơn vị có số liệu.", "(chưa đủ số liệu: 1/8 đơn vị có số liệu)",
                                 "Cột Hạng ghi thứ hạng do Cổng Dịch vụ công quốc gia công bố, trên 8 đơn vị",
                                 "6/8 Phường Hiệp Tân", "hạng ▲ 1"],
                         hides: ["hạng ▲ 6", "1. Phường Hiệp Tân", "hạng 1/1"]),
        PartialMonthPage(fixture: .onlyHiepTanInAugust, page: "2023/08/index.html",
                         shows: ["Xếp hạng tháng 8/2023 – Thị xã Hòa Thành (chưa đủ số liệu: 1/8 đơn vị có số liệu)",
                                 "6/8 Phường Hiệp Tân", "hạng ▲ 1"],
                         hides: ["hạng ▲ 6", "hạng 1/1"]),
        PartialMonthPage(fixture: .onlyHiepTanInAugust, page: "don-vi/hiep-tan/2023-08/index.html",
                         shows: ["xếp hạng 6/8", "tăng 1 bậc",
                                 "Tháng 8/2023 chưa đủ số liệu: 1/8 đơn vị có số liệu. Thứ hạng trên là thứ hạng do Cổng Dịch vụ công quốc gia công bố."],
                         hides: ["tăng 6 bậc", "hạng 1/1", "tính từ số liệu trên trang này là"]),
        PartialMonthPage(fixture: .onlyHiepTanInAugust, page: "don-vi/hiep-tan/index.html",
                         shows: ["xếp hạng 6/8", "tăng 1 bậc", "Tháng 8/2023 74,5 6/8", "Tháng 7/2023 69,81 7/8"],
                         hides: ["tăng 6 bậc", "hạng 1/1"]),
        PartialMonthPage(fixture: .onlyHiepTanInAugust, page: "don-vi/index.html", shows: ["6/8"], hides: ["hạng 1/1"]),
        PartialMonthPage(fixture: .onlyHiepTanInAugust, page: "luu-tru/index.html",
                         shows: ["Tháng 8/2023 (chưa đủ số liệu: 1/8 đơn vị có số liệu)", "Tháng 7/2023 (8 kết quả)"], hides: []),
        PartialMonthPage(fixture: .onlyHiepTanInAugust, page: "2023/index.html",
                         shows: ["Tháng 8/2023 (chưa đủ số liệu: 1/8 đơn vị có số liệu)"], hides: ["Tháng 7/2023 (chưa đủ"]),
        PartialMonthPage(fixture: .onlyHiepTanInAugust, page: "feed.xml",
                         shows: ["Chưa đủ số liệu: 1/8 đơn vị có số liệu.", "6/8. Phường Hiệp Tân: 74,5 điểm"], hides: ["1. Phường Hiệp Tân"]),
        PartialMonthPage(fixture: .onlyHiepTanInAugust, page: "don-vi/hiep-tan/feed.xml",
                         shows: ["tháng 8/2023: 74,5/100 điểm, xếp hạng 6/8 (chưa đủ số liệu: 1/8 đơn vị có số liệu)"], hides: ["hạng 1/1"]),
        PartialMonthPage(fixture: .onlyHiepTanInAugust, language: "en", page: "index.html",
                         shows: ["Incomplete month: 1/8 units have figures.", "(incomplete: 1/8 units have figures)",
                                 "6/8 Phường Hiệp Tân", "rank ▲ 1"],
                         hides: ["▲ 6", "rank 1/1", "đơn vị"]),
        PartialMonthPage(fixture: .onlyHiepTanInAugust, language: "en", page: "don-vi/hiep-tan/2023-08/index.html",
                         shows: ["rank 6/8", "August 2023 is incomplete: 1/8 units have figures. The rank above is the one published", "up 1 place"],
                         hides: ["up 6 places", "up 1 places"]),
        // July's rank was not published: no movement against August's published one.
        PartialMonthPage(fixture: .onlyHiepTanInAugustNothingPublishedInJuly, page: "don-vi/hiep-tan/2023-08/index.html",
                         shows: ["xếp hạng 6/8", "tăng 4,69 điểm.", "1/8 đơn vị có số liệu"], hides: ["bậc", "hạng 1/1"]),
        PartialMonthPage(fixture: .onlyHiepTanInAugustNothingPublishedInJuly, page: "2023/08/index.html",
                         shows: ["6/8 Phường Hiệp Tân"], hides: ["hạng ▲", "hạng ▼"]),
        // Five of eight, each with the portal's rank: all shown, moved against July's published ranks.
        PartialMonthPage(fixture: .everyResultPublishedFiveInAugust, page: "2023/08/index.html",
                         shows: ["(chưa đủ số liệu: 5/8 đơn vị có số liệu)", "1/8 Phường Long Hoa", "2/8 Xã Trường Hòa",
                                 "3/8 Phường Long Thành Bắc", "6/8 Phường Hiệp Tân", "8/8 Xã Trường Tây", "hạng ▲ 2", "hạng ▼ 1"],
                         hides: ["(chưa có thứ hạng)"]),
        PartialMonthPage(fixture: .everyResultPublishedFiveInAugust, page: "don-vi/truong-hoa/2023-08/index.html",
                         shows: ["xếp hạng 2/8", "tăng 2 bậc", "5/8 đơn vị có số liệu"], hides: []),
        // Five of eight and no rank published: "—" and why, for every unit; no movement.
        PartialMonthPage(fixture: .fiveInAugustNonePublished, page: "2023/08/index.html",
                         shows: ["Chưa đủ số liệu: 5/8 đơn vị có số liệu. Bảng không ghi thứ hạng (“—”)",
                                 "— (chưa có thứ hạng) Phường Long Hoa 90", "— (chưa có thứ hạng) Xã Trường Tây 60"],
                         hides: ["hạng ▲", "hạng ▼", "1. Phường Long Hoa"]),
        PartialMonthPage(fixture: .fiveInAugustNonePublished, page: "don-vi/long-hoa/2023-08/index.html",
                         shows: ["Tổng điểm 90 /100 So với", "5/8 đơn vị có số liệu, nên trang không ghi thứ hạng"],
                         hides: ["xếp hạng", "bậc"]),
        // Complete months: computed ranks and their movements, and no mark.
        PartialMonthPage(fixture: .allComplete, page: "2023/08/index.html",
                         shows: ["Xếp hạng tháng 8/2023 – Thị xã Hòa Thành", "5 Phường Hiệp Tân", "8/8 đơn vị có số liệu"],
                         hides: ["chưa đủ số liệu", "chưa có thứ hạng", "/8 Phường"]),
        PartialMonthPage(fixture: .allComplete, page: "don-vi/hiep-tan/2023-08/index.html",
                         shows: ["xếp hạng 5/8", "tăng 2 bậc"], hides: ["chưa đủ số liệu"]),
        // July's published 7/8 agrees with the computed rank: compared with June's computed 3rd.
        PartialMonthPage(fixture: .allComplete, page: "don-vi/hiep-tan/2023-07/index.html",
                         shows: ["xếp hạng 7/8", "giảm 4 bậc"], hides: ["chưa đủ số liệu"]),
        PartialMonthPage(fixture: .allComplete, page: "luu-tru/index.html", shows: ["Tháng 8/2023 (8 kết quả)"], hides: ["chưa đủ"]),
    ]
}

@Suite("Partial months, told honestly")
struct PartialMonthTests {
    @Test(arguments: PartialMonthPage.cases)
    func whatThePageShows(_ c: PartialMonthPage) throws {
        let (site, report) = c.fixture.build(language: c.language)
        defer { site.cleanUp() }
        #expect(report.succeeded)
        let html = try #require(site.read("Site/" + c.page))
        let text = visibleText(html)
        for s in c.shows { #expect(text.contains(s), "\(s) in: \(text)") }
        for s in c.hides { #expect(!text.contains(s), "\(s) in: \(text)") }
    }

    /// Every rank cell of every page that shows August's ranking: the published rank out of 8
    /// and, for the seven without figures, "–"; never a 1.
    @Test(arguments: ["index.html", "2023/08/index.html", "don-vi/hoa-thanh/2023-08/index.html", "don-vi/hoa-thanh/index.html"])
    func augustsRankColumn(_ page: String) throws {
        let (site, _) = EightWards.onlyHiepTanInAugust.build()
        defer { site.cleanUp() }
        let html = try #require(site.read("Site/" + page))
        #expect(rankCells(html) == ["6/8"] + Array(repeating: "–", count: 7))
    }

    @Test func theIndexGroupsPageRanksNoOneInAnIncompleteMonth() throws {
        let (site, _) = EightWards.everyResultPublishedFiveInAugust.build()
        defer { site.cleanUp() }
        let html = try #require(site.read("Site/chi-so/cong-khai/index.html"))
        #expect(visibleText(html).contains("(chưa đủ số liệu: 5/8 đơn vị có số liệu)"))
        #expect(!rankCells(html).contains { $0 != "–" })
    }

    /// The downloads: the rank shown, where it comes from, and how complete its month is.
    @Test(arguments: [
        (EightWards.onlyHiepTanInAugust, "2023-08", "hiep-tan", ["6", "8", "6", "8", "published", "false", "1", "8"]),
        (EightWards.onlyHiepTanInAugust, "2023-07", "hiep-tan", ["7", "8", "7", "8", "published", "true", "8", "8"]),
        (EightWards.onlyHiepTanInAugust, "2023-07", "long-hoa", ["1", "8", "", "", "computed", "true", "8", "8"]),
        (EightWards.everyResultPublishedFiveInAugust, "2023-08", "truong-tay", ["8", "8", "8", "8", "published", "false", "5", "8"]),
        (EightWards.allComplete, "2023-08", "hiep-tan", ["5", "8", "", "", "computed", "true", "8", "8"]),
    ])
    func theDownloadsSayWhatThePagesShow(_ fixture: EightWards, month: String, unit: String, fields: [String]) throws {
        let (site, _) = fixture.build()
        defer { site.cleanUp() }
        let csv = try #require(site.read("Site/du-lieu/\(month).csv"))
        let lines = csv.components(separatedBy: "\r\n")
        let header = lines[0].dropFirst().components(separatedBy: ",")   // after the byte-order mark
        let row = try #require(lines.first { $0.hasPrefix("\(month),\(unit),") }).components(separatedBy: ",")
        let columns = ["rank", "rank_of", "published_rank", "published_of", "rank_source", "month_complete", "units_with_data", "units_expected"]
        #expect(columns.map { row[header.firstIndex(of: $0)!] } == fields)
        let json = try #require(site.read("Site/don-vi/\(unit)/du-lieu.json"))
        let months = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["months"] as? [[String: Any]])
        let entry = try #require(months.first { $0["month"] as? String == month })
        #expect(columns.map { key -> String in
            switch entry[key] {
            case let n as NSNumber where key == "month_complete": return n.boolValue ? "true" : "false"
            case let n as NSNumber: return n.stringValue
            case let s as String: return s
            default: return ""
            }
        } == fields)
    }

    /// `check` still warns, and says what the pages show instead of a rank among one.
    @Test func theWarningSaysWhatThePagesShow() throws {
        let (site, report) = EightWards.onlyHiepTanInAugust.build()
        defer { site.cleanUp() }
        let warnings = report.diagnostics.filter { $0.severity == .warning }
        let warning = try #require(warnings.first)
        #expect(warnings.count == 1)
        #expect(warning.location.file.hasSuffix("results/2023-08/hiep-tan.md"))
        #expect(warning.message == "2023-08 is incomplete: this site has figures for 1 of the 8 units ranked together")
        #expect(warning.hint == "the pages show the published rank 6/8 and mark 2023-08 as incomplete, with no rank for the units without a published one; add the siblings' missing result files")
        #expect(warning.formatted(in: .vi).contains("tháng 2023-08 chưa đủ số liệu: trang này chỉ có số liệu của 1 trong 8 đơn vị được xếp hạng cùng nhau"))
        #expect(warning.formatted(in: .vi).contains("các trang hiển thị thứ hạng đã công bố 6/8 và ghi tháng 2023-08 là chưa đủ số liệu"))
    }

    /// Five files of one incomplete month, each with its published rank: the month is said to
    /// be incomplete once, at the first of them, not five times.
    @Test func anIncompleteMonthIsSaidOnceForItsSiblings() throws {
        let (site, report) = EightWards.everyResultPublishedFiveInAugust.build()
        defer { site.cleanUp() }
        let incomplete = report.diagnostics.filter { $0.code == .rankCountDiffers && $0.message.contains("is incomplete") }
        #expect(incomplete.count == 1, "\(incomplete.map { $0.formatted })")
    }

    /// The text of each rank cell of the page's ranking tables, in order.
    func rankCells(_ html: String) -> [String] {
        html.components(separatedBy: "<td class=\"num rank-col\"").dropFirst().map { cell in
            let inner = cell[cell.index(after: cell.firstIndex(of: ">")!)...]
            let text = inner[..<inner.range(of: "</td>")!.lowerBound]
            return text.components(separatedBy: "<span").first!
        }
    }
}
