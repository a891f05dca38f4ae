/// A small binary encoding for what a build keeps for the next one (the parse cache, the
/// input stamps): little-endian 64-bit numbers and length-prefixed UTF-8. No package of the
/// offline set serialises Swift values compactly, and decoding JSON for 80,000 entries would
/// cost what it saves. Inlinable, so that the readers of other modules are specialised (a
/// generic call per field cost a third of reading the parse cache).
@frozen public struct ByteWriter {
    public var bytes: [UInt8] = []

    @inlinable public init() {}

    @inlinable public mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    @inlinable public mutating func int(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }
    @inlinable public mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
    @inlinable public mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }
    @inlinable public mutating func optional<T>(_ v: T?, _ write: (inout ByteWriter, T) -> Void) {
        if let v { bytes.append(1); write(&self, v) } else { bytes.append(0) }
    }
}

/// Reads what `ByteWriter` wrote; every read returns nil past the end or on a bad value, so
/// damaged bytes are only ever ignored.
@frozen public struct ByteReader {
    public let bytes: FileBytes
    public var offset: Int

    @inlinable public init(bytes: FileBytes, offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    @inlinable public mutating func u64() -> UInt64? {
        guard offset >= 0, offset + 8 <= bytes.count else { return nil }
        let v = UnsafeRawBufferPointer(bytes.bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: v)
    }
    @inlinable public mutating func int() -> Int? { u64().map { Int(Int64(bitPattern: $0)) } }
    @inlinable public mutating func bool() -> Bool? {
        guard offset >= 0, offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset] == 1
    }
    @inlinable public mutating func string() -> String? {
        guard let n = int(), n >= 0, offset + n <= bytes.count else { return nil }
        defer { offset += n }
        return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }
    /// nil for a damaged value; `.some(nil)` for a value that was absent.
    @inlinable public mutating func optional<T>(_ read: (inout ByteReader) -> T?) -> T?? {
        guard let flag = bool() else { return nil }
        if !flag { return .some(nil) }
        guard let v = read(&self) else { return nil }
        return .some(v)
    }
}
