/// Escapes text for XML element content and attribute values. Most text (names, figures) has
/// nothing to escape and is returned as it is; the check runs on UTF-8 bytes, as this is
/// called for every label of every chart and feed.
public func xmlEscaped(_ text: String) -> String {
    var copy = text
    let needsWork = copy.withUTF8 { bytes in
        for b in bytes where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || ControlCharacters.mayBegin(b) {
            return true
        }
        return false
    }
    guard needsWork else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    appendXMLEscaped(text, to: &out)
    return String(decoding: out, as: UTF8.self)
}

/// Appends `text` escaped for XML (the sitemap's 80,000 addresses go straight into its
/// bytes). Control characters other than tab and line ends are not allowed in XML 1.0 and are
/// left out (by `appendReplacing`).
public func appendXMLEscaped<Text: StringProtocol>(_ text: Text, to out: inout [UInt8]) {
    func escape(_ bytes: UnsafeBufferPointer<UInt8>) {
        appendReplacing(bytes, to: &out) { b in
            switch b {
            case 0x26: return "&amp;"
            case 0x3C: return "&lt;"
            case 0x3E: return "&gt;"
            case 0x22: return "&quot;"
            case 0x27: return "&apos;"
            default: return nil
            }
        }
    }
    if text.utf8.withContiguousStorageIfAvailable(escape) == nil {
        var contiguous = String(text)   // text not stored as contiguous UTF-8
        contiguous.withUTF8(escape)
    }
}

/// Appends `bytes` with each byte that `entity` names replaced by that text ("" leaves the
/// byte out), and without the control characters no output may contain (`ControlCharacters`);
/// the runs between are copied whole, as appending byte by byte cost a sixth of a second per
/// national sitemap. The HTML and the XML escaping share it.
@inlinable @inline(__always)
public func appendReplacing(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], _ entity: (UInt8) -> StaticString?) {
    var start = 0
    var i = 0
    while i < bytes.count {
        var width = 1
        var replacement = entity(bytes[i])
        if replacement == nil, ControlCharacters.mayBegin(bytes[i]) {
            width = ControlCharacters.width(in: bytes, at: i)
            if width > 0 { replacement = "" }
        }
        guard let replacement else { i += 1; continue }
        if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
        out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
        i += width
        start = i
    }
    if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
}
