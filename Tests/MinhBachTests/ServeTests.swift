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
        let (site, preview) = try previewOfASmallSite()
        defer { preview.kill(); site.cleanUp() }
        let base = try #require(preview.address())

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

    @Test func headAnswersAsGetDoesWithoutTheBody() throws {
        let (site, preview) = try previewOfASmallSite()
        defer { preview.kill(); site.cleanUp() }
        let port = try #require(preview.port)
        for target in ["/", "/2023/06/", "/assets/style.css"] {
            let get = rawRequest(port: port, "GET", target)
            let head = rawRequest(port: port, "HEAD", target)
            #expect(get.status == 200, "\(target)")
            #expect(head.status == 200, "\(target)")
            #expect(head.headers["content-length"] == String(get.body.count), "\(target)")
            #expect(head.headers["content-type"] == get.headers["content-type"], "\(target)")
            #expect(head.body.isEmpty, "\(target)")
        }
    }

    /// A file next to the served folder, which no request may read.
    static let secret = "SECRET-OUTSIDE-THE-SITE"

    @Test(arguments: [
        ("/a%00b.html", 400), ("/%00", 400), ("/index.html%00.css", 400),
        ("/%C3%28", 400), ("/2023/%FF/", 400), ("/%zz", 400), ("/%2", 400),
        ("/../secret.txt", 400), ("/../../secret.txt", 400), ("/%2e%2e/%2e%2e/secret.txt", 400),
        ("/%2E%2E%2F%2E%2E%2Fsecret.txt", 400), ("/assets/..%2f..%2f..%2fsecret.txt", 400),
        ("/..\\..\\secret.txt", 400), ("/%5c..%5c..%5csecret.txt", 400), ("/./index.html", 400),
        ("/.minhbach-manifest", 404), ("/secret.txt", 404),
    ])
    func refusesTargetsThatAreNotAFileOfTheSite(target: String, status: Int) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let temporary = site.folder + "/tmp"
        let preview = try PreviewProcess(site, temporary: temporary)
        defer { preview.kill() }
        let port = try #require(preview.port)
        // In the temporary folder, and in each folder between it and the served one.
        let served = try #require(preview.servedFolder())
        var folder = served
        while folder.count > temporary.count {
            folder = (folder as NSString).deletingLastPathComponent
            try Self.secret.write(toFile: folder + "/secret.txt", atomically: true, encoding: .utf8)
        }
        let answer = rawRequest(port: port, "GET", target)
        #expect(answer.status == status)
        #expect(!String(decoding: answer.body, as: UTF8.self).contains(Self.secret))
    }

    @Test func followsNoLinkOutOfTheServedFolder() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let temporary = site.folder + "/tmp"
        let preview = try PreviewProcess(site, temporary: temporary)
        defer { preview.kill() }
        let port = try #require(preview.port)
        try Self.secret.write(toFile: temporary + "/secret.txt", atomically: true, encoding: .utf8)
        let served = try #require(preview.servedFolder())
        let files = FileManager.default
        try files.createSymbolicLink(atPath: served + "/leak.txt", withDestinationPath: temporary + "/secret.txt")
        try files.createSymbolicLink(atPath: served + "/outside", withDestinationPath: temporary)
        try files.createSymbolicLink(atPath: served + "/home.html", withDestinationPath: served + "/index.html")
        for target in ["/leak.txt", "/outside/secret.txt"] {
            let answer = rawRequest(port: port, "GET", target)
            #expect(answer.status == 404, "\(target)")
            #expect(!String(decoding: answer.body, as: UTF8.self).contains(Self.secret), "\(target)")
        }
        #expect(rawRequest(port: port, "GET", "/home.html").status == 200, "a link inside the folder is served")
    }

    /// Guards the complexity of reading a request: FlyingFox's line reader took 19 s for a 40 KB
    /// path and minutes for 400 KB; a linear reader answers in milliseconds. The bound is generous
    /// on purpose (a busy machine), as only the quadratic case comes near it.
    @Test func answersA400KilobytePathAtOnce() throws {
        let (site, preview) = try previewOfASmallSite()
        defer { preview.kill(); site.cleanUp() }
        let port = try #require(preview.port)
        for target in ["/" + String(repeating: "a", count: 400_000), String(repeating: "/", count: 400_000),
                       String(repeating: "/a", count: 200_000)] {
            let started = Date()
            let answer = rawRequest(port: port, "GET", target, seconds: 5)
            #expect(answer.status == 414)
            #expect(Date().timeIntervalSince(started) < 5)
        }
        #expect(rawRequest(port: port, "GET", "/").status == 200, "still serving")
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func removesItsTemporaryFolderWhenStopped(signal: Int32, status: Int32) throws {
        let (site, preview) = try previewOfASmallSite()
        defer { preview.kill(); site.cleanUp() }
        _ = try #require(preview.address())
        let named = preview.folders()
        #expect(named.count == 1 && named[0].hasPrefix("minhbach-serve-\(preview.process.processIdentifier)-"), "\(named)")
        #expect(preview.stop(with: signal) == status)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: preview.temporary)) == [], "nothing is left in TMPDIR")
    }

    @Test func removesTheFolderOfAKilledPreviewButNotOfARunningOne() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let temporary = site.folder + "/tmp"
        // A process that has ended: its id names no process now.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/sh")
        ended.arguments = ["-c", "exit 0"]
        try ended.run()
        ended.waitUntilExit()
        let dead = ended.processIdentifier
        try #require(kill(dead, 0) == -1 && errno == ESRCH)
        let killed = "minhbach-serve-\(dead)-1234", running = "minhbach-serve-\(getpid())-5678"
        for name in [killed, running, "minhbach-serve-notes"] {
            site.write("tmp/\(name)/site/index.html", "<p>left behind</p>")
        }
        let preview = try PreviewProcess(site, temporary: temporary)
        defer { preview.kill() }
        _ = try #require(preview.address())
        let left = preview.folders()
        #expect(!left.contains(killed))
        #expect(left.contains(running))
        #expect(left.contains("minhbach-serve-notes"))
        #expect(left.count == 3, "\(left): the two kept and the preview's own")
    }
}

/// A small site and a preview of it serving from a temporary folder of the site's own.
func previewOfASmallSite() throws -> (TemporarySite, PreviewProcess) {
    let site = TemporarySite()
    do {
        return (site, try PreviewProcess(site, temporary: site.folder + "/tmp"))
    } catch {
        site.cleanUp()
        throw error
    }
}
