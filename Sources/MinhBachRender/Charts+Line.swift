import MinhBachCore

/// The line chart of a unit's totals over the months, with its axis title, month labels and
/// rank notes placed so that none overlaps another at the 14-unit text size (12 px and more
/// on a 360 px phone, where the view box is drawn about 328 px wide).
extension Charts {
    struct Point {
        /// The month in full, for the point's tooltip: "Tháng 6/2023".
        let label: String
        let value: Figure
        /// What is written above (or under) the point: "hạng 7/8".
        let note: String?
        /// The month on the axis: "T6", and "T6/2023" where the year must be said (the first
        /// month labelled, and the first labelled of each later year).
        let month: String
        let monthWithYear: String
        let year: Int
        /// "tạm tính" for a provisional figure: its point is drawn with a dashed outline, and
        /// its tooltip says so.
        var provisional: String? = nil
    }

    static let lineHeight = 220
    private static let left = 40, right = 36, top = 40, bottom = 44

    /// A line over the months, each point labelled with its note (the rank) where there is room.
    static func line(id: String, title: String, description: String, axisTitle: String, points: [Point],
                     format: (Figure) -> String) -> String {
        let plotW = width - left - right, plotH = lineHeight - top - bottom
        guard let lowest = points.map(\.value).min(), let highest = points.map(\.value).max() else { return "" }
        // A range padded to whole multiples of 5 around the data, so small changes stay visible.
        let low = max(0, Int((lowest.units / Figure.scale) / 5 * 5) - (lowest == highest ? 5 : 0))
        let high = max(low + 5, Int((highest.units + Figure.scale * 5 - 1) / Figure.scale) / 5 * 5)
        func y(_ f: Figure) -> Int {
            let span = Int64(high - low) * Figure.scale
            return top + plotH - Int((f.units - Int64(low) * Figure.scale) * Int64(plotH) / span)
        }
        func x(_ i: Int) -> Int { points.count == 1 ? left + plotW / 2 : left + i * plotW / (points.count - 1) }
        var svg = open(id: id, title: title, description: description, height: lineHeight, capacity: 700 + 360 * points.count)
        svg.put("<text x=\"0\" y=\"14\" class=\"chart-title\">"); svg.text(axisTitle); svg.put("</text>")
        for tick in [low, (low + high) / 2, high] {
            let ty = y(Figure(tick))
            svg.put("<line x1=\""); svg.number(left); svg.put("\" y1=\""); svg.number(ty); svg.put("\" x2=\""); svg.number(width - right)
            svg.put("\" y2=\""); svg.number(ty); svg.put("\" class=\"chart-grid\"/>")
            svg.put("<text x=\""); svg.number(left - 6); svg.put("\" y=\""); svg.number(ty + 5)
            svg.put("\" class=\"chart-axis\" text-anchor=\"end\">"); svg.number(tick); svg.put("</text>")
        }
        svg.put("<path d=\"")
        for (i, p) in points.enumerated() {
            i == 0 ? svg.put("M") : svg.put(" L")
            svg.number(x(i)); svg.put(" "); svg.number(y(p.value))
        }
        svg.put("\" class=\"chart-line\"/>")
        for (i, p) in points.enumerated() {
            svg.put("<circle cx=\""); svg.number(x(i)); svg.put("\" cy=\""); svg.number(y(p.value))
            // A presentation attribute: the stylesheet sets no dashes, so none is spent on it.
            svg.put(p.provisional == nil ? "\" r=\"3.5\" class=\"chart-point\"><title>" : "\" r=\"3.5\" class=\"chart-point\" stroke-dasharray=\"2 1.5\"><title>")
            svg.text(p.label); svg.put(": "); svg.text(format(p.value))
            if let note = p.note { svg.put(" ("); svg.text(note); svg.put(")") }
            if let provisional = p.provisional { svg.put(", "); svg.text(provisional) }
            svg.put("</title></circle>")
        }
        let spots = points.indices.map { (x: x($0), y: y(points[$0].value)) }
        for note in noteSpots(points.map(\.note), at: spots) {
            svg.put("<text x=\""); svg.number(note.x); svg.put("\" y=\""); svg.number(note.y)
            svg.put("\" class=\"chart-note\" text-anchor=\"middle\">"); svg.text(points[note.index].note ?? ""); svg.put("</text>")
        }
        for label in monthLabels(points, spacing: points.count > 1 ? plotW / (points.count - 1) : plotW) {
            svg.put("<text x=\""); svg.number(x(label.index)); svg.put("\" y=\""); svg.number(lineHeight - 16)
            svg.put("\" class=\"chart-axis\" text-anchor=\"middle\">"); svg.text(label.text); svg.put("</text>")
        }
        svg.put("</svg>")
        return svg.string
    }

    /// About how wide a text is at the charts' size of 14 units, a little more than in DejaVu
    /// Sans (the fallback of system-ui on Linux, wider than Roboto or San Francisco), whose
    /// digits are 0.64 em: 9 a character, 5 a narrow one.
    static func textWidth(_ text: String) -> Int { text.reduce(0) { $0 + (narrow.contains($1) ? 5 : 9) } }
    private static let narrow: Set<Character> = [" ", "/", ".", ",", ":", "i", "j", "l", "r", "t", "f", "I", "J"]

    /// The months labelled on the axis: every `step`-th one back from the newest, the smallest
    /// step at which the labels keep 8 units apart; the oldest labelled and the first labelled
    /// of each later year carry the year ("T1/2023"), the others not ("T2").
    static func monthLabels(_ points: [Point], spacing: Int) -> [(index: Int, text: String)] {
        guard !points.isEmpty else { return [] }
        for step in 1...points.count {
            let shown = Array(stride(from: points.count - 1, through: 0, by: -step).reversed())
            let labels = shown.enumerated().map { n, i in
                (index: i, text: n == 0 || points[shown[n - 1]].year != points[i].year ? points[i].monthWithYear : points[i].month)
            }
            let fits = zip(labels, labels.dropFirst()).allSatisfy { a, b in
                (textWidth(a.text) + textWidth(b.text)) / 2 + 8 <= (b.index - a.index) * spacing
            }
            if fits { return labels }
        }
        return [(points.count - 1, points[points.count - 1].monthWithYear)]
    }

    /// Where each note is written, newest first: above its point, else under it, else not at
    /// all (the point's tooltip and the table beside the chart still give it) where it would
    /// overlap a note already placed; moved sideways at the chart's edges to stay inside it.
    static func noteSpots(_ notes: [String?], at points: [(x: Int, y: Int)]) -> [(index: Int, x: Int, y: Int)] {
        var placed: [(index: Int, x: Int, y: Int)] = []
        var boxes: [(x0: Int, y0: Int, x1: Int, y1: Int)] = []
        for i in notes.indices.reversed() {
            guard let note = notes[i] else { continue }
            let half = textWidth(note) / 2 + 2, p = points[i]
            let x = min(max(p.x, half), width - half)
            // Baselines 9 above the point or 22 under it; a note's box is 14 high, 2 more kept clear.
            for baseline in [p.y - 9, p.y + 22] {
                let box = (x0: x - half, y0: baseline - 13, x1: x + half, y1: baseline + 3)
                guard box.y0 >= 18, box.y1 <= lineHeight - bottom + 8,
                      !boxes.contains(where: { $0.x0 < box.x1 && box.x0 < $0.x1 && $0.y0 < box.y1 && box.y0 < $0.y1 }) else { continue }
                boxes.append(box)
                placed.append((i, x, baseline))
                break
            }
        }
        return placed.sorted { $0.index < $1.index }
    }
}
