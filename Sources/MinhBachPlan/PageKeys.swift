import MinhBachCore
import MinhBachInputs
import MinhBachArchive

/// For every page, a key of the inputs it is rendered from, so that a build can keep the
/// pages of the previous build whose inputs did not change instead of rendering them again.
///
/// - Everything that is not a unit's result (site.yaml, index.yaml, units, month notes, free
///   pages, the theme, the options, the generator), the list of result files and the months
///   of the archive go into every key.
/// - A unit's pages (its reports, its page, its download) show, of all the results, only its
///   own and its children's: their files and their standings (a total, where it comes from,
///   the rank among siblings, how many siblings have figures and how many were expected, the
///   previous month's total and ranks); a report also compares the unit with its siblings
///   (their totals' and groups' median and best), so it shows their files and standings too.
///   A report is keyed by those of its month; the unit's page by those of every month. A
///   sibling's correction thus renders the month's reports of its siblings again, and a unit's
///   page only when it moves the unit's rank or the number ranked.
/// - Every other page may show any result. A month's ranking shows that month and the months
///   before it (changes since the previous month), never a later one; so its key holds the
///   results up to that month. A year's page holds them up to the year's end; everything
///   else holds all results.
/// - A recorded quarter's, half-year's or year's file (`results/2023-Q2/`) is shown by the
///   period's pages, the unit pages, the years' and the site-wide pages, never by a month's
///   ranking or report; which of them exist is shared, as for months.
/// A corrected commune result of the last month thus renders its own pages, its siblings'
/// reports of that month, the pages of the siblings whose rank it moved, its parents' and the
/// site-wide pages again, and nothing else; `IncrementalBuildTests` checks that such builds are byte for byte full ones.
public struct PageKeys: Sendable {
    private let archive: Archive
    /// The inputs every page shows.
    private let shared: UInt64
    /// Per month of the archive, in its order, the key of every result up to that month.
    private let upTo: [UInt64]
    /// Per unit and month of the archive (at `unit.index * periods.count + month`), the hash
    /// of the unit's own result file (0: none).
    private let ownFiles: [UInt64]
    /// Per unit and month (same place as `ownFiles`), the key of its own file and standing, and
    /// the key of its children's in order. Made once: a report's key hashed the standings of its
    /// 97 siblings anew, 8 % of a national build's rendering.
    private let standings: [UInt64]
    private let childStandings: [UInt64]
    /// The recorded periods' files. In the shared key they rendered every page again: at
    /// national scale, a quarter's 3,321 files re-rendered some 80,000 monthly reports that
    /// never show them.
    private let recordedFiles: UInt64

    /// - Parameter inputs: the content folder's files as folder 0.
    public init(inputs: InputHash, options: [String], archive: Archive) {
        self.archive = archive
        let months = archive.periods.count
        let monthIndex = Dictionary(uniqueKeysWithValues: archive.periods.enumerated().map { ($1, $0) })

        var shared = Hash64()
        for option in options { shared.add(option) }
        for p in archive.periods { shared.add(p.description) }
        // Per month, the results' files; a file that is not a month's result of a unit counts
        // for every page.
        var perMonth = Array(repeating: Hash64(), count: months)
        var ownFiles = [UInt64](repeating: 0, count: archive.units.count * months)
        var recorded = Hash64()
        for file in inputs.files {
            if file.folder == 0, let (month, slug) = PageKeys.result(file.path), let m = monthIndex[month], let u = archive.unit(slug) {
                shared.add(file.path)           // which results exist is shared by all pages
                perMonth[m].add(file)
                ownFiles[u.index * months + m] = file.hash
            } else if file.folder == 0, PageKeys.isRecorded(file.path) {
                shared.add(file.path)
                recorded.add(file)
            } else {
                shared.add(file)
            }
        }
        let sharedValue = shared.value
        var running = Hash64()
        running.add(sharedValue)
        upTo = perMonth.map { month in
            running.add(month.value)
            return running.value
        }
        self.shared = sharedValue
        self.ownFiles = ownFiles
        recordedFiles = recorded.value
        var standings = [UInt64](repeating: 0, count: ownFiles.count)
        for u in archive.unitIDs {
            for m in 0..<months {
                var h = Hash64()
                PageKeys.add(archive, u, m, file: ownFiles[u.index * months + m], to: &h)
                standings[u.index * months + m] = h.value
            }
        }
        var childStandings = [UInt64](repeating: 0, count: ownFiles.count)
        for u in archive.unitIDs {
            for m in 0..<months {
                var h = Hash64()
                for child in archive.children[u] { h.add(standings[child.index * months + m]) }
                childStandings[u.index * months + m] = h.value
            }
        }
        self.standings = standings
        self.childStandings = childStandings
    }

    public func key(for kind: PageKind) -> UInt64 {
        switch kind {
        case .report(let u, let period):
            guard let m = archive.position(of: period) else { return unitKey(u, months: 0..<0, withSiblings: true) }
            // A report also shows what became of the commitments of the unit's previous result.
            var h = Hash64()
            h.add(unitKey(u, months: m..<(m + 1), withSiblings: true))
            h.add(previousOwnFile(u, before: m))
            return h.value
        case .unit(let u):
            return withRecorded(unitKey(u, months: archive.periods.indices))
        case .month(let period):
            return key(upTo: period)
        case .rankingPart(let u, let period, _):
            // The rows of the parent's units that month, as its report shows them (with the
            // change since the month before, which the standings hold).
            guard u != archive.root else { return key(upTo: period) }
            return unitKey(u, months: archive.position(of: period).map { $0..<($0 + 1) } ?? 0..<0)
        case .year(let y), .unitYear(_, let y):
            return withRecorded(key(upTo: archive.periods.last { $0.year <= y }))
        default:
            return withRecorded(key(upTo: nil))
        }
    }

    private func withRecorded(_ key: UInt64) -> UInt64 {
        var h = Hash64()
        h.add(key)
        h.add(recordedFiles)
        return h.value
    }

    /// The key of a rendered product's inputs (nil: one made anew by every build, from the
    /// whole archive). A unit's download shows what its page shows; its feed also shows, for
    /// a month the unit has no result of its own, the month's date, which any result of that
    /// month may move.
    public func key(for kind: ProductKind) -> UInt64? {
        switch kind {
        case .page(let page): return key(for: page)
        case .unitData(let u): return key(for: .unit(u))
        case .unitFeed(let u): return Feeds.usesMonthDates(archive: archive, unit: u) ? key(for: .home) : key(for: .unit(u))
        case .allCSV, .allJSON, .monthCSV, .recordedCSV, .unitSearch, .siteFeed, .sitemapPart, .sitemap, .robots, .asset, .staticFile: return nil
        }
    }

    /// The hash of the unit's latest own result file before month `m` (0: none).
    private func previousOwnFile(_ u: UnitID, before m: Int) -> UInt64 {
        let count = archive.periods.count
        return (0..<m).reversed().lazy.map { self.ownFiles[u.index * count + $0] }.first { $0 != 0 } ?? 0
    }

    /// The key of every result up to `period` (nil: all months).
    private func key(upTo period: Period?) -> UInt64 {
        guard !upTo.isEmpty else { return shared }
        guard let period else { return upTo[upTo.count - 1] }
        let m = archive.periods.lastIndex { $0 <= period } ?? 0
        return upTo[m]
    }

    /// The key of a unit's pages over `months` (positions in the archive's months): the shared
    /// inputs, and per month the own result file and the standing of the unit, of each of its
    /// children and, `withSiblings`, of each of its siblings (its parent's children, itself
    /// among them, which its own standing already holds).
    private func unitKey(_ u: UnitID, months: Range<Int>, withSiblings: Bool = false) -> UInt64 {
        var h = Hash64()
        h.add(shared)
        let count = archive.periods.count
        let parent = withSiblings ? archive.parent[u] : nil
        for m in months {
            h.add(standings[u.index * count + m])
            h.add(childStandings[u.index * count + m])
            if let parent { h.add(childStandings[parent.index * count + m]) }
        }
        return h.value
    }

    private static func add(_ archive: Archive, _ u: UnitID, _ m: Int, file: UInt64, to h: inout Hash64) {
        h.add(file)
        guard let s = archive.standing(u, in: archive.periods[m]) else {
            h.add(UInt64.max)   // no standing that month
            return
        }
        h.add(UInt64(bitPattern: s.score.units))
        switch s.source {
        case .published: h.add(0)
        case .average(let count): h.add(UInt64(count) + 1)
        }
        // An average is provisional when a figure below it is, which its own file cannot say.
        h.add(archive.isProvisional(u, in: archive.periods[m]) ? 1 : 0)
        // The computed rank only where a page may show it (a complete month), so that a
        // sibling's correction in an incomplete month renders none of the pages that show no rank.
        h.add(UInt64(bitPattern: Int64(s.rank ?? -1)))
        h.add(UInt64(s.withData))
        h.add(UInt64(s.expected))
        h.add(s.previousScore.map { UInt64(bitPattern: $0.units) } ?? UInt64.max)
        h.add(UInt64(bitPattern: Int64(s.previousRank ?? -1)))
        // The month before's published rank is in its file, which this month's key does not hold.
        h.add(UInt64(bitPattern: Int64(s.previousPublishedRank ?? -1)))
    }

    /// A file of a recorded period's folder, `results/2023-Q2/…`, `results/2023-H1/…`, `results/2023/…`.
    static func isRecorded(_ path: String) -> Bool {
        guard path.hasPrefix("results/") else { return false }
        let parts = path.split(separator: "/", maxSplits: 2)
        return parts.count == 3 && ReportingPeriod(folder: String(parts[1])) != nil
    }

    /// `results/2023-06/hiep-tan.md` → (2023-06, `hiep-tan`); nil for any other file (month
    /// notes too).
    static func result(_ path: String) -> (Period, String)? {
        // Read from the bytes: this runs for every input file of every build.
        var path = path
        return path.withUTF8 { u in
            let prefix: StaticString = "results/"
            let p = prefix.utf8CodeUnitCount
            guard u.count > p + 8 + 3, u[p + 7] == 0x2F, u[u.count - 3] == 0x2E, u[u.count - 2] == 0x6D, u[u.count - 1] == 0x64,
                  UnsafeBufferPointer(start: prefix.utf8Start, count: p).elementsEqual(u[0..<p]) else { return nil }
            let name = u[(p + 8)..<(u.count - 3)]
            guard !name.isEmpty, !name.contains(0x2F), !name.elementsEqual("_index".utf8),
                  let period = Period(String(decoding: u[p..<(p + 7)], as: UTF8.self)) else { return nil }
            return (period, String(decoding: name, as: UTF8.self))
        }
    }
}
