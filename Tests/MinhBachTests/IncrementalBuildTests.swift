import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// A country of two provinces, one with a district, over three months: enough levels for
/// the page keys (province scopes, month prefixes, averages of parents without results).
///
///     ca-nuoc ── tinh-a ── an, binh, chau            (binh and chau tie every month)
///             └─ tinh-b ── huyen-b ── dong, giang
///                       └─ hoa
struct ProvinceSite {
    let site = TemporarySite()
    var cache: String { site.folder + "/cache" }
    static let months = ["2024-01", "2024-02", "2024-03"]
    static let communes = ["an": 70, "binh": 65, "chau": 65, "dong": 80, "giang": 75, "hoa": 60]

    init() {
        site.remove("Content/units")
        site.remove("Content/results")
        site.write("Content/site.yaml", """
            title: "Cả nước thử"
            authority: "Văn phòng thử"
            root: ca-nuoc
            base_url: "https://example.vn/"
            """)
        unit("ca-nuoc", "Cả nước", "quốc gia", parent: nil)
        unit("tinh-a", "Tỉnh A", "tỉnh", parent: "ca-nuoc")
        unit("tinh-b", "Tỉnh B", "tỉnh", parent: "ca-nuoc")
        unit("huyen-b", "Huyện B", "huyện", parent: "tinh-b")
        for (slug, parent) in [("an", "tinh-a"), ("binh", "tinh-a"), ("chau", "tinh-a"), ("dong", "huyen-b"), ("giang", "huyen-b"), ("hoa", "tinh-b")] {
            unit(slug, "Xã \(slug.capitalized)", "xã", parent: parent)
        }
        for (m, month) in Self.months.enumerated() {
            for (slug, base) in Self.communes { result(slug, month, score: base + m) }
        }
    }

    func unit(_ slug: String, _ name: String, _ kind: String, parent: String?) {
        site.write("Content/units/\(slug).md", "---\nname: \"\(name)\"\nkind: \"\(kind)\"\n\(parent.map { "parent: \($0)\n" } ?? "")---\nHồ sơ \(name).\n")
    }

    /// Groups split the score 40/60 % so that they always add up.
    func result(_ slug: String, _ month: String, score: Int) {
        let a = Figure(units: Int64(score) * Figure.scale * 4 / 10), b = Figure(units: Int64(score) * Figure.scale * 6 / 10)
        site.write("Content/results/\(month)/\(slug).md",
                   "---\nscore: \(score)\ngroups:\n  cong-khai: \(a)\n  tien-do: \(b)\n---\nThông báo kết quả tháng \(month).\n")
    }

    func options(output: String, reuse: Bool = true, baseURL: String? = nil) -> BuildOptions {
        var o = BuildOptions(content: site.content, theme: themeFolder, output: output, baseURL: baseURL)
        o.reuse = reuse
        o.cacheFolder = reuse ? cache : nil
        return o
    }

    /// Builds into `Site/`, keeping what earlier builds left.
    @discardableResult
    func build(baseURL: String? = nil) -> BuildReport { SiteBuilder.build(options(output: site.output, baseURL: baseURL)) }

    /// A full build into a fresh folder, reading every file and rendering every page.
    func fullBuild(baseURL: String? = nil) -> [String: Data] {
        let folder = site.folder + "/full-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = SiteBuilder.build(options(output: folder, reuse: false, baseURL: baseURL))
        #expect(report.succeeded, "\(report.diagnostics)")
        return published(folder)
    }

    /// The files of a built site, without the build's own state.
    func published(_ folder: String) -> [String: Data] {
        snapshot(folder).filter { $0.key != ".minhbach-state" }
    }

    /// Corrects `an`'s March result (72 → 27, 28,8 → 10,8, 43,2 → 16,2) keeping the file's
    /// length and modification time, as a careless copy tool might.
    func correctKeepingSizeAndTime() throws {
        let file = site.content + "/results/2024-03/an.md"
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "score: 72", with: "score: 27")
            .replacingOccurrences(of: "cong-khai: 28.8", with: "cong-khai: 10.8").replacingOccurrences(of: "tien-do: 43.2", with: "tien-do: 16.2")
        #expect(edited.utf8.count == text.utf8.count && edited != text)
        try edited.write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: file)
    }

    func cleanUp() { site.cleanUp() }
}

/// The paths whose bytes differ between two builds (or that only one has), so that a failure
/// names pages rather than printing two sites.
func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
    Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
}

@Suite("Incremental builds: a changed file updates exactly the pages that show it")
struct IncrementalBuildTests {
    @Test func aCorrectedFigureRewritesExactlyTheFilesWhoseBytesChange() throws {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        #expect(p.build().succeeded)
        let before = p.published(p.site.output)

        p.result("an", "2024-03", score: 91)
        let report = p.build()
        #expect(report.succeeded)
        let after = p.published(p.site.output)
        #expect(differences(after, p.fullBuild()) == [])

        // Written: exactly the files whose bytes differ from the previous build.
        let changed = after.keys.filter { before[$0] != after[$0] && $0 != ".minhbach-manifest" }
        #expect(report.written == changed.count)
        #expect(report.rendered < report.pages)
        // Among them every page that shows the figure: the report, the unit, the month's
        // ranking, the province's report (its children's table), the downloads and the feed.
        for page in ["don-vi/an/2024-03/index.html", "don-vi/an/index.html", "2024/03/index.html",
                     "don-vi/tinh-a/2024-03/index.html", "du-lieu/ket-qua.csv", "du-lieu/2024-03.csv",
                     "don-vi/an/du-lieu.json", "don-vi/an/feed.xml"] {
            #expect(changed.contains(page), "\(page) should show the new figure")
        }
        #expect(p.site.read("Site/don-vi/an/2024-03/index.html")?.contains("<strong>91</strong>") == true)
        // The other province's pages and the earlier months are not touched.
        #expect(!changed.contains("don-vi/dong/2024-03/index.html"))
        #expect(!changed.contains("don-vi/an/2024-02/index.html"))
        #expect(!changed.contains("2024/02/index.html"))
    }

    enum Edit: String, CaseIterable, CustomTestStringConvertible {
        case lastMonthFigure, firstMonthFigure, districtGetsOwnResult, resultAdded, resultRemoved,
             unitRenamed, unitMoved, monthNote, siteTitle, indexGroupName, baseURL, tieBroken, provincesSwapRanks

        var testDescription: String { rawValue }

        func apply(_ p: ProvinceSite) {
            switch self {
            case .lastMonthFigure: p.result("giang", "2024-03", score: 99)
            case .firstMonthFigure: p.result("dong", "2024-01", score: 50)
            case .districtGetsOwnResult: p.result("huyen-b", "2024-02", score: 77)
            case .resultAdded: p.result("hoa", "2024-04", score: 88)
            case .resultRemoved: p.site.remove("Content/results/2024-02/chau.md")
            case .unitRenamed: p.unit("hoa", "Xã Hòa Mới", "xã", parent: "tinh-b")
            case .unitMoved: p.unit("hoa", "Xã Hoa", "xã", parent: "tinh-a")
            case .monthNote: p.site.write("Content/results/2024-02/_index.md", "---\nnote: \"Số liệu tạm tính\"\n---\n")
            case .siteTitle: p.site.write("Content/site.yaml", "title: \"Cả nước\"\nauthority: \"Văn phòng thử\"\nroot: ca-nuoc\nbase_url: \"https://example.vn/\"\n")
            case .indexGroupName: p.site.write("Content/index.yaml", TemporarySite.index.replacingOccurrences(of: "\"Công khai\"", with: "\"Công khai, minh bạch\""))
            case .baseURL: break
            case .tieBroken: p.result("chau", "2024-02", score: 67)
            // Tỉnh A's average (99 + 67 + 67) / 3 passes Tỉnh B's: both provinces' pages change.
            case .provincesSwapRanks: p.result("an", "2024-03", score: 99)
            }
        }
    }

    /// Whatever changes, the kept pages and the rendered ones together are byte for byte
    /// what a full build of the new content writes.
    @Test(arguments: Edit.allCases)
    func anyEditGivesTheBytesOfAFullBuild(edit: Edit) {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        #expect(p.build().succeeded)
        edit.apply(p)
        let url = edit == .baseURL ? "https://tinh.example.vn/minh-bach/" : nil
        let report = p.build(baseURL: url)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(differences(p.published(p.site.output), p.fullBuild(baseURL: url)) == [])
    }

    /// A commune's page shows its own results and its own standing: a sibling's correction
    /// renders it again only when it moves its rank. (Its report of that month, which compares
    /// it with its siblings, is rendered again either way.)
    @Test func aSiblingsCorrectionRendersAgainOnlyThePagesWhoseRankItMoves() {
        func pagesRendered(afterAnScores score: Int) -> Int {
            let p = ProvinceSite()
            defer { p.cleanUp() }
            #expect(p.build().succeeded)
            p.result("an", "2024-03", score: score)
            let report = p.build()
            #expect(report.succeeded)
            #expect(differences(p.published(p.site.output), p.fullBuild()) == [])
            return report.rendered
        }
        // Either way Tỉnh A stays second of the provinces.
        let ranksKept = pagesRendered(afterAnScores: 73)    // an stays first, binh and chau second
        let ranksMoved = pagesRendered(afterAnScores: 60)   // binh and chau (67) move up to first
        // Binh's and Chau's unit pages (whose history shows the rank).
        #expect(ranksMoved - ranksKept == 2)
    }

    @Test func aNoOpBuildWritesNothingAndRendersNothing() {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        #expect(p.build().succeeded)
        let again = p.build()
        #expect(again.upToDate)
        #expect(again.written == 0)
        #expect(again.rendered == 0)
    }

    @Test func aPageDeletedFromTheOutputIsRenderedAgain() throws {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        #expect(p.build().succeeded)
        try FileManager.default.removeItem(atPath: p.site.output + "/don-vi/hoa/2024-01/index.html")
        p.result("an", "2024-03", score: 90)   // so that the build is not skipped as up to date
        #expect(p.build().succeeded)
        #expect(differences(p.published(p.site.output), p.fullBuild()) == [])
    }
}

@Suite("Parse cache: a stale cache never publishes stale figures")
struct ParseCacheTests {
    @Test func anEditThatKeepsSizeAndTimeIsStillSeen() throws {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        #expect(p.build().succeeded)
        try p.correctKeepingSizeAndTime()
        let report = p.build()
        #expect(report.succeeded)
        #expect(report.resultsParsed == 1)
        #expect(p.site.read("Site/don-vi/an/2024-03/index.html")?.contains("<strong>27</strong>") == true)
        #expect(differences(p.published(p.site.output), p.fullBuild()) == [])
    }

    @Test func aChangedIndexIsCheckedAgainstEveryFile() {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        #expect(p.build().succeeded)
        // Every cached result has `tien-do` above 35: a cache read without the index would
        // let those figures through.
        p.site.write("Content/index.yaml", TemporarySite.index.replacingOccurrences(of: "max: 60", with: "max: 35")
            .replacingOccurrences(of: "max: 40", with: "max: 65"))
        let report = p.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.field == "groups.tien-do" && $0.location.file.hasSuffix("results/2024-03/an.md") })
    }

    /// What a build keeps for the next one outside the site: parsed results, input stamps and
    /// the months' rows of the downloads.
    enum Kept: String, CaseIterable, CustomTestStringConvertible {
        case results, inputs, downloads
        var testDescription: String { rawValue }

        /// The files of this kind in the cache folder.
        func files(in cache: String) throws -> [String] {
            let names = try FileManager.default.contentsOfDirectory(atPath: cache)
            switch self {
            case .results: return names.filter { $0.hasPrefix("results-") && $0.hasSuffix(".cache") }.map { cache + "/" + $0 }
            case .inputs: return names.filter { $0.hasPrefix("inputs-") }.map { cache + "/" + $0 }
            case .downloads:
                let folder = try #require(names.first { $0.hasPrefix("downloads-") })
                return try FileManager.default.contentsOfDirectory(atPath: cache + "/" + folder).map { cache + "/" + folder + "/" + $0 }
            }
        }
    }

    @Test(arguments: Kept.allCases)
    func aDamagedCacheIsIgnored(kept: Kept) throws {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        #expect(p.build().succeeded)
        let files = try kept.files(in: p.cache)
        #expect(kept == .downloads ? files.count == 3 : files.count == 1)
        for path in files {
            var bytes = try #require(FileManager.default.contents(atPath: path))
            bytes = bytes.prefix(bytes.count / 2)   // cut in the middle of a record
            try bytes.write(to: URL(fileURLWithPath: path))
        }
        p.result("binh", "2024-01", score: 61)
        #expect(p.build().succeeded)
        #expect(differences(p.published(p.site.output), p.fullBuild()) == [])
    }

    /// Files untouched for a while are known by their stamps; an edit that keeps the size and
    /// the modification time still moves the change time, so it is read.
    @Test func anUntouchedFileIsNotReadAgainButAnEditIsSeen() throws {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        #expect(p.build().succeeded)
        // A stamp taken less than two seconds after the file changed is not trusted: the next
        // build reads every file again, and stamps them once more.
        Thread.sleep(forTimeInterval: 2.2)
        let again = p.build()
        #expect(again.upToDate)
        #expect(again.inputsRead > 18)

        try p.correctKeepingSizeAndTime()
        let report = p.build()
        #expect(report.succeeded)
        #expect(report.inputsRead == 1)
        #expect(report.resultsParsed == 1)
        #expect(p.site.read("Site/don-vi/an/2024-03/index.html")?.contains("<strong>27</strong>") == true)
        #expect(differences(p.published(p.site.output), p.fullBuild()) == [])
    }

    /// A month's rows of the downloads are made again only when an input they may show changed:
    /// a result of that month or an earlier one, or anything that is not a result.
    @Test func onlyTheMonthsAnEditCanChangeAreMadeAgain() {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        #expect(p.build().downloadMonthsMade == 3)
        p.result("an", "2024-03", score: 90)
        #expect(p.build().downloadMonthsMade == 1)
        p.result("an", "2024-02", score: 90)
        #expect(p.build().downloadMonthsMade == 2)
        p.unit("hoa", "Xã Hòa Mới", "xã", parent: "tinh-b")
        let renamed = p.build()
        #expect(renamed.downloadMonthsMade == 3)
        #expect(p.site.read("Site/du-lieu/2024-01.csv")?.contains("Xã Hòa Mới") == true)
        #expect(differences(p.published(p.site.output), p.fullBuild()) == [])
    }

    @Test func smallChangesGoToAJournalThatLaterBuildsRead() throws {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        #expect(p.build().resultsParsed == 18)
        for (i, slug) in ["an", "dong", "an"].enumerated() {
            p.result(slug, "2024-02", score: 50 + i)
            let report = p.build()
            #expect(report.succeeded)
            // Only the changed file is parsed: `an`'s earlier correction comes from the journal.
            #expect(report.resultsParsed == 1)
            #expect(differences(p.published(p.site.output), p.fullBuild()) == [])
            if i == 0 {   // one file of eighteen: a journal
                #expect(try FileManager.default.contentsOfDirectory(atPath: p.cache).count { $0.hasSuffix(".cache.journal") } == 1)
            }
        }
        // Once most entries changed, the cache is written whole and the journal dropped.
        for (slug, base) in ProvinceSite.communes { for month in ProvinceSite.months { p.result(slug, month, score: base - 5) } }
        #expect(p.build().succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: p.cache).count { $0.hasSuffix(".journal") } == 0)
        #expect(differences(p.published(p.site.output), p.fullBuild()) == [])
    }

    @Test func aFileWithAWarningIsReadAgainSoTheWarningIsShownAgain() {
        let p = ProvinceSite()
        defer { p.cleanUp() }
        p.site.write("Content/results/2024-01/an.md", "---\nscore: 70\nsoure: x\n---\n")
        #expect(p.build().diagnostics.map(\.code) == [.unknownField])
        #expect(p.build().diagnostics.map(\.code) == [.unknownField])
    }
}
