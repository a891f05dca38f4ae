import Foundation
import Synchronization

/// How far a build is: the phase, items done of the total. The build updates it from any
/// thread; a terminal display reads it (`minhbach build` shows it only on a terminal).
public final class BuildProgress: Sendable {
    private let state = Mutex<(phase: String, total: Int, started: Date)>(("", 0, Date()))
    private let done = Atomic<Int>(0)

    public init() {}

    public func begin(_ phase: String, total: Int) {
        state.withLock { $0 = (phase, total, Date()) }
        done.store(0, ordering: .relaxed)
    }

    public func advance(by n: Int = 1) { done.add(n, ordering: .relaxed) }

    /// The phase, how many items of how many are done, and the seconds since the phase began.
    public var snapshot: (phase: String, done: Int, total: Int, seconds: Double) {
        let s = state.withLock { $0 }
        return (s.phase, done.load(ordering: .relaxed), s.total, Date().timeIntervalSince(s.started))
    }
}
