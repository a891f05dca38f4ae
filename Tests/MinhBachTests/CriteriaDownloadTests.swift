import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// The criteria in the downloads (#18 item 6): what a reuser reads back from the CSV and JSON
/// is what the result files say, a criterion not published is empty (never 0), and a group
/// added up from its criteria says so.
@Suite("Criteria in the downloads")
struct CriteriaDownloadTests {
    /// Phường An gives both criteria with Đúng hạn's counts, so Công khai is computed; Phường
    /// Bình gives Công khai and one criterion; Xã Đông gives no criteria at all.
    static func site() -> TemporarySite {
        let site = CriteriaTests.site()
        site.write("Content/results/2023-06/an.md",
                   "---\nscore: 80\ncriteria:\n  dung-han: {points: \"22,5\", numerator: 45, denominator: 60}\n  day-du: 10\n---\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: 70\ngroups:\n  cong-khai: 30\ncriteria:\n  dung-han: 24\n---\n")
        site.write("Content/results/2023-06/dong.md", "---\nscore: 60\n---\n")
        return site
    }

    /// Each unit's figure in each new column, as text; "" is empty (not published).
    static let expected: [String: [String: String]] = [
        "an": ["cong-khai": "32.5", "cong-khai.source": "computed", "dung-han": "22.5", "dung-han.numerator": "45",
               "dung-han.denominator": "60", "day-du": "10", "day-du.numerator": "", "day-du.denominator": ""],
        "binh": ["cong-khai": "30", "cong-khai.source": "published", "dung-han": "24", "dung-han.numerator": "",
                 "dung-han.denominator": "", "day-du": "", "day-du.numerator": "", "day-du.denominator": ""],
        "dong": ["cong-khai": "", "cong-khai.source": "", "dung-han": "", "dung-han.numerator": "",
                 "dung-han.denominator": "", "day-du": "", "day-du.numerator": "", "day-du.denominator": ""],
    ]

    /// The CSV's rows by unit, each a map from column to cell (no cell of these files is quoted).
    func rows(_ csv: String) -> (header: [String], byUnit: [String: [String: String]]) {
        let lines = csv.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0].components(separatedBy: ",")
        var byUnit: [String: [String: String]] = [:]
        for line in lines.dropFirst() {
            let cells = line.components(separatedBy: ",")
            byUnit[cells[1]] = Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
        return (header, byUnit)
    }

    @Test(arguments: ["Site/du-lieu/ket-qua.csv", "Site/du-lieu/2023-06.csv"])
    func theCSVGivesEachCriterionsPointsAndCountsEmptyWhenNotPublished(_ file: String) throws {
        let site = Self.site()
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let (header, byUnit) = rows(try #require(site.read(file)))
        // The new columns follow the groups', before the indicators'.
        #expect(Array(header[14...]) == ["cong-khai", "tien-do", "cong-khai.source", "dung-han", "dung-han.numerator",
                                         "dung-han.denominator", "day-du", "day-du.numerator", "day-du.denominator", "sample", "provisional",
                                         "revised_from_score", "revised_from_rank", "revised_from_of", "revised_on"])
        for (unit, figures) in Self.expected {
            for (column, value) in figures { #expect(byUnit[unit]?[column] == value, "\(unit) \(column)") }
        }
    }

    /// A figure as JSON gives it: its exact decimal text, "null" for null, the text of a string.
    func figure(_ value: Any?) -> String? {
        switch value {
        case is NSNull: return ""
        case let n as NSNumber: return n.decimalValue.description
        case let s as String: return s
        default: return nil
        }
    }

    @Test(arguments: ["Site/du-lieu/ket-qua.json", "Site/don-vi/an/du-lieu.json", "Site/don-vi/binh/du-lieu.json", "Site/don-vi/dong/du-lieu.json"])
    func theJSONGivesTheSameFiguresAndNullWhenNotPublished(_ file: String) throws {
        let site = Self.site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let text = try #require(site.read(file))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let results = try #require((object["results"] ?? object["months"]) as? [[String: Any]])
        #expect(!results.isEmpty)
        for row in results {
            let unit = try #require((row["unit"] as? String) ?? file.split(separator: "/")[2].description)
            let expected = try #require(Self.expected[unit])
            let groups = row["groups"] as? [String: Any], sources = row["group_sources"] as? [String: Any]
            let criteria = try #require(row["criteria"] as? [String: [String: Any]])
            #expect(figure(groups?["cong-khai"]) == expected["cong-khai"])
            #expect(figure(sources?["cong-khai"]) == expected["cong-khai.source"])
            for key in ["dung-han", "day-du"] {
                #expect(figure(criteria[key]?["points"]) == expected[key], "\(unit) \(key)")
                #expect(figure(criteria[key]?["numerator"]) == expected[key + ".numerator"], "\(unit) \(key)")
                #expect(figure(criteria[key]?["denominator"]) == expected[key + ".denominator"], "\(unit) \(key)")
            }
        }
        if let index = object["index"] as? [String: Any] {
            let groups = try #require(index["groups"] as? [[String: Any]])
            let criteria = try #require(groups.first?["criteria"] as? [[String: Any]])
            #expect(criteria.map { $0["key"] as? String } == ["dung-han", "day-du"])
            #expect(criteria.map { figure($0["max"]) } == ["30", "10"])
            #expect(criteria.map { figure($0["target"]) } == ["100", ""])
            #expect(groups.last?["criteria"] == nil)
        }
    }

    @Test func theDataDictionarySaysWhatEachNewColumnIs() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let page = visibleText(try #require(site.read("Site/du-lieu/index.html")))
        for row in ["cong-khai.source Nguồn điểm nhóm “Công khai”: published (văn bản công bố điểm nhóm) hoặc computed",
                    "dung-han Điểm tiêu chí “Đúng hạn” (nhóm “Công khai”); trống là không công bố, không phải 0 Đơn vị: điểm · Giá trị: 0–30",
                    "dung-han.numerator Tử số của tiêu chí “Đúng hạn” (nhóm “Công khai”)",
                    "day-du.denominator Mẫu số của tiêu chí “Đầy đủ” (nhóm “Công khai”)"] {
            #expect(page.contains(row), "\(row)")
        }
    }

    /// An index without criteria: no new column, no new field, so today's downloads stay as they were.
    @Test func withoutCriteriaTheDownloadsHaveNoneOfTheNewColumns() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let header = rows(try #require(site.read("Site/du-lieu/ket-qua.csv"))).header
        #expect(!header.contains { $0.contains(".") })
        let json = try #require(site.read("Site/du-lieu/ket-qua.json"))
        #expect(!json.contains("\"criteria\"") && !json.contains("\"group_sources\""))
    }
}

/// A group's page ranks the latest month by each of its criteria, as it does by the group:
/// ties share a rank, and a unit without the criterion's figure comes last, unranked, as
/// "không công bố" (missing is not 0).
@Suite("A group's page by criterion")
struct GroupPageCriteriaTests {
    @Test func eachCriterionRanksTheUnitsWithTiesSharedAndTheMissingLast() throws {
        let site = CriteriaTests.site()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\ncriteria:\n  dung-han: 24\n  day-du: 6\n---\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: 70\ngroups:\n  cong-khai: 30\ncriteria:\n  dung-han: 24\n---\n")
        site.write("Content/results/2023-06/dong.md", "---\nscore: 60\ncriteria:\n  dung-han: 20\n  day-du: 10\n---\n")
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = visibleText(try #require(site.read("Site/chi-so/cong-khai/index.html")))
        let criteria = try #require(page.range(of: "Điểm từng tiêu chí của nhóm này – tháng 6/2023"))
        let byCriterion = String(page[criteria.upperBound...])
        #expect(byCriterion.contains("Đúng hạn Điểm tối đa: 30. Đúng hạn – các đơn vị thuộc Thị xã Thử, tháng 6/2023 Hạng Đơn vị Điểm "
                                     + "1 Phường An 24 1 Phường Bình 24 3 Xã Đông 20"), "\(byCriterion)")
        #expect(byCriterion.contains("Đầy đủ Điểm tối đa: 10. Đầy đủ – các đơn vị thuộc Thị xã Thử, tháng 6/2023 Hạng Đơn vị Điểm "
                                     + "1 Xã Đông 10 2 Phường An 6 – Phường Bình không công bố"), "\(byCriterion)")
        // The group's own table is unchanged: Công khai added up for An and Đông, given for Bình.
        #expect(page.contains("Công khai – các đơn vị thuộc Thị xã Thử, tháng 6/2023 Hạng Đơn vị Điểm 1 Phường An 30 1 Phường Bình 30 1 Xã Đông 30"), "\(page)")
    }

    @Test func aGroupWithoutCriteriaHasNoCriterionTables() throws {
        let site = CriteriaTests.site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let page = try #require(site.read("Site/chi-so/tien-do/index.html"))
        #expect(!page.contains("Điểm từng tiêu chí"))
        #expect(!page.contains("<h3>"))
    }
}
