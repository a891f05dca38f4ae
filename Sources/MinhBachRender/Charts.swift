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
        var svg = open(id: id, title: title, description: description, height: height, capacity: 320 * bars.count + 8)
        for (i, bar) in bars.enumerated() {
            let y = top + i * rowHeight
            svg.put("<text x=\"0\" y=\""); svg.number(y + 13); svg.put("\" class=\"chart-label\">")
            svg.text(bar.label); svg.put("</text>")
            if track {
                svg.put("<rect x=\""); svg.number(barX); svg.put("\" y=\""); svg.number(y + 18); svg.put("\" width=\"")
                svg.number(length(bar.max, of: scale, in: barMax)); svg.put("\" height=\"14\" class=\"chart-track\"/>")
            }
            if let v = bar.value {
                let w = length(v, of: scale, in: barMax)
                svg.put("<rect x=\""); svg.number(barX); svg.put("\" y=\""); svg.number(y + 18); svg.put("\" width=\"")
                svg.number(w); svg.put("\" height=\"14\" class=\""); bar.highlight ? svg.put("chart-bar chart-highlight") : svg.put("chart-bar")
                svg.put("\"/>")
                let textX = max(w, track ? length(bar.max, of: scale, in: barMax) : 0) + 4
                svg.put("<text x=\""); svg.number(textX); svg.put("\" y=\""); svg.number(y + 30); svg.put("\" class=\"chart-value\">")
                svg.text(bar.valueText); svg.put("</text>")
            } else {
                // No figure: the label sits inside the empty track, which is always wide enough.
                svg.put("<text x=\"4\" y=\""); svg.number(y + 29); svg.put("\" class=\"chart-value chart-missing\">")
                svg.text(bar.valueText); svg.put("</text>")
            }
        }
        svg.put("</svg>")
        return svg.string
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
        var svg = open(id: id, title: title, description: description, height: height, capacity: 600 + 300 * points.count)
        for tick in [low, (low + high) / 2, high] {
            let ty = y(Figure(tick))
            svg.put("<line x1=\""); svg.number(left); svg.put("\" y1=\""); svg.number(ty); svg.put("\" x2=\""); svg.number(width - right)
            svg.put("\" y2=\""); svg.number(ty); svg.put("\" class=\"chart-grid\"/>")
            svg.put("<text x=\""); svg.number(left - 4); svg.put("\" y=\""); svg.number(ty + 4)
            svg.put("\" class=\"chart-axis\" text-anchor=\"end\">"); svg.number(tick); svg.put("</text>")
        }
        svg.put("<path d=\"")
        for (i, p) in points.enumerated() {
            i == 0 ? svg.put("M") : svg.put(" L")
            svg.number(x(i)); svg.put(" "); svg.number(y(p.value))
        }
        svg.put("\" class=\"chart-line\"/>")
        let every = points.count <= 12 ? 1 : (points.count + 11) / 12
        for (i, p) in points.enumerated() {
            svg.put("<circle cx=\""); svg.number(x(i)); svg.put("\" cy=\""); svg.number(y(p.value))
            svg.put("\" r=\"3.5\" class=\"chart-point\"><title>"); svg.text(p.label); svg.put(": "); svg.text(format(p.value))
            if let note = p.note { svg.put(" ("); svg.text(note); svg.put(")") }
            svg.put("</title></circle>")
            if i % every == 0 || i == points.count - 1 {
                if let note = p.note {
                    svg.put("<text x=\""); svg.number(x(i)); svg.put("\" y=\""); svg.number(y(p.value) - 8)
                    svg.put("\" class=\"chart-note\" text-anchor=\"middle\">"); svg.text(note); svg.put("</text>")
                }
                svg.put("<text x=\""); svg.number(x(i)); svg.put("\" y=\""); svg.number(height - 20)
                svg.put("\" class=\"chart-axis\" text-anchor=\"middle\">"); svg.text(shortLabel(p.label)); svg.put("</text>")
            }
        }
        svg.put("</svg>")
        return svg.string
    }

    /// The `<svg>` element opened, with its title and description, and room for `capacity`
    /// more bytes of drawing.
    private static func open(id: String, title: String, description: String, height: Int, capacity: Int) -> SVGBytes {
        var svg = SVGBytes(capacity: 200 + 2 * id.utf8.count + title.utf8.count + description.utf8.count + capacity)
        svg.put("<svg class=\"chart\" viewBox=\"0 0 "); svg.number(width); svg.put(" "); svg.number(height)
        svg.put("\" role=\"img\" aria-labelledby=\""); svg.text(id); svg.put("-t "); svg.text(id)
        svg.put("-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\""); svg.text(id); svg.put("-t\">"); svg.text(title)
        svg.put("</title><desc id=\""); svg.text(id); svg.put("-d\">"); svg.text(description); svg.put("</desc>")
        return svg
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
}
