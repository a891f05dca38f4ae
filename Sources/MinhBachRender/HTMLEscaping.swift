import MinhBachCore

/// HTML escaping of every value a template shows: the five characters that matter in text and
/// attributes, scanned as UTF-8 bytes and written straight into the page's bytes; runs with
/// nothing to escape (most figures and names) are copied whole.
enum FastHTMLEscaping {
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` to a page's bytes, escaped.
    @inline(__always)
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            appendReplacing(bytes, to: &out) { b in
                switch b {
                case 0x3C: return "&lt;"
                case 0x3E: return "&gt;"
                case 0x26: return "&amp;"
                case 0x22: return "&quot;"
                case 0x27: return "&#39;"
                default: return nil
                }
            }
        }
    }
}
