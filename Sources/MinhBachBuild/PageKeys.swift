import MinhBachCore
import MinhBachArchive
import MinhBachPlan
import MinhBachOutput

/// For every page, a key of the inputs it is rendered from, so that a build can keep the
/// pages of the previous build whose inputs did not change instead of rendering them again.
///
/// The keys are deliberately coarse, so that they are easy to see to be right:
/// - Everything that is not a unit's result (site.yaml, index.yaml, units, month notes, free
///   pages, the theme, the options, the generator), the list of result files and the months
///   of the archive go into every key.
/// - A *scope* is the set of results a page may show. The pages of a unit two or more levels
///   below the root (a commune and its reports) show figures of its own province only (its
///   rank among siblings, its children's averages, its history); every other page may show
///   any result.
/// - A month's pages (a report, the month's ranking) show that month and the months before
///   it (changes since the previous month), never a later one; so their key holds the scope's
///   results up to that month. A year's page holds them up to the year's end; everything else
///   holds all of the scope's results.
/// A corrected commune result of the last month thus renders that month's reports of its
/// province, the province's unit pages and the site-wide pages again, and nothing else;
/// `IncrementalBuildTests` checks that such builds are byte for byte full ones.
struct PageKeys {
    private let archive: Archive
    /// Per scope (a province's unit index, or -1 for every result), the key up to each month
    /// of the archive, in the archive's order.
    private var upTo: [Int: [UInt64]] = [:]
    private let province: [Int?]
    private static let everything = -1

    /// - Parameter inputs: the content folder's files as folder 0.
    init(inputs: InputHash, options: [String], archive: Archive) {
        self.archive = archive
        var province = [Int?](repeating: nil, count: archive.units.count)
        for u in archive.units.indices where archive.depth[u] >= 1 {
            var p = u
            while archive.depth[p] > 1, let up = archive.parent[p] { p = up }
            province[u] = p
        }
        let monthIndex = Dictionary(uniqueKeysWithValues: archive.periods.enumerated().map { ($1, $0) })

        var shared = Hash64()
        for option in options { shared.add(option) }
        for p in archive.periods { shared.add(p.description) }
        // Per scope and month, the results' files; a file that is not a published month's
        // result of a province's unit counts for every page.
        var perMonth: [Int: [Hash64]] = [:]
        for file in inputs.files {
            if file.folder == 0, let (month, slug) = PageKeys.result(file.path), let m = monthIndex[month],
               let u = archive.unit(slug), let scope = province[u] {
                shared.add(file.path)           // which results exist is shared by all pages
                perMonth[scope, default: Array(repeating: Hash64(), count: archive.periods.count)][m].add(file)
                perMonth[PageKeys.everything, default: Array(repeating: Hash64(), count: archive.periods.count)][m].add(file)
            } else {
                shared.add(file)
            }
        }
        let sharedValue = shared.value
        for (scope, months) in perMonth {
            var running = Hash64()
            running.add(sharedValue)
            upTo[scope] = months.map { month in
                running.add(month.value)
                return running.value
            }
        }
        if upTo[PageKeys.everything] == nil {
            upTo[PageKeys.everything] = Array(repeating: sharedValue, count: max(archive.periods.count, 1))
        }
        self.province = province.enumerated().map { u, p in archive.depth[u] >= 2 ? p : nil }
    }

    func key(for kind: PageKind) -> UInt64 {
        switch kind {
        case .report(let u, let period):
            return key(scope: province[u] ?? PageKeys.everything, upTo: period)
        case .unit(let u):
            return key(scope: province[u] ?? PageKeys.everything, upTo: nil)
        case .month(let period):
            return key(scope: PageKeys.everything, upTo: period)
        case .year(let y):
            return key(scope: PageKeys.everything, upTo: archive.periods.last { $0.year <= y })
        default:
            return key(scope: PageKeys.everything, upTo: nil)
        }
    }

    /// The scope's key up to `period` (nil: all months).
    private func key(scope: Int, upTo period: Period?) -> UInt64 {
        // A province without any result has the key of every result: safe, and rare.
        guard let months = upTo[scope] ?? upTo[PageKeys.everything], !months.isEmpty else { return 0 }
        guard let period else { return months[months.count - 1] }
        let m = archive.periods.lastIndex { $0 <= period } ?? 0
        return months[min(m, months.count - 1)]
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
