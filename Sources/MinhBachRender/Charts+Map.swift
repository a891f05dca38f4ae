import Foundation
import MinhBachCore
import MinhBachContent

/// Each unit's quartile among its siblings in one month, from its total: 1 for the highest
/// quarter to 4 for the lowest. This site computes them to colour a map; they are no grading,
/// official or other (the decision defines none).
///
/// A quartile follows from the rank the ranking table shows, so that map and table agree: of
/// n units with figures, rank r (1 + how many scored higher: ties share a rank) is in quartile
/// 1 + ⌊4(r − 1)/n⌋, and units of equal score share a quartile.
///
///     Quartiles.of([90, 80, 80, 70, nil, 60])   // [1, 1, 1, 3, nil, 4]
enum Quartiles {
    /// Below four units with figures a quarter of them is not one unit: none is given.
    static let fewest = 4

    /// The quartile of each score; nil for a unit without figures (never counted as 0), and for
    /// every unit when fewer than `fewest` have figures.
    static func of(_ scores: [Figure?]) -> [Int?] {
        let figures = scores.compactMap { $0 }
        guard figures.count >= fewest else { return scores.map { _ in nil } }
        var rank: [Figure: Int] = [:]
        for (i, f) in figures.sorted(by: >).enumerated() where rank[f] == nil { rank[f] = i + 1 }
        return scores.map { score in score.map { 1 + 4 * (rank[$0]! - 1) / figures.count } }
    }
}

/// An equirectangular projection fitted to the box around some places: east to the right,
/// north up, a degree of longitude drawn cos(φ) as long as a degree of latitude, φ the box's
/// middle latitude (within a province the error is under 1 %). The box fills the view box's
/// width, or its greatest height for a tall province, centred; its corners land on the
/// drawing's, `margin` inside. A flat box (three wards in a row east to west) is centred in a
/// drawing at least a third as high as wide: a 60-unit strip read as a rule, not a map.
struct MapProjection {
    let width: Int
    let height: Int
    private let west: Double, north: Double, cosine: Double, scale: Double
    private let left: Int, top: Int

    init(fitting places: [Coordinates], width: Int = Charts.width, maxHeight: Int = 480, minHeight: Int = 120, margin: Int = 10) {
        let lats = places.map { Self.degrees($0.lat) }, lons = places.map { Self.degrees($0.lon) }
        let south = lats.min() ?? 0, north = lats.max() ?? 0, west = lons.min() ?? 0, east = lons.max() ?? 0
        cosine = cos((south + north) / 2 * .pi / 180)
        let spanX = (east - west) * cosine, spanY = north - south
        var scale = Double.infinity
        if spanX > 0 { scale = Double(width - 2 * margin) / spanX }
        if spanY > 0 { scale = min(scale, Double(maxHeight - 2 * margin) / spanY) }
        // One place, or all at one: drawn in the middle.
        if !scale.isFinite { scale = 0 }
        let plotWidth = Int((spanX * scale).rounded()), plotHeight = Int((spanY * scale).rounded())
        self.width = width
        height = max(plotHeight + 2 * margin, minHeight)
        left = (width - plotWidth) / 2
        top = (height - plotHeight) / 2
        self.west = west
        self.north = north
        self.scale = scale
    }

    /// Where `place` is drawn, in whole units of the view box (a unit is about 100 m of a
    /// province: finer would only lengthen the page).
    func point(_ place: Coordinates) -> (x: Int, y: Int) {
        (left + Int(((Self.degrees(place.lon) - west) * cosine * scale).rounded()),
         top + Int(((north - Self.degrees(place.lat)) * scale).rounded()))
    }

    private static func degrees(_ f: Figure) -> Double { Double(f.units) / Double(Figure.scale) }
}

extension Charts {
    /// How a unit's dot is drawn: by its quartile, with figures but too few siblings with
    /// figures to split into quartiles, or without figures (a cross, not a colour: missing is
    /// not low).
    enum Mark: Hashable {
        case quartile(Int)
        case unsplit
        case noFigures

        /// The classes of style.css that colour the marks (on the map and in its legend): four
        /// steps of one blue, darker for higher, told apart without colour vision and in grey
        /// print by their lightness.
        var className: StaticString {
            switch self {
            case .quartile(1): return "map-q1"
            case .quartile(2): return "map-q2"
            case .quartile(3): return "map-q3"
            case .quartile: return "map-q4"
            case .unsplit: return "map-some"
            case .noFigures: return "map-none"
            }
        }

        /// Drawn bottom to top: the crosses under the dots, lower quartiles under higher ones.
        static let drawingOrder: [Mark] = [.noFigures, .unsplit, .quartile(4), .quartile(3), .quartile(2), .quartile(1)]
    }

    struct MapDot {
        let place: Coordinates
        let mark: Mark
        /// Its `<title>`: the unit's name, score and quartile.
        let title: String
    }

    /// A dot map of a parent's units, without text of its own (the legend and the table are
    /// HTML beside it): one dot per unit at its coordinates, grouped by mark so that each
    /// dot's element is only its place and title. Tây Ninh's 96 communes take 11.5 KB, which
    /// add 2 KB to the compressed page: most of it is their names, which the table repeats.
    static func map(id: String, title: String, description: String, dots: [MapDot]) -> String {
        let projection = MapProjection(fitting: dots.map(\.place))
        let r = dots.count <= 40 ? 6 : dots.count <= 100 ? 5 : 4
        var svg = SVGBytes(capacity: 400 + title.utf8.count + description.utf8.count + dots.reduce(0) { $0 + 40 + $1.title.utf8.count })
        svg.put("<svg class=\"map\" viewBox=\"0 0 "); svg.number(projection.width); svg.put(" "); svg.number(projection.height)
        svg.put("\" role=\"img\" aria-labelledby=\""); svg.text(id); svg.put("-t "); svg.text(id)
        svg.put("-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\""); svg.text(id); svg.put("-t\">"); svg.text(title)
        svg.put("</title><desc id=\""); svg.text(id); svg.put("-d\">"); svg.text(description); svg.put("</desc>")
        svg.put("<rect width=\""); svg.number(projection.width); svg.put("\" height=\""); svg.number(projection.height)
        svg.put("\" class=\"map-area\"/>")
        for mark in Mark.drawingOrder {
            let group = dots.filter { $0.mark == mark }
            guard !group.isEmpty else { continue }
            svg.put("<g class=\""); svg.put(mark.className); svg.put("\">")
            for dot in group {
                let (x, y) = projection.point(dot.place)
                drawMark(mark, x: x, y: y, r: r, into: &svg, title: dot.title)
            }
            svg.put("</g>")
        }
        svg.put("</svg>")
        return svg.string
    }

    private static func drawMark(_ mark: Mark, x: Int, y: Int, r: Int, into svg: inout SVGBytes, title: String) {
        if mark == .noFigures {
            let d = r - 1
            svg.put("<path d=\"M"); svg.number(x - d); svg.put(" "); svg.number(y - d)
            svg.put("l"); svg.number(2 * d); svg.put(" "); svg.number(2 * d)
            svg.put("m0-"); svg.number(2 * d); svg.put("l-"); svg.number(2 * d); svg.put(" "); svg.number(2 * d)
            svg.put("\"")
        } else {
            svg.put("<circle cx=\""); svg.number(x); svg.put("\" cy=\""); svg.number(y); svg.put("\" r=\""); svg.number(r); svg.put("\"")
        }
        svg.put("><title>"); svg.text(title)
        mark == .noFigures ? svg.put("</title></path>") : svg.put("</title></circle>")
    }
}
