import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `map` on all cores, keeping the order of the input, so what the phases produce does not
    /// depend on scheduling. Work is cut into chunks to keep the per-item overhead low, and
    /// each result is built in its place in the new array: results of the load phase are
    /// large records, and copying 80,000 of them afterwards took a core for seconds.
    ///
    /// - Parameter chunk: how many items a thread takes at a time; by default a sixteenth of a
    ///   core's share. Work whose cost is uneven and bunched (the few pages a one-file rebuild
    ///   renders again lie side by side among thousands it keeps) needs smaller chunks, or one
    ///   thread is left with all of it.
    // Inlinable so that each caller gets a copy for its own types: the generic one moved
    // every item and result through value witnesses (a job of the load phase holds five
    // strings), a tenth of the load phase of a one-file rebuild.
    @inlinable
    public func parallelMap<T: Sendable>(chunk: Int? = nil, _ transform: (Element) -> T) -> [T] {
        let n = count
        if n == 0 { return [] }
        if n == 1 { return [transform(self[0])] }
        let workers = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = Swift.max(1, chunk ?? n / (workers * 16))
        let chunks = (n + chunk - 1) / chunk
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            withoutActuallyEscaping(transform) { transform in
                self.withUnsafeBufferPointer { source in
                    nonisolated(unsafe) let source = source
                    nonisolated(unsafe) let target = buffer.baseAddress!
                    nonisolated(unsafe) let transform = transform
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        let end = Swift.min(n, (c + 1) * chunk)
                        for i in (c * chunk)..<end { (target + i).initialize(to: transform(source[i])) }
                    }
                }
            }
            initialized = n
        }
    }
}

extension Array where Element: Sendable {
    /// `map` for work that mostly waits on the disk (reading every input file): more threads
    /// than cores keep many reads in flight, which a disk whose cache is cold needs; with the
    /// files in memory it costs no more than `parallelMap`. Keeps the order of the input.
    /// - Parameter chunk: how many items a thread takes at a time.
    public func parallelReadMap<T: Sendable>(threads: Int = 16, chunk: Int = 32, _ transform: @escaping @Sendable (Element) -> T) -> [T] {
        let n = count
        if n < 2 * chunk { return map(transform) }
        let next = Mutex(0)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            self.withUnsafeBufferPointer { source in
                // The threads are done with both buffers once they have left the group.
                nonisolated(unsafe) let source = source
                nonisolated(unsafe) let target = buffer.baseAddress!
                let group = DispatchGroup()
                var workers: [Thread] = []
                for _ in 0..<Swift.min(threads, (n + chunk - 1) / chunk) {
                    group.enter()
                    let worker = Thread {
                        while true {
                            let start = next.withLock { value -> Int in defer { value += chunk }; return value }
                            if start >= n { break }
                            for i in start..<Swift.min(n, start + chunk) { (target + i).initialize(to: transform(source[i])) }
                        }
                        group.leave()
                    }
                    worker.stackSize = 1 << 20
                    workers.append(worker)
                }
                for worker in workers { worker.start() }
                group.wait()
            }
            initialized = n
        }
    }
}

/// Runs `first` here and `second` beside it on a thread of its own, and returns when both
/// are done. Unlike `concurrentPerform(iterations: 2)`, each may itself use all cores: GCD
/// runs a `concurrentPerform` nested in another with only its share of the outer one's width,
/// which had left the downloads of a national archive on one core. And not on GCD's pool
/// either: a `concurrently` nested in another then waited for a free worker of that pool,
/// which GCD added only after most of a second.
public func concurrently(_ first: () -> Void, _ second: () -> Void) {
    withoutActuallyEscaping(second) { second in
        // The thread keeps its block after it has run; the work is handed over in a box that
        // the thread empties, so that nothing holds `second` once this returns.
        final class Handover: @unchecked Sendable {
            var work: (() -> Void)?
            let done = DispatchSemaphore(value: 0)
        }
        let handover = Handover()
        handover.work = second
        let thread = Thread {
            handover.work?()
            handover.work = nil
            handover.done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        first()
        handover.done.wait()
    }
}

extension Array where Element: Sendable {
    /// `sorted(by:)` with each half sorted on its own core, then merged: sorting the 90,000
    /// paths of a national site's manifest was a tenth of a second on one core at the end of
    /// every build. Stable, as `sorted(by:)` is.
    /// Inlinable, so that each caller's sort is specialised for its elements.
    @inlinable
    public func parallelSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        if count < 4096 { return sorted(by: areInIncreasingOrder) }
        let middle = count / 2
        var low: [Element] = [], high: [Element] = []
        concurrently({ low = self[..<middle].sorted(by: areInIncreasingOrder) },
                     { high = self[middle...].sorted(by: areInIncreasingOrder) })
        var merged: [Element] = []
        merged.reserveCapacity(count)
        var i = 0, j = 0
        while i < low.count && j < high.count {
            // Equal elements: the first half's first, so that the merge stays stable.
            if areInIncreasingOrder(high[j], low[i]) { merged.append(high[j]); j += 1 } else { merged.append(low[i]); i += 1 }
        }
        merged += low[i...]
        merged += high[j...]
        return merged
    }
}

/// `concurrently`, for two parts that each make a value: both values, once both are made.
public func concurrently<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    var a: A?, b: B?
    concurrently({ a = first() }, { b = second() })
    // Both closures have run to their end once `concurrently` returns.
    return (a!, b!)
}
