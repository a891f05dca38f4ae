import MinhBachCore

/// The three levels of Vietnam's administrative units; the middle one, districts, is only in
/// the lists before 1 July 2025.
public enum UnitLevel: Int, Sendable, Comparable, CaseIterable {
    case province, district, commune

    public static func < (a: UnitLevel, b: UnitLevel) -> Bool { a.rawValue < b.rawValue }

    /// The kinds a unit of this level may be. "Thành phố" is both a province (Thành phố Hồ Chí
    /// Minh) and a district (Thành phố Tây Ninh); "đặc khu" is a commune-level island since 2025.
    var kinds: [String] {
        switch self {
        case .province: return ["tỉnh", "thành phố"]
        case .district: return ["quận", "huyện", "thị xã", "thành phố"]
        case .commune: return ["phường", "xã", "thị trấn", "đặc khu"]
        }
    }
}

/// The kind of a unit, read from the start of its official name ("Phường Long Hoa" is a
/// phường) or from the list's “Cấp” column.
enum UnitKind {
    /// Every kind, its words without diacritics, longest first so that "thị xã" is not read as
    /// "thị" followed by the name "xã …".
    static let all: [(words: [String], kind: String)] = [
        (["thanh", "pho"], "thành phố"), (["thi", "xa"], "thị xã"), (["thi", "tran"], "thị trấn"),
        (["dac", "khu"], "đặc khu"), (["tinh"], "tỉnh"), (["quan"], "quận"), (["huyen"], "huyện"),
        (["phuong"], "phường"), (["xa"], "xã"),
    ]

    /// Every kind, from the province down, as a hint lists them.
    static var listed: String { UnitLevel.allCases.flatMap(\.kinds).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: ", ") }

    /// The kind a name begins with, and the rest of the name after it:
    /// "Thành phố Hồ Chí Minh" → ("thành phố", "Hồ Chí Minh"); nil when it begins with none.
    static func split(_ name: String) -> (kind: String, rest: String)? {
        let words = name.split(whereSeparator: \.isWhitespace)
        let folded = words.map { VietnameseCollation.folded(String($0)) }
        for (kindWords, kind) in all where folded.count > kindWords.count && Array(folded.prefix(kindWords.count)) == kindWords {
            return (kind, words.dropFirst(kindWords.count).joined(separator: " "))
        }
        return nil
    }

    /// The kind a “Cấp” cell names ("Phường", "Thị trấn", "ĐẶC KHU"), if it names one.
    static func named(_ cell: String) -> String? {
        let folded = VietnameseCollation.folded(cell).split(whereSeparator: \.isWhitespace).map(String.init)
        return all.first { $0.words == folded }?.kind
    }

    /// Why a name or a “Cấp” cell gives no kind.
    struct Refusal: Error, Equatable {
        let message: Message
    }

    /// A unit's kind and its name without the kind; `level` from the list's “Cấp” column
    /// when it has one (communes only), otherwise from the name.
    static func of(_ name: String, level: UnitLevel, cell: String?) -> Result<(kind: String, rest: String), Refusal> {
        let split = split(name)
        if let cell, !cell.isEmpty {
            guard let kind = named(cell), level.kinds.contains(kind) else {
                return .failure(Refusal(message: "“Cấp” is “\(cell)”, not one of \(level.kinds.joined(separator: ", "))"))
            }
            if let split, split.kind != kind, level.kinds.contains(split.kind) {
                return .failure(Refusal(message: "“\(name)” is a \(split.kind) by its name, but “Cấp” says \(cell)"))
            }
            return .success((kind, split?.kind == kind ? split!.rest : name))
        }
        guard let split, level.kinds.contains(split.kind) else {
            return .failure(Refusal(message: "“\(name)” does not begin with the kind of a unit of its level (\(level.kinds.joined(separator: ", ")))"))
        }
        return .success(split)
    }
}
