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
        #expect(lines.first?.hasPrefix("Built ") == true)
        #expect(lines.first?.contains("0 warnings") == true)
    }

    @Test func exitsWithOneAndPrintsRelativePathsLineAndHint() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\ngroups:\n  cong-kai: 30\n---\n")
        let r = try run(["build", "--theme", repositoryRoot + "/Theme"], in: site.folder)
        #expect(r.status == 1)
        #expect(r.err.contains("Content/results/2023-06/an.md:4:3: error: unknown group `cong-kai`; did you mean `cong-khai`?\n  hint: known keys: cong-khai, tien-do"))
        #expect(r.err.contains("1 error, 0 warnings; nothing was written to Site/."))
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }
}
