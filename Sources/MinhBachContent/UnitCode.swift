/// What a unit's `code` is, which decides how its pages label it.
public enum UnitCodeKind: Sendable, Equatable {
    /// The statistics office's code of an administrative unit, which `import units` writes: 2
    /// digits for a province (`80`), 3 for a district (`709`), 5 for a commune (`25633`).
    /// Labelled "mã đơn vị hành chính".
    case administrative
    /// An agency's electronic identifier, dot-separated groups of capital letters and digits
    /// (`000.21.35.H53`, `H53.35`). Labelled "mã định danh".
    case agency

    /// The kind of `code`; nil when it is neither, which the unit's file is warned about.
    public init?(_ code: String) {
        let digits = code.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if digits && [2, 3, 5].contains(code.utf8.count) { self = .administrative; return }
        let groups = code.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, groups.allSatisfy({ g in !g.isEmpty && g.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) } })
        else { return nil }
        self = .agency
    }
}

extension Unit {
    /// How the pages label `code`: a code of neither kind (already warned about) is shown as
    /// the identifier the editor meant it to be.
    public var codeKind: UnitCodeKind? { code.map { UnitCodeKind($0) ?? .agency } }
}
