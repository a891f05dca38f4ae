import Foundation
import Testing
import MinhBachCore
import MinhBachContent
@testable import MinhBachRender

/// The map of a parent's units: quartiles computed by the site, a projection fitted to the
/// units, and what it says to a reader who cannot see it.
@Suite("The map of a parent's units")
struct MapTests {
    struct QuartileCase: CustomTestStringConvertible, Sendable {
        let name: String
        let scores: [Double?]
        let quartiles: [Int?]
        var testDescription: String { name }
    }

    static let quartileCases: [QuartileCase] = [
        QuartileCase(name: "four units, one in each quartile", scores: [60, 90, 70, 80], quartiles: [4, 1, 3, 2]),
        QuartileCase(name: "eight units of the sample's June 2023: the tie at rank 3 shares a quartile",
                     scores: [88.45, 84.2, 79.6, 79.6, 76.35, 72.1, 69.81, 64.3], quartiles: [1, 1, 2, 2, 3, 3, 4, 4]),
        QuartileCase(name: "ties share the rank, and so the quartile, of the highest of them",
                     scores: [90, 80, 80, 70, nil, 60], quartiles: [1, 1, 1, 3, nil, 4]),
        QuartileCase(name: "all equal: all in the highest quartile", scores: [75, 75, 75, 75, 75], quartiles: [1, 1, 1, 1, 1]),
        QuartileCase(name: "missing figures are not 0: a score of 0 is the lowest, no score has none",
                     scores: [0, nil, 50, 60, 70], quartiles: [4, nil, 3, 2, 1]),
        QuartileCase(name: "fewer than four units with figures: no quartiles", scores: [90, 80, 70], quartiles: [nil, nil, nil]),
        QuartileCase(name: "three with figures among six: no quartiles", scores: [90, nil, nil, nil, 80, 70],
                     quartiles: [nil, nil, nil, nil, nil, nil]),
        QuartileCase(name: "168 communes: 42 in each", scores: (0..<168).map { Double($0) },
                     quartiles: (0..<168).map { 4 - $0 / 42 }),
    ]

    @Test(arguments: quartileCases)
    func quartilesFollowTheRanks(_ c: QuartileCase) {
        let scores = c.scores.map { $0.map { Figure(units: Int64(($0 * 10_000).rounded())) } }
        #expect(Quartiles.of(scores) == c.quartiles)
    }

    static func place(_ lat: Double, _ lon: Double) -> Coordinates {
        Coordinates(lat: Figure(units: Int64((lat * 10_000).rounded())), lon: Figure(units: Int64((lon * 10_000).rounded())))
    }

    struct ProjectionCase: CustomTestStringConvertible, Sendable {
        let name: String
        let places: [Coordinates]
        let height: Int
        /// Where each place is drawn.
        let points: [[Int]]
        var testDescription: String { name }
    }

    static let projectionCases: [ProjectionCase] = [
        // 0.2° of longitude at 11.2 °N is as long as 0.196° of latitude: the box is a little taller than wide.
        ProjectionCase(name: "a box's north-west and south-east corners land on the drawing's, 10 inside",
                       places: [place(11.3, 106.0), place(11.1, 106.2), place(11.2, 106.1)], height: 367,
                       points: [[10, 10], [350, 357], [180, 183]]),
        ProjectionCase(name: "a wide box fills the width, and is as tall as cos(latitude) makes it",
                       places: [place(21.0, 105.0), place(20.5, 106.0)], height: 202,
                       points: [[10, 10], [350, 192]]),
        ProjectionCase(name: "a tall box fills the greatest height, centred",
                       places: [place(12.0, 106.0), place(10.0, 106.5)], height: 480,
                       points: [[123, 10], [236, 470]]),
        ProjectionCase(name: "one place is drawn in the middle", places: [place(11.2868, 106.1052)], height: 120, points: [[180, 60]]),
        ProjectionCase(name: "places on one parallel lie on the middle line", places: [place(11.0, 106.0), place(11.0, 106.5)],
                       height: 120, points: [[10, 60], [350, 60]]),
    ]

    @Test(arguments: projectionCases)
    func theProjectionFitsTheBoxOfTheUnits(_ c: ProjectionCase) {
        let projection = MapProjection(fitting: c.places)
        #expect(projection.width == 360)
        #expect(projection.height == c.height)
        #expect(c.places.map { let p = projection.point($0); return [p.x, p.y] } == c.points)
    }

    @Test func theMapSaysWhatItShowsToThoseWhoCannotSeeIt() {
        let dots = [
            Charts.MapDot(place: Self.place(11.3, 106.0), mark: .quartile(1), title: "Phường An: 90 điểm – Phần tư cao nhất"),
            Charts.MapDot(place: Self.place(11.1, 106.2), mark: .quartile(4), title: "Xã Bình & Đông: 60 điểm – Phần tư thấp nhất"),
            Charts.MapDot(place: Self.place(11.2, 106.1), mark: .noFigures, title: "Xã Cư: chưa có số liệu"),
        ]
        let svg = Charts.map(id: "map", title: "Bản đồ các đơn vị thuộc Thị xã Thử, tháng 6/2023", description: "Bản đồ chấm: 3 đơn vị", dots: dots)
        #expect(svg.hasPrefix("<svg class=\"map\" viewBox=\"0 0 360 367\" role=\"img\" aria-labelledby=\"map-t map-d\""))
        #expect(svg.contains("<title id=\"map-t\">Bản đồ các đơn vị thuộc Thị xã Thử, tháng 6/2023</title><desc id=\"map-d\">Bản đồ chấm: 3 đơn vị</desc>"))
        let titles = svg.matches(of: /<(circle|path) [^>]*><title>([^<]*)<\/title>/).map { "\($0.output.1) \($0.output.2)" }
        // Crosses under dots, lower quartiles under higher ones; text escaped.
        #expect(titles == ["path Xã Cư: chưa có số liệu", "circle Xã Bình &amp; Đông: 60 điểm – Phần tư thấp nhất",
                           "circle Phường An: 90 điểm – Phần tư cao nhất"])
        #expect(svg.contains("<g class=\"map-none\"><path d=\"M175 178l10 10m0-10l-10 10\">"))
        #expect(svg.contains("<g class=\"map-q1\"><circle cx=\"10\" cy=\"10\" r=\"6\">"))
        #expect(!svg.contains("<text"))
    }
}

/// The map on the pages of a parent, as the build places it: before the ranking table, which
/// holds the same figures.
@Suite("The map on a parent's pages")
struct MapPageTests {
    /// Thị xã Thử's five units in June 2023: four with figures (one of them without
    /// coordinates), one placed without figures.
    static func site() -> TemporarySite {
        let site = TemporarySite()
        site.write("Content/units/an.md", "---\nname: \"Phường An\"\nkind: phường\nparent: thi-xa\nlat: 11.3\nlon: 106.0\n---\n")
        site.write("Content/units/binh.md", "---\nname: \"Phường Bình\"\nkind: phường\nparent: thi-xa\nlat: 11.1\nlon: 106.2\n---\n")
        site.write("Content/units/dong.md", "---\nname: \"Xã Đông\"\nkind: xã\nparent: thi-xa\nlat: 11.2\nlon: 106.1\n---\n")
        site.write("Content/units/cu.md", "---\nname: \"Xã Cư\"\nkind: xã\nparent: thi-xa\nlat: 11.25\nlon: 106.05\n---\n")
        site.write("Content/units/em.md", "---\nname: \"Xã Em\"\nkind: xã\nparent: thi-xa\n---\n")
        site.write("Content/results/2023-06/cu.md", "---\nscore: 75\n---\n")
        site.write("Content/results/2023-06/em.md", "---\nscore: 70\n---\n")
        return site
    }

    struct Page: CustomTestStringConvertible, Sendable {
        let path: String
        let shows: [String]
        var testDescription: String { path }
    }

    static let legend = [
        "Màu chấm: phần tư tổng điểm tháng 6/2023 trong 4 đơn vị có số liệu, do trang này tính theo thứ hạng (bằng điểm thì cùng phần tư); không phải xếp loại chính thức.",
        "●</span> Phần tư cao nhất: <span class=\"map-count\">1 đơn vị, 80 điểm</span></li>", "●</span> Phần tư thứ hai: <span class=\"map-count\">1 đơn vị, 75 điểm</span></li>",
        "●</span> Phần tư thứ ba: <span class=\"map-count\">1 đơn vị, 70 điểm</span></li>", "●</span> Phần tư thấp nhất: <span class=\"map-count\">1 đơn vị, 69,81 điểm</span></li>",
        "✕</span> Chưa có số liệu: <span class=\"map-count\">1 đơn vị</span></li>",
        "<p class=\"map-unplaced\">Không có tọa độ, không hiện trên bản đồ: Xã Em.</p>",
        "<title>Phường An: 80 điểm</title>", "<title>Xã Đông: chưa có số liệu</title>",
        "Bản đồ chấm: 4 đơn vị, mỗi chấm đặt tại tâm một đơn vị, phía bắc ở trên; màu chấm theo phần tư tổng điểm tháng 6/2023 trong các đơn vị có số liệu. Bảng xếp hạng bên dưới có cùng số liệu.",
    ]

    static let pages = [
        Page(path: "don-vi/thi-xa/index.html", shows: legend + ["<title id=\"map-t\">Bản đồ các đơn vị thuộc Thị xã Thử, tháng 6/2023</title>"]),
        Page(path: "don-vi/thi-xa/2023-06/index.html", shows: legend),
    ]

    @Test(arguments: pages)
    func aParentsPageShowsItsUnitsOnAMapBeforeTheirRanking(_ page: Page) throws {
        let site = Self.site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let html = try #require(site.read("Site/" + page.path))
        for text in page.shows { #expect(html.contains(text), "\(text)") }
        let map = try #require(html.range(of: "<figure class=\"map-box\">"))
        let table = try #require(html.range(of: "<table class=\"ranking"))
        #expect(map.lowerBound < table.lowerBound)
        let svg = try #require(html[map.lowerBound...].components(separatedBy: "</svg>").first)
        #expect(svg.components(separatedBy: "<circle ").count - 1 == 3)
        #expect(svg.components(separatedBy: "<path ").count - 1 == 1)
    }

    @Test func noMapWhereNoUnitHasCoordinatesOrNoUnitIsBelow() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        #expect(site.read("Site/don-vi/an/index.html")?.contains("map-box") == false)
        #expect(site.read("Site/don-vi/an/2023-06/index.html")?.contains("map-box") == false)
        let plain = TemporarySite()
        defer { plain.cleanUp() }
        #expect(plain.build().succeeded)
        #expect(plain.read("Site/don-vi/thi-xa/index.html")?.contains("map-box") == false)
        #expect(plain.read("Site/don-vi/thi-xa/2023-06/index.html")?.contains("map-box") == false)
    }

    @Test func anEnglishSiteSaysQuartiles() throws {
        let site = Self.site()
        defer { site.cleanUp() }
        site.write("Content/site.yaml", "title: \"Test\"\nauthority: \"Town\"\nroot: thi-xa\nlanguage: en\nbase_url: \"https://example.vn/\"\n")
        #expect(site.build().succeeded)
        let html = try #require(site.read("Site/don-vi/thi-xa/index.html"))
        #expect(html.contains("●</span> Highest quartile: <span class=\"map-count\">1 unit, 80 points</span></li>"))
        #expect(html.contains("computed by this site from the ranks (equal scores, same quartile); not an official grading."))
        #expect(html.contains("No coordinates, not on the map: Xã Em."))
    }
}

