import Foundation

/// Vietnamese alphabetical order, written by hand because neither Foundation on Linux nor any
/// package of the offline set gives a locale-aware collation that is the same on every machine,
/// and the order of tied units in a ranking must be byte-identical across builds.
///
/// Order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; letters first, then tone
/// (none, huyền, sắc, hỏi, ngã, nặng), then case. Runs of digits compare by value, so
/// "Phường 2" sorts before "Phường 10".
public enum VietnameseCollation {
    public static func key(_ text: String) -> [UInt32] {
        var primary: [UInt32] = []
        var tones: [UInt32] = []
        var cases: [UInt32] = []
        var digitRun: [UInt32] = []

        func flushDigits() {
            guard !digitRun.isEmpty else { return }
            while digitRun.count > 1 && digitRun.first == 0 { digitRun.removeFirst() }
            primary.append(2)
            primary.append(UInt32(digitRun.count))
            primary.append(contentsOf: digitRun.map { $0 + 10 })
            digitRun.removeAll()
        }

        for character in text {
            if character.isASCII, let d = character.wholeNumberValue {
                digitRun.append(UInt32(d))
                continue
            }
            flushDigits()
            let (isUpper, scalars) = decomposed(character)
            guard let base = scalars.first else { continue }
            var modifier: UInt32 = 0
            var tone: UInt32 = 0
            for mark in scalars.dropFirst() {
                switch mark.value {
                case 0x0306: modifier = 1 // breve: ă
                case 0x0302: modifier = 2 // circumflex: â ê ô
                case 0x031B: modifier = 3 // horn: ơ ư
                case 0x0300: tone = 1
                case 0x0301: tone = 2
                case 0x0309: tone = 3
                case 0x0303: tone = 4
                case 0x0323: tone = 5
                default: break
                }
            }
            if base == "đ" { modifier = 4 }
            if let letter = letterWeight(base, modifier: modifier) {
                primary.append(letter)
            } else if base.properties.isWhitespace || base.properties.isPatternSyntax {
                primary.append(1)
            } else {
                primary.append(10_000 + base.value)
            }
            tones.append(tone)
            cases.append(isUpper ? 1 : 0)
        }
        flushDigits()
        return primary + [0] + tones + [0] + cases
    }

    /// Whether the character is upper case, and its lower-case form decomposed into a base
    /// letter and marks. Letters of Latin scripts (ASCII, Latin-1 to Latin Extended-B and the
    /// precomposed Vietnamese letters) come from a table made once: asking Foundation for
    /// each character of each name was most of the time spent ordering the units.
    private static func decomposed(_ character: Character) -> (Bool, [Unicode.Scalar]) {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first {
            let v = scalar.value
            if v < 0x250 { return latin[Int(v)] }
            if v >= 0x1E00 && v < 0x1F00 { return extended[Int(v - 0x1E00)] }
        }
        return slowDecomposed(character)
    }

    private static func slowDecomposed(_ character: Character) -> (Bool, [Unicode.Scalar]) {
        (character.isUppercase, Array(String(character).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars))
    }

    private static let latin: [(Bool, [Unicode.Scalar])] = (0..<0x250).map { table(UInt32($0)) }
    private static let extended: [(Bool, [Unicode.Scalar])] = (0x1E00..<0x1F00).map { table(UInt32($0)) }

    private static func table(_ value: UInt32) -> (Bool, [Unicode.Scalar]) {
        guard let scalar = Unicode.Scalar(value) else { return (false, []) }
        return slowDecomposed(Character(scalar))
    }

    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]

    private static let weights: [String: UInt32] = {
        var w: [String: UInt32] = [:]
        for (i, letter) in alphabet.enumerated() { w[letter] = 100 + UInt32(i) }
        return w
    }()

    private static func letterWeight(_ base: Unicode.Scalar, modifier: UInt32) -> UInt32? {
        let letter: String
        switch (base, modifier) {
        case ("a", 1): letter = "ă"
        case ("a", 2): letter = "â"
        case ("e", 2): letter = "ê"
        case ("o", 2): letter = "ô"
        case ("o", 3): letter = "ơ"
        case ("u", 3): letter = "ư"
        case ("đ", _): letter = "đ"
        default: letter = String(base)
        }
        return weights[letter]
    }

    public static func lessThan(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a < b
    }

    /// Lower case, no diacritics, đ → d: "Phường Hiệp Tân" → "phuong hiep tan".
    public static func folded(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "đ" { out.append("d") } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
