/// Escapes text for XML element content and attribute values.
public func xmlEscaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        default:
            // Control characters other than tab and line ends are not allowed in XML 1.0.
            if c.value < 0x20 && c != "\t" && c != "\n" && c != "\r" { continue }
            out.unicodeScalars.append(c)
        }
    }
    return out
}
