import Foundation
import Synchronization
import MinhBachCore
import MinhBachInputs
import MinhBachOutput

/// One build as it runs: what it was asked, the report it makes, the time of each phase, and
/// the writes it leaves running for the next build (caches outside the site), which are waited
/// for before it ends. The phases are functions of their own (`Phases/`), handed this run.
final class BuildRun {
    let options: BuildOptions
    var report = BuildReport()
    let caches: CacheNames
    private var clock = PhaseClock()
    private let backgroundWrites = DispatchGroup()
    /// Writes started by a part of the build that keeps its own group (the parse cache).
    private var otherWrites: [DispatchGroup] = []

    init(_ options: BuildOptions) {
        self.options = options
        caches = CacheNames(options)
    }

    var progress: BuildProgress? { options.progress }

    /// Ends the phase `name`, which worked on `count` items, and starts the next.
    func lap(_ name: String, count: Int) {
        report.phases.append(clock.lap(name, count: count))
    }

    /// Runs `write` while the build goes on: only the next build reads what it writes.
    func inBackground(_ write: @escaping @Sendable () -> Void) {
        DispatchQueue.global(qos: .utility).async(group: backgroundWrites, execute: write)
    }

    /// Waits for `group` too before the build ends.
    func waitAtEnd(for group: DispatchGroup?) {
        if let group { otherWrites.append(group) }
    }

    /// The report, once every write of the build has ended.
    func finished() -> BuildReport {
        for group in otherWrites { group.wait() }
        backgroundWrites.wait()
        report.diagnostics = report.diagnostics.sortedForReport()
        return report
    }
}

/// The files a build keeps in the cache folder between builds (nil: none, with `--no-cache`
/// or without a cache folder), each named after the absolute paths of the folders it stands
/// for: another content folder has caches of its own.
struct CacheNames {
    /// The stamps of the input files (`InputStamps`).
    let inputStamps: String?
    /// The parsed results (`ParseCache`).
    let parsedResults: String?
    /// The downloads' rows, a file per month (`DownloadRows`).
    let downloadRows: String?

    init(_ options: BuildOptions) {
        guard options.reuse, let folder = options.cacheFolder else {
            (inputStamps, parsedResults, downloadRows) = (nil, nil, nil)
            return
        }
        let content = Hash64.hex(of: SiteBuilder.absolute(options.content))
        inputStamps = folder + "/inputs-" + Hash64.hex(of: SiteBuilder.absolute(options.content) + "\n" + (options.theme.map(SiteBuilder.absolute) ?? "built-in-theme")) + ".stamps"
        parsedResults = folder + "/results-" + content + ".cache"
        downloadRows = folder + "/downloads-" + content
    }
}

/// Measures the phases of one build.
struct PhaseClock {
    private var last = ContinuousClock.now

    mutating func lap(_ name: String, count: Int) -> BuildReport.Phase {
        let now = ContinuousClock.now
        let d = now - last
        last = now
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return BuildReport.Phase(name: name, seconds: seconds, count: count)
    }
}

/// Values kept until the process ends (see `BuildOptions.keepsMemoryUntilExit`).
enum UntilExit {
    private static let kept = Mutex<[any Sendable]>([])

    static func keep(_ values: [any Sendable]) {
        kept.withLock { $0.append(contentsOf: values) }
    }
}
