import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Runs `minhbach serve` as an editor would, on 127.0.0.1 with a free port.
@Suite("minhbach serve", .serialized)
struct ServeTests {
    func get(_ url: String) async -> (status: Int, body: String) {
        guard let (data, response) = try? await URLSession.shared.data(from: URL(string: url)!) else { return (0, "") }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls until `condition` holds, for at most `seconds`.
    func eventually(_ url: String, within seconds: Double = 15, _ condition: (Int, String) -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let (status, body) = await get(url)
            if condition(status, body) { return true }
            try? await Task.sleep(nanoseconds: 200_000_000)
        }
        return false
    }

    @Test func servesRebuildsOnChangeShowsErrorsAndNeverTouchesSite() async throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: repositoryRoot + "/.build/debug/minhbach")
        process.arguments = ["serve", "--port", "0", "--theme", repositoryRoot + "/Theme", "--lang", "en"]
        process.currentDirectoryURL = URL(fileURLWithPath: site.folder)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }

        // The first line names the address.
        var printed = ""
        let deadline = Date().addingTimeInterval(20)
        while !printed.contains("\n") && Date() < deadline {
            printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        }
        let base = try #require(printed.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+\//).map { String($0.0) })

        let home = await get(base)
        #expect(home.status == 200)
        #expect(home.body.contains("<title>Thử</title>"))
        #expect(home.body.contains("/__minhbach/version"), "the preview reloads open pages")

        site.write("Content/results/2023-06/an.md", "---\nscore: \"77,7\"\n---\n")
        #expect(await eventually(base + "2023/06/") { status, body in status == 200 && body.contains(">77,7</a>") })

        site.write("Content/results/2023-06/an.md", "---\nscore: 120\n---\n")
        #expect(await eventually(base + "2023/06/") { status, body in
            status == 500 && body.contains("results/2023-06/an.md:2:8") && body.contains("`score` is 120, outside 0–100")
        })

        site.write("Content/results/2023-06/an.md", "---\nscore: 80\n---\n")
        #expect(await eventually(base + "2023/06/") { status, body in status == 200 && body.contains(">80</a>") })
        #expect(!FileManager.default.fileExists(atPath: site.output), "serve must never write Site/")
    }
}
