import Foundation
import Testing
import MinhBachCore
import MinhBachBuild
@testable import MinhBachEditor

/// A national site with both lists imported, before the reorganisation is recorded: real names
/// and codes of four communes before 1 July 2025 and the two they went into. New Phường Thanh
/// Điền keeps old Phường Hiệp Tân's code 25633, new Phường Long An old Phường 1's 27694, and
/// new Tỉnh Tây Ninh old Tỉnh Long An's 80.
struct ReformSite {
    static let newList = """
        Tỉnh Thành Phố;Mã TP;Phường Xã;Mã PX
        Tỉnh Tây Ninh;80;Phường Thanh Điền;25633
        Tỉnh Tây Ninh;80;Phường Long An;27694

        """
    static let oldList = """
        Tỉnh Thành Phố;Mã TP;Quận Huyện;Mã QH;Phường Xã;Mã PX
        Tỉnh Tây Ninh;72;Thị xã Hòa Thành;709;Phường Hiệp Tân;25633
        Tỉnh Tây Ninh;72;Huyện Châu Thành;708;Xã Thanh Điền;25618
        Tỉnh Long An;80;Thành phố Tân An;794;Phường 1;27694
        Tỉnh Long An;80;Thành phố Tân An;794;Phường 3;27697

        """
    static let map = """
        Mã PX cũ;Tên cũ;Mã PX mới;Tên mới
        25633;Phường Hiệp Tân;25633;Phường Thanh Điền
        25618;Xã Thanh Điền;25633;Phường Thanh Điền
        27694;Phường 1;27694;Phường Long An
        27697;Phường 3;27694;Phường Long An

        """

    let units: UnitListSite
    var content: String { units.content }

    init(map text: String = ReformSite.map) throws {
        units = UnitListSite(list: Self.newList)
        _ = try units.run(write: true)
        units.write("list.csv", Self.oldList)
        let old = try units.run(write: true)
        #expect(old.problems.isEmpty, "\(old.problems.map(\.formatted))")
        units.write("map.csv", text)
    }

    func run(write: Bool = false) throws -> ReformImporter.Outcome {
        try ReformImporter.run(.init(content: content, csv: units.folder + "/map.csv", date: Day(year: 2025, month: 7, day: 1)!, write: write)).get()
    }

    /// The fields a unit gets, `name: value`, in order.
    static func fields(_ outcome: ReformImporter.Outcome, _ slug: String) -> [String]? {
        outcome.changes.first { $0.slug == slug }.map { $0.fields.map { "\($0.name): \($0.value)" } }
    }

    func cleanUp() { units.cleanUp() }
}

@Suite("minhbach import reform")
struct ReformImportTests {
    @Test func theMapDissolvesTheOldUnitsIntoTheNewAndTheDistrictsAndProvincesFollow() throws {
        let site = try ReformSite()
        defer { site.cleanUp() }
        let outcome = try site.run()
        #expect(outcome.problems.isEmpty, "\(outcome.problems.map(\.formatted))")
        let expected: [(String, [String])] = [
            ("hiep-tan", ["dissolved: 2025-07-01", "successor: thanh-dien"]),
            ("thanh-dien-chau-thanh", ["dissolved: 2025-07-01", "successor: thanh-dien"]),
            ("phuong-1", ["dissolved: 2025-07-01", "successor: long-an"]),
            ("phuong-3", ["dissolved: 2025-07-01", "successor: long-an"]),
            ("thanh-dien", ["established: 2025-07-01"]),
            ("long-an", ["established: 2025-07-01"]),
            // The districts are gone, into no unit beside them; the old provinces went into the new one.
            ("hoa-thanh", ["dissolved: 2025-07-01"]),
            ("chau-thanh", ["dissolved: 2025-07-01"]),
            ("tan-an", ["dissolved: 2025-07-01"]),
            ("tay-ninh-viet-nam", ["dissolved: 2025-07-01", "successor: tay-ninh"]),
            ("long-an-viet-nam", ["dissolved: 2025-07-01", "successor: tay-ninh"]),
            ("tay-ninh", ["established: 2025-07-01"]),
        ]
        for (slug, fields) in expected { #expect(ReformSite.fields(outcome, slug) == fields, "\(slug)") }
        #expect(outcome.changes.count == expected.count)
        #expect(outcome.changes.first { $0.slug == "hiep-tan" }?.line == 2)
        #expect(outcome.written.isEmpty)
    }

    @Test func writtenOnceThePagesLinkBothWaysAndASecondRunWritesNothing() throws {
        let site = try ReformSite()
        defer { site.cleanUp() }
        let before = site.units.read("Content/units/hiep-tan.md")!
        let written = try site.run(write: true)
        #expect(written.written.count == 12)
        #expect(site.units.read("Content/units/hiep-tan.md") == before.replacingOccurrences(of: "\n---\n", with: "\ndissolved: 2025-07-01\nsuccessor: thanh-dien\n---\n"))
        let again = try site.run(write: true)
        #expect(again.written.isEmpty && again.changes.allSatisfy { $0.action == .unchanged })
        let output = site.units.folder + "/Site"
        let report = SiteBuilder.build(BuildOptions(content: site.content, output: output))
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics.map(\.formatted))")
        let old = visibleText(try String(contentsOfFile: output + "/don-vi/hiep-tan/index.html", encoding: .utf8))
        let new = try String(contentsOfFile: output + "/don-vi/thanh-dien/index.html", encoding: .utf8)
        #expect(old.contains("Đã giải thể từ 01/07/2025; sáp nhập vào Phường Thanh Điền . Chưa có kết quả nào"))
        #expect(try String(contentsOfFile: output + "/don-vi/hiep-tan/index.html", encoding: .utf8).contains("<a href=\"../../don-vi/thanh-dien/index.html\">Phường Thanh Điền</a>"))
        #expect(visibleText(new).contains("Thành lập từ 01/07/2025, hình thành từ Xã Thanh Điền , Phường Hiệp Tân ."))
        #expect(new.contains("<a href=\"../../don-vi/hiep-tan/index.html\">Phường Hiệp Tân</a>"))
        let province = visibleText(try String(contentsOfFile: output + "/don-vi/tay-ninh/index.html", encoding: .utf8))
        #expect(province.contains("hình thành từ Tỉnh Long An , Tỉnh Tây Ninh ."))
    }

    struct Refused: CustomTestStringConvertible, Sendable {
        let name: String
        let map: String
        /// A file to write first, relative to the site's folder.
        let file: (path: String, text: String)?
        /// `line:column field`, and words of the message.
        let at: String
        let says: String
        var testDescription: String { name }
    }

    static let refused: [Refused] = [
        Refused(name: "without names, a code held before and after the date by two undated units",
                map: "Mã PX cũ;Mã PX mới\n25633;25633\n", file: nil, at: "2:1 Mã PX cũ",
                says: "“Mã PX cũ” 25633 is the code of 2 units of this site before 2025-07-01"),
        Refused(name: "a code no unit of the site has",
                map: "Mã PX cũ;Mã PX mới;Tên mới\n25699;25633;Phường Thanh Điền\n", file: nil, at: "2:1 Mã PX cũ",
                says: "“Mã PX cũ” 25699 is not the code of a unit of this site"),
        Refused(name: "a name that is not the unit's",
                map: "Mã cũ;Tên cũ;Mã mới;Tên mới\n25618;Xã Thanh Phước;25633;Phường Thanh Điền\n", file: nil, at: "2:2 Tên cũ",
                says: "“Tên cũ” is “Xã Thanh Phước”, but the unit with the code 25618 before 2025-07-01 is"),
        Refused(name: "a unit divided among two with “Chính” marking none",
                map: "Mã PX cũ;Tên cũ;Mã PX mới;Tên mới;Chính\n27697;Phường 3;27694;Phường Long An;\n27697;Phường 3;25633;Phường Thanh Điền;\n",
                file: nil, at: "2:5 Chính", says: "Phường 3 went into 2 units (lines 2, 3), and “Chính” marks none of them"),
        Refused(name: "a “Chính” cell that is neither yes nor no",
                map: "Mã PX cũ;Mã PX mới;Chính\n27697;27694;có lẽ\n", file: nil, at: "2:3 ",
                says: "“Chính” is “có lẽ”, neither yes nor no"),
        Refused(name: "a unit with another successor already",
                map: ReformSite.map, file: ("Content/units/phuong-3.md", "---\nname: \"Phường 3\"\nkind: \"phường\"\ncode: \"27697\"\nparent: tan-an\ndissolved: 2025-07-01\nsuccessor: thanh-dien\n---\n"),
                at: "5:1 successor", says: "already has `successor` thanh-dien, the map gives long-an; it is not changed"),
        Refused(name: "a result of an old unit for a month after the date",
                map: ReformSite.map, file: ("Content/results/2025-08/hiep-tan.md", "---\nscore: 80\n---\n"),
                at: "1:1 ", says: "hiep-tan would be dissolved on 2025-07-01, and this is its result for 2025-08"),
    ]

    @Test(arguments: refused)
    func aBadRowIsNamedAndNothingIsWritten(_ c: Refused) throws {
        let site = try ReformSite(map: c.map)
        defer { site.cleanUp() }
        if let file = c.file { site.units.write(file.path, file.text) }
        let units = site.units.unitFiles().map { site.units.read("Content/units/" + $0) }
        let outcome = try site.run(write: true)
        #expect(outcome.written.isEmpty)
        #expect(site.units.unitFiles().map { site.units.read("Content/units/" + $0) } == units)
        let errors = outcome.problems.filter { $0.severity == .error }
        // Without names both sides of the row are in doubt; every other case has one problem.
        #expect(errors.count == (c.map.hasPrefix("Mã PX cũ;Mã PX mới\n") ? 2 : 1), "\(outcome.problems.map(\.formatted))")
        let error = try #require(errors.first)
        #expect("\(error.location.line):\(error.location.column) \(error.field ?? "")" == c.at)
        #expect(error.formatted(in: .en).contains(c.says), "\(error.formatted(in: .en))")
        #expect(error.formatted(in: .vi).contains("lỗi"))
    }

    @Test func aDividedUnitsFiguresContinueInTheOneMarkedChinh() throws {
        let site = try ReformSite(map: ReformSite.map.replacingOccurrences(of: "Tên mới\n", with: "Tên mới;Chính\n")
            + "27697;Phường 3;25633;Phường Thanh Điền;x\n")
        defer { site.cleanUp() }
        let outcome = try site.run()
        #expect(outcome.problems.isEmpty, "\(outcome.problems.map(\.formatted))")
        #expect(ReformSite.fields(outcome, "phuong-3") == ["dissolved: 2025-07-01", "successor: [thanh-dien, long-an]"])
    }

    /// A site of the units before 2025 with their June 2025: after the new units are
    /// imported and the reorganisation recorded, June's page is the page it was.
    @Test func theArchivesBeforeTheDateStayAsTheyWere() throws {
        let site = UnitListSite(list: ReformSite.oldList)
        defer { site.cleanUp() }
        _ = try site.run(write: true)
        site.write("Content/results/2025-06/hiep-tan.md", "---\nscore: 80\n---\n")
        site.write("Content/results/2025-06/thanh-dien.md", "---\nscore: \"69,81\"\n---\n")
        let output = site.folder + "/Site"
        _ = SiteBuilder.build(BuildOptions(content: site.content, output: output))
        let month = try String(contentsOfFile: output + "/2025/06/index.html", encoding: .utf8)
        site.write("list.csv", ReformSite.newList)
        let new = try site.run(write: true)
        #expect(new.units.map(\.slug) == ["tay-ninh-viet-nam", "thanh-dien-tay-ninh", "long-an-tay-ninh"])
        site.write("map.csv", ReformSite.map)
        let reform = try ReformImporter.run(.init(content: site.content, csv: site.folder + "/map.csv", date: Day(year: 2025, month: 7, day: 1)!, write: true)).get()
        #expect(reform.problems.isEmpty, "\(reform.problems.map(\.formatted))")
        #expect(ReformSite.fields(reform, "thanh-dien") == ["dissolved: 2025-07-01", "successor: thanh-dien-tay-ninh"])
        let report = SiteBuilder.build(BuildOptions(content: site.content, output: output))
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics.map(\.formatted))")
        #expect(try String(contentsOfFile: output + "/2025/06/index.html", encoding: .utf8) == month)
    }
}

@Suite("The map's columns")
struct ReformColumnsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let header: String
        /// The columns of old code, old name, new code, new name, “Chính”, from 0; nil: not there.
        let columns: [Int?]?
        var testDescription: String { header }
    }

    static let cases: [Case] = [
        Case(header: "Mã PX cũ;Tên cũ;Mã PX mới;Tên mới;Chính", columns: [0, 1, 2, 3, 4]),
        Case(header: "STT;Mã cũ;Mã mới", columns: [1, nil, 2, nil, nil]),
        Case(header: "MA PX MOI,MA PX CU,TEN PX CU", columns: [1, 2, 0, nil, nil]),
        Case(header: "Mã phường xã cũ;Tên phường xã cũ;Mã phường xã mới;Tên phường xã mới;Là chính", columns: [0, 1, 2, 3, 4]),
        Case(header: "Mã PX cũ;Tên cũ;Tên mới", columns: nil),
        Case(header: "Mã cũ;Mã PX cũ;Mã mới", columns: nil),
    ]

    @Test(arguments: cases)
    func recognisesTheHeadersOrSaysWhichIsMissing(_ c: Case) {
        let header = c.header.split(separator: c.header.contains(";") ? ";" : ",").map(String.init)
        switch ReformColumns.recognise(header, file: "map.csv") {
        case .success(let columns):
            #expect([ReformColumns.Field.oldCode, .oldName, .newCode, .newName, .principal].map { columns[$0] } == c.columns)
        case .failure(let e):
            #expect(c.columns == nil, "\(e.message.text(in: .en))")
        }
    }

    @Test(arguments: [("x", true), ("Có", true), ("1", true), ("", false), ("không", false), ("có lẽ", nil)] as [(String, Bool?)])
    func chinhSaysYesOrNo(_ cell: String, _ yes: Bool?) {
        #expect(ReformColumns.isPrincipal(cell) == yes)
    }
}

@Suite("Adding fields to a unit file")
struct FrontMatterEditTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let expected: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "before the closing fence, the rest kept", text: "---\nname: \"Phường Hiệp Tân\"\n# a comment\n---\n\nBody.\n",
             expected: "---\nname: \"Phường Hiệp Tân\"\n# a comment\ndissolved: 2025-07-01\nsuccessor: thanh-dien\n---\n\nBody.\n"),
        Case(name: "Windows line ends and a byte-order mark", text: "\u{FEFF}---\r\nname: \"X\"\r\n---\r\n",
             expected: "\u{FEFF}---\r\nname: \"X\"\r\ndissolved: 2025-07-01\r\nsuccessor: thanh-dien\r\n---\r\n"),
        Case(name: "a field there without a value is filled in", text: "---\nname: \"X\"\ndissolved:\n---\n",
             expected: "---\nname: \"X\"\ndissolved: 2025-07-01\nsuccessor: thanh-dien\n---\n"),
        Case(name: "no front matter", text: "name: X\n", expected: nil),
    ]

    @Test(arguments: cases)
    func addsTheLinesAndNothingElse(_ c: Case) {
        #expect(FrontMatterEdit.adding([("dissolved", "2025-07-01"), ("successor", "thanh-dien")], to: c.text) == c.expected)
    }
}
