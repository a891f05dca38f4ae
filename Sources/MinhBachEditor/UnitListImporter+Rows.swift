import MinhBachCore
import MinhBachContent

extension UnitListImporter {
    /// The units the rows name: each row's commune, and its province and district the first
    /// time a row names them. A province or district named again must have the same name
    /// under the same code; a commune's code must not be on two rows.
    struct RowReader {
        let columns: UnitListColumns
        let header: [String]
        let file: String
        private(set) var units: [ListedUnit] = []
        private(set) var problems: [Diagnostic] = []
        private var byKey: [String: Int] = [:]

        init(columns: UnitListColumns, header: [String], file: String) {
            self.columns = columns
            self.header = header
            self.file = file
        }

        mutating func read(_ record: CSVReader.Record) {
            let cells = record.fields.map { $0.trimmingWhitespace() }
            guard cells.contains(where: { !$0.isEmpty }) else {
                problems.append(.warning(.importSkipped, at: SourceLocation(file: file, line: record.line, column: 1), "skipped: the line is empty"))
                return
            }
            func cell(_ field: UnitListColumns.Field) -> String? {
                columns[field].map { $0 < cells.count ? cells[$0] : "" }
            }
            var empty: [UnitListColumns.Field] = []
            for field in [UnitListColumns.Field.provinceName, .provinceCode, .districtName, .districtCode, .communeName, .communeCode]
                where cell(field)?.isEmpty == true { empty.append(field) }
            guard empty.isEmpty else {
                for field in empty {
                    problems.append(.error(.missingField, at: at(record.line, field), "the cell “\(header[columns[field]!])” is empty",
                                           hint: "every row is one commune, with its province’s name and code and its own"))
                }
                return
            }
            guard let province = add(.province, name: cell(.provinceName)!, code: cell(.provinceCode)!, parent: nil, line: record.line,
                                     columns: (.provinceName, .provinceCode), level: nil) else { return }
            var parent = province
            if columns.hasDistricts {
                guard let district = add(.district, name: cell(.districtName)!, code: cell(.districtCode)!, parent: province,
                                         line: record.line, columns: (.districtName, .districtCode), level: nil) else { return }
                parent = district
            }
            let coordinates = self.coordinates(latitude: cell(.latitude), longitude: cell(.longitude), line: record.line)
            if let key = add(.commune, name: cell(.communeName)!, code: cell(.communeCode)!, parent: parent, line: record.line,
                             columns: (.communeName, .communeCode), level: cell(.level)), let i = byKey[key] {
                units[i].coordinates = coordinates
            }
        }

        /// The commune's centroid, from cells both filled or both empty, each a number of
        /// degrees within Vietnam; nil, after a problem, otherwise.
        private mutating func coordinates(latitude: String?, longitude: String?, line: Int) -> Coordinates? {
            guard let latitude, let longitude, !(latitude.isEmpty && longitude.isEmpty) else { return nil }
            var degrees: [Figure] = []
            for (field, text, range) in [(UnitListColumns.Field.latitude, latitude, Coordinates.latitudes), (.longitude, longitude, Coordinates.longitudes)] {
                let column = header[columns[field]!]
                if text.isEmpty {
                    let other = header[columns[field == .latitude ? .longitude : .latitude]!]
                    problems.append(.error(.missingField, at: at(line, field), "the cell “\(column)” is empty, but “\(other)” is not",
                                           hint: "a commune's place needs both cells, or neither"))
                } else if case .success(let value) = Figure.parse(text, roundingExtraDecimals: true) {
                    if range.contains(value) { degrees.append(value); continue }
                    let message: Message = field == .latitude
                        ? "the cell “\(column)” is \(value), outside Vietnam, which lies within \(range.lowerBound)–\(range.upperBound) °N"
                        : "the cell “\(column)” is \(value), outside Vietnam, which lies within \(range.lowerBound)–\(range.upperBound) °E"
                    problems.append(.error(.outOfRange, at: at(line, field), message,
                                           hint: "check that the columns of latitude (north) and longitude (east) are not swapped"))
                } else {
                    problems.append(.error(.notANumber, at: at(line, field), "the cell “\(column)” is “\(text)”, not a number of degrees",
                                           hint: "write decimal degrees, like 11.2868 or 106.1052, not degrees and minutes (11°17′)"))
                }
            }
            return degrees.count == 2 ? Coordinates(lat: degrees[0], lon: degrees[1]) : nil
        }

        /// The unit's key, once it is known; nil after a problem with it.
        private mutating func add(_ level: UnitLevel, name: String, code: String, parent: String?, line: Int,
                                  columns fields: (name: UnitListColumns.Field, code: UnitListColumns.Field), level cell: String?) -> String? {
            let key = ListedUnit.key(level, code)
            if let i = byKey[key] {
                let first = units[i]
                if level == .commune {
                    problems.append(.error(.importDuplicate, at: at(line, fields.code), "the code \(code) is on line \(first.line) already (“\(first.name)”)",
                                           hint: "every commune is on one row only"))
                    return nil
                }
                guard first.name == name, first.parentKey == parent else {
                    let column = header[columns[fields.code]!]
                    let what: Message = first.name == name ? "\(column) \(code) is under another unit on line \(first.line)"
                                                           : "\(column) \(code) is “\(first.name)” on line \(first.line), “\(name)” here"
                    problems.append(.error(.importDuplicate, at: at(line, first.name == name ? fields.code : fields.name), what,
                                           hint: "a code names one unit: correct the name or the code"))
                    return nil
                }
                return key
            }
            switch UnitKind.of(name, level: level, cell: cell) {
            case .failure(let refusal):
                problems.append(.error(.badValue, at: at(line, cell?.isEmpty == false ? .level : fields.name), refusal.message,
                                       hint: "a name begins with its kind, as in “Phường Thanh Điền” or “Tỉnh Tây Ninh”"))
                return nil
            case .success(let (kind, rest)):
                byKey[key] = units.count
                units.append(ListedUnit(level: level, name: name, kind: kind, rest: rest, code: code, parentKey: parent,
                                        line: line, column: columns[fields.name]! + 1, codeColumn: columns[fields.code]! + 1))
                return key
            }
        }

        private func at(_ line: Int, _ field: UnitListColumns.Field) -> SourceLocation {
            SourceLocation(file: file, line: line, column: (columns[field] ?? 0) + 1)
        }
    }
}
