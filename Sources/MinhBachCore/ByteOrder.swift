#if canImport(Glibc)
import Glibc
#endif

/// The order of two runs of bytes: negative when `a` comes first, zero when they are the
/// same, positive when `b` comes first (`memcmp`, then the shorter first). The one byte-order
/// comparison of the program: paths, names and cached keys are all ordered by it.
@inlinable
public func compareBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(a.count, b.count)
    let c = n == 0 ? 0 : Int(memcmp(a.baseAddress!, b.baseAddress!, n))
    return c != 0 ? c : a.count - b.count
}

/// Whether two runs of bytes are the same.
@inlinable
public func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    a.count == b.count && compareBytes(a, b) == 0
}

/// `body` with the UTF-8 bytes of `text` in place (a native string's own storage), or a copy
/// of them for a string that is not stored so (one bridged from elsewhere).
@inlinable
public func withUTF8Bytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let inPlace = text.utf8.withContiguousStorageIfAvailable(body) { return inPlace }
    return Array(text.utf8).withUnsafeBufferPointer(body)
}

/// Whether `a` comes before `b` in the order of their UTF-8 bytes (the order paths are listed
/// in): the generic comparison of the UTF-8 views cost a tenth of a second per 80,000 paths.
/// Read in place, without copying either string: the copies' reference counting was most of
/// the cost of sorting a folder's entries.
@inlinable
public func utf8Precedes(_ a: String, _ b: String) -> Bool {
    withUTF8Bytes(of: a) { x in withUTF8Bytes(of: b) { y in compareBytes(x, y) < 0 } }
}

/// Whether `a` and `b` have the same UTF-8 bytes (`==` on strings compares canonical
/// equivalence, and the generic comparison of the UTF-8 views went a byte at a time).
@inlinable
public func utf8Equal(_ a: String, _ b: String) -> Bool {
    withUTF8Bytes(of: a) { x in withUTF8Bytes(of: b) { y in sameBytes(x, y) } }
}

/// Where each of `keys` (nil: none wanted) is among `count` items in order, for keys mostly
/// given in that same order: the item after the previous one found is tried first (one
/// comparison), else the items are halved. The load phase looks up every content file so.
/// - Parameter equal: whether item `i` is the key.
/// - Parameter precedes: whether item `i` comes before the key.
@inlinable
public func orderedPositions<Key>(of keys: [Key?], count: Int, equal: (Int, Key) -> Bool, precedes: (Int, Key) -> Bool) -> [Int?] {
    var next = 0
    return keys.map { key in
        guard let key else { return nil }
        if next < count && equal(next, key) {
            next += 1
            return next - 1
        }
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if precedes(mid, key) { low = mid + 1 } else { high = mid }
        }
        guard low < count, equal(low, key) else { return nil }
        next = low + 1
        return low
    }
}
