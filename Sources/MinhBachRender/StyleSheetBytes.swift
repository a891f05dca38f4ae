/// The built-in stylesheet as citizens download it: without its comments and indentation,
/// which are for whoever edits the theme (they were 1.3 of its 12.3 KB). Written by hand, as
/// no listed package minifies CSS; it only drops what CSS itself ignores: a comment outside a
/// string, the spaces at the start of a line, an empty line. A site's own theme folder is
/// copied as its editor wrote it.
enum StyleSheetBytes {
    static func compact(_ css: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(css.count)
        var i = 0
        var quote: UInt8?
        var lineStart = true
        while i < css.count {
            let c = css[i]
            if let q = quote {
                out.append(c)
                if c == UInt8(ascii: "\\"), i + 1 < css.count { out.append(css[i + 1]); i += 2; continue }
                if c == q || c == UInt8(ascii: "\n") { quote = nil }
                i += 1
                continue
            }
            if c == UInt8(ascii: "/"), i + 1 < css.count, css[i + 1] == UInt8(ascii: "*") {
                var j = i + 2
                while j + 1 < css.count, !(css[j] == UInt8(ascii: "*") && css[j + 1] == UInt8(ascii: "/")) { j += 1 }
                i = min(j + 2, css.count)
                continue
            }
            if lineStart && (c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n")) { i += 1; continue }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c }
            lineStart = c == UInt8(ascii: "\n")
            out.append(c)
            i += 1
        }
        return out
    }
}
