import MinhBachCore
import Synchronization

/// `site.yaml`: who publishes, what the root unit is, where the site lives.
public struct SiteConfig: Sendable {
    public var title: String
    public var authority: String
    public var root: String
    /// Absolute address of the site, always ending in "/"; may include a sub-path.
    public var baseURL: String?
    public var language: String
    public var unsafeHTML: Bool
    public var description: String?
    /// The terms under which the figures may be reused (text or an address).
    public var dataLicense: String?
}

/// `index.yaml`: the index being published (Decision 766's, or a province's own). Data, not code.
public struct IndexDefinition: Sendable {
    public var name: String
    public var basis: String?
    public var total: Figure
    public var groups: [IndexGroup]
    public var indicators: [Indicator]
    /// Score bands declared by the publisher (not by the decision), highest `min` first.
    public var bands: [Band]
    public var bandsNote: String?
    public var description: String?

    /// The index's editions after the first, oldest first: from its month on, each replaces
    /// the groups, criteria and indicators (the portal changed its criteria in 2026 without a
    /// new decision). Empty: one edition, in force from the start. `groups` and `indicators`
    /// above are the first edition's, until `inForce` gives another's.
    public var editions: [IndexEdition] = []
    /// The first edition's name, when the index names it.
    public var firstEditionName: String?

    /// The definition in force in `period`: the latest edition from that month or before.
    public func inForce(_ period: Period) -> IndexDefinition {
        guard let e = editions.last(where: { $0.from <= period }) else { return self }
        var d = self
        d.groups = e.groups
        d.indicators = e.indicators
        return d
    }

    /// 0 for the first edition, 1… for each in `editions`; two months may be compared (a
    /// change since the month before) only within one edition.
    public func edition(of period: Period) -> Int {
        editions.lastIndex { $0.from <= period }.map { $0 + 1 } ?? 0
    }

    /// Every group of every edition, each key once, in the order the editions give them.
    public var allGroups: [IndexGroup] {
        var seen = Set<String>()
        return ([groups] + editions.map(\.groups)).flatMap { $0 }.filter { seen.insert($0.key).inserted }
    }

    /// One definition holding every edition's groups (each key once, its criteria those of
    /// every edition that has it) and indicators: the columns of downloads that span editions.
    /// Itself when the index has one edition.
    public var acrossEditions: IndexDefinition {
        guard !editions.isEmpty else { return self }
        var d = self
        var groups: [IndexGroup] = [], position: [String: Int] = [:]
        for g in ([self.groups] + editions.map(\.groups)).flatMap({ $0 }) {
            if let i = position[g.key] {
                let known = Set(groups[i].criteria.map(\.key))
                groups[i].criteria += g.criteria.filter { !known.contains($0.key) }
            } else {
                position[g.key] = groups.count
                groups.append(g)
            }
        }
        var seen = Set<String>()
        d.groups = groups
        d.indicators = ([indicators] + editions.map(\.indicators)).flatMap { $0 }.filter { seen.insert($0.key).inserted }
        return d
    }

    /// The latest month's edition among those with the group `key`, and its number.
    public func latestEdition(with key: String) -> (index: IndexDefinition, edition: Int)? {
        if let i = editions.lastIndex(where: { e in e.groups.contains { $0.key == key } }) { return (inForce(editions[i].from), i + 1) }
        return group(key) == nil ? nil : (self, 0)
    }

    public func group(_ key: String) -> IndexGroup? { groups.first { $0.key == key } }
    public func indicator(_ key: String) -> Indicator? { indicators.first { $0.key == key } }

    public func band(for score: Figure) -> Band? { bands.first { score >= $0.min } }
}

/// An edition of the index: its groups (with their criteria) and indicators from a month on.
public struct IndexEdition: Sendable {
    public var from: Period
    public var name: String
    public var groups: [IndexGroup]
    public var indicators: [Indicator]
    /// What changed from the edition before, for the index page; nil when the editor gave none.
    public var description: String? = nil
}

public struct IndexGroup: Sendable {
    public var key: String
    public var name: String
    public var max: Figure
    public var description: String?
    /// A short name for the column headings of wide tables ("Công khai" for "Công khai, minh
    /// bạch"), the full name given beside it; nil when the editor gave none.
    public var short: String?
    /// The scored criteria the group's points are made of (the portal publishes them since its
    /// 2026 rebuild); their maxima add up to the group's. Empty when the index gives none.
    public var criteria: [Criterion] = []
}

/// One scored criterion of a group: "Công khai TTHC đúng hạn", 6 points, full points once the
/// ratio of its counts reaches `target` per cent.
public struct Criterion: Sendable {
    public var key: String
    public var name: String
    public var max: Figure
    /// The ratio (in per cent, 0–100) at which the criterion earns full points; nil when the
    /// index does not say.
    public var target: Figure?
    public var description: String?
}

public struct Indicator: Sendable {
    public enum Better: String, Sendable { case higher, lower }
    public var key: String
    public var name: String
    /// "%" for a percentage, otherwise the noun a count is measured in ("hồ sơ").
    public var unit: String
    public var group: String?
    public var better: Better
    public var description: String?
    public var isPercentage: Bool { unit == "%" }
}

public struct Band: Sendable {
    public var name: String
    public var min: Figure
}

/// `units/<slug>.md`: one administrative unit.
public struct Unit: Sendable {
    public var slug: String
    public var name: String
    public var kind: String
    public var code: String?
    public var parent: String?
    public var parentLocation: SourceLocation?
    public var established: Day?
    public var dissolved: Day?
    /// The units it went into when it was dissolved, the one its results continue in first:
    /// each a slug of a unit on this site, or free text naming one that is not. `successor:`
    /// takes one, or a list when the unit was divided among several.
    public var successors: [String]
    public var sample: Bool
    /// Where it lies (`lat`, `lon`), when its file says.
    public var coordinates: Coordinates?
    public var profileHTML: String
    public var location: SourceLocation

    /// Whether the unit existed during (some of) `period`.
    public func exists(in period: Period) -> Bool {
        if let dissolved, dissolved <= period.firstDay { return false }
        if let established, established > period.lastDay { return false }
        return true
    }
}

/// Where a unit lies, in decimal degrees north and east: a centroid, as the official lists
/// give them (`vietnamadminunits` has Phường Hiệp Tân at 11.286792, 106.105171). Kept, like
/// figures, in ten-thousandths of a degree, about 11 m: ample for a dot on a map.
public struct Coordinates: Sendable, Hashable {
    public var lat: Figure
    public var lon: Figure

    public init(lat: Figure, lon: Figure) { self.lat = lat; self.lon = lon }

    /// Vietnam, with its islands: from Mũi Cà Mau and Trường Sa (8–12 °N) to Lũng Cú (23.4 °N),
    /// from A Pa Chải (102.1 °E) to Trường Sa (114.5 °E; the official list puts its special zone
    /// at 114.45, Hoàng Sa's at 112.1). A point outside is a typing error, or `lat` and `lon`
    /// swapped, which this always catches: no longitude of Vietnam is a latitude of it.
    public static let latitudes = Figure(7)...Figure(24)
    public static let longitudes = Figure(102)...Figure(115)
}

public struct OverdueDossier: Sendable {
    /// The receipt code in its canonical form (`ReceiptCode`), or as written when it has none.
    public var code: String
    public var received: Day?
    public var handler: String?
    public var note: String?
    /// When the dossier was settled; a later month that lists it again is an error.
    public var resolved: Day?
    /// Where the entry's `code` is written, which a check across months points to.
    public var location: SourceLocation
}

/// The notice that announced a result: "Số: 87/UBND, ngày 05/07/2023".
public struct NoticeDocument: Sendable {
    public var number: String?
    public var date: Day?
    public var signer: String?
    public var title: String?
}

/// `results/<YYYY-MM>/<unit>.md`: one unit's result for one month. A class whose fields never
/// change, so that the many places that hold a result (the archive, the pages, the downloads)
/// share one instead of copying some twenty fields each time.
public final class ResultRecord: Sendable {
    public let unit: String
    public let period: Period
    public let location: SourceLocation
    public let score: Figure
    public let publishedRank: Int?
    public let publishedOf: Int?
    public let rankLocation: SourceLocation?
    /// Only the groups that were published; a missing key means "not published", never 0.
    public var groups: [String: Figure] { figures.maps.groups }
    public var indicators: [String: Figure] { figures.maps.indicators }
    /// The criteria's points, and the counts their ratio is of, as published; a missing key is
    /// "not published". Counts are whole numbers.
    public var criteria: [String: Figure] { figures.maps.criteria }
    public var numerators: [String: Figure] { figures.maps.numerators }
    public var denominators: [String: Figure] { figures.maps.denominators }
    /// The groups whose points the file did not give and that were added up from all their
    /// criteria (a page labels them computed).
    public var computedGroups: Set<String> { Set(figures.maps.computed.keys) }
    let figures: RecordFigures
    public let overdue: [OverdueDossier]
    public let document: NoticeDocument?
    public let asOf: Timestamp?
    public let source: String?
    public let note: String?
    public let sample: Bool
    /// A draft (`draft: true`) read for `serve --drafts`, shown marked as one; never in a
    /// build's output, nor in the parse cache (a draft always has its warning).
    public let draft: Bool
    /// Whether the figures are provisional (tạm tính), and what they replaced.
    public let status: ResultStatus
    /// What the notice commits the office to fix, as listed; followed across months by key.
    public let commitments: [Commitment]
    /// The quarter, half-year or year of a result in `results/2023-Q2/` (then `period` is its
    /// first month, the one whose edition of the index it is checked against); nil for a month.
    public let span: ReportingPeriod?
    /// The notice as HTML. A result read from the parse cache decodes it only when a page
    /// shows it: a one-file rebuild of the national archive shows a few hundred of 80,000.
    public var bodyHTML: String { body.string }
    public var hasBody: Bool { !body.isEmpty }
    let body: LazyText

    init(unit: String, period: Period, location: SourceLocation, score: Figure, publishedRank: Int?, publishedOf: Int?,
         rankLocation: SourceLocation?, figures: RecordFigures, overdue: [OverdueDossier],
         document: NoticeDocument?, asOf: Timestamp?, source: String?, note: String?, sample: Bool,
         status: ResultStatus = ResultStatus(), body: LazyText,
         commitments: [Commitment] = [], span: ReportingPeriod? = nil, draft: Bool = false) {
        self.unit = unit; self.period = period; self.location = location; self.score = score
        self.publishedRank = publishedRank; self.publishedOf = publishedOf; self.rankLocation = rankLocation
        self.figures = figures; self.overdue = overdue; self.document = document
        self.asOf = asOf; self.source = source; self.note = note; self.sample = sample; self.status = status; self.body = body
        self.commitments = commitments
        self.span = span
        self.draft = draft
    }
}

/// A result's `provisional` flag and `revised_from`: figures read before the month closed on
/// the portal may change until it does, and a citizen must see which ones may, and which
/// were changed.
public struct ResultStatus: Sendable, Equatable {
    /// The file's own `provisional`; nil leaves it to the month's `_index.md`.
    public var provisional: Bool?
    /// Where `provisional` is written, for a check across files.
    public var provisionalLocation: SourceLocation?
    public var revisedFrom: Revision?

    public init(provisional: Bool? = nil, provisionalLocation: SourceLocation? = nil, revisedFrom: Revision? = nil) {
        self.provisional = provisional; self.provisionalLocation = provisionalLocation; self.revisedFrom = revisedFrom
    }
}

/// `revised_from: {score, rank, of, date}`: the provisional figures a result replaced, and
/// the day it replaced them. Only the latest revision is kept: the report says what the
/// figures were before, not every reading the portal gave.
public struct Revision: Sendable, Equatable {
    public var score: Figure
    public var rank: Int?
    public var of: Int?
    public var date: Day

    public init(score: Figure, rank: Int? = nil, of: Int? = nil, date: Day) {
        self.score = score; self.rank = rank; self.of = of; self.date = date
    }
}

/// A result's groups and indicators. Read from the parse cache they stay its bytes until a
/// page asks for them: a one-file rebuild of the national archive shows the figures of a few
/// thousand results of 80,000, and decoding them all was most of reading the cache. Decoded
/// once, under a lock, as pages are rendered on all cores.
final class RecordFigures: Sendable {
    /// A result's maps of figures, in the order the cache stores them. `computed` holds the
    /// groups added up from their criteria (each with the value 1).
    struct Maps: Sendable {
        var groups: [String: Figure] = [:]
        var indicators: [String: Figure] = [:]
        var criteria: [String: Figure] = [:]
        var numerators: [String: Figure] = [:]
        var denominators: [String: Figure] = [:]
        var computed: [String: Figure] = [:]

        static let count = 6
        var all: [[String: Figure]] { [groups, indicators, criteria, numerators, denominators, computed] }

        init(groups: [String: Figure] = [:], indicators: [String: Figure] = [:], criteria: [String: Figure] = [:],
             numerators: [String: Figure] = [:], denominators: [String: Figure] = [:], computed: [String: Figure] = [:]) {
            self.groups = groups; self.indicators = indicators; self.criteria = criteria
            self.numerators = numerators; self.denominators = denominators; self.computed = computed
        }

        init?(_ maps: [[String: Figure]]) {
            guard maps.count == Self.count else { return nil }
            self.init(groups: maps[0], indicators: maps[1], criteria: maps[2], numerators: maps[3], denominators: maps[4], computed: maps[5])
        }
    }

    private enum State: Sendable {
        case decoded(Maps)
        /// Where `ByteReader.figures()` reads the maps, one after another.
        case encoded(FileBytes, offset: Int)
    }
    private let state: Mutex<State>

    init(_ maps: Maps) {
        state = Mutex(.decoded(maps))
    }

    /// The bytes must have been checked with `ByteReader.skipFigures()`, once for each map.
    init(bytes: FileBytes, offset: Int) {
        state = Mutex(.encoded(bytes, offset: offset))
    }

    var maps: Maps {
        state.withLock { state in
            switch state {
            case .decoded(let maps):
                return maps
            case .encoded(let bytes, let offset):
                var reader = ByteReader(bytes: bytes, offset: offset)
                let maps = Maps((0..<Maps.count).map { _ in reader.figures() ?? [:] }) ?? Maps()
                state = .decoded(maps)
                return maps
            }
        }
    }
}

/// UTF-8 text kept as a slice of a cache file's bytes until it is asked for.
struct LazyText: Sendable {
    private enum Storage: Sendable {
        case text(String)
        case slice(FileBytes, Range<Int>)
    }
    private let storage: Storage

    init(_ text: String) { storage = .text(text) }
    init(bytes: FileBytes, range: Range<Int>) { storage = .slice(bytes, range) }

    var string: String {
        switch storage {
        case .text(let s): return s
        case .slice(let bytes, let range): return String(decoding: bytes[range], as: UTF8.self)
        }
    }

    var isEmpty: Bool {
        switch storage {
        case .text(let s): return s.isEmpty
        case .slice(_, let range): return range.isEmpty
        }
    }
}

/// `results/<YYYY-MM>/_index.md`: the month's summary.
public struct MonthSummary: Sendable {
    public var period: Period
    public var asOf: Timestamp?
    /// `provisional: true`: every result of the month is provisional unless it says otherwise.
    public var provisional: Bool = false
    public var provisionalLocation: SourceLocation?
    public var note: String?
    public var sample: Bool
    public var bodyHTML: String
    /// The quarter, half-year or year of an `_index.md` in `results/2023-Q2/`; nil for a month.
    public var span: ReportingPeriod? = nil
}

/// `pages/<slug>.md`: a free page such as "Giới thiệu".
public struct FreePage: Sendable {
    public var slug: String
    public var title: String
    public var menu: Int?
    public var description: String?
    public var bodyHTML: String
}

/// A file copied as is: from `Content/static/` or `Theme/assets/`.
public struct StaticFile: Sendable, Hashable {
    public var outputPath: String
    public var sourcePath: String
}

/// Everything read from `Content/`, valid or not; `diagnostics` says what is wrong.
public struct ContentSet: Sendable {
    public var site: SiteConfig
    public var index: IndexDefinition
    public var units: [Unit]
    public var results: [ResultRecord]
    public var months: [MonthSummary]
    public var pages: [FreePage]
    public var staticFiles: [StaticFile]
    /// The results and summaries of recorded quarters, half-years and years, apart from the
    /// months': nothing that reads a month meets them.
    public var spanResults: [ResultRecord] = []
    public var spanSummaries: [MonthSummary] = []
}
