import Foundation

extension Array where Element: Sendable {
    /// `map` on all cores, keeping the order of the input, so what the phases produce does not
    /// depend on scheduling. Work is cut into chunks to keep the per-item overhead low, and
    /// each result is built in its place in the new array: results of the load phase are
    /// large records, and copying 80,000 of them afterwards took a core for seconds.
    public func parallelMap<T: Sendable>(_ transform: (Element) -> T) -> [T] {
        let n = count
        if n == 0 { return [] }
        if n == 1 { return [transform(self[0])] }
        let workers = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = Swift.max(1, n / (workers * 16))
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
