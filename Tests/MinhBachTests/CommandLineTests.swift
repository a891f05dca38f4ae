import Foundation
import Testing

/// Runs the real `minhbach` executable, as an editor or CI would.
@Suite("The minhbach command")
struct CommandLineTests {
    let binary = repositoryRoot + "/.build/debug/minhbach"

    func run(_ arguments: [String], in folder: String) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        // The parse cache of these throwaway sites stays in their folder.
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": folder + "/cache"]) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func buildsAndEndsWithOneSummaryLine() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let r = try run(["build", "--theme", repositoryRoot + "/Theme"], in: site.folder)
        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Đã tạo ") == true)
        #expect(lines.first?.contains("0 cảnh báo") == true)
        // Nothing changed: the second build says so and writes nothing.
        let en = try run(["build", "--theme", repositoryRoot + "/Theme", "--lang", "en"], in: site.folder)
        #expect(en.out.hasPrefix("Site/ is up to date: content and theme are unchanged since the last build"))
    }

    @Test func timingsNameEachPhaseWithItsCountThenWhatWasWritten() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-05/an.md", "---\nscore: 75\n---\n")
        let r = try run(["build", "--theme", repositoryRoot + "/Theme", "--lang", "en", "--timings"], in: site.folder)
        #expect(r.status == 0, "\(r.err)")
        let phases = r.out.split(separator: "\n").dropLast().map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(phases.map { String($0[0]) } == ["hash", "load", "validate", "theme", "rank", "plan", "publish", "render", "write"])
        #expect(phases.allSatisfy { $0.count == 4 && Double($0[1]) != nil && $0[2] == "s" && Int($0[3]) != nil })
        #expect(phases.first { $0[0] == "validate" }?[3] == "3")   // the three results
        #expect(r.out.split(separator: "\n").last?.contains("files written, 0 unchanged, 0 removed") == true)
        // After a correction of June, May's pages are kept.
        site.write("Content/results/2023-06/binh.md", "---\nscore: \"69,18\"\n---\n")
        let again = try run(["build", "--theme", repositoryRoot + "/Theme", "--lang", "en"], in: site.folder)
        #expect(again.out.contains(" rendered, ") && again.out.contains(" kept as their inputs did not change"))
    }

    @Test func exitsWithOneAndPrintsRelativePathsLineAndHint() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\ngroups:\n  cong-kai: 30\n---\n")
        let r = try run(["build", "--theme", repositoryRoot + "/Theme", "--lang", "en"], in: site.folder)
        #expect(r.status == 1)
        #expect(r.err.contains("Content/results/2023-06/an.md:4:3: error: unknown group `cong-kai`; did you mean `cong-khai`?\n  hint: known keys: cong-khai, tien-do"))
        #expect(r.err.contains("1 error, 0 warnings; nothing was written to Site/."))
        #expect(!FileManager.default.fileExists(atPath: site.output))
        let vi = try run(["build", "--theme", repositoryRoot + "/Theme"], in: site.folder)
        #expect(vi.status == 1)
        #expect(vi.err.contains("Content/results/2023-06/an.md:4:3: lỗi: nhóm không có trong bộ chỉ số `cong-kai`; có phải ý bạn là `cong-khai`?\n  gợi ý: các khóa hợp lệ: cong-khai, tien-do"))
        #expect(vi.err.contains("1 lỗi, 0 cảnh báo; chưa ghi gì vào Site/."))
    }

    @Test func checkWritesNothingAndSpeaksJSON() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\nas_of: \"31/6/2023 15:10\"\n---\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: 120\n---\n")
        let r = try run(["check", "--theme", repositoryRoot + "/Theme", "--format", "json"], in: site.folder)
        #expect(r.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["file"] as? String == "Content/results/2023-06/an.md")
        #expect(items[0]["line"] as? Int == 3)
        #expect(items[0]["column"] as? Int == 8)
        #expect(items[0]["field"] as? String == "as_of")
        #expect(items[0]["message"] as? String == "`as_of` không phải ngày có thật: \"31/6/2023 15:10\" (tháng 6/2023 chỉ có 30 ngày)")
        #expect(items[1]["message"] as? String == "`score` là 120, nằm ngoài khoảng 0–100")
        #expect(!FileManager.default.fileExists(atPath: site.output))

        site.write("Content/results/2023-06/an.md", "---\nscore: 80\n---\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: 70\n---\n")
        let clean = try run(["check", "--theme", repositoryRoot + "/Theme", "--lang", "en"], in: site.folder)
        #expect(clean.status == 0)
        #expect(clean.out == "No problems: the content is ready to build.\n")
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }
}
