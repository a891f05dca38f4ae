import Testing
import MinhBachCore
import MinhBachBuild

/// A unit's `code` is an electronic identifier or the statistics office's code of the unit
/// (what `import units` writes); anything else is warned about, with its line.
@Suite("A unit's code")
struct UnitCodeTests {
    @Test(arguments: [
        ("000.21.35.H53", false),
        ("25633", false),   // Phường Hiệp Tân, before 2025
        ("80", false),      // Tỉnh Tây Ninh, since 2025
        ("709", false),     // a district
        ("2563", true),
        ("H53", true),
        ("25633a", true),
    ])
    func isWarnedAboutOnlyWhenItIsNeitherKind(code: String, warned: Bool) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\ncode: \"\(code)\"\n---\n")
        let report = site.build()
        #expect(report.succeeded)
        let found = report.diagnostics.filter { $0.code == .badCode }
        #expect(found.isEmpty != warned)
        if warned { #expect(found.first?.location.line == 5 && found.first?.field == "code") }
    }
}

/// The pages name what a code is: the statistics office's code of an administrative unit is
/// "mã đơn vị hành chính", an agency's electronic identifier "mã định danh".
@Suite("How a unit's code is labelled")
struct UnitCodeLabelTests {
    static let administrative = "mã đơn vị hành chính", agency = "mã định danh"

    @Test(arguments: [
        ("80", administrative),             // Tỉnh Tây Ninh, since 2025
        ("709", administrative),            // a district
        ("25633", administrative),          // Phường Hiệp Tân, before 2025
        ("000.21.35.H53", agency),
        ("H53.35", agency),
        ("2563", agency),                   // neither kind: warned about, shown as the identifier meant
        (nil, nil),
    ] as [(String?, String?)])
    func onTheUnitsPageAndInTheListOfUnits(code: String?, label: String?) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\n" + (code.map { "code: \"\($0)\"\n" } ?? "") + "---\n")
        #expect(site.build().succeeded)
        let page = visibleText(try #require(site.read("Site/don-vi/an/index.html")))
        let list = visibleText(try #require(site.read("Site/don-vi/index.html")))
        if let code, let label {
            #expect(page.contains("phường · \(label) \(code) · thuộc Thị xã Thử"), "\(page)")
            #expect(list.contains("Phường An (phường, \(label) \(code))"), "\(list)")
        }
        for other in [Self.administrative, Self.agency] where other != label {
            #expect(!page.contains(other) && !list.contains(other), "\(other)")
        }
    }

    @Test func inEnglish() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/site.yaml", "title: \"Test\"\nauthority: \"Town\"\nroot: thi-xa\nlanguage: en\n")
        site.write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\ncode: \"25633\"\n---\n")
        site.write("Content/units/binh.md", "---\nname: \"Phường Bình\"\nkind: phường\nparent: thi-xa\ncode: \"000.21.35.H53\"\n---\n")
        #expect(site.build().succeeded)
        #expect(visibleText(try #require(site.read("Site/don-vi/an/index.html"))).contains("phường · administrative unit code 25633 ·"))
        #expect(visibleText(try #require(site.read("Site/don-vi/binh/index.html"))).contains("phường · identifier 000.21.35.H53 ·"))
    }
}
