/// What a unit's `code` is: the code the statistics office's list of administrative units
/// gives (`80` a province, `709` a district, `25633` a commune), or an agency's electronic
/// identifier (`000.21.35.H53`).
public enum UnitCode {
    /// 2, 3 or 5 digits: a code of the statistics office's list, which `import units` writes.
    public static func isStatistical(_ code: String) -> Bool {
        [2, 3, 5].contains(code.utf8.count) && code.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Dot-separated groups of capital letters and digits.
    public static func isElectronicIdentifier(_ code: String) -> Bool {
        let groups = code.split(separator: ".", omittingEmptySubsequences: false)
        return groups.count >= 2 && groups.allSatisfy { g in
            !g.isEmpty && g.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
        }
    }
}
