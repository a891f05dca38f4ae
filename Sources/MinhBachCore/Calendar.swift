/// A calendar day as written in the content. Checked for existence: the seed's "31/6/2023"
/// is refused because June has 30 days.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public var period: Period { Period(year: year, month: month)! }

    /// ISO form, `2023-06-12`.
    public var description: String { "\(year)-\(pad2(month))-\(pad2(day))" }

    public enum ParseProblem: Error, Sendable, Equatable {
        case format
        /// The numbers are well formed but the day does not exist; `reason` says why.
        case impossible(reason: Message)
    }

    /// Accepts `YYYY-MM-DD` and `dd/mm/yyyy` (one-digit day and month too).
    public static func parse(_ raw: String) -> Result<Day, ParseProblem> {
        // The form editors write most, 2023-06-30, read from its bytes (every result has dates).
        if let day = raw.utf8.withContiguousStorageIfAvailable(isoDay), let day { return .success(day) }
        let text = raw.trimmingWhitespace()
        let parts: [Substring]
        let y: Int?, m: Int?, d: Int?
        if text.contains("-") {
            parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else {
                return .failure(.format)
            }
            (y, m, d) = (digits(parts[0]), digits(parts[1]), digits(parts[2]))
        } else if text.contains("/") {
            parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
                  parts[2].count == 4 else { return .failure(.format) }
            (d, m, y) = (digits(parts[0]), digits(parts[1]), digits(parts[2]))
        } else {
            return .failure(.format)
        }
        guard let y, let m, let d else { return .failure(.format) }
        if let day = Day(year: y, month: m, day: d) { return .success(day) }
        if !(1...12).contains(m) { return .failure(.impossible(reason: "there is no month \(m)")) }
        if !(1900...2999).contains(y) { return .failure(.impossible(reason: "the year \(y) is out of range")) }
        let last = daysIn(month: m, year: y)
        return .failure(.impossible(reason: "month \(m)/\(y) has only \(last) days"))
    }
}

/// `YYYY-MM-DD` exactly, as a real day; nil for anything else (the general parser decides).
private func isoDay(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
    guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
    func number(_ range: Range<Int>) -> Int? {
        var n = 0
        for i in range {
            let d = b[i] &- 0x30
            guard d < 10 else { return nil }
            n = n * 10 + Int(d)
        }
        return n
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    return Day(year: y, month: m, day: d)
}

/// A month of results: the folder `results/2023-06/`.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM`.
    /// `YYYY-MM` exactly (ASCII digits), read from its bytes: every result's folder is named so.
    public init?(_ text: String) {
        var text = text
        let parsed = text.withUTF8 { b -> (Int, Int)? in
            guard b.count == 7, b[4] == 0x2D else { return nil }
            var y = 0, m = 0
            for i in 0..<4 { let d = b[i] &- 0x30; guard d < 10 else { return nil }; y = y * 10 + Int(d) }
            for i in 5..<7 { let d = b[i] &- 0x30; guard d < 10 else { return nil }; m = m * 10 + Int(d) }
            return (y, m)
        }
        guard let (y, m) = parsed else { return nil }
        self.init(year: y, month: m)
    }

    public static func < (a: Period, b: Period) -> Bool { (a.year, a.month) < (b.year, b.month) }

    /// `2023-06`
    public var description: String { "\(year)-\(pad2(month))" }
    public var previous: Period { month == 1 ? Period(year: year - 1, month: 12)! : Period(year: year, month: month - 1)! }
    public var next: Period { month == 12 ? Period(year: year + 1, month: 1)! : Period(year: year, month: month + 1)! }
    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }
}

/// When the portal's figures were read: `2023-06-30 15:10`.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let day: Day
    public let hour: Int
    public let minute: Int

    public init(day: Day, hour: Int, minute: Int) {
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { (a.day, a.hour, a.minute) < (b.day, b.hour, b.minute) }
    public var description: String { "\(day) \(pad2(hour)):\(pad2(minute))" }

    public enum ParseProblem: Error, Sendable, Equatable {
        case format
        case day(Day.ParseProblem)
        case time
    }

    /// Accepts `YYYY-MM-DD HH:MM` and `dd/mm/yyyy HH:MM`; a day alone means 00:00 is unknown,
    /// so it is refused: the time is part of what the portal shows.
    public static func parse(_ raw: String) -> Result<Timestamp, ParseProblem> {
        let parts = raw.trimmingWhitespace().split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { return .failure(.format) }
        let day: Day
        switch Day.parse(String(parts[0])) {
        case .success(let d): day = d
        case .failure(let p): return .failure(.day(p))
        }
        let hm = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard hm.count == 2, (1...2).contains(hm[0].count), hm[1].count == 2,
              let h = digits(hm[0]), let m = digits(hm[1]) else { return .failure(.format) }
        guard (0...23).contains(h), (0...59).contains(m) else { return .failure(.time) }
        return .success(Timestamp(day: day, hour: h, minute: m))
    }
}

func digits(_ s: Substring) -> Int? {
    guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(s)
}

public func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
