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
        // "xa", "thi tran": the kind as typed without diacritics is the known kind, written as the lists write it.
        guard let known = UnitKind.named(kind) else {
            return .failure(EditorError("`\(kind)` is not a kind of unit", hint: "write one of: \(UnitKind.listed)"))
        }
        return write(Created(path: path, text: unitText(name: name, kind: known, parent: parent, code: code)))
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

    /// The month `text` names and the site's content, as `new result` and `new month` both
    /// need them before they write anything.
    static func monthAndSite(content: String, period text: String) -> Result<(Period, ContentSet), EditorError> {
        guard let period = Period(text) else {
            return .failure(EditorError("`\(text)` is not a month written as YYYY-MM", hint: "for example 2023-07"))
        }
        return Importer.site(content).map { (period, $0) }
    }

    /// A new result file for `unit` and `period`, listing every group and indicator of the
    /// index with its name and maximum, and the latest values known as hints (`draftText`).
    public static func result(content: String, unit: String, period text: String) -> Result<Created, EditorError> {
        let period: Period, set: ContentSet
        switch monthAndSite(content: content, period: text) {
        case .success(let read): (period, set) = read
        case .failure(let e): return .failure(e)
        }
        guard let u = set.units.first(where: { $0.slug == unit }) else { return .failure(unknownUnit(unit, set, period: period)) }
        if let dissolved = u.dissolved, dissolved <= period.firstDay {
            return .failure(EditorError("\(u.name) was dissolved on \(dissolved), before the month \(period)",
                                        hint: u.successors.first.map { "results after the merger belong to the successor (\($0))" }))
        }
        let path = content + "/results/\(period)/\(unit).md"
        if FileManager.default.fileExists(atPath: path) {
            return .failure(EditorError("\(path) already exists; it is not overwritten", hint: "edit the file instead"))
        }
        return write(Created(path: path, text: draftText(u, period: period, set: set)))
    }

    /// No unit has the slug `unit`: a near slug, or, when `unit` is a name ("Phường Hiệp Tân"),
    /// the slug of the unit of that name, or the `new unit` line that makes it with a slug made
    /// from the name (a name is never a slug).
    static func unknownUnit(_ unit: String, _ set: ContentSet, period: Period) -> EditorError {
        let folded = VietnameseCollation.folded(unit)
        if let named = set.units.first(where: { VietnameseCollation.folded($0.name) == folded }) {
            return EditorError("there is no unit `\(unit)`: that is the name of `\(named.slug)`",
                               hint: "write its slug: `minhbach new result \(named.slug) \(period)`")
        }
        guard !Slug.isValid(unit) else {
            return EditorError("there is no unit `\(unit)`\(NearMiss.phrase(for: unit, among: set.units.map(\.slug)))",
                               hint: "create it first with `minhbach new unit \(unit) --name … --kind … --parent …`")
        }
        let split = UnitKind.split(unit)
        let slug = Slug.suggest(from: split?.rest ?? unit), kind = split?.kind ?? "…"
        return EditorError("there is no unit `\(unit)`",
                           hint: "a unit is named by its slug; to create it: `minhbach new unit \(slug) --name \(quoted(unit)) --kind \(kind) --parent …`")
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
