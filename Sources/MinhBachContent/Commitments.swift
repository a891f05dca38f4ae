import MinhBachCore

/// What a notice commits the office to fix ("UBND phường Hiệp Tân yêu cầu công chức chuyên môn
/// cần khắc phục …"), followed month to month by its `key`:
///
///     commitments:
///       - key: ho-so-qua-han
///         text: "Xử lý, giải quyết 01 hồ sơ quá hạn 000.21.35.H53230612-0005"
///         owner: "Phạm Hữu Nhân, công chức Tư pháp – Hộ tịch"
///         due: 2023-07-31
///         status: đang làm
public struct Commitment: Sendable {
    public typealias Status = CommitmentStatus

    public var key: String
    public var text: String
    public var owner: String?
    public var due: Day?
    public var status: Status
    /// Why the commitment reads, or stands, differently from the month before.
    public var note: String?
    /// Its place in the file's list, from 1, as messages name it (`commitments[2].status`).
    public var position: Int
    /// Where its key, text, status and due date are written, for the checks across months.
    public var keyLocation: SourceLocation
    public var textLocation: SourceLocation
    public var statusLocation: SourceLocation
    public var dueLocation: SourceLocation?

    public init(key: String, text: String, owner: String? = nil, due: Day? = nil, status: Status, note: String? = nil, position: Int,
                keyLocation: SourceLocation, textLocation: SourceLocation, statusLocation: SourceLocation,
                dueLocation: SourceLocation? = nil) {
        self.key = key; self.text = text; self.owner = owner; self.due = due; self.status = status; self.note = note
        self.position = position
        self.keyLocation = keyLocation; self.textLocation = textLocation; self.statusLocation = statusLocation
        self.dueLocation = dueLocation
    }
}

/// One commitment of a unit across its months: the month it was made in (the first month its
/// key appears) and each month's entry, oldest first.
public struct TrackedCommitment: Sendable {
    public var key: String
    public var made: Period
    public var months: [Month]

    /// One month's entry of a commitment: what that month's file says of it.
    public struct Month: Sendable {
        public var period: Period
        public var commitment: Commitment
    }

    public var latest: Month { months[months.count - 1] }

    /// Whether the due date had passed without `xong` by the end of `period`: the status a file
    /// gives is the state at the end of its month (the notice is written after it), so a
    /// commitment due on or before that month's last day and not done then is overdue. Decided
    /// by the months of the files, never by the clock, so that a build is the same any day.
    public static func isOverdue(_ c: Commitment, at period: Period) -> Bool {
        guard let due = c.due, c.status != .done else { return false }
        return due <= period.lastDay
    }

    /// A unit's commitments, in the order they were first made (then as listed), each followed
    /// through the results given, which must be one unit's.
    public static func track(_ results: [ResultRecord]) -> [TrackedCommitment] {
        var tracked: [TrackedCommitment] = []
        var position: [String: Int] = [:]
        for r in results.sorted(by: { $0.period < $1.period }) {
            for c in r.commitments {
                if let i = position[c.key] {
                    tracked[i].months.append(Month(period: r.period, commitment: c))
                } else {
                    position[c.key] = tracked.count
                    tracked.append(TrackedCommitment(key: c.key, made: r.period, months: [Month(period: r.period, commitment: c)]))
                }
            }
        }
        return tracked
    }
}

/// Reads a result's `commitments:`; each item's key a slug once in the file, its text and its
/// status required.
enum CommitmentReader {
    static let fields = ["key", "text", "owner", "due", "status", "note"]

    static func read(_ m: Mapping, _ r: YAMLReader) -> [Commitment] {
        guard let node = m.value("commitments"), let items = r.sequence(node, field: "commitments") else { return [] }
        var list: [Commitment] = []
        var firstLine: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            let f = "commitments[\(i + 1)]"
            guard let o = r.mapping(item, field: f) else { continue }
            let keyNode = o.required("key", what: "a short slug naming the commitment across months, e.g. ho-so-qua-han")
            let key = keyNode.flatMap { r.slug($0, field: "\(f).key") }
            let textNode = o.required("text", what: "what the office committed to, as the notice says it")
            let text = textNode.flatMap { r.text($0, field: "\(f).text") }
            let owner = o.value("owner").flatMap { r.text($0, field: "\(f).owner") }
            let dueNode = o.value("due")
            let due = dueNode.flatMap { r.day($0, field: "\(f).due") }
            let statusNode = o.required("status", what: "mới, đang làm, xong or không đạt")
            let status = statusNode.flatMap { readStatus($0, field: "\(f).status", r) }
            let note = o.value("note").flatMap { r.text($0, field: "\(f).note") }
            o.reportUnknownKeys(known: fields, severity: .warning, code: .unknownField, what: .field)
            guard let key, let keyNode else { continue }
            if let line = firstLine[key] {
                r.error(.duplicateCommitment, keyNode, field: "\(f).key",
                        "the commitment `\(key)` is listed twice in this file; the first is on line \(line)",
                        hint: "a key names one commitment across months; give the other one a key of its own")
                continue
            }
            firstLine[key] = r.location(keyNode).line
            guard let text, let textNode, let status, let statusNode else { continue }
            list.append(Commitment(key: key, text: text, owner: owner, due: due, status: status, note: note, position: i + 1,
                                   keyLocation: r.location(keyNode), textLocation: r.location(textNode),
                                   statusLocation: r.location(statusNode), dueLocation: due == nil ? nil : r.location(dueNode)))
        }
        return list
    }

    private static func readStatus(_ node: YAMLNode, field: String, _ r: YAMLReader) -> Commitment.Status? {
        guard let raw = r.text(node, field: field) else { return nil }
        if let status = Commitment.Status(spelling: raw) { return status }
        r.error(.badCommitmentStatus, node, field: field,
                "`\(field)` must be mới, đang làm, xong or không đạt (new, in progress, done, missed), found \"\(raw)\"",
                hint: "write the commitment's state at the end of the month: mới when it is made, đang làm while it is worked on, then xong or không đạt")
        return nil
    }
}
