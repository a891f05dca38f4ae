import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// A site made to hang or crash the build: each attempt is an error naming its file, found by
/// `check` as by `build`, in well under a second, and nothing is written.
@Suite("Limits: every input is read in bounded time and memory")
struct InputLimitsTests {
    /// A copy of the repository's theme beside the content, to be broken one file at a time.
    static func theme(in site: TemporarySite) -> String {
        let folder = site.folder + "/Theme"
        try! FileManager.default.copyItem(atPath: themeFolder, toPath: folder)
        return folder
    }

    /// The first line of each error as `check` prints it, the temporary folders shown as
    /// `Content` and `Theme`; after `check`, `build` must find the same and write nothing.
    static func errors(_ site: TemporarySite, theme: String = themeFolder, in language: DiagnosticLanguage = .en) -> [String] {
        let check = SiteBuilder.build(BuildOptions(content: site.content, theme: theme, write: false))
        let build = SiteBuilder.build(BuildOptions(content: site.content, theme: theme, output: site.output))
        if check.diagnostics.hasErrors { #expect(!build.wroteOutput) }
        #expect(build.diagnostics.filter { $0.severity == .error }.map(\.formatted) == check.diagnostics.filter { $0.severity == .error }.map(\.formatted))
        return check.diagnostics.filter { $0.severity == .error }.map {
            $0.formatted(in: language).split(separator: "\n")[0]
                .replacingOccurrences(of: site.content, with: "Content").replacingOccurrences(of: site.folder + "/Theme", with: "Theme")
        }
    }

    // MARK: YAML aliases

    /// Each line's list holds nine aliases of the one before: `levels` lines stand for 9^levels values.
    static func aliasBomb(levels: Int, indent: String = "") -> String {
        var lines = [indent + "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for level in 1...levels {
            lines.append(indent + "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n")
    }

    static let aliasMessage = "error: the aliases (`*name`) here stand for more than 10000 values in all"

    /// Four levels stand for 9 + 90 + 819 + 7,380 + 66,429 values: a fifth of a second on the
    /// old code, which took them all, so the case fails there without growing for minutes.
    @Test(arguments: [
        ("Content/results/2023-06/an.md", "---\nscore: 80\nlol:\n" + aliasBomb(levels: 4, indent: "  ") + "\n---\n", "Content/results/2023-06/an.md:8:12"),
        ("Content/site.yaml", "title: T\nauthority: A\nroot: thi-xa\nlol:\n" + aliasBomb(levels: 4, indent: "  "), "Content/site.yaml:9:12"),
        ("Content/index.yaml", TemporarySite.index + "\n" + aliasBomb(levels: 4), "Content/index.yaml:13:10"),
    ])
    func aliasesThatStandForTooMuchAreAnErrorAtTheirLine(file: String, text: String, at: String) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(file, text)
        #expect(Self.errors(site) == ["\(at): \(Self.aliasMessage)"])
        #expect(Self.errors(site, in: .vi) == ["\(at): lỗi: các bí danh (`*name`) ở đây thay cho tổng cộng hơn 10000 giá trị"])
    }

    /// The real "billion laughs": nine levels, 9⁹ values. The old code ran past two minutes and
    /// a gigabyte; now the first alias past the limit stops it. A few aliases are still read.
    @Test func aBillionLaughsIsRejectedAtOnce() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/an.md", "---\nscore: 80\nlol:\n" + Self.aliasBomb(levels: 9, indent: "  ") + "\n---\n")
        site.write("Content/results/2023-06/binh.md", "---\nscore: 80\ngroups: &g\n  cong-khai: 30\n  tien-do: 50\nx: [*g, *g]\n---\n")
        let start = ContinuousClock.now
        let errors = SiteBuilder.build(BuildOptions(content: site.content, theme: themeFolder, write: false))
            .diagnostics.filter { $0.severity == .error }
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(errors.map { "\($0.location.file.split(separator: "/").last!):\($0.location.line) \($0.code)" } == ["an.md:8 yaml-aliases"])
    }

    // MARK: file sizes

    @Test(arguments: [
        ("Content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\n"),
        ("Content/results/2023-06/an.md", "---\nscore: 80\n---\n"),
        ("Content/site.yaml", "title: T\nauthority: A\nroot: thi-xa\n"),
        ("Theme/templates/page.mustache", "{{<layout}}{{/layout}}\n"),
    ])
    func aFileOverOneMebibyteIsAnErrorNamingTheLimit(file: String, start: String) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let theme = Self.theme(in: site)
        let limit = 1 << 20
        // A file of exactly the limit is read; one byte more is refused.
        let padding = String(repeating: "#", count: limit - start.utf8.count - 1) + "\n"
        site.write(file, start + padding)
        #expect(Self.errors(site, theme: theme) == [])
        site.write(file, start + padding + "\n")
        #expect(Self.errors(site, theme: theme) == [
            "\(file): error: the file is 1048577 bytes, more than the 1048576 bytes (1 MiB) a Markdown, YAML or template file may have",
        ])
    }

    // MARK: template loops

    @Test(arguments: [
        // A partial that includes itself.
        ("ranking", "{{>ranking}}\n", "Theme/templates/ranking.mustache:1:1: error: the templates include one another in a loop: ranking → ranking"),
        // A parent that is its own child's child.
        ("layout", "{{<home}}{{/home}}\n", "Theme/templates/home.mustache:2:1: error: the templates include one another in a loop: home → layout → home"),
        // A partial inside a section of interface text, which every page shows.
        ("layout", "{{#i18n.decimal_separator}}{{>page}}{{/i18n.decimal_separator}}\n", "Theme/templates/layout.mustache:1:28: error: the templates include one another in a loop: layout → page → layout"),
    ])
    func templatesThatIncludeOneAnotherForEverAreAnError(template: String, prepend: String, expected: String) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let theme = Self.theme(in: site)
        let path = theme + "/templates/\(template).mustache"
        try (prepend + String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(Self.errors(site, theme: theme) == [expected + ", so no page would ever end"])
    }

    // MARK: symbolic links

    @Test(arguments: [
        // name, link (below the site's folder), where it leads, the error.
        ("outside", "Content/static/passwd.txt", "/etc/passwd",
         "Content/static/passwd.txt: error: the link leads outside the folder `Content`, to `/etc/passwd`"),
        ("a result outside", "Content/results/2023-06/dong.md", "../../../elsewhere.md",
         "Content/results/2023-06/dong.md: error: the link leads outside the folder `Content`, to `SITE/elsewhere.md`"),
        ("a loop", "Content/static/a", "a", "Content/static/a: error: the link leads round in a loop (`a`) and never reaches a file"),
        ("to nothing", "Content/pages/gone.md", "missing.md", "Content/pages/gone.md: error: the link leads to nothing: `missing.md` does not exist"),
        ("to its own folder", "Content/static/d/up", "..", "Content/static/d/up: error: the link leads back to a folder that holds it (`..`), a loop"),
        ("to a folder", "Content/results/2023-07", "2023-06",
         "Content/results/2023-07: error: the link leads to `2023-06`, which is not a file; only links to files are followed"),
        ("site.yaml", "Content/site.yaml", "../elsewhere.md",
         "Content/site.yaml: error: the link leads outside the folder `Content`, to `SITE/elsewhere.md`"),
        ("a theme asset", "Theme/assets/passwd.txt", "/etc/passwd",
         "Theme/assets/passwd.txt: error: the link leads outside the folder `Theme`, to `/etc/passwd`"),
        ("a template", "Theme/templates/x.mustache", "../../Content/units/an.md",
         "Theme/templates/x.mustache: error: the link leads outside the folder `Theme`, to `Content/units/an.md`"),
    ])
    func aLinkIsFollowedOnlyToAFileInsideItsFolder(name: String, link: String, target: String, expected: String) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let theme = Self.theme(in: site)
        site.write("elsewhere.md", "---\nscore: 80\n---\n")
        site.write("Content/static/d/note.txt", "x")
        // Links that stay inside are followed: never reported, and published like the file.
        try FileManager.default.createSymbolicLink(atPath: site.folder + "/Content/static/an.txt", withDestinationPath: "../units/an.md")
        try FileManager.default.createDirectory(atPath: site.folder + "/" + (link as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        site.remove(link)
        try FileManager.default.createSymbolicLink(atPath: site.folder + "/" + link, withDestinationPath: target)
        let real = URL(fileURLWithPath: site.folder).resolvingSymlinksInPath().path
        #expect(Self.errors(site, theme: theme) == [expected.replacingOccurrences(of: "SITE", with: real)], "\(name)")
    }

    @Test func aLinkInsideIsPublishedAsTheFile() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/static/robots-note.txt", "x")
        try FileManager.default.createSymbolicLink(atPath: site.folder + "/Content/static/an.txt", withDestinationPath: "../units/an.md")
        try FileManager.default.createSymbolicLink(atPath: site.folder + "/Content/static/passwd.txt", withDestinationPath: "/etc/passwd")
        #expect(Self.errors(site).count == 1)
        try FileManager.default.removeItem(atPath: site.folder + "/Content/static/passwd.txt")
        #expect(site.build().succeeded)
        #expect(site.read("Site/an.txt") == site.read("Content/units/an.md"))
    }

    /// The up-to-date check lists the folders too: a link it does not read must still make the
    /// next build look again, or the loop would go unreported behind "up to date".
    @Test func aLinkAddedAfterACleanBuildIsStillReported() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/static/note.txt", "x")
        #expect(site.build().succeeded)
        try FileManager.default.createSymbolicLink(atPath: site.content + "/static/loop", withDestinationPath: "loop")
        let again = site.build()
        #expect(!again.upToDate)
        #expect(again.diagnostics.map(\.code) == [.linkLoop])
    }
}
