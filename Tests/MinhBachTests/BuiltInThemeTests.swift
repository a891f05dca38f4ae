import Foundation
import Testing
import MinhBachCore
import MinhBachBuild
import MinhBachEditor
import MinhBachTheme
@testable import MinhBachRender

/// The default theme is compiled into the program: a site needs no theme folder, and a theme
/// folder replaces the built-in theme file by file.
@Suite("The built-in theme")
struct BuiltInThemeTests {
    /// Runs the program in `folder`, its cache in `cache`; the exit status and everything it printed.
    func run(_ arguments: [String], in folder: String, cache: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests().binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cache]) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let bytes = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: bytes, as: UTF8.self))
    }

    @Test func theProgramHoldsEveryFileOfTheThemeFolderByteForByte() throws {
        var onDisk: [String] = []
        let enumerator = try #require(FileManager.default.enumerator(atPath: themeFolder))
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: themeFolder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue { onDisk.append(path) }
        }
        #expect(BuiltInTheme.files.map(\.path) == onDisk.sorted())
        for file in BuiltInTheme.files {
            #expect(FileSystem.read(themeFolder + "/" + file.path) == file.bytes, "\(file.path) differs from the folder")
        }
    }

    @Test func aSiteWithNoThemeFolderBuildsAndChecks() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        #expect(!FileManager.default.fileExists(atPath: site.folder + "/Theme"))
        let check = try run(["check", "--content", site.content, "--lang", "en"], in: "/", cache: site.folder + "/cache")
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("No problems"))
        let build = try run(["build", "--content", site.content, "--output", site.output, "--lang", "en"], in: "/", cache: site.folder + "/cache")
        #expect(build.status == 0, "\(build.output)")
        // The built-in stylesheet, served without its comments and indentation.
        #expect(site.read("Site/assets/style.css") == String(decoding: StyleSheetBytes.compact(BuiltInTheme.file("assets/style.css") ?? []), as: UTF8.self))
        #expect(site.read("Site/assets/site.js") == String(decoding: BuiltInTheme.file("assets/site.js") ?? [], as: UTF8.self))
        #expect(site.read("Site/don-vi/an/index.html")?.contains("Phường An") == true)
    }

    @Test func aMissingThemeFolderIsOneError() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let r = try run(["check", "--theme", site.folder + "/Giao-dien", "--lang", "en"], in: site.folder, cache: site.folder + "/cache")
        #expect(r.status != 0)
        let errors = r.output.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 1, "\(r.output)")
        #expect(errors.first?.contains("Giao-dien: error: the theme folder does not exist") == true)
    }

    /// A theme folder beside the content folder, holding one template: the pages made from
    /// it change, and no other page does.
    @Test func oneOverriddenTemplateChangesOnlyThePagesThatUseIt() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let before = snapshot(site.output)
        let year = try #require(BuiltInTheme.file("templates/year.mustache"))
        site.write("Theme/templates/year.mustache", String(decoding: year, as: UTF8.self).replacingOccurrences(of: "{{/main}}", with: "<p>NĂM-RIÊNG</p>{{/main}}"))
        let r = try run(["build", "--lang", "en"], in: site.folder, cache: site.folder + "/cache")
        #expect(r.status == 0, "\(r.output)")
        let after = snapshot(site.output)
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] && $0 != ".minhbach-manifest" }
        #expect(changed == ["2023/index.html"])
        #expect(site.read("Site/2023/index.html")?.contains("NĂM-RIÊNG") == true)
    }

    @Test func exportWritesTheThemeIntoANewFolderAndRefusesAFullOne() throws {
        let folder = NSTemporaryDirectory() + "minhbach-export-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try ThemeExport.run(to: folder + "/Theme").get()
        #expect(written.count == BuiltInTheme.files.count)
        #expect(FileSystem.read(folder + "/Theme/templates/layout.mustache") == BuiltInTheme.file("templates/layout.mustache"))
        guard case .failure(let error) = ThemeExport.run(to: folder + "/Theme") else {
            Issue.record("exported over a folder that has files"); return
        }
        #expect(error.message.text(in: .en) == "the folder \(folder)/Theme is not empty: nothing was written")
    }
}
