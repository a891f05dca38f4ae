/// An exact decimal figure as editors write it: 69,81 or 18.9 or 51.
///
/// Stored as a whole number of ten-thousandths, so 69.81 is 698100 and never becomes
/// 69.8099 through binary floating point; sums, comparisons and means stay exact.
public struct Figure: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let scale: Int64 = 10_000
    public static let maxDecimals = 4

    /// The value in ten-thousandths.
    public let units: Int64

    public init(units: Int64) { self.units = units }
    public init(_ whole: Int) { self.units = Int64(whole) * Figure.scale }

    public static let zero = Figure(units: 0)

    public var isWhole: Bool { units % Figure.scale == 0 }
    public var wholeValue: Int? { isWhole ? Int(units / Figure.scale) : nil }
    public var isNegative: Bool { units < 0 }

    public static func < (a: Figure, b: Figure) -> Bool { a.units < b.units }
    public static func + (a: Figure, b: Figure) -> Figure { Figure(units: a.units + b.units) }
    public static func - (a: Figure, b: Figure) -> Figure { Figure(units: a.units - b.units) }
    public var magnitude: Figure { Figure(units: Swift.abs(units)) }

    /// Rounded half away from zero to `decimals` places (0...4).
    public func rounded(toDecimals decimals: Int) -> Figure {
        let step = Figure.pow10(Figure.maxDecimals - decimals)
        return Figure(units: Figure.divideRounded(units, by: step) * step)
    }

    /// The mean of `figures`, rounded half away from zero to two decimals (as the portal does).
    public static func mean(_ figures: [Figure]) -> Figure? {
        guard !figures.isEmpty else { return nil }
        let sum = figures.reduce(Int64(0)) { $0 + $1.units }
        let step = pow10(maxDecimals - 2)
        return Figure(units: divideRounded(sum, by: Int64(figures.count) * step) * step)
    }

    /// Plain notation with a decimal point and no trailing zeros ("69.81", "51"), for data files.
    public var description: String { render(decimalSeparator: ".", groupSeparator: nil, decimals: nil) }

    /// Renders the figure. `decimals` nil means "as many as needed" (no trailing zeros).
    public func render(decimalSeparator: String, groupSeparator: String?, decimals: Int?) -> String {
        // This runs for every figure on every page (millions of times on a national archive),
        // where string slicing, and then heap buffers, were measurable.
        var value = units
        if let decimals { value = rounded(toDecimals: decimals).units }
        let negative = value < 0
        value = Swift.abs(value)
        let whole = value / Figure.scale
        var fractionValue = value % Figure.scale
        var fractionDigits = decimals ?? Figure.maxDecimals
        if decimals == nil {
            while fractionDigits > 0 && fractionValue % 10 == 0 { fractionValue /= 10; fractionDigits -= 1 }
        } else {
            for _ in 0..<(Figure.maxDecimals - fractionDigits) { fractionValue /= 10 }
        }
        // Written into a buffer on the stack, digits from the right: no allocation at all for
        // the short texts figures make.
        let group = wholeDigitCount(whole) >= 4 ? groupSeparator ?? "" : ""
        let capacity = 24 + 7 * group.utf8.count + decimalSeparator.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var at = capacity
            func put(_ byte: UInt8) { at -= 1; buffer[at] = byte }
            if fractionDigits > 0 {
                var f = fractionValue
                for _ in 0..<fractionDigits { put(UInt8(0x30 + f % 10)); f /= 10 }
                for byte in decimalSeparator.utf8.reversed() { put(byte) }
            }
            var w = whole, written = 0
            repeat {
                if written > 0 && written % 3 == 0 { for byte in group.utf8.reversed() { put(byte) } }
                put(UInt8(0x30 + w % 10)); w /= 10; written += 1
            } while w > 0
            if negative && (whole != 0 || fractionDigits > 0) { put(0x2D) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[at..<capacity]), as: UTF8.self)
        }
    }

    private func wholeDigitCount(_ whole: Int64) -> Int {
        var n = 1, w = whole
        while w >= 10 { w /= 10; n += 1 }
        return n
    }

    public enum ParseProblem: Error, Sendable, Equatable {
        case notANumber
        case tooManyDecimals
    }

    /// Parses "69,81", "69.81", "18.9", "00", "-1", "+2". A thousands separator is refused
    /// rather than guessed: "1.234" is one point two three four, and "1.234,5" is not a number.
    /// `roundingExtraDecimals`: more than four decimals are rounded (half away from zero)
    /// instead of refused, for degrees of latitude, which the official lists give to six.
    public static func parse(_ raw: String, roundingExtraDecimals: Bool = false) -> Result<Figure, ParseProblem> {
        let text = raw.trimmingWhitespace()
        var scalars = Substring(text).unicodeScalars[...]
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            scalars = scalars.dropFirst()
        }
        var whole: Int64 = 0
        var wholeDigits = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var seenSeparator = false
        var roundUp = false
        for s in scalars {
            if s == "," || s == "." {
                if seenSeparator || wholeDigits == 0 { return .failure(.notANumber) }
                seenSeparator = true
                continue
            }
            // ASCII digits only: other scripts' digits are refused like any other character.
            guard s.value >= 0x30 && s.value <= 0x39 else { return .failure(.notANumber) }
            let digit = Int(s.value - 0x30)
            if seenSeparator {
                fractionDigits += 1
                if fractionDigits > maxDecimals {
                    if roundingExtraDecimals {
                        if fractionDigits == maxDecimals + 1 { roundUp = digit >= 5 }
                        continue
                    }
                    if digit != 0 { return .failure(.tooManyDecimals) }
                    continue
                }
                fraction = fraction * 10 + Int64(digit)
            } else {
                wholeDigits += 1
                if wholeDigits > 12 { return .failure(.notANumber) }
                whole = whole * 10 + Int64(digit)
            }
        }
        if wholeDigits == 0 || (seenSeparator && fractionDigits == 0) { return .failure(.notANumber) }
        let padded = fraction * pow10(maxDecimals - min(fractionDigits, maxDecimals))
        let units = whole * scale + padded + (roundUp ? 1 : 0)
        return .success(Figure(units: negative ? -units : units))
    }

    static func pow10(_ n: Int) -> Int64 {
        var r: Int64 = 1
        for _ in 0..<max(n, 0) { r *= 10 }
        return r
    }

    /// Integer division rounded half away from zero.
    static func divideRounded(_ a: Int64, by b: Int64) -> Int64 {
        let q = a / b
        let r = a % b
        if Swift.abs(r) * 2 >= Swift.abs(b) { return q + ((a < 0) != (b < 0) ? -1 : 1) }
        return q
    }
}

extension String {
    public func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
