import MinhBachCore

/// An SVG drawing written as UTF-8 bytes, piece by piece: every report page draws a chart,
/// and as interpolated strings (then appended ones) drawing them was a few percent of a build.
///
///     var svg = SVGBytes(capacity: 64)
///     svg.put("<text y=\""); svg.number(12); svg.put("\">"); svg.text("An & Bình"); svg.put("</text>")
///     svg.string   // <text y="12">An &amp; Bình</text>
struct SVGBytes {
    private var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Markup, written as it is.
    mutating func put(_ markup: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }

    /// `n` in decimal digits, without making a string of it.
    mutating func number(_ n: Int) {
        if n < 0 { bytes.append(Byte.minus); number(-n); return }
        if n >= 10 { number(n / 10) }
        bytes.append(Byte.zero + UInt8(n % 10))
    }

    /// Text from the content (names, figures, notes), escaped for element content and attributes.
    mutating func text(_ text: String) { appendXMLEscaped(text, to: &bytes) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// What `number` writes: the digits "0" to "9" follow one another in ASCII.
    private enum Byte {
        static let minus = UInt8(ascii: "-")
        static let zero = UInt8(ascii: "0")
    }
}
