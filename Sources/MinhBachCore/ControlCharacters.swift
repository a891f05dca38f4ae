/// The invisible control characters that no page, feed or file of the site may contain: C0
/// controls other than tab, line feed and carriage return (U+0000–U+0008, U+000B, U+000C,
/// U+000E–U+001F), DEL (U+007F) and the C1 controls (U+0080–U+009F). XML 1.0 forbids most of
/// them outright (an Atom feed with one does not parse) and HTML calls them parse errors.
/// They reach content by pasting from Word, which writes a line break as U+000B and a page
/// break as U+000C.
///
/// The loaders report them (`ControlCharacterCheck` in MinhBachContent); every writer of the
/// build (HTML, XML, JSON and CSV escaping) also leaves them out, so that none gets through a
/// path the loaders do not see.
public enum ControlCharacters {
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0x7F..<0xA0: return true
        default: return false
        }
    }

    /// How many bytes the forbidden character starting at `bytes[i]` takes (1 for C0 and DEL,
    /// 2 for C1, whose UTF-8 is 0xC2 then 0x80–0x9F), or 0 when there is none at `i`.
    @inlinable @inline(__always)
    public static func width(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b < UInt8(ascii: " ") { return b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") ? 0 : 1 }
        if b == 0x7F { return 1 }   // DEL
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] < 0xA0 { return 2 }
        return 0
    }

    /// Whether a UTF-8 byte may begin a forbidden character: a quick test before a closer look.
    @inlinable @inline(__always)
    public static func mayBegin(_ b: UInt8) -> Bool {
        b < UInt8(ascii: " ") || b == 0x7F || b == 0xC2
    }

    public static func contains(_ text: String) -> Bool {
        // Bytes first: names and figures, nearly all text, have no byte that could begin one.
        text.utf8.contains(where: mayBegin) && text.unicodeScalars.contains(where: isForbidden)
    }

    /// `text` without them; `text` itself when it has none (almost always).
    public static func removing(from text: String) -> String {
        guard contains(text) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
        return String(scalars)
    }

    /// "U+000B", as an editor can look it up.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
