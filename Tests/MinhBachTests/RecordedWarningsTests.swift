import Foundation
import Testing
import MinhBachCore
import MinhBachBuild

/// A build that finds nothing changed is skipped, and shows the warnings of the build it
/// skips, as that build said them: a warning is never said once and then never again.
@Suite("Warnings of a skipped build")
struct RecordedWarningsTests {
    @Test func aSkippedBuildShowsTheWarningsOfTheBuildItSkips() throws {
        let site = TemporarySite()
        defer { site.cleanUp(); removeSite(site.output) }
        site.write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\nghi_chu: \"x\"\n---\n")
        let first = site.build()
        let warnings = first.diagnostics.filter { $0.severity == .warning }
        #expect(!first.upToDate && warnings.contains { $0.field == "ghi_chu" })
        let second = site.build()
        #expect(second.upToDate)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.diagnostics.map { $0.formatted(in: .vi) } == first.diagnostics.map { $0.formatted(in: .vi) })
        // Mended, the warning is gone, from that build and from the one it skips.
        site.write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\n---\n")
        let mended = site.build()
        #expect(!mended.upToDate && !mended.diagnostics.contains { $0.field == "ghi_chu" })
        let again = site.build()
        #expect(again.upToDate && again.diagnostics == mended.diagnostics)
    }

    @Test func aStateWhoseWarningsCannotBeReadIsNotTrusted() throws {
        let site = TemporarySite()
        defer { site.cleanUp(); removeSite(site.output) }
        site.write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\nghi_chu: \"x\"\n---\n")
        _ = site.build()
        let path = site.output + "/.minhbach-state"
        let state = try String(contentsOfFile: path, encoding: .utf8)
        #expect(state.contains("\nw {"))
        // A warning line changed, the state's checksum no longer holds: every file is read again.
        try state.replacingOccurrences(of: "\"ghi_chu\"", with: "\"ghi_chU\"").write(toFile: path, atomically: true, encoding: .utf8)
        let next = site.build()
        #expect(!next.upToDate)
        #expect(next.diagnostics.contains { $0.field == "ghi_chu" })
    }
}
