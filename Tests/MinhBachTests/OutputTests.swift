import Foundation
import Testing
import MinhBachOutput

@Suite("Writing the site")
struct OutputTests {
    @Test(arguments: ["../x.html", "/etc/passwd", "a/../../b", "a//b", ".hidden", "a/./b", ""])
    func refusesPathsThatLeaveTheOutputFolder(path: String) {
        #expect(!OutputFile.isSafe(path))
    }

    @Test func writesOnlyChangedFilesAndRemovesOnlyItsOwnStaleOnes() throws {
        let folder = NSTemporaryDirectory() + "minhbach-out-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
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

    @Test func aFileChangedByHandIsWrittenAgain() throws {
        let folder = NSTemporaryDirectory() + "minhbach-out-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = SiteWriter(folder: folder)
        _ = try writer.write([OutputFile(path: "index.html", text: "Hello")])
        try "Hi".write(toFile: folder + "/index.html", atomically: true, encoding: .utf8)
        let again = try writer.write([OutputFile(path: "index.html", text: "Hello")])
        #expect(again.written == 1)
        #expect(try String(contentsOfFile: folder + "/index.html", encoding: .utf8) == "Hello")
    }
}
