import MinhBachCore
import MinhBachArchive
import MinhBachPlan

/// Provisional figures on the pages (see `ProvisionalText` for the words).
extension PageContext {
    /// A report's lines on its figures' standing: provisional, and revised.
    func provisionalCells(_ u: UnitID, _ period: Period, into main: inout Object) {
        if let note = ProvisionalText.note(archive, u, period, t) { main[.provisional] = .text(note) }
        if let r = archive.result(u, in: period), let line = ProvisionalText.revision(r, t) { main[.revised] = .text(line) }
    }
}
