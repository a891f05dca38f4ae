/// A quarter, half-year or year an office reports as one figure: the folders
/// `results/2023-Q2/`, `results/2023-H1/` and `results/2023/`.
///
/// Kept apart from `Period` (a month, used in some 130 places): a recorded quarter is the
/// portal's own figure for three months, never a month, and the monthly pages, charts and
/// "so với tháng trước" must not meet it.
public struct ReportingPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Ordered as the year page lists them: quarters, then halves, then the year.
    public enum Kind: Int, Sendable, Hashable, Comparable, CaseIterable {
        case quarter = 1, half = 2, year = 3
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
        /// How many months one of this kind spans.
        public var length: Int { switch self { case .quarter: 3; case .half: 6; case .year: 12 } }
    }

    public let kind: Kind
    public let year: Int
    /// Which quarter (1–4) or half (1–2); 1 for a year.
    public let number: Int

    public init?(kind: Kind, year: Int, number: Int) {
        guard (1900...2999).contains(year), (1...(12 / kind.length)).contains(number) else { return nil }
        self.kind = kind
        self.year = year
        self.number = number
    }

    /// `YYYY-Qn`, `YYYY-Hn` or `YYYY` exactly, as a folder is named; nil for anything else
    /// (a month's `YYYY-MM` included).
    public init?(folder: String) {
        let parts = folder.split(separator: "-", omittingEmptySubsequences: false)
        guard parts[0].count == 4, let year = digits(parts[0]) else { return nil }
        if parts.count == 1 { self.init(kind: .year, year: year, number: 1); return }
        guard parts.count == 2, parts[1].count == 2, let letter = parts[1].first, let n = digits(parts[1].dropFirst()) else { return nil }
        switch letter {
        case "Q": self.init(kind: .quarter, year: year, number: n)
        case "H": self.init(kind: .half, year: year, number: n)
        default: return nil
        }
    }

    public static func < (a: ReportingPeriod, b: ReportingPeriod) -> Bool {
        (a.year, a.kind, a.number) < (b.year, b.kind, b.number)
    }

    /// The folder's name: `2023-Q2`, `2023-H1`, `2023`.
    public var description: String {
        switch kind {
        case .quarter: return "\(year)-Q\(number)"
        case .half: return "\(year)-H\(number)"
        case .year: return "\(year)"
        }
    }

    public var first: Period { Period(year: year, month: (number - 1) * kind.length + 1)! }
    public var last: Period { Period(year: year, month: number * kind.length)! }
    /// Its months, oldest first.
    public var months: [Period] { (first.month...last.month).map { Period(year: year, month: $0)! } }
    public var firstDay: Day { first.firstDay }
    public var lastDay: Day { last.lastDay }
}
