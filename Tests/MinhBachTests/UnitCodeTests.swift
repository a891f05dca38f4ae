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
