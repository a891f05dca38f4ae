import Foundation
import MinhBachCore
import Synchronization

/// A one-line progress display on a terminal ("render 41203/82609 · 1412/s"), shown only for
/// builds that take longer than a second, and only when standard error is a terminal: logs and
/// CI output stay clean.
final class ProgressDisplay: Sendable {
    let progress = BuildProgress()
    private let stopped = Atomic<Bool>(false)
    private let finished = Atomic<Bool>(false)

    static func startIfTerminal() -> ProgressDisplay? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let display = ProgressDisplay()
        Thread.detachNewThread { display.draw() }
        return display
    }

    private func draw() {
        let started = Date()
        var shown = false
        while !stopped.load(ordering: .acquiring) {
            usleep(200_000)
            let elapsed = Date().timeIntervalSince(started)
            guard elapsed > 1, !stopped.load(ordering: .acquiring) else { continue }
            let s = progress.snapshot
            let count = s.total > 0 ? " \(s.done)/\(s.total)" : ""
            let rate = s.done > 0 ? " · \(Int(Double(s.done) / max(s.seconds, 0.001)))/s" : ""
            FileHandle.standardError.write(Data("\r\u{1B}[K\(s.phase)\(count)\(rate)".utf8))
            shown = true
        }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        finished.store(true, ordering: .releasing)
    }

    func stop() {
        stopped.store(true, ordering: .releasing)
        while !finished.load(ordering: .acquiring) { usleep(10_000) }
    }
}
