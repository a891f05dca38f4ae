import Foundation
import Testing
import MinhBachCore
import MinhBachBuild
@testable import MinhBachEditor

/// `minhbach init`: a new office's site that builds at once with the built-in theme.
@Suite("minhbach init")
struct SiteInitTests {
    func newFolder() -> String { NSTemporaryDirectory() + "minhbach-init-\(UUID().uuidString)" }

    @Test func aNewSiteBuildsAtOnceAndSaysNothingIsPublishedYet() throws {
        let folder = newFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try SiteInit.run(.init(folder: folder, rootName: "Tỉnh Tây Ninh", baseURL: "https://tayninh.example.vn/minh-bach")).get()
        #expect(written == ["Content/site.yaml", "Content/index.yaml", "Content/units/tay-ninh.md", ".gitignore", "README.md"])
        let site = try String(contentsOfFile: folder + "/Content/site.yaml", encoding: .utf8)
        #expect(site.contains("root: tay-ninh\n"))
        #expect(site.contains("authority: \"Ủy ban nhân dân tỉnh Tây Ninh\"\n"))
        #expect(site.contains("base_url: \"https://tayninh.example.vn/minh-bach/\"\n"))
        #expect(try String(contentsOfFile: folder + "/Content/units/tay-ninh.md", encoding: .utf8).hasPrefix("---\nname: \"Tỉnh Tây Ninh\"\nkind: \"tỉnh\"\n---\n"))
        // The Decision 766 index as the sample site has it.
        #expect(FileSystem.read(folder + "/Content/index.yaml") == FileSystem.read(repositoryRoot + "/Content/index.yaml"))

        let report = SiteBuilder.build(BuildOptions(content: folder + "/Content", output: folder + "/Site"))
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(report.diagnostics.isEmpty)
        let home = try String(contentsOfFile: folder + "/Site/index.html", encoding: .utf8)
        #expect(visibleText(home).contains("Chưa có số liệu nào được công bố."))
    }

    @Test func aFolderWithFilesIsRefusedAndKeptAsItWas() throws {
        let folder = newFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "ghi chú".write(toFile: folder + "/ghi-chu.txt", atomically: true, encoding: .utf8)
        guard case .failure(let error) = SiteInit.run(.init(folder: folder, rootName: "Xã Tân An")) else {
            Issue.record("made a site in a folder that has files"); return
        }
        #expect(error.message.text(in: .en) == "\(folder) already exists and is not an empty folder: nothing was written")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["ghi-chu.txt"])
    }

    @Test func aNameWithoutAKindNeedsRootKind() throws {
        let folder = newFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard case .failure(let error) = SiteInit.run(.init(folder: folder, rootName: "Hòa Thành")) else {
            Issue.record("guessed a kind"); return
        }
        #expect(error.hint?.text(in: .en) == "add --root-kind, for example --root-kind tỉnh")
        let written = try SiteInit.run(.init(folder: folder, rootName: "Hòa Thành", rootKind: "thị xã", language: .en)).get()
        #expect(written.contains("Content/units/hoa-thanh.md"))
        #expect(try String(contentsOfFile: folder + "/Content/site.yaml", encoding: .utf8).contains("language: en\n"))
    }

    /// A new folder is made whole or not at all: a file that cannot be written (here a name
    /// longer than the file system allows, as a full disk would) leaves neither the folder nor
    /// the hidden one it was being made in.
    @Test(arguments: [false, true])
    func aFailedWriteLeavesNoHalfMadeFolder(_ existedEmpty: Bool) throws {
        let parent = NSTemporaryDirectory() + "minhbach-init-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let folder = parent + "/tay-ninh"
        try FileManager.default.createDirectory(atPath: existedEmpty ? folder : parent, withIntermediateDirectories: true)
        let failure = Scaffold.writeFiles([("Content/site.yaml", Array("title: x\n".utf8)),
                                           ("Content/" + String(repeating: "x", count: 300), [])], below: folder)
        #expect(failure?.message.text(in: .en).hasSuffix("nothing was written") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == (existedEmpty ? ["tay-ninh"] : []))
        if existedEmpty { #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == []) }
        #expect(Scaffold.writeFiles([("Content/site.yaml", Array("title: x\n".utf8))], below: folder) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["tay-ninh"])
        #expect(FileManager.default.fileExists(atPath: folder + "/Content/site.yaml"))
    }
}
