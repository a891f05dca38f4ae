import Foundation
import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// `minhbach new`: writes a file ready to fill, and never overwrites one.
public enum Scaffold {
    public struct Created: Sendable {
        public let path: String
        public let text: String
    }

    /// A new unit file: `units/<slug>.md`.
    public static func unit(content: String, slug: String, name: String, kind: String, parent: String?,
                            code: String?) -> Result<Created, EditorError> {
        guard Slug.isValid(slug) else {
            return .failure(EditorError("the unit's slug `\(slug)` may only have lower-case letters a–z, digits and hyphens",
                                        hint: "for example `\(Slug.suggest(from: name))`"))
        }
        let path = content + "/units/\(slug).md"
        if FileManager.default.fileExists(atPath: path) {
            return .failure(EditorError("\(path) already exists; it is not overwritten", hint: "edit the file, or choose another slug"))
        }
        if let parent {
            let units = existingUnits(content)
            guard units.contains(parent) else {
                return .failure(EditorError("there is no unit `\(parent)` to be the parent\(NearMiss.phrase(for: parent, among: units))",
                                            hint: "the parent must have a file in \(content)/units/"))
            }
        }
        guard !name.trimmingWhitespace().isEmpty, !kind.trimmingWhitespace().isEmpty else {
            return .failure(EditorError("a unit needs a name and a kind", hint: "for example --name \"Phường Hiệp Tân\" --kind phường"))
        }
        return write(Created(path: path, text: unitText(name: name, kind: kind, parent: parent, code: code)))
    }

    /// A unit file's text, as `new unit` and `import units` write it: the fields, the optional
    /// ones as comments to fill, and (`placeholder`) a line of text to replace. An import of
    /// thousands of units leaves the text out: nobody would replace 3,400 placeholders, and
    /// citizens would read them.
    static func unitText(name: String, kind: String, parent: String?, code: String?, coordinates: Coordinates? = nil,
                         placeholder: Bool = true) -> String {
        var text = "---\nname: \(quoted(name))\nkind: \(quoted(kind))\n"
        text += code.map { "code: \(quoted($0))\n" } ?? "# code: \"000.00.00.H00\"   # mã định danh điện tử, nếu có\n"
        if let parent { text += "parent: \(parent)\n" }
        if let coordinates { text += "lat: \(coordinates.lat)\nlon: \(coordinates.lon)\n" }
        text += "# dissolved: YYYY-MM-DD     # ngày giải thể, nếu đơn vị đã giải thể\n# successor: \"…\"           # đơn vị kế thừa\n---\n\n"
        if placeholder { text += "\(name) – giới thiệu ngắn về đơn vị (địa chỉ Bộ phận Một cửa, giờ làm việc…).\n" }
        return text
    }

    /// A new result file for `unit` and `period`, listing every group and indicator of the
    /// index with its name and maximum, and carrying over last month's values as hints.
    public static func result(content: String, unit: String, period text: String) -> Result<Created, EditorError> {
        guard let period = Period(text) else {
            return .failure(EditorError("`\(text)` is not a month written as YYYY-MM", hint: "for example 2023-07"))
        }
        let set: ContentSet
        switch Importer.site(content) {
        case .success(let read): set = read
        case .failure(let e): return .failure(e)
        }
        guard let u = set.units.first(where: { $0.slug == unit }) else {
            return .failure(EditorError("there is no unit `\(unit)`\(NearMiss.phrase(for: unit, among: set.units.map(\.slug)))",
                                        hint: "create it first with `minhbach new unit \(unit) --name … --kind … --parent …`"))
        }
        if let dissolved = u.dissolved, dissolved <= period.firstDay {
            return .failure(EditorError("\(u.name) was dissolved on \(dissolved), before the month \(period)",
                                        hint: u.successors.first.map { "results after the merger belong to the successor (\($0))" }))
        }
        let path = content + "/results/\(period)/\(unit).md"
        if FileManager.default.fileExists(atPath: path) {
            return .failure(EditorError("\(path) already exists; it is not overwritten", hint: "edit the file instead"))
        }
        // The groups and criteria of the edition in force in the month.
        let index = set.index.inForce(period)
        // Earlier results of the unit, newest first: each hint is the latest value known, so a
        // cumulative count carries over even past a month whose notice did not give it.
        let earlier = set.results.filter { $0.unit == unit && $0.period < period }.sorted { $0.period > $1.period }
        let previous = earlier.first
        let vi = set.site.language != "en"
        func hint(_ value: Figure?) -> String {
            guard let value else { return "" }
            return vi ? " — tháng trước: \(value)" : " — last month: \(value)"
        }
        var lines = ["---"]
        lines.append(vi ? "# \(u.name), tháng \(period.month)/\(period.year). Chép số liệu đúng như văn bản công bố."
                        : "# \(u.name), \(period). Copy the figures exactly as the notice gives them.")
        lines.append(vi ? "# Số liệu không được công bố thì để nguyên dấu # (bỏ trống) — không ghi 0."
                        : "# Leave a figure that was not published commented out — never write 0 for it.")
        lines.append(vi ? "# Khi điền xong, xóa dòng `draft: true` để công bố." : "# When it is complete, delete the line `draft: true` to publish it.")
        lines.append("draft: true")
        lines.append("score:                      # " + (vi ? "tổng điểm, 0–\(index.total), ví dụ 69,81" : "total, 0–\(index.total), e.g. 69.81") + hint(previous?.score))
        lines.append("# rank:                     # " + (vi ? "thứ hạng do Cổng Dịch vụ công quốc gia công bố" : "the rank the portal published"))
        lines.append("# of:                       # " + (vi ? "trong tổng số đơn vị" : "out of how many units") + (previous?.publishedOf.map { vi ? " — tháng trước: \($0)" : " — last month: \($0)" } ?? ""))
        lines.append("groups:")
        for g in index.groups {
            lines.append("  # \(pad(g.key + ":", 26)) # \(g.name) — " + (vi ? "tối đa \(g.max)" : "at most \(g.max)") + hint(earlier.lazy.compactMap { $0.groups[g.key] }.first))
        }
        lines += criteriaLines(index, vi: vi) { key in hint(earlier.lazy.compactMap { $0.criteria[key] }.first) }
        lines.append("indicators:")
        for i in index.indicators {
            let range = i.isPercentage ? "0–100 %" : (vi ? "số \(i.unit)" : "number of \(i.unit)")
            lines.append("  # \(pad(i.key + ":", 26)) # \(i.name) (\(range))" + hint(earlier.lazy.compactMap { $0.indicators[i.key] }.first))
        }
        lines += commitmentLines(previous, vi: vi)
        lines.append("overdue: []                 # " + (vi ? "hồ sơ quá hạn: - {code: \"…\", received: YYYY-MM-DD, handler: \"…\"}" : "overdue dossiers: - {code: \"…\", received: YYYY-MM-DD, handler: \"…\"}"))
        lines.append("document:")
        lines.append("  number:                   # " + (vi ? "số văn bản, ví dụ \"87/UBND\"" : "the notice's number, e.g. \"87/UBND\""))
        lines.append("  date:                     # YYYY-MM-DD")
        lines.append("  signer: \(previous?.document?.signer.map(quoted) ?? "")")
        lines.append("  title: \(previous?.document?.title.map(quoted) ?? "")")
        lines.append("as_of:                      # " + (vi ? "thời điểm số liệu, \"YYYY-MM-DD HH:MM\"" : "when the figures were read, \"YYYY-MM-DD HH:MM\""))
        lines.append("source: \(quoted(previous?.source ?? "https://dichvucong.gov.vn"))")
        lines.append("---")
        lines.append("")
        lines.append(vi ? "Nội dung văn bản: các yêu cầu khắc phục (danh sách đánh số), kiến nghị…" : "The notice's text: the requirements (a numbered list), the recommendations…")
        return write(Created(path: path, text: lines.joined(separator: "\n") + "\n"))
    }

    /// A draft's `commitments:`: every commitment of the previous result still open (neither
    /// `xong` nor `không đạt`), with its text, owner and due date, now `đang làm`, for the
    /// editor to update from the new notice; a comment saying how to write one when none is open.
    static func commitmentLines(_ previous: ResultRecord?, vi: Bool) -> [String] {
        let open = previous?.commitments.filter(\.status.isOpen) ?? []
        guard let previous, !open.isEmpty else {
            return ["# commitments:              # " + (vi ? "cam kết khắc phục: - {key: …, text: \"…\", owner: \"…\", due: YYYY-MM-DD, status: mới}"
                                                        : "commitments to fix: - {key: …, text: \"…\", owner: \"…\", due: YYYY-MM-DD, status: mới}")]
        }
        var lines = ["commitments:                # " + (vi ? "các cam kết chưa xong của tháng \(previous.period.month)/\(previous.period.year); ghi tình trạng: đang làm, xong hoặc không đạt"
                                                         : "the open commitments of \(previous.period); set each status: đang làm, xong or không đạt")]
        for c in open {
            lines.append("  - key: \(c.key)")
            lines.append("    text: \(quoted(c.text))")
            if let owner = c.owner { lines.append("    owner: \(quoted(owner))") }
            if let due = c.due { lines.append("    due: \(due)") }
            lines.append("    status: đang làm")
        }
        return lines
    }

    /// A draft's `criteria:` lines: each group's criteria, commented out, with the group's name,
    /// the maximum, the target where the index gives one and `hint(key)` (last month's points);
    /// none when the index has no criteria, so that such a site's drafts are as they were.
    static func criteriaLines(_ index: IndexDefinition, vi: Bool, hint: (String) -> String) -> [String] {
        let criteria = index.groups.flatMap { g in g.criteria.map { (group: g, criterion: $0) } }
        guard !criteria.isEmpty else { return [] }
        var lines = ["criteria:                   # " + (vi ? "điểm của tiêu chí, hoặc {points: …, numerator: …, denominator: …} (điểm, tử số, mẫu số)"
                                                          : "the criterion's points, or {points: …, numerator: …, denominator: …}")]
        for (g, c) in criteria {
            var line = "  # \(pad(c.key + ":", 26)) # \(c.name) (\(g.name)) — " + (vi ? "tối đa \(c.max)" : "at most \(c.max)")
            if let target = c.target { line += vi ? " — đủ điểm khi đạt \(target) %" : " — full points at \(target) %" }
            lines.append(line + hint(c.key))
        }
        return lines
    }

    /// What stands at a path a command is to make a new folder at.
    enum FolderState { case absent, empty, notEmpty, notAFolder }

    static func state(ofFolder path: String) -> FolderState {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .absent }
        guard isFolder.boolValue else { return .notAFolder }
        return (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty == true ? .empty : .notEmpty
    }

    /// Makes `folder` (`init`, `theme export`: a folder that is new or empty) with `files` in
    /// it, whole or not at all: they are written into a hidden folder beside it, which is then
    /// renamed to `folder` (over it, when it is an empty folder). A full disk halfway, or a
    /// kill, leaves no half-made site, and a folder that gained files meanwhile is not touched.
    static func writeFiles(_ files: [(path: String, bytes: [UInt8])], below folder: String) -> EditorError? {
        let url = URL(fileURLWithPath: folder)
        let parent = url.deletingLastPathComponent().path
        guard FileSystem.makeFolders(parent) else { return EditorError("cannot make the folder \(parent)") }
        let staging = parent + "/." + url.lastPathComponent + ".minhbach-new-\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        func fail(_ e: EditorError) -> EditorError {
            try? FileManager.default.removeItem(atPath: staging)
            return e
        }
        for file in files {
            let path = staging + "/" + file.path
            let holder = (path as NSString).deletingLastPathComponent
            guard FileSystem.makeFolders(holder) else { return fail(EditorError("cannot make the folder \(holder); nothing was written")) }
            if let failure = FileSystem.writeWhole([file.bytes[...]], to: path) {
                return fail(EditorError("cannot write \(folder + "/" + file.path): \(failure); nothing was written"))
            }
        }
        guard rename(staging, folder) == 0 else {
            return fail(EditorError("cannot make \(folder): \(String(cString: strerror(errno))); nothing was written",
                                    hint: "name a new folder, such as tay-ninh"))
        }
        return nil
    }

    static func existingUnits(_ content: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: content + "/units")) ?? [])
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : s + String(repeating: " ", count: width - s.count) }

    /// Creates the file only if it does not exist yet (O_EXCL), so that two editors (or a
    /// double click) can never overwrite each other's work.
    static func write(_ created: Created) -> Result<Created, EditorError> {
        let folder = (created.path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fd = open(created.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            return .failure(EditorError("cannot create \(created.path): \(String(cString: strerror(errno)))"))
        }
        let bytes = Array(created.text.utf8)
        let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        guard n == bytes.count else { return .failure(EditorError("cannot write \(created.path)")) }
        return .success(created)
    }
}

/// A refusal by an editor command, with a hint; shown in the editor's language.
public struct EditorError: Error, Sendable {
    public let message: Message
    public let hint: Message?

    public init(_ message: Message, hint: Message? = nil) {
        self.message = message
        self.hint = hint
    }

    public func text(in language: DiagnosticLanguage) -> String {
        var out = Message("error").text(in: language) + ": " + message.text(in: language)
        if let hint { out += "\n  " + Diagnostic.hintLabel.text(in: language) + ": " + hint.text(in: language) }
        return out
    }
}
