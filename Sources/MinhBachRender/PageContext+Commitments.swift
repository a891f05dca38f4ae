import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// What a unit committed to fix, followed month by month: the tracker of its page, and a
/// report's commitments of its month with what became of the month before's.
extension PageContext {
    /// The unit's own results, oldest first.
    private func ownResults(_ u: UnitID) -> [ResultRecord] {
        archive.periods.compactMap { archive.result(u, in: $0) }
    }

    /// "T6/2023", "Jun 2023": a tracker row lists many months in a narrow column.
    func shortMonth(_ p: Period) -> String {
        t("commitment_month", ["month": "\(p.month)", "month_abbr": String(t("month_\(p.month)").prefix(3)), "year": "\(p.year)"])
    }

    func statusWord(_ s: Commitment.Status) -> String {
        switch s {
        case .new: return t("commitment_new")
        case .inProgress: return t("commitment_in_progress")
        case .done: return t("commitment_done")
        case .missed: return t("commitment_missed")
        }
    }

    /// "quá hạn (hạn 30/06/2023, đến tháng 7/2023 chưa xong)", judged at `period`, never by
    /// the clock.
    func overdueText(_ c: Commitment, at period: Period) -> Value {
        guard TrackedCommitment.isOverdue(c, at: period), let due = c.due else { return false }
        return .text(t("commitment_overdue", ["date": t.date(due), "month": t.monthPhrase(period)]))
    }

    /// The unit page's tracker: one row per commitment, with the month it was made, its due
    /// date and its status in each month since; a month of the unit's results that no longer
    /// names an open commitment says so, since a promise dropped in silence is what a citizen
    /// most needs to see. Nil when the unit has none.
    func commitmentTracker(_ u: UnitID) -> Object? {
        let results = ownResults(u)
        let tracked = TrackedCommitment.track(results)
        guard !tracked.isEmpty else { return nil }
        let rows = tracked.map { c -> Object in
            let latest = c.latest.commitment
            var months: [Object] = []
            var open = true
            for r in results where r.period >= c.made {
                if let entry = c.months.first(where: { $0.period == r.period }) {
                    months.append([.month: .text(shortMonth(r.period)), .status: .text(statusWord(entry.commitment.status))])
                    open = entry.commitment.status.isOpen
                } else if open {
                    months.append([.month: .text(shortMonth(r.period)), .status: .text(t("commitment_not_mentioned"))])
                }
            }
            var row: Object = [.text: .text(latest.text), .made: .text(t("commitment_made", ["month": t.monthPhrase(c.made)])),
                               .due: .text(latest.due.map { t("commitment_due", ["date": t.date($0)]) } ?? t("commitment_no_due")),
                               .months: .list(months.enumerated().map { i, m in m.with(.first, .flag(i == 0)) }),
                               .overdue: overdueText(latest, at: c.latest.period)]
            if let owner = latest.owner { row[.owner] = .text(t("commitment_owner", ["name": owner])) }
            let first = c.months[0].commitment
            if first.text != latest.text {
                row[.firstText] = .text(t("commitment_first_text", ["month": t.monthPhrase(c.made), "text": first.text]))
            }
            if let note = latest.note { row[.note] = .text(note) }
            return row.filled([.owner, .firstText, .note])
        }
        let name = archive.units[u].name
        return [.rows: .list(rows), .caption: .text(t("commitments_caption", ["unit": name])),
                .intro: .text(t("commitments_intro", ["unit": name])),
                .note: tracked.contains { $0.months.contains { $0.commitment.due != nil } } ? .text(t("commitments_overdue_note")) : false]
    }

    /// A report's commitments: those its month lists, and each of the unit's previous result's
    /// with its status then and now ("không được nhắc lại trong tháng này" when this month does
    /// not name it). Nil when neither month has any.
    func reportCommitments(_ u: UnitID, _ period: Period, _ r: ResultRecord) -> Object? {
        let previous = archive.periods.last { $0 < period && archive.result(u, in: $0) != nil }.flatMap { archive.result(u, in: $0) }
        let earlier = previous?.commitments ?? []
        guard !r.commitments.isEmpty || !earlier.isEmpty else { return nil }
        var out: Object = [:]
        if !r.commitments.isEmpty {
            out[.thisMonth] = .object([.rows: .list(r.commitments.map { c -> Object in
                var row: Object = [.text: .text(c.text), .status: .text(statusWord(c.status)), .overdue: overdueText(c, at: period)]
                if let owner = c.owner { row[.owner] = .text(t("commitment_owner", ["name": owner])) }
                if let due = c.due { row[.due] = .text(t("commitment_due", ["date": t.date(due)])) }
                if let note = c.note { row[.note] = .text(note) }
                return row.filled([.owner, .due, .note])
            })])
        }
        if let previous, !earlier.isEmpty {
            let heading = t("commitments_last_month", ["month": t.monthPhrase(previous.period), "now": t.monthPhrase(period)])
            out[.lastMonth] = .object([.heading: .text(heading), .rows: .list(earlier.map { c -> Object in
                let now = r.commitments.first { $0.key == c.key }
                return [.text: .text(c.text), .then: .text(t("commitment_then", ["month": t.month(previous.period), "status": statusWord(c.status)])),
                        .status: .text(now.map { t("commitment_now", ["month": t.month(period), "status": statusWord($0.status)]) }
                                       ?? t("commitment_absent"))]
            })])
        }
        out[.heading] = .text(t("commitments_heading"))
        return out.filled([.thisMonth, .lastMonth])
    }
}

extension Object {
    /// The object with `key` set to `value`.
    consuming func with(_ key: Key, _ value: Value) -> Object {
        self[key] = value
        return self
    }
}
