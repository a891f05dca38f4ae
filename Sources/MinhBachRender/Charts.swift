import MinhBachCore

/// Charts drawn at build time as inline SVG: no script, no library, readable without colour
/// (every bar and point carries its number as text), and each has a `<title>` and `<desc>`
/// and a table with the same figures beside it. Coordinates are in a 360-wide view box,
/// about a phone's width, so text stays legible when the chart is scaled to the screen.
enum Charts {
    static let width = 360

    /// A mark across a bar, with what it stands for written under it: the siblings' median.
    struct Marker {
        let value: Figure
        let text: String
    }

    struct Bar {
        let label: String
        let value: Figure?
        let max: Figure
        let valueText: String
        let highlight: Bool
        var marker: Marker? = nil
    }

    /// Horizontal bars, one row per item: the label above, the bar and its value below, and a
    /// bar's marker as a line across it with its text on a line of its own under the bar.
    /// `track` draws the whole maximum behind each bar (a group against its maximum).
    static func bars(id: String, title: String, description: String, bars: [Bar], scale: Figure, track: Bool) -> String {
        let rowHeight = bars.contains { $0.marker != nil } ? 58 : 42, top = 4, barMax = 290
        let height = top + rowHeight * bars.count + 4
        var svg = open(id: id, title: title, description: description, height: height, capacity: 420 * bars.count + 8)
        for (i, bar) in bars.enumerated() {
            let y = top + i * rowHeight
            svg.put("<text x=\"0\" y=\""); svg.number(y + 14); svg.put("\" class=\"chart-label\">")
            svg.text(bar.label); svg.put("</text>")
            let trackLength = track ? length(bar.max, of: scale, in: barMax) : 0
            if track {
                svg.put("<rect x=\"0\" y=\""); svg.number(y + 19); svg.put("\" width=\"")
                svg.number(trackLength); svg.put("\" height=\"15\" class=\"chart-track\"/>")
            }
            if let v = bar.value {
                let w = length(v, of: scale, in: barMax)
                svg.put("<rect x=\"0\" y=\""); svg.number(y + 19); svg.put("\" width=\"")
                svg.number(w); svg.put("\" height=\"15\" class=\""); bar.highlight ? svg.put("chart-bar chart-highlight") : svg.put("chart-bar")
                svg.put("\"/>")
                svg.put("<text x=\""); svg.number(max(w, trackLength) + 4); svg.put("\" y=\""); svg.number(y + 32); svg.put("\" class=\"chart-value\">")
                svg.text(bar.valueText); svg.put("</text>")
            }
            if let m = bar.marker { marker(m, at: y, scale: scale, barMax: barMax, into: &svg) }
            if bar.value == nil {
                // No figure: the label sits inside the empty track, which is always wide enough.
                svg.put("<text x=\"4\" y=\""); svg.number(y + 31); svg.put("\" class=\"chart-value chart-missing\">")
                svg.text(bar.valueText); svg.put("</text>")
            }
        }
        svg.put("</svg>")
        return svg.string
    }

    /// The marker's line across the bar of the row at `y`, and its text centred under it, kept
    /// inside the view box (about 110 wide at most: "trung vị 12,45").
    private static func marker(_ m: Marker, at y: Int, scale: Figure, barMax: Int, into svg: inout SVGBytes) {
        let x = length(m.value, of: scale, in: barMax)
        svg.put("<line x1=\""); svg.number(x); svg.put("\" y1=\""); svg.number(y + 16); svg.put("\" x2=\""); svg.number(x)
        svg.put("\" y2=\""); svg.number(y + 37); svg.put("\" class=\"chart-marker\"/>")
        svg.put("<text x=\""); svg.number(min(max(x, 56), width - 56)); svg.put("\" y=\""); svg.number(y + 51)
        svg.put("\" class=\"chart-value chart-marker-text\" text-anchor=\"middle\">"); svg.text(m.text); svg.put("</text>")
    }

    /// The `<svg>` element opened, with its title and description, and room for `capacity`
    /// more bytes of drawing.
    static func open(id: String, title: String, description: String, height: Int, capacity: Int) -> SVGBytes {
        var svg = SVGBytes(capacity: 200 + 2 * id.utf8.count + title.utf8.count + description.utf8.count + capacity)
        svg.put("<svg class=\"chart\" viewBox=\"0 0 "); svg.number(width); svg.put(" "); svg.number(height)
        svg.put("\" role=\"img\" aria-labelledby=\""); svg.text(id); svg.put("-t "); svg.text(id)
        svg.put("-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\""); svg.text(id); svg.put("-t\">"); svg.text(title)
        svg.put("</title><desc id=\""); svg.text(id); svg.put("-d\">"); svg.text(description); svg.put("</desc>")
        return svg
    }

    static func length(_ v: Figure, of scale: Figure, in total: Int) -> Int {
        guard scale.units > 0 else { return 0 }
        return Int(max(0, min(v.units, scale.units)) * Int64(total) / scale.units)
    }
}
