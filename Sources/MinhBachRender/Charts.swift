import MinhBachCore

/// Charts drawn at build time as inline SVG: no script, no library, readable without colour
/// (every bar and point carries its number as text), and each has a `<title>` and `<desc>`
/// and a table with the same figures beside it. Coordinates are in a 360-wide view box,
/// about a phone's width, so text stays legible when the chart is scaled to the screen.
enum Charts {
    static let width = 360

    struct Bar {
        let label: String
        let value: Figure?
        let max: Figure
        let valueText: String
        let highlight: Bool
    }

    /// Horizontal bars, one row per item: the label above, the bar and its value below.
    /// `track` draws the whole maximum behind each bar (a group against its maximum).
    static func bars(id: String, title: String, description: String, bars: [Bar], scale: Figure, track: Bool) -> String {
        let rowHeight = 40, top = 8, barX = 0, barMax = 290
        let height = top + rowHeight * bars.count + 4
        // Written as bytes, piece by piece: every report page draws one of these, and as
        // interpolated strings (then appended ones) it was a few percent of a build.
        var svg = Array(open(id: id, title: title, description: description, height: height).utf8)
        svg.reserveCapacity(svg.count + 320 * bars.count + 8)
        func put(_ s: StaticString) { svg.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)) }
        func number(_ n: Int) { appendDecimal(n, to: &svg) }
        for (i, bar) in bars.enumerated() {
            let y = top + i * rowHeight
            put("<text x=\"0\" y=\""); number(y + 13); put("\" class=\"chart-label\">")
            appendXMLEscaped(bar.label, to: &svg); put("</text>")
            if track {
                put("<rect x=\""); number(barX); put("\" y=\""); number(y + 18); put("\" width=\"")
                number(length(bar.max, of: scale, in: barMax)); put("\" height=\"14\" class=\"chart-track\"/>")
            }
            if let v = bar.value {
                let w = length(v, of: scale, in: barMax)
                put("<rect x=\""); number(barX); put("\" y=\""); number(y + 18); put("\" width=\"")
                number(w); put("\" height=\"14\" class=\""); bar.highlight ? put("chart-bar chart-highlight") : put("chart-bar")
                put("\"/>")
                let textX = max(w, track ? length(bar.max, of: scale, in: barMax) : 0) + 4
                put("<text x=\""); number(textX); put("\" y=\""); number(y + 30); put("\" class=\"chart-value\">")
                appendXMLEscaped(bar.valueText, to: &svg); put("</text>")
            } else {
                // No figure: the label sits inside the empty track, which is always wide enough.
                put("<text x=\"4\" y=\""); number(y + 29); put("\" class=\"chart-value chart-missing\">")
                appendXMLEscaped(bar.valueText, to: &svg); put("</text>")
            }
        }
        put("</svg>")
        return String(decoding: svg, as: UTF8.self)
    }

    /// Appends `n` in decimal digits, without making a string of it.
    private static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(Byte.minus); appendDecimal(-n, to: &out); return }
        if n >= 10 { appendDecimal(n / 10, to: &out) }
        out.append(Byte.zero + UInt8(n % 10))
    }

    /// What `appendDecimal` writes: the digits "0" to "9" follow one another in ASCII.
    private enum Byte {
        static let minus = UInt8(ascii: "-")
        static let zero = UInt8(ascii: "0")
    }

    struct Point {
        let label: String
        let value: Figure
        let note: String?
    }

    /// A line over the months, each point labelled with its note (the rank).
    static func line(id: String, title: String, description: String, points: [Point], format: (Figure) -> String) -> String {
        let height = 200, left = 34, right = 16, top = 24, bottom = 36
        let plotW = width - left - right, plotH = height - top - bottom
        let values = points.map(\.value)
        guard let lowest = values.min(), let highest = values.max() else { return "" }
        // A range padded to whole multiples of 5 around the data, so small changes stay visible.
        let low = max(0, Int((lowest.units / Figure.scale) / 5 * 5) - (lowest == highest ? 5 : 0))
        let high = max(low + 5, Int((highest.units + Figure.scale * 5 - 1) / Figure.scale) / 5 * 5)
        func y(_ f: Figure) -> Int {
            let span = Int64(high - low) * Figure.scale
            return top + plotH - Int((f.units - Int64(low) * Figure.scale) * Int64(plotH) / span)
        }
        func x(_ i: Int) -> Int { points.count == 1 ? left + plotW / 2 : left + i * plotW / (points.count - 1) }
        var svg = open(id: id, title: title, description: description, height: height)
        for tick in [low, (low + high) / 2, high] {
            let ty = y(Figure(tick))
            svg += "<line x1=\"\(left)\" y1=\"\(ty)\" x2=\"\(width - right)\" y2=\"\(ty)\" class=\"chart-grid\"/>"
            svg += "<text x=\"\(left - 4)\" y=\"\(ty + 4)\" class=\"chart-axis\" text-anchor=\"end\">\(tick)</text>"
        }
        let path = points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(x($0.offset)) \(y($0.element.value))" }.joined(separator: " ")
        svg += "<path d=\"\(path)\" class=\"chart-line\"/>"
        let every = points.count <= 12 ? 1 : (points.count + 11) / 12
        for (i, p) in points.enumerated() {
            svg += "<circle cx=\"\(x(i))\" cy=\"\(y(p.value))\" r=\"3.5\" class=\"chart-point\"><title>\(xml(p.label)): \(xml(format(p.value)))\(p.note.map { " (\(xml($0)))" } ?? "")</title></circle>"
            if i % every == 0 || i == points.count - 1 {
                if let note = p.note {
                    svg += "<text x=\"\(x(i))\" y=\"\(y(p.value) - 8)\" class=\"chart-note\" text-anchor=\"middle\">\(xml(note))</text>"
                }
                svg += "<text x=\"\(x(i))\" y=\"\(height - 20)\" class=\"chart-axis\" text-anchor=\"middle\">\(xml(shortLabel(p.label)))</text>"
            }
        }
        return svg + "</svg>"
    }

    private static func open(id: String, title: String, description: String, height: Int) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(id)-t\">\(xml(title))</title><desc id=\"\(id)-d\">\(xml(description))</desc>"
    }

    private static func length(_ v: Figure, of scale: Figure, in total: Int) -> Int {
        guard scale.units > 0 else { return 0 }
        return Int(max(0, min(v.units, scale.units)) * Int64(total) / scale.units)
    }

    /// "Tháng 6/2023" → "6/23"; "June 2023" → "Jun 23": axis labels must be short.
    private static func shortLabel(_ label: String) -> String {
        let parts = label.split(separator: " ")
        guard let last = parts.last else { return label }
        if last.contains("/") {
            let mp = last.split(separator: "/")
            return mp.count == 2 ? "\(mp[0])/\(mp[1].suffix(2))" : String(last)
        }
        return parts.count >= 2 ? "\(parts[0].prefix(3)) \(last.suffix(2))" : label
    }

    static func xml(_ s: String) -> String { xmlEscaped(s) }
}
