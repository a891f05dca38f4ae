import MinhBachCore

/// One overdue dossier of a unit followed across its months: its receipt code once, however
/// each month's file spelt it.
public struct FollowedDossier: Sendable {
    /// When a dossier was settled, and the month whose result says so.
    public struct Resolution: Sendable, Equatable {
        public let day: Day
        public let period: Period
    }

    /// The canonical receipt code (`ReceiptCode`).
    public let code: String
    public internal(set) var received: Day?
    /// As the latest month that names one gives it: the officer may change.
    public internal(set) var handler: String?
    /// The months whose results list it, oldest first.
    public internal(set) var months: [Period]
    /// The earliest date any of its months records: two files that disagree are both the
    /// editor's word, and the earlier one is what makes a later listing wrong.
    public internal(set) var resolved: Resolution?
}

public enum OverdueFollowUp {
    /// The dossiers that `results` (one unit's, in any order) list, each once, the most
    /// recently first reported first (the site shows the newest month first), then by code.
    public static func dossiers(_ results: [ResultRecord]) -> [FollowedDossier] {
        var byCode: [String: FollowedDossier] = [:]
        for r in results.sorted(by: { $0.period < $1.period }) {
            for o in r.overdue {
                var d = byCode[o.code] ?? FollowedDossier(code: o.code, received: nil, handler: nil, months: [], resolved: nil)
                if d.months.last != r.period { d.months.append(r.period) }
                d.received = d.received ?? o.received
                d.handler = o.handler ?? d.handler
                if let day = o.resolved, d.resolved.map({ day < $0.day }) ?? true {
                    d.resolved = .init(day: day, period: r.period)
                }
                byCode[o.code] = d
            }
        }
        return byCode.values.sorted { a, b in
            a.months[0] != b.months[0] ? a.months[0] > b.months[0] : a.code < b.code
        }
    }
}
