#if canImport(Glibc)
import Glibc
#endif

/// The theme's interface text in one language (`Theme/i18n/<language>.yaml`), and the
/// formats that go with it: decimal separator, dates, month titles.
///
///     t.text("average_of", ["count": "8"])   // "bình quân của 8 đơn vị"
///     t.number(Figure(units: 698_100))       // "69,81"
public struct Translations: Sendable {
    public let language: String
    public let strings: [String: String]

    /// Looked up once: numbers and month names appear many times on every page.
    private let decimalSeparator: String
    private let groupSeparator: String
    private let monthNames: [String]
    private var monthTitles: [String]
    private var monthPhrases: [String]
    /// On a recorded period's pages, its title and phrase said for its first month, which its
    /// archive ranks it as (`recording(_:)`).
    private var recordedMonth: (period: Period, title: String, phrase: String)?

    public init(language: String, strings: [String: String]) {
        self.language = language
        self.strings = strings
        decimalSeparator = strings["decimal_separator"] ?? ","
        groupSeparator = strings["group_separator"] ?? "."
        monthNames = (0...12).map { strings["month_\($0)"] ?? "[month_\($0)]" }
        let periods = (0..<(Translations.years * 12)).map { Period(year: Translations.firstYear + $0 / 12, month: $0 % 12 + 1)! }
        monthTitles = []
        monthPhrases = []
        monthTitles = periods.map { monthText("month_title", $0) }
        monthPhrases = periods.map { monthText("month_phrase", $0) }
    }

    /// The text for `key` with `{name}` placeholders filled in. A missing key shows as
    /// `[key]`; the build checks every key the theme uses before rendering anything.
    ///
    /// The values are a short literal list, not a dictionary: a page fills a few dozen texts,
    /// and hashing each name was a visible share of rendering.
    public func text(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
        guard let s = strings[key] else { return "[\(key)]" }
        return values.isEmpty ? s : Translations.fill(s, values)
    }

    /// Replaces each `{name}` with its value in one pass, on the UTF-8 bytes (this runs
    /// several times per page: Foundation's string search was a tenth of a build, and then
    /// comparing names as `Substring`s was still a hundredth). Unknown names stay as written.
    public static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
        var bytes = template
        let filled = bytes.withUTF8 { t -> String? in
            guard let firstOpen = t.firstIndex(of: 0x7B) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(t.count + 32)
            var literalStart = 0
            var i = firstOpen
            while i < t.count {
                if t[i] == 0x7B, let close = t[(i + 1)...].firstIndex(of: 0x7D),
                   let value = value(named: UnsafeBufferPointer(rebasing: t[(i + 1)..<close]), in: values) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: t[literalStart..<i]))
                    out.append(contentsOf: value.utf8)
                    i = close + 1
                    literalStart = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: t[literalStart...]))
            return String(decoding: out, as: UTF8.self)
        }
        return filled ?? template
    }

    private static func value(named name: UnsafeBufferPointer<UInt8>, in values: KeyValuePairs<String, String>) -> String? {
        for (key, value) in values {
            if withUTF8Bytes(of: key, { sameBytes($0, name) }) { return value }
        }
        return nil
    }

    public func callAsFunction(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String { text(key, values) }

    public func number(_ figure: Figure, decimals: Int? = nil) -> String {
        figure.render(decimalSeparator: decimalSeparator, groupSeparator: groupSeparator, decimals: decimals)
    }

    /// A signed change with an arrow that does not rely on colour: "▲ 1,5", "▼ 2", "= 0".
    public func change(_ delta: Figure) -> String {
        if delta.units > 0 { return "▲ " + number(delta) }
        if delta.units < 0 { return "▼ " + number(delta.magnitude) }
        return "= 0"
    }

    public func month(_ p: Period) -> String {
        if let r = recordedMonth, r.period == p { return r.title }
        if let i = Translations.slot(p) { return monthTitles[i] }
        return monthText("month_title", p)
    }

    /// A month inside a sentence: "tháng 6/2023", "June 2023".
    public func monthPhrase(_ p: Period) -> String {
        if let r = recordedMonth, r.period == p { return r.phrase }
        if let i = Translations.slot(p) { return monthPhrases[i] }
        return monthText("month_phrase", p)
    }

    /// A recorded period as a title: "Quý II năm 2023", "6 tháng đầu năm 2023", "Cả năm 2023".
    public func period(_ span: ReportingPeriod) -> String {
        switch (span.kind, span.number) {
        case (.quarter, _): return text("recorded_quarter_title", periodValues(span))
        case (.half, 1): return text("recorded_first_half_title", periodValues(span))
        case (.half, _): return text("recorded_second_half_title", periodValues(span))
        case (.year, _): return text("recorded_year_title", periodValues(span))
        }
    }

    /// A recorded period inside a sentence: "quý II năm 2023".
    public func periodPhrase(_ span: ReportingPeriod) -> String {
        switch (span.kind, span.number) {
        case (.quarter, _): return text("recorded_quarter_phrase", periodValues(span))
        case (.half, 1): return text("recorded_first_half_phrase", periodValues(span))
        case (.half, _): return text("recorded_second_half_phrase", periodValues(span))
        case (.year, _): return text("recorded_year_phrase", periodValues(span))
        }
    }

    private func periodValues(_ span: ReportingPeriod) -> KeyValuePairs<String, String> {
        ["number": "\(span.number)", "roman": ["I", "II", "III", "IV"][span.number - 1], "year": "\(span.year)"]
    }

    /// These texts as a recorded period's pages say them: its first month, as which its
    /// archive ranks it, is called by the period's name.
    public func recording(_ span: ReportingPeriod) -> Translations {
        var t = self
        t.recordedMonth = (span.first, period(span), periodPhrase(span))
        return t
    }

    private func monthText(_ key: String, _ p: Period) -> String {
        text(key, ["month": String(p.month), "month_name": monthNames[p.month], "year": String(p.year)])
    }

    /// Month titles appear many times on every page, so those of 2000–2099 are made once.
    private static let firstYear = 2000, years = 100
    private static func slot(_ p: Period) -> Int? {
        let y = p.year - firstYear
        return y >= 0 && y < years ? y * 12 + p.month - 1 : nil
    }

    public func date(_ d: Day) -> String {
        text("date", ["day": pad2(d.day), "month": pad2(d.month), "year": String(d.year)])
    }

    public func timestamp(_ t: Timestamp) -> String {
        text("timestamp", ["hour": pad2(t.hour), "minute": pad2(t.minute), "date": date(t.day)])
    }

    /// Keys referenced in a template as `{{i18n.key}}`.
    public static func keys(inTemplate text: String) -> Set<String> {
        var keys: Set<String> = []
        var rest = Substring(text)
        while let r = rest.range(of: "i18n.") {
            rest = rest[r.upperBound...]
            let key = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            if !key.isEmpty { keys.insert(String(key)) }
        }
        return keys
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
