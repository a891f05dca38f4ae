import Testing
import MinhBachCore
@testable import MinhBachRender

/// The SVG charts of the report pages, read as a reader sees them: where each point, bar and
/// label is drawn, and what it says.
@Suite("Charts")
struct ChartTests {
    /// Each drawn element as one line: "point x y title", "note x y text", "month x text",
    /// "tick y text", "line d", "bar x y width class", "track x y width", "label x y text",
    /// "value x y class text".
    static func drawn(_ svg: String) -> [String] {
        func attribute(_ name: String, _ tag: Substring) -> String {
            guard let m = tag.firstMatch(of: try! Regex("\\b\(name)=\"([^\"]*)\"")) else { return "?" }
            return String(m.output[1].substring ?? "")
        }
        var out: [String] = []
        for m in svg.matches(of: /<(circle|text|rect|path|line)\b([^>]*)>(?:<title>([^<]*)<\/title>|([^<]*)<\/text>)?/) {
            let tag = m.output.2, inner = String(m.output.3 ?? m.output.4 ?? "")
            switch (m.output.1, attribute("class", tag)) {
            case ("circle", _): out.append("point \(attribute("cx", tag)) \(attribute("cy", tag)) \(inner)")
            case ("text", "chart-note"): out.append("note \(attribute("x", tag)) \(attribute("y", tag)) \(inner)")
            case ("text", "chart-axis") where attribute("text-anchor", tag) == "middle": out.append("month \(attribute("x", tag)) \(inner)")
            case ("text", "chart-axis"): out.append("tick \(attribute("y", tag)) \(inner)")
            case ("text", "chart-label"): out.append("label \(attribute("x", tag)) \(attribute("y", tag)) \(inner)")
            case ("text", let c): out.append("value \(attribute("x", tag)) \(attribute("y", tag)) \(c) \(inner)")
            case ("path", _): out.append("line \(attribute("d", tag))")
            case ("rect", "chart-track"): out.append("track \(attribute("x", tag)) \(attribute("y", tag)) \(attribute("width", tag))")
            case ("rect", let c): out.append("bar \(attribute("x", tag)) \(attribute("y", tag)) \(attribute("width", tag)) \(c)")
            default: break   // the grid lines, whose heights the ticks give
            }
        }
        return out
    }

    static func vietnamese(_ f: Figure) -> String { f.render(decimalSeparator: ",", groupSeparator: ".", decimals: nil) }

    struct LineCase: CustomTestStringConvertible, Sendable {
        let name: String
        let points: [Charts.Point]
        /// The drawn elements of the kinds listed, in order.
        let kinds: Set<String>
        let expected: [String]
        var testDescription: String { name }
    }

    static let months = (0..<14).map { i in "Tháng \((i % 12) + 1)/\(2022 + i / 12)" }

    static let lineCases: [LineCase] = [
        LineCase(name: "one point is centred, its rank above it, in a range of 5 below it",
                 points: [Charts.Point(label: "Tháng 6/2023", value: Figure(80), note: "1/3")],
                 kinds: ["point", "note", "month", "tick", "line"],
                 expected: ["tick 168 75", "tick 112 77", "tick 28 80", "line M189 24",
                            "point 189 24 Tháng 6/2023: 80 (1/3)", "note 189 16 1/3", "month 189 6/23"]),
        LineCase(name: "two points span the plot, the range padded to multiples of 5, each rank 8 above its point",
                 points: [Charts.Point(label: "Tháng 6/2023", value: Figure(80), note: "2/3"),
                          Charts.Point(label: "Tháng 7/2023", value: Figure(units: 905_000), note: "1/3")],
                 kinds: ["point", "note", "month", "tick", "line"],
                 expected: ["tick 168 80", "tick 103 87", "tick 28 95", "line M34 164 L344 66",
                            "point 34 164 Tháng 6/2023: 80 (2/3)", "note 34 156 2/3", "month 34 6/23",
                            "point 344 66 Tháng 7/2023: 90,5 (1/3)", "note 344 58 1/3", "month 344 7/23"]),
        LineCase(name: "a month without a rank has no note, English months are shortened, text is escaped",
                 points: [Charts.Point(label: "June 2023", value: Figure(50), note: nil),
                          Charts.Point(label: "July <2023>", value: Figure(60), note: "1 & 2")],
                 kinds: ["point", "note", "month"],
                 expected: ["point 34 164 June 2023: 50", "month 34 Jun 23",
                            "point 344 24 July &lt;2023&gt;: 60 (1 &amp; 2)", "note 344 16 1 &amp; 2", "month 344 Jul 3&gt;"]),
        LineCase(name: "of 14 months every other one is labelled, and the last",
                 points: months.enumerated().map { Charts.Point(label: $0.element, value: Figure(60 + $0.offset), note: "\($0.offset + 1)/20") },
                 kinds: ["month", "note"],
                 expected: ["note 34 156 1/20", "month 34 1/22", "note 81 138 3/20", "month 81 3/22", "note 129 119 5/20", "month 129 5/22",
                            "note 177 100 7/20", "month 177 7/22", "note 224 82 9/20", "month 224 9/22",
                            "note 272 63 11/20", "month 272 11/22", "note 320 44 13/20", "month 320 1/23",
                            "note 344 35 14/20", "month 344 2/23"]),
    ]

    @Test(arguments: lineCases)
    func lineDrawsEachMonthWhereItsFigureIs(_ c: LineCase) {
        let svg = Charts.line(id: "h", title: "Lịch sử", description: "Từ tháng 6", points: c.points, format: Self.vietnamese)
        #expect(Self.drawn(svg).filter { c.kinds.contains(String($0.prefix { $0 != " " })) } == c.expected)
        #expect(svg.hasPrefix("<svg class=\"chart\" viewBox=\"0 0 360 200\" role=\"img\" aria-labelledby=\"h-t h-d\""))
        #expect(svg.contains("<title id=\"h-t\">Lịch sử</title><desc id=\"h-d\">Từ tháng 6</desc>"))
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test func everyOneOfManyMonthsHasItsPointAndTitle() {
        let points = Self.months.enumerated().map { Charts.Point(label: $0.element, value: Figure(60 + $0.offset), note: nil) }
        let drawn = Self.drawn(Charts.line(id: "h", title: "", description: "", points: points, format: Self.vietnamese))
        #expect(drawn.filter { $0.hasPrefix("point ") }.map { $0.split(separator: " ", maxSplits: 3)[3] } ==
                Self.months.enumerated().map { "\($0.element): \(60 + $0.offset)" })
    }

    @Test func aLineWithoutPointsIsNotDrawn() {
        #expect(Charts.line(id: "h", title: "T", description: "D", points: [], format: Self.vietnamese) == "")
    }

    struct BarsCase: CustomTestStringConvertible, Sendable {
        let name: String
        let bars: [Charts.Bar]
        let scale: Figure
        let track: Bool
        let height: Int
        let expected: [String]
        var testDescription: String { name }
    }

    static let barsCases: [BarsCase] = [
        BarsCase(name: "units against the index total, the unit itself highlighted",
                 bars: [Charts.Bar(label: "1. Phường An & Bình", value: Figure(90), max: Figure(100), valueText: "90", highlight: false),
                        Charts.Bar(label: "2. Xã Hòa", value: Figure(units: 455_000), max: Figure(100), valueText: "45,5", highlight: true)],
                 scale: Figure(100), track: false, height: 92,
                 expected: ["label 0 21 1. Phường An &amp; Bình", "bar 0 26 261 chart-bar", "value 265 38 chart-value 90",
                            "label 0 61 2. Xã Hòa", "bar 0 66 131 chart-bar chart-highlight", "value 135 78 chart-value 45,5"]),
        BarsCase(name: "groups against their maxima, an unpublished one an empty track with its note",
                 bars: [Charts.Bar(label: "Công khai", value: Figure(12), max: Figure(18), valueText: "12/18", highlight: false),
                        Charts.Bar(label: "Tiến độ", value: nil, max: Figure(20), valueText: "—/20: chưa công bố", highlight: false)],
                 scale: Figure(20), track: true, height: 92,
                 expected: ["label 0 21 Công khai", "track 0 26 261", "bar 0 26 174 chart-bar", "value 265 38 chart-value 12/18",
                            "label 0 61 Tiến độ", "track 0 66 290", "value 4 77 chart-value chart-missing —/20: chưa công bố"]),
    ]

    @Test(arguments: barsCases)
    func barsAreAsLongAsTheirFigures(_ c: BarsCase) {
        let svg = Charts.bars(id: "g", title: "Nhóm <1>", description: "Điểm", bars: c.bars, scale: c.scale, track: c.track)
        #expect(Self.drawn(svg) == c.expected)
        #expect(svg.hasPrefix("<svg class=\"chart\" viewBox=\"0 0 360 \(c.height)\" role=\"img\" aria-labelledby=\"g-t g-d\" xmlns=\"http://www.w3.org/2000/svg\">"
                              + "<title id=\"g-t\">Nhóm &lt;1&gt;</title><desc id=\"g-d\">Điểm</desc>"))
        #expect(svg.hasSuffix("</text></svg>"))
    }
}
