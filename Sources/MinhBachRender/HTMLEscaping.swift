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
                case Byte.tagStart: return "&lt;"
                case Byte.tagEnd: return "&gt;"
                case Byte.referenceStart: return "&amp;"
                case Byte.doubleQuote: return "&quot;"
                case Byte.singleQuote: return "&#39;"
                default: return nil
                }
            }
        }
    }

    /// The bytes that would give text a meaning in HTML. All are ASCII, so in UTF-8 a byte
    /// equal to one of them is always that character.
    private enum Byte {
        static let tagStart = UInt8(ascii: "<")
        static let tagEnd = UInt8(ascii: ">")
        /// Starts a character reference such as `&amp;`.
        static let referenceStart = UInt8(ascii: "&")
        /// Either quote may close an attribute value.
        static let doubleQuote = UInt8(ascii: "\"")
        static let singleQuote = UInt8(ascii: "'")
    }
}
