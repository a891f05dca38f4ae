import Foundation
import MinhBachCore
import MinhBachContent

extension Scaffold {
    /// What `new month` did: the drafts it wrote and the result files that were there already.
    public struct MonthDrafts: Sendable {
        public let written: [Created]
        public let skipped: [String]
    }

    /// `new month`: a draft, as `new result` writes it, for every unit that existed in the
    /// month (not yet dissolved, already established) and has no result file for it: the
    /// children of `parent`, or every unit but the site's root. All or nothing: every draft is
    /// made before the first is written, and a write that fails removes those written before it.
    public static func month(content: String, period text: String, parent: String?) -> Result<MonthDrafts, EditorError> {
        let period: Period, set: ContentSet
        switch monthAndSite(content: content, period: text) {
        case .success(let read): (period, set) = read
        case .failure(let e): return .failure(e)
        }
        if let parent, !set.units.contains(where: { $0.slug == parent }) {
            return .failure(EditorError("there is no unit `\(parent)` to be the parent\(NearMiss.phrase(for: parent, among: set.units.map(\.slug)))",
                                        hint: "the parent must have a file in \(content)/units/"))
        }
        let units = set.units.filter { u in
            u.exists(in: period) && (parent.map { u.parent == $0 } ?? (u.slug != set.site.root))
        }.sorted { $0.slug < $1.slug }
        guard !units.isEmpty else {
            return .failure(EditorError(parent.map { "`\($0)` has no units in \(period)" } ?? "the site has no units in \(period)",
                                        hint: "a unit dissolved before the month, or established after it, has no result for it"))
        }
        var drafts: [Created] = [], skipped: [String] = []
        for u in units {
            let path = content + "/results/\(period)/\(u.slug).md"
            if FileManager.default.fileExists(atPath: path) { skipped.append(path); continue }
            drafts.append(Created(path: path, text: draftText(u, period: period, set: set)))
        }
        var written: [Created] = []
        for draft in drafts {
            switch write(draft) {
            case .success(let made): written.append(made)
            case .failure(let e):
                for made in written { try? FileManager.default.removeItem(atPath: made.path) }
                return .failure(EditorError("\(e.message); nothing was written", hint: e.hint))
            }
        }
        return .success(MonthDrafts(written: written, skipped: skipped))
    }
}
