/// Escapes text for XML element content and attribute values. Most text (names, figures) has
/// nothing to escape and is returned as it is; the check runs on UTF-8 bytes, as this is
/// called for every label of every chart and feed.
public func xmlEscaped(_ text: String) -> String {
    let needsWork = text.utf8.contains { b in
        b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D)
    }
    guard needsWork else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    appendXMLEscaped(text, to: &out)
    return String(decoding: out, as: UTF8.self)
}

/// Appends `text` escaped for XML, byte by byte (the sitemap's 80,000 addresses go straight
/// into its bytes). Control characters other than tab and line ends are not allowed in XML 1.0.
public func appendXMLEscaped<Text: StringProtocol>(_ text: Text, to out: inout [UInt8]) {
    for b in text.utf8 {
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
