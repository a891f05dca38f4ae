import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// Overdue dossiers: a month's, on its report, and a unit's followed across its months, on
/// its page, each receipt code once with whether and when it was resolved.
extension PageContext {
    /// The report's list: each dossier as the month's file gives it.
    func overdueCells(_ r: ResultRecord, into main: inout Object) {
        guard !r.overdue.isEmpty else { return }
        main[.overdue] = .list(r.overdue.map { o -> Object in
            var row: Object = [.code: .text(o.code)]
            if let d = o.received { row[.received] = .text(t("received_on", ["date": t.date(d)])) }
            if let h = o.handler { row[.handler] = .text(t("handled_by", ["name": h])) }
            if let d = o.resolved { row[.resolved] = .text(t("resolved_on", ["date": t.date(d)])) }
            if let n = o.note { row[.note] = .text(n) }
            return row.filled([.received, .handler, .resolved, .note])
        })
        main[.overdueHeading] = .text(t("overdue_heading", ["count": "\(r.overdue.count)"]))
    }

    /// The unit page's table: every receipt code its months list, once, with those months
    /// (each a link to its report), its handler and its resolution or "chưa ghi nhận".
    func followedDossiers(_ u: UnitID, into main: inout Object) {
        let results = archive.periods.compactMap { archive.result(u, in: $0) }
        let dossiers = OverdueFollowUp.dossiers(results)
        guard !dossiers.isEmpty else { return }
        main[.dossiers] = .list(dossiers.map { d -> Object in
            var row: Object = [.code: .text(d.code),
                               .months: Self.separated(d.months.reversed().map { [.title: .text(t.month($0)), .href: .text(reportLink(u, $0))] }),
                               .resolved: .text(d.resolved.map { t("resolved_on", ["date": t.date($0.day)]) } ?? t("not_resolved"))]
            if let day = d.received { row[.received] = .text(t("received_on", ["date": t.date(day)])) }
            if let h = d.handler { row[.handler] = .text(t("handled_by", ["name": h])) }
            return row.filled([.received, .handler])
        })
        main[.dossiersCaption] = .text(t("dossiers_caption", ["unit": archive.units[u].name]))
    }
}
