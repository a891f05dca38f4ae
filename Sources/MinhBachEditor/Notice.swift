import Foundation
import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// `minhbach notice UNIT MONTH`: the month's notice drafted from a finished result, as a Word
/// document for the office to edit and sign, and (`markdown`) its body as Markdown for the
/// result file's text. Never overwrites a file unless told to (`force`).
public enum Notice {
    public struct Options: Sendable {
        public var content = "Content"
        public var unit: String
        public var month: String
        /// Nil: `thong-bao-<unit>-<YYYY-MM>.docx` in the current folder.
        public var out: String?
        public var force = false
        public var markdown = false
        /// Nil: the site's language.
        public var language: DiagnosticLanguage?

        public init(unit: String, month: String) {
            self.unit = unit
            self.month = month
        }
    }

    public struct Written: Sendable {
        public var files: [String]
        public var language: DiagnosticLanguage
    }

    public static func write(_ o: Options) -> Result<Written, EditorError> {
        switch draft(o) {
        case .failure(let e): return .failure(e)
        case .success(let text):
            let docx = o.out ?? "thong-bao-\(o.unit)-\(o.month).docx"
            let markdown = (docx.hasSuffix(".docx") ? String(docx.dropLast(5)) : docx) + ".md"
            let bytes: [UInt8]
            do { bytes = try NoticeDocx.bytes(text) } catch {
                return .failure(EditorError("cannot make the Word document: \(error)"))
            }
            var files = [(docx, bytes)]
            if o.markdown { files.append((markdown, Array(text.markdown.utf8))) }
            if !o.force, let taken = files.first(where: { FileManager.default.fileExists(atPath: $0.0) }) {
                return .failure(EditorError("\(taken.0) already exists; it is not overwritten",
                                            hint: "add --force to replace it, or name another file with --out"))
            }
            for (path, bytes) in files {
                if let failure = FileSystem.writeWhole([bytes[...]], to: path) {
                    return .failure(EditorError("cannot write \(path): \(failure)"))
                }
            }
            return .success(Written(files: files.map(\.0), language: text.language))
        }
    }

    /// The notice's text, or why there is none: an unknown unit, a month without a finished
    /// result (none, a draft, or one with errors).
    public static func draft(_ o: Options) -> Result<NoticeText, EditorError> {
        guard let period = Period(o.month) else {
            return .failure(EditorError("`\(o.month)` is not a month written as YYYY-MM", hint: "for example 2023-07"))
        }
        let loaded = ContentLoader.load(from: o.content)
        guard let content = loaded.content else {
            return .failure(EditorError("site.yaml or index.yaml cannot be read", hint: "run `minhbach check` to see why"))
        }
        let language = o.language ?? (content.site.language == "en" ? .en : .vi)
        guard let unit = content.units.first(where: { $0.slug == o.unit }) else {
            return .failure(EditorError("there is no unit `\(o.unit)`\(NearMiss.phrase(for: o.unit, among: content.units.map(\.slug)))",
                                        hint: "the unit's slug is its file's name in \(o.content)/units/"))
        }
        let archive = Archive(content: content)
        guard let id = archive.unit(o.unit), let result = archive.result(id, in: period) else {
            return .failure(missing(o, period: period, unit: unit, diagnostics: loaded.diagnostics))
        }
        let parentID = archive.parent[id]
        let parent = parentID.map { archive.units[$0] }
        let kinds = parentID.map { p in archive.children[p].filter { archive.units[$0].exists(in: period) }.map { archive.units[$0].kind } } ?? []
        return .success(NoticeText(result: result, unit: unit, parent: parent, standing: archive.standing(id, in: period),
                                   siblingKinds: kinds, index: content.index.inForce(period),
                                   provisional: archive.isProvisional(result), language: language))
    }

    /// Why a unit has no result to draft from in `period`: no file, a draft, or a file with errors.
    static func missing(_ o: Options, period: Period, unit: MinhBachContent.Unit, diagnostics: [Diagnostic]) -> EditorError {
        let relative = "results/\(period)/\(o.unit).md", path = o.content + "/" + relative
        let own = diagnostics.filter { $0.location.file.hasSuffix(relative) }
        guard FileManager.default.fileExists(atPath: path) else {
            return EditorError("\(unit.name) has no result for \(period): there is no \(path)",
                               hint: "write it first: `minhbach new result \(o.unit) \(period)`, or import the month's table")
        }
        if let draft = own.first(where: { $0.code == .draft }) {
            return EditorError("\(draft.location.file):\(draft.location.line): the result is a draft (`draft: true`); a notice is drafted only from a finished result",
                               hint: "fill in the figures, delete the line `draft: true`, then run `minhbach check`")
        }
        return EditorError("\(path) has errors and is not read",
                           hint: "run `minhbach check` and correct them first")
    }
}
