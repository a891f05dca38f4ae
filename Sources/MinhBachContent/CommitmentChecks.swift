import MinhBachCore

/// The checks of commitments that need a unit's other months: a promise reworded without a
/// word of why, a closed one open again, a due date before the promise was made.
enum CommitmentChecks {
    static func check(_ results: [ResultRecord]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let byUnit = Dictionary(grouping: results.filter { !$0.commitments.isEmpty }, by: \.unit)
        for unit in byUnit.keys.sorted() {
            for tracked in TrackedCommitment.track(byUnit[unit]!) {
                diagnostics += check(tracked)
            }
        }
        return diagnostics
    }

    private static func check(_ t: TrackedCommitment) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let made = t.months[0]
        for (i, month) in t.months.enumerated() {
            let c = month.commitment
            let field = "commitments[\(c.position)]"
            if let due = c.due, due < t.made.firstDay {
                let what: Message = month.period == t.made
                    ? "`\(field).due` (\(due)) is before the month \(t.made) in which the commitment was made"
                    : "`\(field).due` (\(due)) is before the month \(t.made) in which the commitment was made (\(made.commitment.keyLocation.file))"
                diagnostics.append(.error(.commitmentDueBeforeMonth, at: c.dueLocation ?? c.keyLocation, field: "\(field).due", what,
                                          hint: "the due date is when the commitment is to be done; check it against the notice"))
            }
            guard i > 0 else { continue }
            let before = t.months[i - 1].period, b = t.months[i - 1].commitment
            // Warned, not refused: rewording (a typo, a shorter text) is ordinary and the
            // page still shows every month's words; only the reason is missing.
            if c.text != b.text && c.note == nil {
                diagnostics.append(.warning(.commitmentReworded, at: c.textLocation, field: "\(field).text",
                    "the commitment `\(t.key)` reads differently from \(before) (\(b.textLocation.file):\(b.textLocation.line)) and has no `note` saying why",
                    hint: "keep the words of the promise, or add `note:` explaining the change; the page shows both wordings"))
            }
            // The latest closed month before this one, not only the month before: done in
            // June, absent in July, open in August is still a promise reopened.
            if c.status.isOpen, let closed = t.months[..<i].last(where: { !$0.commitment.status.isOpen }) {
                diagnostics.append(.error(.commitmentReopened, at: c.statusLocation, field: "\(field).status",
                    "the commitment `\(t.key)` is `\(c.status.word)` here but was `\(closed.commitment.status.word)` in \(closed.period) (\(closed.commitment.statusLocation.file):\(closed.commitment.statusLocation.line))",
                    hint: "a commitment done or missed stays closed; to take it up again, list it with a new key"))
            }
        }
        return diagnostics
    }
}
