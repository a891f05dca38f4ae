import Testing
import MinhBachCore
@testable import MinhBachRender

/// The SVG charts of the report pages, read as a reader sees them: where each point, bar and
/// label is drawn, and what it says.
@Suite("Charts")
struct ChartTests {
    /// Each drawn element as one line: "point x y title", "note x y text", "month x text",
    /// "tick y text", "title text", "line d", "bar x y width class", "track x y width",
    /// "label x y text", "value x y class text", "marker x", "median x y text".
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
            case ("text", "chart-title"): out.append("title \(inner)")
            case ("text", "chart-axis") where attribute("text-anchor", tag) == "middle": out.append("month \(attribute("x", tag)) \(inner)")
            case ("text", "chart-axis"): out.append("tick \(attribute("y", tag)) \(inner)")
            case ("text", "chart-label"): out.append("label \(attribute("x", tag)) \(attribute("y", tag)) \(inner)")
            case ("text", "chart-value chart-marker-text"): out.append("median \(attribute("x", tag)) \(attribute("y", tag)) \(inner)")
            case ("text", let c): out.append("value \(attribute("x", tag)) \(attribute("y", tag)) \(c) \(inner)")
            case ("path", _): out.append("line \(attribute("d", tag))")
            case ("line", "chart-marker"): out.append("marker \(attribute("x1", tag))")
            case ("rect", "chart-track"): out.append("track \(attribute("x", tag)) \(attribute("y", tag)) \(attribute("width", tag))")
            case ("rect", let c): out.append("bar \(attribute("x", tag)) \(attribute("y", tag)) \(attribute("width", tag)) \(c)")
            default: break   // the grid lines, whose heights the ticks give
            }
        }
        return out
    }

    static func vietnamese(_ f: Figure) -> String { f.render(decimalSeparator: ",", groupSeparator: ".", decimals: nil) }

    /// A month as the site's Vietnamese pages give it to the chart.
    static func month(_ m: Int, _ y: Int, _ value: Figure, rank: String?) -> Charts.Point {
        Charts.Point(label: "Tháng \(m)/\(y)", value: value, note: rank.map { "hạng \($0)" }, month: "T\(m)", monthWithYear: "T\(m)/\(y)", year: y)
    }

    struct LineCase: CustomTestStringConvertible, Sendable {
        let name: String
        let points: [Charts.Point]
        /// The drawn elements of the kinds listed, in order.
        let kinds: Set<String>
        let expected: [String]
        var testDescription: String { name }
    }

    /// January 2022 to February 2023, ranked among 20.
    static let months = (0..<14).map { i in month(i % 12 + 1, 2022 + i / 12, Figure(60 + i), rank: "\(i + 1)/20") }

    static let lineCases: [LineCase] = [
        LineCase(name: "one point is centred, its rank above it in words, its month with the year, the axis titled",
                 points: [month(6, 2023, Figure(80), rank: "1/3")],
                 kinds: ["point", "note", "month", "tick", "line", "title"],
                 expected: ["title Tổng điểm", "tick 181 75", "tick 127 77", "tick 45 80", "line M182 40",
                            "point 182 40 Tháng 6/2023: 80 (hạng 1/3)", "note 182 31 hạng 1/3", "month 182 T6/2023"]),
        LineCase(name: "two points span the plot, the range padded to multiples of 5, each rank 9 above its point and inside the chart",
                 points: [month(6, 2023, Figure(80), rank: "2/3"), month(7, 2023, Figure(units: 905_000), rank: "12/98")],
                 kinds: ["point", "note", "month", "tick", "line"],
                 expected: ["tick 181 80", "tick 118 87", "tick 45 95", "line M40 176 L324 81",
                            "point 40 176 Tháng 6/2023: 80 (hạng 2/3)", "point 324 81 Tháng 7/2023: 90,5 (hạng 12/98)",
                            "note 40 167 hạng 2/3", "note 317 72 hạng 12/98", "month 40 T6/2023", "month 324 T7"]),
        LineCase(name: "a month without a rank has no note, English months are given as they are, text is escaped",
                 points: [Charts.Point(label: "June 2023", value: Figure(50), note: nil, month: "Jun", monthWithYear: "Jun 2023", year: 2023),
                          Charts.Point(label: "July <2023>", value: Figure(60), note: "1 & 2", month: "Jul", monthWithYear: "Jul 2023", year: 2023)],
                 kinds: ["point", "note", "month"],
                 expected: ["point 40 176 June 2023: 50", "point 324 40 July &lt;2023&gt;: 60 (1 &amp; 2)",
                            "note 324 31 1 &amp; 2", "month 40 Jun 2023", "month 324 Jul"]),
        LineCase(name: "equal neighbours' ranks go above and under their points in turn, so that none overlaps",
                 points: (1...6).map { month($0, 2023, Figure(70), rank: "\($0)/8") },
                 kinds: ["note"],
                 expected: ["note 40 62 hạng 1/8", "note 96 31 hạng 2/8", "note 153 62 hạng 3/8", "note 210 31 hạng 4/8",
                            "note 267 62 hạng 5/8", "note 324 31 hạng 6/8"]),
        // Every other month would not leave "T12" and "T2/2023" apart.
        LineCase(name: "of 14 months, every third back from the newest is labelled, the year where it changes",
                 points: months, kinds: ["month"],
                 expected: ["month 61 T2/2022", "month 127 T5", "month 192 T8", "month 258 T11", "month 324 T2/2023"]),
    ]

    @Test(arguments: lineCases)
    func lineDrawsEachMonthWhereItsFigureIs(_ c: LineCase) {
        let svg = Charts.line(id: "h", title: "Lịch sử", description: "Từ tháng 6", axisTitle: "Tổng điểm", points: c.points,
                              format: Self.vietnamese)
        #expect(Self.drawn(svg).filter { c.kinds.contains(String($0.prefix { $0 != " " })) } == c.expected)
        #expect(svg.hasPrefix("<svg class=\"chart\" viewBox=\"0 0 360 220\" role=\"img\" aria-labelledby=\"h-t h-d\""))
        #expect(svg.contains("<title id=\"h-t\">Lịch sử</title><desc id=\"h-d\">Từ tháng 6</desc>"))
        #expect(svg.hasSuffix("</svg>"))
    }

    /// No two labels of the axis, and no two notes, overlap (as wide as `Charts.textWidth`
    /// makes them), however many months there are.
    @Test(arguments: [2, 3, 6, 7, 12, 13, 24, 25, 60])
    func labelsAndNotesNeverOverlap(_ count: Int) {
        let points = (0..<count).map { i in Self.month(i % 12 + 1, 2020 + i / 12, Figure(70 + (i % 2)), rank: "\(i + 1)/98") }
        let drawn = Self.drawn(Charts.line(id: "h", title: "", description: "", axisTitle: "", points: points, format: Self.vietnamese))
        func boxes(_ kind: String) -> [(x0: Int, x1: Int, y: Int)] {
            drawn.filter { $0.hasPrefix(kind + " ") }.map { line in
                let parts = line.split(separator: " "), x = Int(parts[1])!, text = parts.dropFirst(kind == "note" ? 3 : 2).joined(separator: " ")
                return (x - Charts.textWidth(text) / 2, x + Charts.textWidth(text) / 2, kind == "note" ? Int(parts[2])! : 0)
            }
        }
        for kind in ["month", "note"] {
            let b = boxes(kind)
            for i in b.indices { for j in b.indices where j > i && abs(b[i].y - b[j].y) < 14 { #expect(b[i].x1 <= b[j].x0 || b[j].x1 <= b[i].x0) } }
            #expect(b.allSatisfy { $0.x0 >= 0 && $0.x1 <= Charts.width })
        }
        #expect(boxes("month").count >= min(count, 4), "\(drawn)")
        // The newest month is always labelled, with its rank.
        #expect(drawn.contains { $0.hasPrefix("month 324 ") })
        #expect(drawn.contains { $0.hasPrefix("note") && $0.hasSuffix("hạng \(count)/98") })
    }

    @Test func everyOneOfManyMonthsHasItsPointAndTitle() {
        let drawn = Self.drawn(Charts.line(id: "h", title: "", description: "", axisTitle: "", points: Self.months, format: Self.vietnamese))
        #expect(drawn.filter { $0.hasPrefix("point ") }.map { $0.split(separator: " ", maxSplits: 3)[3] } ==
                Self.months.enumerated().map { "\($0.element.label): \(60 + $0.offset) (hạng \($0.offset + 1)/20)" })
    }

    @Test func aLineWithoutPointsIsNotDrawn() {
        #expect(Charts.line(id: "h", title: "T", description: "D", axisTitle: "A", points: [], format: Self.vietnamese) == "")
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
                 expected: ["label 0 18 1. Phường An &amp; Bình", "bar 0 23 261 chart-bar", "value 265 36 chart-value 90",
                            "label 0 60 2. Xã Hòa", "bar 0 65 131 chart-bar chart-highlight", "value 135 78 chart-value 45,5"]),
        BarsCase(name: "groups against their maxima, an unpublished one an empty track with its note",
                 bars: [Charts.Bar(label: "Công khai", value: Figure(12), max: Figure(18), valueText: "12/18", highlight: false),
                        Charts.Bar(label: "Tiến độ", value: nil, max: Figure(20), valueText: "—/20: chưa công bố", highlight: false)],
                 scale: Figure(20), track: true, height: 92,
                 expected: ["label 0 18 Công khai", "track 0 23 261", "bar 0 23 174 chart-bar", "value 265 36 chart-value 12/18",
                            "label 0 60 Tiến độ", "track 0 65 290", "value 4 77 chart-value chart-missing —/20: chưa công bố"]),
        BarsCase(name: "each bar marked at the siblings' median, written under it and kept inside the chart",
                 bars: [Charts.Bar(label: "Công khai", value: Figure(12), max: Figure(18), valueText: "12/18", highlight: false,
                                   marker: Charts.Marker(value: Figure(10), text: "trung vị 10")),
                        Charts.Bar(label: "Tiến độ", value: nil, max: Figure(20), valueText: "—/20: chưa công bố", highlight: false,
                                   marker: Charts.Marker(value: Figure(1), text: "trung vị 1"))],
                 scale: Figure(20), track: true, height: 124,
                 expected: ["label 0 18 Công khai", "track 0 23 261", "bar 0 23 174 chart-bar", "value 265 36 chart-value 12/18",
                            "marker 145", "median 145 55 trung vị 10",
                            "label 0 76 Tiến độ", "track 0 81 290", "marker 14", "median 56 113 trung vị 1",
                            "value 4 93 chart-value chart-missing —/20: chưa công bố"]),
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

/// The history chart of a unit's page, as the built site draws it in each language: months
/// that read as months, ranks that read as ranks, and a titled axis.
@Suite("The history chart on a unit's page")
struct HistoryChartPageTests {
    @Test(arguments: [
        ("vi", ["Tổng điểm (tối đa 100)", "65", "72", "80", "hạng 3/8", "hạng 7/8", "hạng 5/8", "T6/2023", "T7", "T8"]),
        ("en", ["Total score (out of 100)", "65", "72", "80", "rank 3/8", "rank 7/8", "rank 5/8", "Jun 2023", "Jul", "Aug"]),
    ])
    func monthsAndRanksInWords(_ language: String, _ expected: [String]) throws {
        let (site, report) = EightWards.allComplete.build(language: language)
        defer { site.cleanUp() }
        #expect(report.succeeded)
        let html = try #require(site.read("Site/don-vi/hiep-tan/index.html"))
        let chart = String(try #require(html.firstMatch(of: /<svg\b.*?<\/svg>/)).output)
        let texts = chart.matches(of: /<text\b[^>]*>([^<]*)<\/text>/).map { String($0.output.1) }
        #expect(texts == expected)
    }
}
