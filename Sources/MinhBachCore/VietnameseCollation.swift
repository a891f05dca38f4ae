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
            let isUpper = character.isUppercase
            let scalars = Array(String(character).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars)
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
