#if canImport(Glibc)
import Glibc
#endif

/// A 64-bit hash of bytes, to notice that a file changed between two builds without keeping
/// its old copy. Eight bytes a step with a multiply-rotate mix and a final avalanche (the
/// finaliser of SplitMix64). Hand-written because no package of the offline set offers a
/// fast non-cryptographic hash, and swift-crypto would add a minute to every clean build;
/// it is not meant to resist someone crafting collisions, only to see edits.
public func contentHash(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { contentHash($0) }
}

public func contentHash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
    var hash = ContentHasher(count: raw.count)
    hash.add(raw)
    return hash.value
}

/// The hash of bytes given in pieces, the same as `contentHash` of the pieces joined.
public func contentHash(_ pieces: [ArraySlice<UInt8>]) -> UInt64 {
    var hash = ContentHasher(count: pieces.reduce(0) { $0 + $1.count })
    for piece in pieces { piece.withUnsafeBytes { hash.add($0) } }
    return hash.value
}

/// `contentHash` a piece at a time: the words are those of the bytes joined, a word split
/// between two pieces completed from the next.
struct ContentHasher {
    private var h: UInt64
    /// The bytes since the last whole word, little-endian, and how many.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    /// - Parameter count: how many bytes will be added in all.
    init(count: Int) {
        h = 0x243F_6A88_85A3_08D3 ^ (UInt64(count) &* 0x9E37_79B9_7F4A_7C15)
    }

    private mutating func mix(_ w: UInt64) {
        h = (h ^ (w &* 0x9E37_79B9_7F4A_7C15))
        h = ((h << 31) | (h >> 33)) &* 0xBF58_476D_1CE4_E5B9
    }

    mutating func add(_ raw: UnsafeRawBufferPointer) {
        let n = raw.count
        var i = 0
        if pendingCount > 0 {
            while pendingCount < 8 && i < n { pending |= UInt64(raw[i]) << (8 * UInt64(pendingCount)); pendingCount += 1; i += 1 }
            guard pendingCount == 8 else { return }
            mix(pending)
            pending = 0
            pendingCount = 0
        }
        while i + 8 <= n {
            mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        while i < n { pending |= UInt64(raw[i]) << (8 * UInt64(pendingCount)); pendingCount += 1; i += 1 }
    }

    /// The hash of the bytes added (the last, partial word padded with zeros).
    var value: UInt64 {
        var copy = self
        copy.mix(pending)
        var h = copy.h
        h ^= h >> 30; h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 27; h = h &* 0x94D0_49BB_1331_11EB
        h ^= h >> 31
        return h
    }
}

/// Hashes a sequence of values in order (strings, numbers, input files).
public struct Hash64: Sendable {
    private var bytes: [UInt8] = []

    public init() {}

    public mutating func add(_ text: String) {
        add(text: text)
    }

    /// A text in pieces: `add(utf8: a.utf8); add(text: b)` adds what `add(a + b)` adds.
    public mutating func add(utf8 piece: String.UTF8View) {
        bytes.append(contentsOf: piece)
    }

    public mutating func add(text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x01)
    }

    public mutating func add(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public var value: UInt64 { contentHash(bytes) }

    public static func hex(of text: String) -> String {
        var h = Hash64()
        h.add(text)
        return h.hex
    }

    public var hex: String { Hash64.hex(value) }

    /// Sixteen hex digits.
    public static func hex(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
