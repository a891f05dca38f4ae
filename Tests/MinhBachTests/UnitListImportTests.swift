import Foundation
import Testing
import MinhBachCore
import MinhBachBuild
@testable import MinhBachEditor

/// A site whose root is the country or one province, with the list of units beside it.
struct UnitListSite {
    let folder = NSTemporaryDirectory() + "minhbach-units-" + UUID().uuidString
    var content: String { folder + "/Content" }
    var list: String { folder + "/list.csv" }

    /// - Parameter root: the root unit's slug, name, kind and code.
    init(root: (slug: String, name: String, kind: String, code: String?) = ("viet-nam", "Việt Nam", "quốc gia", nil), list text: String) {
        write("Content/site.yaml", "title: \"Thử\"\nauthority: \"Thử\"\nroot: \(root.slug)\nbase_url: \"https://example.vn/\"\n")
        write("Content/index.yaml", TemporarySite.index)
        write("Content/units/\(root.slug).md", "---\nname: \"\(root.name)\"\nkind: \"\(root.kind)\"\n" + (root.code.map { "code: \"\($0)\"\n" } ?? "") + "---\n")
        write("list.csv", text)
    }

    func write(_ relative: String, _ text: String) {
        let path = folder + "/" + relative
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) -> String? { try? String(contentsOfFile: folder + "/" + relative, encoding: .utf8) }

    func unitFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: content + "/units")) ?? []).sorted()
    }

    func run(province: String? = nil, write: Bool = false) throws -> UnitListImporter.Outcome {
        try UnitListImporter.run(.init(content: content, csv: list, province: province, write: write)).get()
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }
}

/// The lists below use real names and codes of the units since 1 July 2025 (Tây Ninh 80,
/// Cà Mau 96) and before it (Tây Ninh 72, Thị xã Hòa Thành 709, Phường Hiệp Tân 25633).
@Suite("minhbach import units")
struct UnitListImportTests {
    struct Headers: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let slugs: [String]
        var testDescription: String { name }
    }

    static let headers: [Headers] = [
        Headers(name: "as the statistics office exports it", text: "Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\nTỉnh Tây Ninh,80,Phường Thanh Điền,25630,Phường,Thanh Dien Ward\n",
                slugs: ["tay-ninh", "thanh-dien"]),
        Headers(name: "with slashes", text: "Tỉnh / Thành phố,Mã TP,Phường / Xã,Mã PX\nTỉnh Tây Ninh,80,Phường Thanh Điền,25630\n",
                slugs: ["tay-ninh", "thanh-dien"]),
        Headers(name: "without diacritics, in capitals", text: "TINH THANH PHO,MA TP,PHUONG XA,MA PX\nTỉnh Tây Ninh,80,Phường Thanh Điền,25630\n",
                slugs: ["tay-ninh", "thanh-dien"]),
        Headers(name: "with a byte-order mark and semicolons", text: "\u{FEFF}Tỉnh/Thành phố;Mã TP;Phường/Xã;Mã PX\nTỉnh Tây Ninh;80;Phường Thanh Điền;25630\n",
                slugs: ["tay-ninh", "thanh-dien"]),
        Headers(name: "in another order, with districts (before 2025)", text: "Mã PX;Phường Xã;Mã QH;Quận Huyện;Mã TP;Tỉnh Thành Phố\n25633;Phường Hiệp Tân;709;Thị xã Hòa Thành;72;Tỉnh Tây Ninh\n",
                slugs: ["hiep-tan", "hoa-thanh", "tay-ninh"]),
    ]

    @Test(arguments: headers)
    func recognisesTheHeadersHoweverTheyAreWritten(_ c: Headers) throws {
        let site = UnitListSite(list: c.text)
        defer { site.cleanUp() }
        let outcome = try site.run()
        #expect(outcome.problems.isEmpty, "\(outcome.problems.map(\.formatted))")
        #expect(outcome.units.map(\.slug).sorted() == c.slugs)
    }

    struct MissingColumn: Sendable, CustomTestStringConvertible {
        let header: String
        let message: String
        var testDescription: String { header }
    }

    static let missingColumns: [MissingColumn] = [
        MissingColumn(header: "Tỉnh / Thành phố,Phường / Xã,Mã PX", message: "lỗi: LIST không có cột “Mã TP”"),
        MissingColumn(header: "Tỉnh / Thành phố,Mã TP,Quận / Huyện,Phường / Xã,Mã PX", message: "lỗi: LIST không có cột “Mã QH”"),
        MissingColumn(header: "Tỉnh,Mã TP,Phường Xã,Mã Xã,Phường / Xã", message: "lỗi: các cột “Phường Xã” (cột 3) và “Phường / Xã” (cột 5) của LIST đều là “Phường / Xã”"),
    ]

    @Test(arguments: missingColumns)
    func aColumnMissingOrTwiceStopsTheImport(_ c: MissingColumn) {
        let site = UnitListSite(list: c.header + "\n")
        defer { site.cleanUp() }
        guard case .failure(let e) = UnitListImporter.run(.init(content: site.content, csv: site.list)) else {
            Issue.record("accepted the header"); return
        }
        #expect(e.text(in: .vi).replacingOccurrences(of: site.list, with: "LIST").hasPrefix(c.message), "\(e.text(in: .vi))")
    }

    struct Kind: Sendable, CustomTestStringConvertible {
        let name: String
        let level: UnitLevel
        var cell: String? = nil
        /// nil when refused.
        let kind: String?
        var rest: String? = nil
        var testDescription: String { "\(name) (\(level))" }
    }

    static let kinds: [Kind] = [
        Kind(name: "Tỉnh Tây Ninh", level: .province, kind: "tỉnh", rest: "Tây Ninh"),
        Kind(name: "Thành phố Hồ Chí Minh", level: .province, kind: "thành phố", rest: "Hồ Chí Minh"),
        Kind(name: "Thành phố Tây Ninh", level: .district, kind: "thành phố", rest: "Tây Ninh"),
        Kind(name: "Thị xã Hòa Thành", level: .district, kind: "thị xã", rest: "Hòa Thành"),
        Kind(name: "Huyện Tân Biên", level: .district, kind: "huyện"),
        Kind(name: "Quận 1", level: .district, kind: "quận", rest: "1"),
        Kind(name: "Phường Thanh Điền", level: .commune, kind: "phường", rest: "Thanh Điền"),
        Kind(name: "Xã Tân An", level: .commune, kind: "xã", rest: "Tân An"),
        Kind(name: "Thị trấn Tân Biên", level: .commune, kind: "thị trấn", rest: "Tân Biên"),
        Kind(name: "Đặc khu Côn Đảo", level: .commune, kind: "đặc khu", rest: "Côn Đảo"),
        Kind(name: "XÃ TÂN AN", level: .commune, kind: "xã", rest: "TÂN AN"),
        Kind(name: "Xã Tân An", level: .commune, cell: "Xã", kind: "xã", rest: "Tân An"),
        Kind(name: "Côn Đảo", level: .commune, cell: "Đặc khu", kind: "đặc khu", rest: "Côn Đảo"),
        // Refused: no kind, a kind of another level, a “Cấp” that says otherwise.
        Kind(name: "Ấp Bàu", level: .commune, kind: nil),
        Kind(name: "Thành phố Tây Ninh", level: .commune, kind: nil),
        Kind(name: "Phường Thanh Điền", level: .province, kind: nil),
        Kind(name: "Phường Thanh Điền", level: .commune, cell: "Xã", kind: nil),
        Kind(name: "Xã Tân An", level: .commune, cell: "Ấp", kind: nil),
    ]

    @Test(arguments: kinds)
    func theKindComesFromTheNameOrTheLevelColumn(_ c: Kind) {
        switch UnitKind.of(c.name, level: c.level, cell: c.cell) {
        case .success(let (kind, rest)):
            #expect(kind == c.kind)
            if let expected = c.rest { #expect(rest == expected) }
        case .failure:
            #expect(c.kind == nil)
        }
    }

    /// The rule gives every unit of the sample the slug it has: the rule is the sample's.
    @Test func theSlugRuleIsTheSamplesOwn() throws {
        let folder = repositoryRoot + "/Content/units"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }
        #expect(files.count >= 8)
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let name = text.split(separator: "\n").first { $0.hasPrefix("name:") }!.dropFirst(5).trimmingCharacters(in: .whitespaces.union(["\""]))
            let split = try #require(UnitKind.split(name))
            let base = UnitListImporter.baseSlug(kind: split.kind, rest: split.rest)
            // A new ward named as an old unit of the site (Phường Long Hoa, Phường Hòa Thành
            // after 2025) is told apart by its province's name, as `import units` does.
            let expected = file != base + ".md" && files.contains(base + ".md") && text.contains("established:") ? base + "-tay-ninh" : base
            #expect(expected + ".md" == file)
        }
        #expect(UnitListImporter.baseSlug(kind: "phường", rest: "1") == "phuong-1")
        #expect(UnitListImporter.baseSlug(kind: "đặc khu", rest: "Côn Đảo") == "con-dao")
    }

    struct Collision: Sendable, CustomTestStringConvertible {
        let name: String
        let rows: [String]
        var districts = false
        let slugs: [String]
        /// Each group told apart: the slug wanted, and the slugs given.
        let toldApart: [String: [String]]
        var testDescription: String { name }
    }

    static let collisions: [Collision] = [
        Collision(name: "one name in two provinces", rows: ["Tỉnh Tây Ninh,80,Xã Tân An,27637", "Tỉnh Cà Mau,96,Xã Tân An,32017"],
                  slugs: ["ca-mau", "tan-an-ca-mau", "tan-an-tay-ninh", "tay-ninh"],
                  toldApart: ["tan-an": ["tan-an-ca-mau", "tan-an-tay-ninh"]]),
        Collision(name: "one name in one province, under two districts",
                  rows: ["Tỉnh Tây Ninh,72,Huyện Tân Biên,705,Xã Tân Bình,25510", "Tỉnh Tây Ninh,72,Huyện Tân Châu,706,Xã Tân Bình,25540"],
                  districts: true, slugs: ["tan-bien", "tan-binh-tan-bien", "tan-binh-tan-chau", "tan-chau", "tay-ninh"],
                  toldApart: ["tan-binh": ["tan-binh-tan-bien", "tan-binh-tan-chau"]]),
        Collision(name: "one name twice under one parent: by the code",
                  rows: ["Tỉnh Tây Ninh,80,Xã Tân An,27637", "Tỉnh Tây Ninh,80,Xã Tân An,27640", "Tỉnh Cà Mau,96,Xã Tân An,32017"],
                  slugs: ["ca-mau", "tan-an-ca-mau", "tan-an-tay-ninh-27637", "tan-an-tay-ninh-27640", "tay-ninh"],
                  toldApart: ["tan-an": ["tan-an-ca-mau", "tan-an-tay-ninh-27637", "tan-an-tay-ninh-27640"]]),
        Collision(name: "a province and a district: the province keeps its slug",
                  rows: ["Tỉnh Tây Ninh,72,Thành phố Tây Ninh,703,Phường 1,25459"], districts: true,
                  slugs: ["phuong-1", "tay-ninh", "tay-ninh-tay-ninh"],
                  toldApart: ["tay-ninh": ["tay-ninh", "tay-ninh-tay-ninh"]]),
    ]

    @Test(arguments: collisions, [false, true])
    func unitsOfOneNameAreToldApartWhateverTheOrderOfTheRows(_ c: Collision, _ reversed: Bool) throws {
        let header = c.districts ? "Tỉnh / Thành phố,Mã TP,Quận / Huyện,Mã QH,Phường / Xã,Mã PX" : "Tỉnh / Thành phố,Mã TP,Phường / Xã,Mã PX"
        let site = UnitListSite(list: ([header] + (reversed ? c.rows.reversed() : c.rows)).joined(separator: "\n") + "\n")
        defer { site.cleanUp() }
        let outcome = try site.run()
        #expect(outcome.problems.isEmpty, "\(outcome.problems.map(\.formatted))")
        #expect(outcome.units.map(\.slug).sorted() == c.slugs)
        #expect(Dictionary(uniqueKeysWithValues: outcome.toldApart.map { ($0.slug, $0.members.map(\.slug)) }) == c.toldApart)
    }

    static let twoProvinces = """
        Tỉnh Thành Phố;Mã TP;Phường Xã;Mã PX;Cấp
        Tỉnh Tây Ninh;80;Phường Thanh Điền;25630;Phường
        Tỉnh Tây Ninh;80;Xã Tân An;27637;Xã
        Tỉnh Cà Mau;96;Xã Tân An;32017;Xã
        Tỉnh Cà Mau;96;Đặc khu Hòn Khoai;32002;Đặc khu

        """

    @Test func aDryRunWritesNothingThenWriteWritesOnceAndTheSiteChecks() throws {
        let site = UnitListSite(list: Self.twoProvinces)
        defer { site.cleanUp() }
        let dry = try site.run()
        #expect(dry.units.count == 6 && dry.units.allSatisfy { $0.action == .create })
        #expect(dry.written.isEmpty)
        #expect(site.unitFiles() == ["viet-nam.md"])
        let written = try site.run(write: true)
        #expect(written.written.count == 6)
        #expect(site.unitFiles() == ["ca-mau.md", "hon-khoai.md", "tan-an-ca-mau.md", "tan-an-tay-ninh.md", "tay-ninh.md", "thanh-dien.md", "viet-nam.md"])
        #expect(site.read("Content/units/tan-an-tay-ninh.md")?.hasPrefix("---\nname: \"Xã Tân An\"\nkind: \"xã\"\ncode: \"27637\"\nparent: tay-ninh\n") == true)
        #expect(site.read("Content/units/tay-ninh.md")?.contains("kind: \"tỉnh\"\ncode: \"80\"\nparent: viet-nam\n") == true)
        let again = try site.run(write: true)
        #expect(again.written.isEmpty)
        #expect(again.units.allSatisfy { $0.action == .unchanged })
        let report = SiteBuilder.build(BuildOptions(content: site.content, theme: themeFolder, write: false))
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics.map(\.formatted))")
    }

    struct Existing: CustomTestStringConvertible, Sendable {
        let name: String
        /// The site's unit, and the slug it is at.
        let slug: String
        let file: String
        /// nil: the list's unit is refused, with this field; else the slug the list's unit gets.
        let field: String?
        let listSlug: String?
        var testDescription: String { name }
    }

    /// What the site has decides whether the list's unit is the site's (then a field that
    /// differs is refused and named) or another one (then it is told apart, and written).
    static let existing: [Existing] = [
        Existing(name: "the same unit with another kind: refused, naming `kind`", slug: "tan-an-tay-ninh",
                 file: "---\nname: \"Xã Tân An\"\nkind: \"phường\"\ncode: \"27637\"\nparent: tay-ninh\n---\n", field: "kind", listSlug: nil),
        Existing(name: "a unit written by hand with an electronic identifier: refused, naming `code`", slug: "tan-an",
                 file: "---\nname: \"Xã Tân An\"\nkind: \"xã\"\ncode: \"000.21.35.H53\"\nparent: tay-ninh\n---\n", field: "code", listSlug: nil),
        Existing(name: "a unit of that name with another statistics code: another unit, told apart", slug: "tan-an-tay-ninh",
                 file: "---\nname: \"Xã Tân An\"\nkind: \"xã\"\ncode: \"27640\"\nparent: tay-ninh\n---\n", field: nil, listSlug: "tan-an-tay-ninh-27637"),
    ]

    @Test(arguments: existing)
    func anExistingUnitIsNeverChanged(_ c: Existing) throws {
        let site = UnitListSite(list: Self.twoProvinces)
        defer { site.cleanUp() }
        site.write("Content/units/\(c.slug).md", c.file)
        let outcome = try site.run(write: true)
        let listed = outcome.units.first { $0.line == 3 }
        #expect(site.read("Content/units/\(c.slug).md") == c.file)
        if let field = c.field {
            #expect(outcome.written.isEmpty)
            #expect(site.unitFiles() == [c.slug + ".md", "viet-nam.md"].sorted())
            #expect(listed?.slug == c.slug && listed?.action == .refuse)
            #expect(outcome.problems.map(\.field) == [field])
            #expect(outcome.problems.first?.location.line == 3)
        } else {
            #expect(outcome.problems.isEmpty)
            #expect(listed?.slug == c.listSlug && listed?.action == .create)
            #expect(outcome.toldApart.first { $0.slug == "tan-an" }?.members.map(\.slug) == ["tan-an-ca-mau", "tan-an-tay-ninh", "tan-an-tay-ninh-27637"])
        }
    }

    @Test func anExistingUnitWithOtherValuesIsRefusedInTheEditorsWords() throws {
        let site = UnitListSite(list: Self.twoProvinces)
        defer { site.cleanUp() }
        site.write("Content/units/tan-an.md", Self.existing[1].file)
        let outcome = try site.run(write: true)
        let lines = outcome.problems.map { $0.formatted(in: .vi).replacingOccurrences(of: site.folder + "/", with: "") }
        #expect(lines == ["list.csv:3:4: lỗi: Content/units/tan-an.md đã có `code` \"000.21.35.H53\", danh sách ghi \"27637\"; không ghi đè\n"
                          + "  gợi ý: sửa tệp hoặc danh sách: lệnh nhập không bao giờ sửa đơn vị đã có"])
    }

    /// After the 2025 reorganisation a national site holds the old provinces and the new:
    /// new Tỉnh Tây Ninh (80) is neither old Tỉnh Tây Ninh (72) nor old Tỉnh Long An (80).
    @Test func theOldListBesideTheNewKeepsTheNewUnitsSlugs() throws {
        let site = UnitListSite(list: "Tỉnh Thành Phố;Mã TP;Phường Xã;Mã PX\nTỉnh Tây Ninh;80;Phường Thanh Điền;25633\n")
        defer { site.cleanUp() }
        _ = try site.run(write: true)
        site.write("list.csv", "Tỉnh Thành Phố;Mã TP;Quận Huyện;Mã QH;Phường Xã;Mã PX\nTỉnh Tây Ninh;72;Thị xã Hòa Thành;709;Phường Hiệp Tân;25633\n"
                   + "Tỉnh Long An;80;Huyện Đức Hòa;861;Xã Đức Lập Hạ;27853\n")
        let old = try site.run(write: true)
        #expect(old.problems.isEmpty, "\(old.problems.map(\.formatted))")
        #expect(old.units.map(\.slug) == ["tay-ninh-viet-nam", "hoa-thanh", "hiep-tan", "long-an", "duc-hoa", "duc-lap-ha"])
        #expect(old.toldApart.map { $0.members.map(\.slug) } == [["tay-ninh", "tay-ninh-viet-nam"]])
        #expect(site.read("Content/units/tay-ninh.md")?.contains("code: \"80\"") == true)
        #expect(site.read("Content/units/hoa-thanh.md")?.contains("parent: tay-ninh-viet-nam\n") == true)
        #expect(try site.run(write: true).written.isEmpty)
    }

    @Test(arguments: ["80", "Tây Ninh", "Tỉnh Tây Ninh", "tay ninh"])
    func oneProvinceWhoseRootIsTheProvince(_ province: String) throws {
        let site = UnitListSite(root: ("tay-ninh", "Tỉnh Tây Ninh", "tỉnh", "80"), list: Self.twoProvinces)
        defer { site.cleanUp() }
        let outcome = try site.run(province: province, write: true)
        #expect(outcome.problems.isEmpty)
        // The province is the root: no file of its own, and Tân An needs no telling apart.
        #expect(outcome.units.map(\.slug) == ["thanh-dien", "tan-an"])
        #expect(outcome.toldApart.isEmpty)
        #expect(site.read("Content/units/tan-an.md")?.contains("parent: tay-ninh\n") == true)
    }

    @Test func anUnknownProvinceIsRefusedWithANearMiss() {
        let site = UnitListSite(list: Self.twoProvinces)
        defer { site.cleanUp() }
        guard case .failure(let e) = UnitListImporter.run(.init(content: site.content, csv: site.list, province: "Tây Nin")) else {
            Issue.record("accepted an unknown province"); return
        }
        #expect(e.text(in: .en).hasPrefix("error: no province of \(site.list) is “Tây Nin”; did you mean `tay ninh`?"))
    }

    struct BadRow: Sendable, CustomTestStringConvertible {
        let row: String
        let line: String
        var testDescription: String { row }
    }

    static let badRows: [BadRow] = [
        BadRow(row: "Tỉnh Tây Ninh;80;Ấp Bàu;27700;", line: "list.csv:6:3: lỗi: “Ấp Bàu” không bắt đầu bằng loại đơn vị của cấp này (phường, xã, thị trấn, đặc khu)"),
        BadRow(row: "Tỉnh Tây Ninh;80;Xã Tân Hòa;27700;Ấp", line: "list.csv:6:5: lỗi: “Cấp” là “Ấp”, không phải một trong phường, xã, thị trấn, đặc khu"),
        BadRow(row: "Tỉnh Tây Ninh;80;Xã Tân Hòa;;Xã", line: "list.csv:6:4: lỗi: ô “Mã PX” để trống"),
        BadRow(row: "Tỉnh Tay Ninh;80;Xã Tân Hòa;27700;Xã", line: "list.csv:6:1: lỗi: Mã TP 80 là “Tỉnh Tây Ninh” ở dòng 2, nhưng ở đây là “Tỉnh Tay Ninh”"),
        BadRow(row: "Tỉnh Tây Ninh;80;Xã Tân An;27637;Xã", line: "list.csv:6:4: lỗi: mã 27637 đã có ở dòng 3 (“Xã Tân An”)"),
    ]

    @Test(arguments: badRows)
    func aBadRowIsNamedByItsLineAndNothingIsWritten(_ c: BadRow) throws {
        let site = UnitListSite(list: Self.twoProvinces + c.row + "\n")
        defer { site.cleanUp() }
        let outcome = try site.run(write: true)
        #expect(outcome.written.isEmpty && site.unitFiles() == ["viet-nam.md"])
        let lines = outcome.problems.map { $0.formatted(in: .vi).split(separator: "\n")[0].replacingOccurrences(of: site.folder + "/", with: "") }
        #expect(lines == [c.line])
    }

    @Test func everyBadRowIsReportedAtOnce() throws {
        let site = UnitListSite(list: Self.twoProvinces + Self.badRows.map(\.row).joined(separator: "\n") + "\n")
        defer { site.cleanUp() }
        let outcome = try site.run(write: true)
        #expect(outcome.problems.errorCount == Self.badRows.count)
        #expect(outcome.problems.map(\.location.line) == Array(6..<(6 + Self.badRows.count)))
    }
}

/// `minhbach import units` as an editor types it, next to `minhbach import TABLE.csv`.
@Suite("minhbach import units, the command")
struct UnitListCommandTests {
    @Test(arguments: DiagnosticLanguage.allCases)
    func printsEachFileAndWhichWereToldApart(_ language: DiagnosticLanguage) throws {
        let site = UnitListSite(list: UnitListImportTests.twoProvinces)
        defer { site.cleanUp() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: repositoryRoot + "/.build/debug/minhbach")
        process.arguments = ["import", "units", "list.csv", "--lang", language.rawValue]
        process.currentDirectoryURL = URL(fileURLWithPath: site.folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": site.folder + "/cache"]) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let (new, toldApart, line, notWritten) = language == .en
            ? ("new", "`tan-an` would name 2 units; they are told apart:", "line", "Nothing written: run again with --write to write the new files.")
            : ("tạo mới", "`tan-an` trùng cho 2 đơn vị; đã phân biệt như sau:", "dòng", "Chưa ghi gì: chạy lại với --write để ghi các tệp mới.")
        #expect(text == """
            list.csv:2: Tỉnh Tây Ninh → Content/units/tay-ninh.md (\(new))
            list.csv:2: Phường Thanh Điền → Content/units/thanh-dien.md (\(new))
            list.csv:3: Xã Tân An → Content/units/tan-an-tay-ninh.md (\(new))
            list.csv:4: Tỉnh Cà Mau → Content/units/ca-mau.md (\(new))
            list.csv:4: Xã Tân An → Content/units/tan-an-ca-mau.md (\(new))
            list.csv:5: Đặc khu Hòn Khoai → Content/units/hon-khoai.md (\(new))
            \(toldApart)
              tan-an-ca-mau: Xã Tân An, \(line) 4
              tan-an-tay-ninh: Xã Tân An, \(line) 3
            \(notWritten)

            """)
        #expect(site.unitFiles() == ["viet-nam.md"])
    }
}
