import Foundation
import Testing
import MinhBachBuild
import MinhBachCore

/// A file or folder of `Content/` in a place the build does not read, and exactly the one
/// warning that must name it: a month saved one folder off must never just not appear.
struct StrayFile: CustomTestStringConvertible, Sendable {
    let name: String
    /// What the editor left, below the site's folder; ending in `/`, an empty folder.
    let path: String
    /// The whole warning, message and hint, with the content folder written as `Content`.
    let expected: String
    let vi: String
    var testDescription: String { name }

    func leave(in site: TemporarySite) {
        if path.hasSuffix("/") {
            try! FileManager.default.createDirectory(atPath: site.folder + "/" + path, withIntermediateDirectories: true)
        } else {
            site.write(path, "---\nscore: 80\n---\n")
        }
    }
}

/// The warnings a build gives about files it does not read, as an editor sees them.
func unreadWarnings(_ report: BuildReport, in site: TemporarySite, _ language: DiagnosticLanguage = .en) -> [String] {
    report.diagnostics.filter { [.ignoredFile, .misplacedFile].contains($0.code) }
        .map { $0.formatted(in: language).replacingOccurrences(of: site.content, with: "Content") }
}

@Suite("Nothing in Content/ is ignored silently")
struct UnreadFilesTests {
    static let documentHint = ("a document to publish belongs in `static/`; keep other files outside the content folder",
                               "tài liệu cần đăng tải đặt trong `static/`; các tệp khác hãy để ngoài thư mục nội dung")
    static let atTop = ("the folder is not read: the content folder holds only `results/`, `units/`, `pages/` and `static/`\n  hint: move what should be published into one of them, and the rest out of the content folder",
                        "thư mục không được đọc: thư mục nội dung chỉ gồm `results/`, `units/`, `pages/` và `static/`\n  gợi ý: hãy chuyển những gì cần đăng vào một trong các thư mục đó, phần còn lại ra ngoài thư mục nội dung")
    static let results = ("the folder is not read: results belong in `results/`, a folder per month (`results/YYYY-MM/`)\n  hint: move its month folders into `results/`",
                          "thư mục không được đọc: kết quả phải nằm trong `results/`, mỗi tháng một thư mục (`results/YYYY-MM/`)\n  gợi ý: hãy chuyển các thư mục tháng của nó vào `results/`")

    static let cases: [StrayFile] = [
        StrayFile(name: "a result directly in results/", path: "Content/results/an.md",
                  expected: "Content/results/an.md: warning: not read: a result belongs in the folder of its month, `results/YYYY-MM/`\n  hint: move it to `results/YYYY-MM/an.md`, YYYY-MM being the month it reports",
                  vi: "Content/results/an.md: cảnh báo: không được đọc: kết quả phải nằm trong thư mục của tháng, `results/YYYY-MM/`\n  gợi ý: hãy chuyển tệp vào `results/YYYY-MM/an.md`, với YYYY-MM là tháng của kết quả"),
        StrayFile(name: "a result at the top of Content/", path: "Content/an.md",
                  expected: "Content/an.md: warning: not read: results belong in `results/YYYY-MM/`, units in `units/`, free pages in `pages/`\n  hint: move it into the folder of what it holds",
                  vi: "Content/an.md: cảnh báo: không được đọc: kết quả phải nằm trong `results/YYYY-MM/`, đơn vị trong `units/`, trang riêng trong `pages/`\n  gợi ý: hãy chuyển tệp vào thư mục ứng với nội dung của nó"),
        StrayFile(name: "a month in result/", path: "Content/result/2023-08/an.md",
                  expected: "Content/result: warning: " + results.0, vi: "Content/result: cảnh báo: " + results.1),
        StrayFile(name: "a month in ket-qua/", path: "Content/ket-qua/2023-08/an.md",
                  expected: "Content/ket-qua: warning: " + results.0, vi: "Content/ket-qua: cảnh báo: " + results.1),
        StrayFile(name: "a month in Kết quả/, as Vietnamese", path: "Content/Kết quả/2023-08/an.md",
                  expected: "Content/Kết quả: warning: " + results.0, vi: "Content/Kết quả: cảnh báo: " + results.1),
        StrayFile(name: "a month in Results/, capitalised", path: "Content/Results/2023-08/an.md",
                  expected: "Content/Results: warning: " + results.0, vi: "Content/Results: cảnh báo: " + results.1),
        StrayFile(name: "old results in results-cu/", path: "Content/results-cu/2023-08/an.md",
                  expected: "Content/results-cu: warning: " + results.0, vi: "Content/results-cu: cảnh báo: " + results.1),
        StrayFile(name: "a unit in unit/", path: "Content/unit/an.md",
                  expected: "Content/unit: warning: the folder is not read: units belong in `units/`\n  hint: move its files into `units/`",
                  vi: "Content/unit: cảnh báo: thư mục không được đọc: đơn vị phải nằm trong `units/`\n  gợi ý: hãy chuyển các tệp của nó vào `units/`"),
        StrayFile(name: "a page in trang/", path: "Content/trang/gioi-thieu.md",
                  expected: "Content/trang: warning: the folder is not read: free pages belong in `pages/`\n  hint: move its files into `pages/`",
                  vi: "Content/trang: cảnh báo: thư mục không được đọc: trang riêng phải nằm trong `pages/`\n  gợi ý: hãy chuyển các tệp của nó vào `pages/`"),
        StrayFile(name: "a picture in Static/", path: "Content/Static/logo.png",
                  expected: "Content/Static: warning: the folder is not read: files copied to the site as they are belong in `static/`\n  hint: move its files into `static/`",
                  vi: "Content/Static: cảnh báo: thư mục không được đọc: tệp được sao chép nguyên vẹn lên trang phải nằm trong `static/`\n  gợi ý: hãy chuyển các tệp của nó vào `static/`"),
        StrayFile(name: "an unknown folder, once for all its files", path: "Content/tai-lieu/2023-08/bien-ban.docx",
                  expected: "Content/tai-lieu: warning: " + atTop.0, vi: "Content/tai-lieu: cảnh báo: " + atTop.1),
        StrayFile(name: "an empty unknown folder", path: "Content/images/",
                  expected: "Content/images: warning: " + atTop.0, vi: "Content/images: cảnh báo: " + atTop.1),
        StrayFile(name: "a spreadsheet at the top", path: "Content/bang-thang-8.xlsx",
                  expected: "Content/bang-thang-8.xlsx: warning: not read: the content folder itself holds only `site.yaml` and `index.yaml`\n  hint: " + documentHint.0,
                  vi: "Content/bang-thang-8.xlsx: cảnh báo: không được đọc: ngay trong thư mục nội dung chỉ có `site.yaml` và `index.yaml`\n  gợi ý: " + documentHint.1),
        StrayFile(name: "site.yml beside site.yaml", path: "Content/site.yml",
                  expected: "Content/site.yml: warning: not read: the content folder itself holds only `site.yaml` and `index.yaml`\n  hint: " + documentHint.0,
                  vi: "Content/site.yml: cảnh báo: không được đọc: ngay trong thư mục nội dung chỉ có `site.yaml` và `index.yaml`\n  gợi ý: " + documentHint.1),
        StrayFile(name: "a spreadsheet in results/", path: "Content/results/bang-thang-8.xlsx",
                  expected: "Content/results/bang-thang-8.xlsx: warning: not read: `results/` holds only the month folders, `results/YYYY-MM/`\n  hint: " + documentHint.0,
                  vi: "Content/results/bang-thang-8.xlsx: cảnh báo: không được đọc: `results/` chỉ chứa các thư mục tháng `results/YYYY-MM/`\n  gợi ý: " + documentHint.1),
        StrayFile(name: "the notice's Word file in its month", path: "Content/results/2023-06/thong-bao-87.docx",
                  expected: "Content/results/2023-06/thong-bao-87.docx: warning: not read: only `.md` files are read in `results/2023-06/`\n  hint: " + documentHint.0,
                  vi: "Content/results/2023-06/thong-bao-87.docx: cảnh báo: không được đọc: trong `results/2023-06/` chỉ đọc các tệp `.md`\n  gợi ý: " + documentHint.1),
        StrayFile(name: "a folder in a month", path: "Content/results/2023-06/extra/an.md",
                  expected: "Content/results/2023-06/extra: warning: the folder is not read: only the `.md` files directly in `results/2023-06/` are read\n  hint: move its `.md` files up into `results/2023-06/`",
                  vi: "Content/results/2023-06/extra: cảnh báo: thư mục không được đọc: chỉ đọc các tệp `.md` nằm ngay trong `results/2023-06/`\n  gợi ý: hãy chuyển các tệp `.md` của nó lên `results/2023-06/`"),
        StrayFile(name: "a list of units in units/", path: "Content/units/danh-sach.xlsx",
                  expected: "Content/units/danh-sach.xlsx: warning: not read: only `.md` files are read in `units/`\n  hint: " + documentHint.0,
                  vi: "Content/units/danh-sach.xlsx: cảnh báo: không được đọc: trong `units/` chỉ đọc các tệp `.md`\n  gợi ý: " + documentHint.1),
        StrayFile(name: "a folder in units/", path: "Content/units/thi-xa/an.md",
                  expected: "Content/units/thi-xa: warning: the folder is not read: only the `.md` files directly in `units/` are read\n  hint: move its `.md` files up into `units/`",
                  vi: "Content/units/thi-xa: cảnh báo: thư mục không được đọc: chỉ đọc các tệp `.md` nằm ngay trong `units/`\n  gợi ý: hãy chuyển các tệp `.md` của nó lên `units/`"),
        StrayFile(name: "a folder in pages/", path: "Content/pages/cu/gioi-thieu.md",
                  expected: "Content/pages/cu: warning: the folder is not read: only the `.md` files directly in `pages/` are read\n  hint: move its `.md` files up into `pages/`",
                  vi: "Content/pages/cu: cảnh báo: thư mục không được đọc: chỉ đọc các tệp `.md` nằm ngay trong `pages/`\n  gợi ý: hãy chuyển các tệp `.md` của nó lên `pages/`"),
    ]

    /// One warning, in both languages, from `check` and from `build`, which still publishes.
    @Test(arguments: cases)
    func aStrayFileIsOneWarningSayingWhereItBelongs(_ stray: StrayFile) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        stray.leave(in: site)
        let checked = SiteBuilder.build(BuildOptions(content: site.content, write: false))
        #expect(unreadWarnings(checked, in: site) == [stray.expected])
        #expect(unreadWarnings(checked, in: site, .vi) == [stray.vi])
        let built = site.build()
        #expect(unreadWarnings(built, in: site) == [stray.expected])
        #expect(built.succeeded && built.wroteOutput, "\(built.diagnostics.map(\.formatted))")
    }

    static let exempt = ["Content/.git/config", "Content/.gitignore", "Content/.DS_Store", "Content/results/.DS_Store",
                         "Content/results/2023-06/.~lock.an.md#", "Content/units/.cu/an.md", "Content/static/bien-ban.docx",
                         "Content/static/tai-lieu/2023-08/an.md"]

    @Test(arguments: exempt)
    func hiddenFilesAndStaticAreNotNamed(_ path: String) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write(path, "x")
        let report = SiteBuilder.build(BuildOptions(content: site.content, write: false))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.formatted))")
    }

    @Test func theSampleContentHasNothingUnread() {
        let report = SiteBuilder.build(BuildOptions(content: repositoryRoot + "/Content", theme: themeFolder, write: false))
        #expect(!report.diagnostics.contains { [.ignoredFile, .misplacedFile].contains($0.code) })
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.formatted))")
    }

    /// Warnings are sorted by path, whatever order the folders were listed in.
    @Test func severalStrayFilesAreReportedInPathOrder() {
        let site = TemporarySite()
        defer { site.cleanUp() }
        for path in ["Content/units/b.xlsx", "Content/an.md", "Content/results/an.md", "Content/ket-qua/x.md", "Content/results/2023-06/a.docx"] {
            site.write(path, "x")
        }
        let files = SiteBuilder.build(BuildOptions(content: site.content, write: false)).diagnostics.map(\.location.file)
        #expect(files.map { $0.replacingOccurrences(of: site.content, with: "Content") } == [
            "Content/an.md", "Content/ket-qua", "Content/results/2023-06/a.docx", "Content/results/an.md", "Content/units/b.xlsx",
        ])
    }

    /// A stray file or empty folder added between two builds is named by the next one, and by
    /// the skipped build after it; removed, it is named no more. The site's files never change.
    @Test(arguments: ["Content/results/an.md", "Content/cu/"])
    func aStrayAddedOrRemovedBetweenBuildsComesAndGoes(_ path: String) {
        let site = TemporarySite()
        defer { site.cleanUp(); removeSite(site.output) }
        let clean = site.build()
        #expect(clean.succeeded && unreadWarnings(clean, in: site).isEmpty)
        let before = snapshot(site.output)
        #expect(site.build().upToDate)

        StrayFile(name: "", path: path, expected: "", vi: "").leave(in: site)
        let added = site.build()
        #expect(!added.upToDate && unreadWarnings(added, in: site).count == 1)
        #expect(added.written == 0 && snapshot(site.output) == before)
        let skipped = site.build()
        #expect(skipped.upToDate && skipped.diagnostics == added.diagnostics)

        site.remove(path)
        let removed = site.build()
        #expect(!removed.upToDate && unreadWarnings(removed, in: site).isEmpty)
        #expect(removed.written == 0 && snapshot(site.output) == before)
        let again = site.build()
        #expect(again.upToDate && again.diagnostics.isEmpty)
    }
}
