import Foundation
import Testing
@testable import MinhBachOutput

@Suite("Writing the site")
struct OutputTests {
    @Test(arguments: ["../x.html", "/etc/passwd", "a/../../b", "a//b", ".hidden", "a/./b", ""])
    func refusesPathsThatLeaveTheOutputFolder(path: String) {
        #expect(!OutputFile.isSafe(path))
    }

    @Test func writesOnlyChangedFilesAndRemovesOnlyItsOwnStaleOnes() throws {
        let folder = NSTemporaryDirectory() + "minhbach-out-" + UUID().uuidString
        defer { removeSite(folder) }
        let writer = SiteWriter(folder: folder)
        let first = try writer.write([OutputFile(path: "a/index.html", text: "A"), OutputFile(path: "b/index.html", text: "B")])
        #expect(first == SiteWriter.Report(written: 2, unchanged: 0, removed: 0))
        // A file the editor put there by hand is not the build's to remove.
        try "mine".write(toFile: folder + "/CNAME", atomically: true, encoding: .utf8)

        let second = try writer.write([OutputFile(path: "a/index.html", text: "A"), OutputFile(path: "c.html", text: "C")])
        #expect(second == SiteWriter.Report(written: 1, unchanged: 1, removed: 1))
        #expect(!FileManager.default.fileExists(atPath: folder + "/b/index.html"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/b"))
        #expect(FileManager.default.fileExists(atPath: folder + "/CNAME"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("minhbach-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func createsTheOutputFolderAndItsParents() throws {
        let top = NSTemporaryDirectory() + "minhbach-out-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: top) }
        let report = try SiteWriter(folder: top + "/a/b/site").write([OutputFile(path: "index.html", text: "x")])
        #expect(report.written == 1)
        #expect(FileManager.default.fileExists(atPath: top + "/a/b/site/index.html"))
    }

    /// The national downloads are written in pieces (the months' rows). However a file is cut,
    /// it has the bytes and the manifest hash of the whole: written again whole, it is unchanged.
    @Test(arguments: [[0, 17], [3, 8, 9], [1, 1, 1, 1, 1, 1, 1, 1, 1], [0, 0, 5, 0], [16]])
    func aFileWrittenInPiecesIsTheWholeFile(cuts: [Int]) throws {
        let folder = NSTemporaryDirectory() + "minhbach-out-" + UUID().uuidString
        defer { removeSite(folder) }
        let whole = Array("tháng,đơn vị,điểm\n2024-06,an,69.81\n".utf8)
        var pieces: [ArraySlice<UInt8>] = []
        var start = 0
        for cut in cuts {
            let end = min(whole.count, start + cut)
            pieces.append(whole[start..<end])
            start = end
        }
        pieces.append(whole[start...])
        let writer = SiteWriter(folder: folder)
        #expect(try writer.write([OutputFile(path: "ket-qua.csv", pieces: pieces)]).written == 1)
        #expect(FileManager.default.contents(atPath: folder + "/ket-qua.csv") == Data(whole))
        #expect(try writer.write([OutputFile(path: "ket-qua.csv", bytes: whole)]) == SiteWriter.Report(written: 0, unchanged: 1, removed: 0))
    }

    @Test func aFileChangedByHandIsWrittenAgain() throws {
        let folder = NSTemporaryDirectory() + "minhbach-out-" + UUID().uuidString
        defer { removeSite(folder) }
        let writer = SiteWriter(folder: folder)
        _ = try writer.write([OutputFile(path: "index.html", text: "Hello")])
        try "Hi".write(toFile: folder + "/index.html", atomically: true, encoding: .utf8)
        let again = try writer.write([OutputFile(path: "index.html", text: "Hello")])
        #expect(again.written == 1)
        #expect(try String(contentsOfFile: folder + "/index.html", encoding: .utf8) == "Hello")
    }
}

@Suite("Up to date: a rebuild with nothing changed")
struct UpToDateTests {
    @Test func anUnchangedSiteIsLeftAloneAndAnyChangeIsRebuilt() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        #expect(site.build().written > 0)
        let again = site.build()
        #expect(again.upToDate)
        #expect(again.written == 0)

        // Same size, same kind of edit: the content hash still sees it, so no stale figure survives.
        site.write("Content/results/2023-06/binh.md", "---\nscore: \"69,18\"\n---\n")
        let changed = site.build()
        #expect(!changed.upToDate)
        #expect(changed.written > 0)
        #expect(site.read("Site/2023/06/index.html")?.contains(">69,18</a>") == true)

        // A file deleted from the output is written again.
        try FileManager.default.removeItem(atPath: site.output + "/2023/06/index.html")
        let repaired = site.build()
        #expect(!repaired.upToDate)
        #expect(repaired.written == 1)
    }

    /// Skipped, and its warnings said again (see `RecordedWarningsTests`).
    @Test func aBuildWithWarningsIsSkippedAndSaysThemAgain() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\nsoure: x\n---\n")
        _ = site.build()
        let again = site.build()
        #expect(again.upToDate)
        #expect(again.diagnostics.map(\.code) == [.unknownField])
    }
}

@Suite("What the build records beside the site")
struct OutputRecordTests {
    /// A small site written twice, so that its manifest and state are those of a real build.
    func writtenSite(score: String = "69,81") throws -> (folder: String, manifest: [UInt8], state: [UInt8]) {
        let folder = NSTemporaryDirectory() + "minhbach-records-" + UUID().uuidString
        let writer = SiteWriter(folder: folder)
        let files = [OutputFile(path: "index.html", text: "Trang chủ"), OutputFile(path: "don-vi/an/index.html", text: "Phường An \(score)")]
        _ = try writer.write(files)
        _ = try writer.write(files)
        return (folder, FileManager.default.contents(atPath: folder + "/.minhbach-manifest").map { Array($0) } ?? [],
                FileManager.default.contents(atPath: folder + "/.minhbach-state").map { Array($0) } ?? [])
    }

    @Test func aManifestDamagedAtAnyByteIsUnknown() throws {
        let (folder, manifest, _) = try writtenSite()
        defer { removeSite(folder) }
        #expect(Manifest.parse(manifest)?.entries.count == 2)
        for i in manifest.indices {
            var damaged = manifest
            damaged[i] ^= 0x20
            #expect(Manifest.parse(damaged) == nil, "a flipped byte at \(i) went unnoticed")
        }
        for length in [0, 1, manifest.count / 2, manifest.count - 1] {
            #expect(Manifest.parse(Array(manifest.prefix(length))) == nil, "cut at \(length)")
        }
        #expect(Manifest.parse(manifest + Array("0 1 x.html\n".utf8)) == nil)
    }

    @Test func aStateDamagedAtAnyByteIsUnknown() throws {
        let (folder, _, state) = try writtenSite()
        defer { removeSite(folder) }
        #expect(BuildState.parse(state) != nil)
        for i in state.indices {
            var damaged = state
            damaged[i] ^= 0x01
            #expect(BuildState.parse(damaged) == nil, "a flipped byte at \(i) went unnoticed")
        }
        #expect(BuildState.parse(Array(state.prefix(state.count / 2))) == nil)
    }

    @Test func aStateGoesOnlyWithItsManifest() throws {
        let (folder, _, _) = try writtenSite()
        let (other, _, otherState) = try writtenSite(score: "88,45")
        defer { removeSite(folder); removeSite(other) }
        // Another site's state, whole and sealed, put beside this site's manifest.
        FileManager.default.createFile(atPath: folder + "/.minhbach-state", contents: Data(otherState))
        let place = try OutputPlace(output: folder)
        defer { place.release() }
        let tree = SurveyedTree.survey(place)
        #expect(tree.state == nil)
        #expect(tree.filesRead == 2)
        #expect(tree.isIntact)
    }

    @Test(arguments: [
        ("Site", "Content", false), ("Content", "Content", true), ("Content/Site", "Content", true),
        ("Site", "Site/Content", true), ("/", "Content", true), ("Site2", "Site", false),
    ])
    func foldersOverlapByRealPath(output: String, source: String, overlap: Bool) {
        let a = OutputPlace.realPath("/base/" + output), b = OutputPlace.realPath("/base/" + source)
        #expect(OutputPlace.overlap(output == "/" ? "/" : a, b) == overlap)
    }
}
