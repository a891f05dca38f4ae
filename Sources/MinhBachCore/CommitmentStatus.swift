/// A commitment's state at the end of the month of the file that gives it (a result's
/// `commitments:`). Closed ones (done, missed) stay closed.
public enum CommitmentStatus: Int, Sendable, CaseIterable {
    case new, inProgress, done, missed

    /// What an editor may write, compared after NFC, lower-casing and folding spaces: the
    /// Vietnamese words first (the ones pages show), then their English equivalents.
    public static let spellings: [(String, CommitmentStatus)] = [
        ("mới", .new), ("đang làm", .inProgress), ("xong", .done), ("không đạt", .missed),
        ("new", .new), ("in progress", .inProgress), ("done", .done), ("missed", .missed),
    ]

    public init?(spelling raw: String) {
        let folded = raw.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let found = CommitmentStatus.spellings.first(where: { $0.0 == folded }) else { return nil }
        self = found.1
    }

    public var isOpen: Bool { self == .new || self == .inProgress }
    /// The Vietnamese word, as files and messages write it.
    public var word: String { CommitmentStatus.spellings.first { $0.1 == self }!.0 }
}
