import Foundation
import Testing
import MinhBachCore
import MinhBachContent
@testable import MinhBachEditor

/// `lat` and `lon` in a unit's file: where its dot goes on its parent's map.
@Suite("Coordinates of units")
struct CoordinateTests {
    static let file = "Content/units/dong.md"
    static func unit(_ lines: String) -> String { "---\nname: \"Xã Đông\"\nkind: xã\nparent: thi-xa\n\(lines)---\n" }

    struct Bad: CustomTestStringConvertible, Sendable {
        let name: String
        let lines: String
        let field: String
        let en: String
        let vi: String
        var testDescription: String { name }
    }

    static let bad: [Bad] = [
        Bad(name: "a latitude south of Vietnam", lines: "lat: 1.2868\nlon: 106.1052\n", field: "lat",
            en: "\(file):5:6: error: `lat` is 1.2868, outside Vietnam, which lies within 7–24 °N",
            vi: "\(file):5:6: lỗi: `lat` là 1,2868, nằm ngoài lãnh thổ Việt Nam (từ vĩ độ 7 đến 24 độ Bắc)"),
        Bad(name: "latitude and longitude swapped", lines: "lat: 106.1052\nlon: 11.2868\n", field: "lat",
            en: "\(file):5:6: error: `lat` is 106.1052, outside Vietnam, which lies within 7–24 °N",
            vi: "\(file):5:6: lỗi: `lat` là 106,1052, nằm ngoài lãnh thổ Việt Nam (từ vĩ độ 7 đến 24 độ Bắc)"),
        Bad(name: "a longitude west of Vietnam (Myanmar)", lines: "lat: 21.5\nlon: 96,1\n", field: "lon",
            en: "\(file):6:6: error: `lon` is 96.1, outside Vietnam, which lies within 102–115 °E",
            vi: "\(file):6:6: lỗi: `lon` là 96,1, nằm ngoài lãnh thổ Việt Nam (từ kinh độ 102 đến 115 độ Đông)"),
        Bad(name: "a latitude without its longitude", lines: "lat: 11.2868\n", field: "lon",
            en: "\(file):5:6: error: `lat` is given without `lon`",
            vi: "\(file):5:6: lỗi: có `lat` nhưng thiếu `lon`"),
        Bad(name: "a longitude without its latitude", lines: "lon: 106.1052\n", field: "lat",
            en: "\(file):5:6: error: `lon` is given without `lat`",
            vi: "\(file):5:6: lỗi: có `lon` nhưng thiếu `lat`"),
        Bad(name: "degrees and minutes", lines: "lat: \"11°17′\"\nlon: 106.1052\n", field: "lat",
            en: "\(file):5:6: error: `lat` must be a number of degrees, found \"11°17′\"",
            vi: "\(file):5:6: lỗi: `lat` phải là số đo độ, nhưng là \"11°17′\""),
    ]

    @Test(arguments: bad)
    func aPlaceOutsideVietnamOrHalfGivenIsAnErrorNamingFileLineAndField(_ c: Bad) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(Self.file, Self.unit(c.lines))
        let report = site.build()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.field == c.field)
        #expect(errors.map { $0.formatted.split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") } == [c.en])
        #expect(errors.map { $0.formatted(in: .vi).split(separator: "\n")[0].replacingOccurrences(of: site.content, with: "Content") } == [c.vi])
        #expect(!report.wroteOutput)
    }

    struct Good: CustomTestStringConvertible, Sendable {
        let lines: String
        /// The unit's `lat` and `lon` in its open data, as JSON.
        let json: String
        var testDescription: String { lines.replacingOccurrences(of: "\n", with: " ") }
    }

    static let good: [Good] = [
        Good(lines: "", json: "\"lat\": null, \"lon\": null"),
        Good(lines: "lat: 11.2868\nlon: 106.1052\n", json: "\"lat\": 11.2868, \"lon\": 106.1052"),
        // The official lists give six decimals; four (about 11 m) are kept, rounded.
        Good(lines: "lat: 11.286792\nlon: 106,105151\n", json: "\"lat\": 11.2868, \"lon\": 106.1052"),
        // Trường Sa, the easternmost unit of the official list, is in Vietnam.
        Good(lines: "lat: 9.71\nlon: 114.45\n", json: "\"lat\": 9.71, \"lon\": 114.45"),
    ]

    @Test(arguments: good)
    func aPlaceInVietnamIsInTheUnitsOpenData(_ c: Good) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(Self.file, Self.unit(c.lines))
        let report = site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.formatted))")
        let json = try #require(site.read("Site/don-vi/dong/du-lieu.json"))
        let flat = json.replacingOccurrences(of: "\n", with: " ").replacing(#/ +/#, with: " ")
        #expect(flat.contains(c.json), "\(flat.prefix(300))")
    }
}

/// `minhbach import units` with a list that has the communes' centroids.
@Suite("minhbach import units, coordinates")
struct UnitListCoordinateTests {
    static let rows = "Tỉnh Tây Ninh;80;Phường Thanh Điền;25633;11.286792;106.105171\nTỉnh Tây Ninh;80;Xã Tân An;27637;10.9;106.3\n"

    @Test(arguments: ["Vĩ độ;Kinh độ", "Lat;Lon", "Latitude;Longitude", "VI DO;KINH DO", "lat;lng"])
    func theCoordinateColumnsAreReadByTheirNamesAndWritten(_ headers: String) throws {
        let site = UnitListSite(list: "Tỉnh / Thành phố;Mã TP;Phường / Xã;Mã PX;\(headers)\n" + Self.rows)
        defer { site.cleanUp() }
        let outcome = try site.run(write: true)
        #expect(outcome.problems.isEmpty, "\(outcome.problems.map(\.formatted))")
        #expect(site.read("Content/units/thanh-dien.md")?.contains("parent: tay-ninh\nlat: 11.2868\nlon: 106.1052\n") == true)
        #expect(site.read("Content/units/tan-an.md")?.contains("lat: 10.9\nlon: 106.3\n") == true)
        // A province's row gives a commune's place, not its own.
        #expect(site.read("Content/units/tay-ninh.md")?.contains("lat:") == false)
        #expect(try site.run(write: true).written.isEmpty)
    }

    @Test func aListWithoutCoordinatesWritesNone() throws {
        let site = UnitListSite(list: "Tỉnh / Thành phố;Mã TP;Phường / Xã;Mã PX\nTỉnh Tây Ninh;80;Phường Thanh Điền;25633\n")
        defer { site.cleanUp() }
        _ = try site.run(write: true)
        #expect(site.read("Content/units/thanh-dien.md")?.contains("lat:") == false)
    }

    @Test func aLatitudeColumnWithoutALongitudeColumnStopsTheImport() {
        let site = UnitListSite(list: "Tỉnh / Thành phố;Mã TP;Phường / Xã;Mã PX;Vĩ độ\nTỉnh Tây Ninh;80;Phường Thanh Điền;25633;11.28\n")
        defer { site.cleanUp() }
        guard case .failure(let e) = UnitListImporter.run(.init(content: site.content, csv: site.list)) else {
            Issue.record("accepted a latitude alone"); return
        }
        #expect(e.text(in: .vi).replacingOccurrences(of: site.list, with: "LIST").hasPrefix("lỗi: LIST không có cột “Kinh độ”"), "\(e.text(in: .vi))")
    }

    struct BadCell: Sendable, CustomTestStringConvertible {
        let cells: String
        let lines: [String]
        init(cells: String, line: String) { self.cells = cells; lines = [line] }
        init(cells: String, lines: [String]) { self.cells = cells; self.lines = lines }
        var testDescription: String { cells }
    }

    static let badCells: [BadCell] = [
        BadCell(cells: "11.28;", line: "list.csv:2:6: lỗi: ô “Kinh độ” để trống, nhưng ô “Vĩ độ” thì không"),
        BadCell(cells: ";106.1", line: "list.csv:2:5: lỗi: ô “Vĩ độ” để trống, nhưng ô “Kinh độ” thì không"),
        BadCell(cells: "11°17′;106.1", line: "list.csv:2:5: lỗi: ô “Vĩ độ” là “11°17′”, không phải số đo độ"),
        BadCell(cells: "106.1;11.28", lines: ["list.csv:2:5: lỗi: ô “Vĩ độ” là 106,1, nằm ngoài lãnh thổ Việt Nam (từ vĩ độ 7 đến 24 độ Bắc)",
                                              "list.csv:2:6: lỗi: ô “Kinh độ” là 11,28, nằm ngoài lãnh thổ Việt Nam (từ kinh độ 102 đến 115 độ Đông)"]),
        BadCell(cells: "11.28;-106.1", line: "list.csv:2:6: lỗi: ô “Kinh độ” là -106,1, nằm ngoài lãnh thổ Việt Nam (từ kinh độ 102 đến 115 độ Đông)"),
    ]

    @Test(arguments: badCells)
    func aBadCellIsNamedByItsLineAndColumnAndNothingIsWritten(_ c: BadCell) throws {
        let site = UnitListSite(list: "Tỉnh / Thành phố;Mã TP;Phường / Xã;Mã PX;Vĩ độ;Kinh độ\nTỉnh Tây Ninh;80;Phường Thanh Điền;25633;\(c.cells)\n")
        defer { site.cleanUp() }
        let outcome = try site.run(write: true)
        #expect(outcome.written.isEmpty && site.unitFiles() == ["viet-nam.md"])
        let lines = outcome.problems.map { $0.formatted(in: .vi).split(separator: "\n")[0].replacingOccurrences(of: site.folder + "/", with: "") }
        #expect(lines == c.lines)
    }

    struct Kept: Sendable, CustomTestStringConvertible {
        let name: String
        /// The `lat`/`lon` lines of the file already there.
        let lines: String
        let kept: UnitListImporter.CoordinatesKept?
        var testDescription: String { name }
    }

    static let place = Coordinates(lat: Figure(units: 112_868), lon: Figure(units: 1_061_052))
    static let kept: [Kept] = [
        Kept(name: "a file without coordinates", lines: "", kept: .missing(place)),
        Kept(name: "a file with other coordinates", lines: "lat: 11.3\nlon: 106.1\n", kept: .differ(place)),
        Kept(name: "a file with the list's", lines: "lat: 11.2868\nlon: 106.1052\n", kept: nil),
    ]

    /// A place is not what a unit is: the file stays as it is, the dry run says what the list has.
    @Test(arguments: kept)
    func anExistingFileKeepsItsPlaceOrItsLackOfOne(_ c: Kept) throws {
        let site = UnitListSite(root: ("tay-ninh", "Tỉnh Tây Ninh", "tỉnh", "80"),
                                list: "Tỉnh / Thành phố;Mã TP;Phường / Xã;Mã PX;Vĩ độ;Kinh độ\nTỉnh Tây Ninh;80;Phường Thanh Điền;25633;11.286792;106.105171\n")
        defer { site.cleanUp() }
        let file = "---\nname: \"Phường Thanh Điền\"\nkind: \"phường\"\ncode: \"25633\"\nparent: tay-ninh\n\(c.lines)---\n"
        site.write("Content/units/thanh-dien.md", file)
        let outcome = try site.run(write: true)
        #expect(outcome.problems.isEmpty, "\(outcome.problems.map(\.formatted))")
        #expect(outcome.written.isEmpty)
        #expect(outcome.units.map(\.action) == [.unchanged])
        #expect(outcome.units.first?.coordinates == c.kept)
        #expect(site.read("Content/units/thanh-dien.md") == file)
    }

    @Test(arguments: DiagnosticLanguage.allCases)
    func theDryRunSaysWhichFilesLackTheListsCoordinates(_ language: DiagnosticLanguage) throws {
        let site = UnitListSite(root: ("tay-ninh", "Tỉnh Tây Ninh", "tỉnh", "80"),
                                list: "Tỉnh / Thành phố;Mã TP;Phường / Xã;Mã PX;Vĩ độ;Kinh độ\nTỉnh Tây Ninh;80;Phường Thanh Điền;25633;11.286792;106.105171\n")
        defer { site.cleanUp() }
        site.write("Content/units/thanh-dien.md", "---\nname: \"Phường Thanh Điền\"\nkind: \"phường\"\ncode: \"25633\"\nparent: tay-ninh\n---\n")
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
        #expect(text == (language == .en ? """
            list.csv:2: Phường Thanh Điền → Content/units/thanh-dien.md (unchanged; the list gives lat 11.2868, lon 106.1052, which the file has not)
            1 unit file has no coordinates and the list has them; an import never changes a file that exists: add `lat` and `lon` to it to place it on the map.
            Nothing to write: every unit of the list has its file already.

            """ : """
            list.csv:2: Phường Thanh Điền → Content/units/thanh-dien.md (không đổi; danh sách ghi lat 11,2868, lon 106,1052, tệp chưa có)
            1 tệp đơn vị chưa có tọa độ mà danh sách có; lệnh nhập không bao giờ sửa tệp đã có: thêm `lat` và `lon` vào tệp để đơn vị hiện trên bản đồ.
            Không có gì để ghi: mọi đơn vị trong danh sách đều đã có tệp.

            """))
    }
}
