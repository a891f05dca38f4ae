import Foundation

/// Slugs name units, pages and keys, and become folder names in the output, so they are
/// restricted to `[a-z0-9-]+`: no slash, dot or space can lead a path out of the output folder.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// "Phường Hiệp Tân" → "phuong-hiep-tan": a suggestion for an editor, never applied silently.
    public static func suggest(from text: String) -> String {
        var out = ""
        var dash = false
        for ch in VietnameseCollation.folded(text).unicodeScalars {
            if (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") {
                out.unicodeScalars.append(ch)
                dash = false
            } else if !dash && !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}

/// "did you mean …" for a key that is close to a known one.
public enum NearMiss {
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(Array(word.unicodeScalars), Array(candidate.unicodeScalars))
            if d <= limit, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) {
                best = (candidate, d)
            }
        }
        return best?.0
    }

    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// "; did you mean `x`?" or nothing.
    public static func phrase(for word: String, among candidates: [String]) -> Message {
        suggestion(for: word, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }
}
