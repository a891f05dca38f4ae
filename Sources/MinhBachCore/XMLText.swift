/// Escapes text for XML element content and attribute values. Most text (names, figures) has
/// nothing to escape and is returned as it is; the check runs on UTF-8 bytes, as this is
/// called for every label of every chart and feed.
public func xmlEscaped(_ text: String) -> String {
    var copy = text
    let needsWork = copy.withUTF8 { bytes in
        for b in bytes where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) {
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
/// bytes): runs with nothing to escape are copied whole, as appending byte by byte was a
/// sixth of a second per national sitemap. Control characters other than tab and line ends
/// are not allowed in XML 1.0 and are left out.
public func appendXMLEscaped<Text: StringProtocol>(_ text: Text, to out: inout [UInt8]) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
        var start = 0
        for (i, b) in bytes.enumerated() {
            let entity: StaticString
            switch b {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&apos;"
            case 0x09, 0x0A, 0x0D: continue
            case 0..<0x20: entity = ""
            default: continue
            }
            if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
            out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            start = i + 1
        }
        if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
    }
    guard done == nil else { return }
    for b in text.utf8 {   // text not stored as contiguous UTF-8
        switch b {
        case 0x26: out.append(contentsOf: "&amp;".utf8)
        case 0x3C: out.append(contentsOf: "&lt;".utf8)
        case 0x3E: out.append(contentsOf: "&gt;".utf8)
        case 0x22: out.append(contentsOf: "&quot;".utf8)
        case 0x27: out.append(contentsOf: "&apos;".utf8)
        case 0x09, 0x0A, 0x0D: out.append(b)
        case 0..<0x20: continue
        default: out.append(b)
        }
    }
}
