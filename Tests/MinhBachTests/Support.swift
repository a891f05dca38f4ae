import Foundation
import MinhBachBuild
import MinhBachCore

/// The repository's root, found from this file's path, for the sample Content/ and the theme.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// The built-in theme's files, as a theme folder (a copy of it overrides every file).
let themeFolder = repositoryRoot + "/Sources/MinhBachTheme/Theme"

/// A small valid site in a fresh temporary folder: a town with three wards and one month.
/// Tests overwrite single files to show one mistake at a time.
struct TemporarySite {
    let folder: String
    var content: String { folder + "/Content" }
    var output: String { folder + "/Site" }

    static let index = """
        name: "Bộ chỉ số thử"
        total: 100
        groups:
          - {key: cong-khai, name: "Công khai", max: 40}
          - {key: tien-do, name: "Tiến độ", max: 60}
        indicators:
          - {key: nop-truc-tuyen, name: "Nộp trực tuyến", unit: "%", group: cong-khai, better: higher}
          - {key: qua-han, name: "Quá hạn", unit: "hồ sơ", group: tien-do, better: lower}
        """

    init() {
        folder = NSTemporaryDirectory() + "minhbach-test-" + UUID().uuidString
        write("Content/site.yaml", """
            title: "Thử"
            authority: "UBND thị xã Thử"
            root: thi-xa
            base_url: "https://example.vn/thu/"
            """)
        write("Content/index.yaml", Self.index)
        write("Content/units/thi-xa.md", "---\nname: \"Thị xã Thử\"\nkind: \"thị xã\"\n---\n")
        write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\n---\n")
        write("Content/units/binh.md", "---\nname: \"Phường Bình\"\nkind: phường\nparent: thi-xa\n---\n")
        write("Content/units/dong.md", "---\nname: \"Xã Đông\"\nkind: xã\nparent: thi-xa\n---\n")
        write("Content/results/2023-06/an.md", "---\nscore: 80\ngroups:\n  cong-khai: 30\n  tien-do: 50\n---\n")
        write("Content/results/2023-06/binh.md", "---\nscore: \"69,81\"\n---\n")
    }

    func write(_ relative: String, _ text: String) {
        let path = folder + "/" + relative
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func remove(_ relative: String) { try? FileManager.default.removeItem(atPath: folder + "/" + relative) }

    func read(_ relative: String) -> String? { try? String(contentsOfFile: folder + "/" + relative, encoding: .utf8) }

    /// Builds with the built-in theme.
    func build(baseURL: String? = nil) -> BuildReport {
        SiteBuilder.build(BuildOptions(content: content, output: output, baseURL: baseURL))
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }
}

/// Every file below `folder` with its bytes, for byte-for-byte comparisons of two builds. The
/// build's state (`.minhbach-state`) is left out: it records this machine's inodes and times.
func snapshot(_ folder: String) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let e = FileManager.default.enumerator(atPath: folder) else { return files }
    while let p = e.nextObject() as? String {
        if p == ".minhbach-state" { continue }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + p, isDirectory: &isDir), !isDir.boolValue {
            files[p] = FileManager.default.contents(atPath: folder + "/" + p)
        }
    }
    return files
}

/// The visible text of an HTML page: tags dropped, whitespace folded.
func visibleText(_ html: String) -> String {
    var out = ""
    var inTag = false
    for c in html {
        if c == "<" { inTag = true; out.append(" "); continue }
        if c == ">" { inTag = false; continue }
        if !inTag { out.append(c) }
    }
    return out.replacingOccurrences(of: "&amp;", with: "&").split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// The theme's Vietnamese formats, as the site uses them.
let vietnamese = Translations(language: "vi", strings: [
    "decimal_separator": ",", "group_separator": ".", "month_title": "Tháng {month}/{year}", "date": "{day}/{month}/{year}",
])

/// Removes an output folder and the build's own folder beside it (`.Site.minhbach`).
func removeSite(_ folder: String) {
    try? FileManager.default.removeItem(atPath: folder)
    let url = URL(fileURLWithPath: folder)
    try? FileManager.default.removeItem(atPath: url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".minhbach")
}
