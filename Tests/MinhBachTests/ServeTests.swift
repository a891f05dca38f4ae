import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import MinhBachCore
@testable import MinhBachServe

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

/// What `serve` says as it works, and its options: one line per build, the problems as `check`
/// prints them, drafts shown marked, the browser opened, a busy port refused with a hint.
@Suite("minhbach serve: what it says", .serialized)
struct ServeTalkTests {
    static func started(_ arguments: [String] = [], environment: [String: String?] = [:],
                        prepare: (TemporarySite) -> Void = { _ in }) throws -> (TemporarySite, PreviewProcess) {
        let site = TemporarySite()
        prepare(site)
        do {
            return (site, try PreviewProcess(site, temporary: site.folder + "/tmp", arguments: arguments, environment: environment))
        } catch {
            site.cleanUp()
            throw error
        }
    }

    @Test(arguments: [
        ("en", #"^Built \d+ page\(s\) in \d+\.\d\d s\.$"#,
         "Content/results/2023-06/an.md changed: ", #" page\(s\) rendered in \d+\.\d\d s\.$"#,
         "Content/results/2023-06/an.md changed: the site was not rebuilt, 1 error.",
         "Content/results/2023-06/an.md:2:8: error: `score` is 120, outside 0–100",
         "The problems are fixed: the preview shows the site again."),
        ("vi", #"^Đã dựng \d+ trang trong \d+,\d\d giây\.$"#,
         "Content/results/2023-06/an.md đã thay đổi: ", #"đã dựng \d+ trang trong \d+,\d\d giây\.$"#,
         "Content/results/2023-06/an.md đã thay đổi: trang chưa được dựng lại, 1 lỗi.",
         "Content/results/2023-06/an.md:2:8: lỗi: `score` là 120, nằm ngoài khoảng 0–100",
         "Đã hết lỗi: bản xem trước hiển thị lại trang."),
    ])
    func printsALinePerRebuildAndTheProblemsAsCheckDoes(lang: String, builtPattern: String, changed: String,
                                                        renderedPattern: String, failed: String, problem: String, fixed: String) throws {
        let built = try Regex(builtPattern), rendered = try Regex(renderedPattern)
        let (site, preview) = try Self.started(["--lang", lang])
        defer { preview.kill(); site.cleanUp() }
        _ = try #require(preview.address())
        #expect(preview.line { $0.wholeMatch(of: built) != nil } != nil, "\(preview.printedText)")
        site.write("Content/results/2023-06/an.md", "---\nscore: 77\n---\n")
        #expect(preview.line { $0.hasPrefix(changed) && $0.firstMatch(of: rendered) != nil } != nil, "\(preview.printedText)")
        site.write("Content/results/2023-06/an.md", "---\nscore: 120\n---\n")
        #expect(preview.line { $0 == failed } != nil, "\(preview.printedText)")
        #expect(preview.line { $0 == problem } != nil, "\(preview.printedText)")
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\n---\n")
        #expect(preview.line { $0 == fixed } != nil, "\(preview.printedText)")
        // The line after it says what was rebuilt.
        let lines = preview.printedText.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex(of: fixed))
        #expect(lines.indices.contains(at + 1) && lines[at + 1].hasPrefix(changed), "\(lines)")
    }

    /// A draft with a score, and one without: the preview with --drafts shows the first marked
    /// as a draft, its missing group as missing; the second has no page and no rank.
    static func drafts(_ site: TemporarySite) {
        site.write("Content/results/2023-06/dong.md", "---\ndraft: true\nscore: \"55,5\"\ngroups:\n  cong-khai: 20\n---\n")
        site.write("Content/results/2023-07/an.md", "---\ndraft: true\n---\n")
        site.write("Content/results/2023-07/binh.md", "---\nscore: 60\n---\n")
    }

    @Test(arguments: [("en", "Draft — not published.", "draft"), ("vi", "Bản nháp — chưa công bố.", "bản nháp")])
    func draftsAreShownMarkedInThePreviewOnly(lang: String, banner: String, badge: String) async throws {
        let (site, preview) = try Self.started(["--drafts"], prepare: { site in
            Self.drafts(site)
            site.write("Content/site.yaml", site.read("Content/site.yaml")! + "\nlanguage: \(lang)\n")
        })
        defer { preview.kill(); site.cleanUp() }
        let base = try #require(preview.address())
        let report = await ServeTests().get(base + "don-vi/dong/2023-06/")
        #expect(report.status == 200)
        let text = visibleText(report.body)
        #expect(text.contains(banner), "\(text)")
        #expect(text.contains(lang == "vi" ? "55,5" : "55.5"))
        #expect(report.body.contains("<td class=\"num missing\">—</td>"), "the group the draft leaves out is missing, never 0")
        let ranking = await ServeTests().get(base + "2023/06/")
        #expect(ranking.body.contains("<span class=\"badge\">\(badge)</span>"), "the draft's row is labelled")
        // A draft without a score has no page and is not ranked.
        #expect(await ServeTests().get(base + "don-vi/an/2023-07/").status == 404)
        let july = visibleText(await ServeTests().get(base + "2023/07/").body)
        #expect(!july.contains(badge))

        // `build` publishes no draft, and its pages do not change for one.
        let published = site.build()
        #expect(published.succeeded)
        #expect(site.read("Site/don-vi/dong/2023-06/index.html") == nil)
        let month = try #require(site.read("Site/2023/06/index.html"))
        #expect(!visibleText(month).contains(banner) && !month.contains(">\(badge)<") && !month.contains(lang == "vi" ? "55,5" : "55.5"))
        let withDraft = month
        site.remove("Content/results/2023-06/dong.md")
        site.remove("Site")
        #expect(site.build().succeeded)
        #expect(site.read("Site/2023/06/index.html") == withDraft)
    }

    @Test func draftsAreNotShownWithoutTheOption() async throws {
        let (site, preview) = try Self.started(prepare: Self.drafts)
        defer { preview.kill(); site.cleanUp() }
        let base = try #require(preview.address())
        #expect(await ServeTests().get(base + "don-vi/dong/2023-06/").status == 404)
    }

    @Test func opensTheBrowserThatBROWSERNames() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let record = site.folder + "/opened.txt"
        site.write("browser.sh", "#!/bin/sh\nprintf '%s' \"$1\" > '\(record)'\n")
        chmod(site.folder + "/browser.sh", 0o755)
        let preview = try PreviewProcess(site, temporary: site.folder + "/tmp", arguments: ["--open"],
                                         environment: ["BROWSER": site.folder + "/browser.sh"])
        defer { preview.kill() }
        let address = try #require(preview.address())
        let deadline = Date().addingTimeInterval(10)
        while site.read("opened.txt") == nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(site.read("opened.txt") == address)
    }

    @Test(arguments: [("en", "No browser was found to open it (set $BROWSER); open the address yourself."),
                      ("vi", "Không tìm thấy trình duyệt để mở (hãy đặt biến $BROWSER); hãy tự mở địa chỉ ở dòng trên.")])
    func saysSoWhenThereIsNoBrowserAndGoesOn(lang: String, line: String) async throws {
        let (site, preview) = try Self.started(["--open", "--lang", lang], environment: ["BROWSER": nil, "PATH": "/nonexistent"])
        defer { preview.kill(); site.cleanUp() }
        let base = try #require(preview.address())
        #expect(preview.line { $0 == line } != nil, "\(preview.printedText)")
        #expect(await ServeTests().get(base).status == 200, "still serving")
    }

    @Test(arguments: [
        ("en", "error: the port {p} of 127.0.0.1 is in use: another program (perhaps another `minhbach serve`) listens on it\n"
             + "  hint: choose another port, e.g. `--port {q}`, or `--port 0` for a free one\n"),
        ("vi", "lỗi: cổng {p} của 127.0.0.1 đang được dùng: một chương trình khác (có thể là một `minhbach serve` khác) đang nghe ở cổng này\n"
             + "  gợi ý: hãy chọn cổng khác, ví dụ `--port {q}`, hoặc `--port 0` để tự chọn một cổng còn trống\n"),
    ])
    func aBusyPortIsRefusedWithAHint(lang: String, expected: String) throws {
        let (site, first) = try previewOfASmallSite()
        defer { first.kill(); site.cleanUp() }
        let port = try #require(first.port)
        let second = try PreviewProcess(site, temporary: site.folder + "/tmp2", arguments: ["--port", "\(port)", "--lang", lang])
        defer { second.kill() }
        #expect(second.exitStatus() == 1)
        let message = expected.replacingOccurrences(of: "{p}", with: "\(port)").replacingOccurrences(of: "{q}", with: "\(port + 1)")
        #expect(second.errorText == message)
        #expect(!second.errorText.contains("SocketError"))
    }
}

/// The rebuild line's parts that a preview run cannot make on demand: many files at once, the
/// folders when no file changed, the time to the hundredth in each language.
@Suite("minhbach serve: the rebuild line")
struct RebuildLineTests {
    @Test(arguments: [
        (["Content/a.md"], "en", "Content/a.md"), (["Content/a.md", "Content/b.md", "Content/c.md"], "en", "Content/a.md, Content/b.md, Content/c.md"),
        (["Content/a.md", "Content/b.md", "Content/c.md", "Content/d.md"], "en", "4 files"),
        (["Content/a.md", "Content/b.md", "Content/c.md", "Content/d.md"], "vi", "4 tệp"),
    ])
    func namesUpToThreeFilesAndCountsMore(changed: [String], lang: String, expected: String) {
        #expect(RebuildLines.what(changed).text(in: DiagnosticLanguage(rawValue: lang)!) == expected)
    }

    @Test func namesTheFilesThatChangedAndTheFolderOnlyWhenNoFileDid() {
        let before = ["C/results/": "1", "C/results/a.md": "1", "C/results/b.md": "1"]
        let after = ["C/results/": "2", "C/results/a.md": "2", "C/results/c.md": "1"]
        #expect(Preview.changes(from: before, to: after) == ["C/results/a.md", "C/results/b.md", "C/results/c.md"])
        #expect(Preview.changes(from: ["C/": "1"], to: ["C/": "2", "C/new/": "1"]) == ["C", "C/new"])
    }

    @Test func leavesOutHiddenEntriesAsTheBuildDoes() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/.dat.nosync12.AbCd", "saving")
        site.write("Content/.git/HEAD", "ref")
        let prints = Preview(options: .init(content: site.content)).fingerprint()
        #expect(prints.keys.contains(site.content + "/results/2023-06/an.md"))
        #expect(!prints.keys.contains { $0.contains("/.") }, "\(prints.keys.sorted())")
    }

    @Test(arguments: [(0.094, "vi", "0,09"), (0.094, "en", "0.09"), (12.5, "vi", "12,50"), (0.0, "en", "0.00")])
    func writesTheTimeAsTheLanguageWritesNumbers(seconds: Double, lang: String, expected: String) {
        #expect(RebuildLines.duration(seconds, DiagnosticLanguage(rawValue: lang)!) == expected)
    }
}
