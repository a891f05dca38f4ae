import MinhBachCore

/// Which columns of a reorganisation's map hold what: one row per old unit and a new unit it
/// went into, as the provinces' tables of Resolution 1656/NQ-UBTVQH15 and the others give it
/// ("Mã PX cũ, Tên cũ, Mã PX mới, Tên mới"), with "Chính" marking, for an old unit divided
/// among several, the one its figures continue in. Headers are recognised as the units' list's
/// are (`UnitListColumns.key`): by their letters and digits, without diacritics.
struct ReformColumns: Equatable {
    enum Field: String, CaseIterable {
        case oldCode, oldName, newCode, newName, principal

        /// The header as the map usually writes it, for messages.
        var official: String {
            switch self {
            case .oldCode: return "Mã PX cũ"
            case .oldName: return "Tên cũ"
            case .newCode: return "Mã PX mới"
            case .newName: return "Tên mới"
            case .principal: return "Chính"
            }
        }

        var keys: Set<String> {
            switch self {
            case .oldCode: return ["mapxcu", "macu", "maxacu", "maphuongxacu", "madonvicu", "madvhccu"]
            case .oldName: return ["tencu", "tenpxcu", "phuongxacu", "tenphuongxacu", "tendonvicu", "donvicu", "tendvhccu"]
            case .newCode: return ["mapxmoi", "mamoi", "maxamoi", "maphuongxamoi", "madonvimoi", "madvhcmoi"]
            case .newName: return ["tenmoi", "tenpxmoi", "phuongxamoi", "tenphuongxamoi", "tendonvimoi", "donvimoi", "tendvhcmoi"]
            case .principal: return ["chinh", "lachinh", "donvichinh"]
            }
        }
    }

    private(set) var position: [Field: Int] = [:]

    subscript(_ field: Field) -> Int? { position[field] }

    /// The columns of `header`; a code column not found, or a field found twice, stops the import.
    static func recognise(_ header: [String], file: String) -> Result<ReformColumns, EditorError> {
        var columns = ReformColumns()
        for (k, cell) in header.enumerated() {
            let key = UnitListColumns.key(cell)
            guard let field = Field.allCases.first(where: { $0.keys.contains(key) }) else { continue }
            if let first = columns.position[field] {
                return .failure(EditorError("the columns “\(header[first])” (column \(first + 1)) and “\(cell)” (column \(k + 1)) of \(file) are both “\(field.official)”",
                                            hint: "keep one of them, or rename the other"))
            }
            columns.position[field] = k
        }
        if let missing = [Field.oldCode, .newCode].first(where: { columns.position[$0] == nil }) {
            return .failure(EditorError("no column of \(file) is “\(missing.official)”",
                                        hint: "the map needs the columns “Mã PX cũ” and “Mã PX mới”; “Tên cũ”, “Tên mới” and “Chính” may be there too"))
        }
        return .success(columns)
    }

    /// "x", "có", "1": the row's new unit is the one the old unit's figures continue in.
    static func isPrincipal(_ cell: String) -> Bool? {
        switch VietnameseCollation.folded(cell).trimmingWhitespace() {
        case "x", "co", "1", "chinh", "c", "yes", "true": return true
        case "", "0", "khong", "k", "no", "false", "-": return false
        default: return nil
        }
    }
}
