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
        // Digits are written into a small byte buffer: this runs for every figure on every
        // page (millions of times on a national archive), where string slicing was measurable.
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
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if negative && (whole != 0 || fractionDigits > 0) { out.append(0x2D) }
        var wholeDigits: [UInt8] = []
        var w = whole
        repeat { wholeDigits.append(UInt8(0x30 + w % 10)); w /= 10 } while w > 0
        let grouping = wholeDigits.count >= 4 ? groupSeparator : nil
        for (i, digit) in wholeDigits.enumerated().reversed() {
            out.append(digit)
            if let grouping, i > 0 && i % 3 == 0 { out.append(contentsOf: grouping.utf8) }
        }
        if fractionDigits > 0 {
            out.append(contentsOf: decimalSeparator.utf8)
            var divisor: Int64 = 1
            for _ in 1..<fractionDigits { divisor *= 10 }
            while divisor > 0 { out.append(UInt8(0x30 + (fractionValue / divisor) % 10)); divisor /= 10 }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public enum ParseProblem: Error, Sendable, Equatable {
        case notANumber
        case tooManyDecimals
    }

    /// Parses "69,81", "69.81", "18.9", "00", "-1", "+2". A thousands separator is refused
    /// rather than guessed: "1.234" is one point two three four, and "1.234,5" is not a number.
    public static func parse(_ raw: String) -> Result<Figure, ParseProblem> {
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
        let units = whole * scale + padded
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
