import MinhBachCore

/// Which columns of the statistics office's list of administrative units hold what. The
/// office's export names them "Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX,
/// Cấp, Tên Tiếng Anh"; other exports write "Tỉnh / Thành phố", "Phường / Xã", or drop the
/// diacritics: a header is recognised by its letters and digits alone, without diacritics.
struct UnitListColumns: Equatable {
    enum Field: String, CaseIterable {
        case provinceName, provinceCode, districtName, districtCode, communeName, communeCode, level
        /// A commune's centroid in decimal degrees, when the list gives it (`vietnamadminunits`' does).
        case latitude, longitude

        /// The header as the statistics office writes it, for messages.
        var official: String {
            switch self {
            case .provinceName: return "Tỉnh / Thành phố"
            case .provinceCode: return "Mã TP"
            case .districtName: return "Quận / Huyện"
            case .districtCode: return "Mã QH"
            case .communeName: return "Phường / Xã"
            case .communeCode: return "Mã PX"
            case .level: return "Cấp"
            case .latitude: return "Vĩ độ"
            case .longitude: return "Kinh độ"
            }
        }

        /// The headers that name the field, as `UnitListColumns.key` gives them.
        var keys: Set<String> {
            switch self {
            case .provinceName: return ["tinhthanhpho", "tinhtp", "tinh", "tentinh", "tentinhthanhpho"]
            case .provinceCode: return ["matp", "matinh", "matinhthanhpho"]
            case .districtName: return ["quanhuyen", "huyen", "tenquanhuyen", "quanhuyenthixa"]
            case .districtCode: return ["maqh", "mahuyen", "maquanhuyen"]
            case .communeName: return ["phuongxa", "xaphuong", "xa", "tenphuongxa", "phuongxathitran"]
            case .communeCode: return ["mapx", "maxa", "maphuongxa"]
            case .level: return ["cap"]
            case .latitude: return ["vido", "lat", "latitude"]
            case .longitude: return ["kinhdo", "lon", "lng", "long", "longitude"]
            }
        }
    }

    /// The column of each field found, from 0.
    private(set) var position: [Field: Int] = [:]

    subscript(_ field: Field) -> Int? { position[field] }

    var hasDistricts: Bool { position[.districtName] != nil }

    /// "Tỉnh / Thành phố", "TỈNH THÀNH PHỐ" and "Tinh Thanh Pho" → "tinhthanhpho".
    static func key(_ header: String) -> String {
        String(VietnameseCollation.folded(header).filter { $0.isLetter || $0.isNumber })
    }

    /// The columns of `header`; a field needed and not found, or found twice, stops the import.
    static func recognise(_ header: [String], file: String) -> Result<UnitListColumns, EditorError> {
        var columns = UnitListColumns()
        for (k, cell) in header.enumerated() {
            let key = key(cell)
            guard let field = Field.allCases.first(where: { $0.keys.contains(key) }) else { continue }
            if let first = columns.position[field] {
                return .failure(EditorError("the columns “\(header[first])” (column \(first + 1)) and “\(cell)” (column \(k + 1)) of \(file) are both “\(field.official)”",
                                            hint: "keep one of them, or rename the other"))
            }
            columns.position[field] = k
        }
        var needed: [Field] = [.provinceName, .provinceCode, .communeName, .communeCode]
        // Districts come with their codes, or not at all: a district is told from another of its
        // name (there are twenty "Huyện Châu Thành") only by its code.
        if columns.position[.districtName] != nil || columns.position[.districtCode] != nil { needed += [.districtName, .districtCode] }
        // Coordinates too: a latitude alone places nothing.
        if columns.position[.latitude] != nil || columns.position[.longitude] != nil { needed += [.latitude, .longitude] }
        if let missing = needed.first(where: { columns.position[$0] == nil }) {
            return .failure(EditorError("no column of \(file) is “\(missing.official)”",
                                        hint: "the list needs the columns “Tỉnh / Thành phố”, “Mã TP”, “Phường / Xã” and “Mã PX”; “Quận / Huyện” with “Mã QH”, “Vĩ độ” with “Kinh độ”, and “Cấp”, may be there too"))
        }
        return .success(columns)
    }
}
