import MinhBachCore

extension ReformImporter {
    /// One row of the map: an old unit, and a new unit it went into.
    struct MapRow {
        let line: Int
        let oldCode: String
        let oldName: String?
        let newCode: String
        let newName: String?
        /// nil when the map has no “Chính” column.
        let principal: Bool?
    }

    /// The rows of a map, and what is wrong with them (an empty code, a “Chính” cell that
    /// says neither yes nor no), each at its line and column.
    struct MapRows {
        let columns: ReformColumns
        let header: [String]
        private(set) var rows: [MapRow] = []
        private(set) var problems: [Diagnostic] = []

        static func read(_ path: String) -> Result<MapRows, EditorError> {
            let csv: CSVReader
            switch Importer.readCSV(path) {
            case .success(let read): csv = read
            case .failure(let e): return .failure(e)
            }
            guard let header = csv.records.first?.fields.map({ $0.trimmingWhitespace() }) else {
                return .failure(EditorError("the map in \(path) is empty", hint: "a row for each old unit and a new unit it went into, under the headers “Mã PX cũ” and “Mã PX mới”"))
            }
            switch ReformColumns.recognise(header, file: path) {
            case .failure(let e): return .failure(e)
            case .success(let columns):
                var rows = MapRows(columns: columns, header: header)
                rows.problems = csv.problems.map { Importer.quoteDiagnostic($0, header: header, file: path) }
                for record in csv.records.dropFirst() { rows.read(record, file: path) }
                return .success(rows)
            }
        }

        func at(_ file: String, _ line: Int, _ field: ReformColumns.Field) -> SourceLocation {
            SourceLocation(file: file, line: line, column: (columns[field] ?? 0) + 1)
        }

        private mutating func read(_ record: CSVReader.Record, file: String) {
            let cells = record.fields.map { $0.trimmingWhitespace() }
            guard cells.contains(where: { !$0.isEmpty }) else { return }
            func cell(_ field: ReformColumns.Field) -> String? {
                columns[field].map { $0 < cells.count ? cells[$0] : "" }
            }
            var bad = false
            for field in [ReformColumns.Field.oldCode, .newCode] where cell(field)?.isEmpty != false {
                problems.append(.error(.missingField, at: at(file, record.line, field), "the cell “\(header[columns[field]!])” is empty",
                                       hint: "every row is an old unit and a new unit it went into, each with its code"))
                bad = true
            }
            var principal: Bool?
            if let text = cell(.principal) {
                principal = ReformColumns.isPrincipal(text)
                if principal == nil {
                    problems.append(.error(.badValue, at: at(file, record.line, .principal), "“\(header[columns[.principal]!])” is “\(text)”, neither yes nor no",
                                           hint: "write x (or “có”) in the row of the new unit the old unit’s figures continue in, and leave the others empty"))
                    bad = true
                }
            }
            guard !bad else { return }
            rows.append(MapRow(line: record.line, oldCode: cell(.oldCode)!, oldName: cell(.oldName).flatMap { $0.isEmpty ? nil : $0 },
                               newCode: cell(.newCode)!, newName: cell(.newName).flatMap { $0.isEmpty ? nil : $0 }, principal: principal))
        }
    }
}
