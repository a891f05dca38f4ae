import MinhBachCore
import MinhBachContent

/// What the import says about a row's cells: in the table's words (its headers as written, a
/// sheet's cell names), not in those of the result file it would write.
extension Importer.RowMaker {
    /// A problem the check of a row's result file found, said at the row and the cell the field
    /// came from: the field's key replaced by the column's header, a sheet's cell named ("C7"),
    /// and an empty cell said to be empty with advice for the spreadsheet rather than for a
    /// Markdown file.
    func atCell(_ d: Diagnostic, unit: MinhBachContent.Unit, line: Int) -> Diagnostic {
        let k = Importer.column(of: d.field, in: table.columns).map { $0 - 1 }
        let at = SourceLocation(file: o.csv, line: line, column: (k ?? 0) + 1)
        guard let k else { return Diagnostic(.error, d.code, at: at, field: d.field, "\(unit.name): \(d.text)", hint: d.hintText) }
        let header = table.headerText(k)
        let place: Message = table.cellName(k, line: line).map { "\(unit.name), cell \($0)" } ?? "\(unit.name)"
        if d.code == .missingField {
            let hint: Message = table.columns[k] == .score
                ? "write the unit’s total score in the spreadsheet and save the table again; a unit without a score this month has no row"
                : "write the figure in the spreadsheet and save the table again, or leave out the row"
            return .error(.importEmptyCell, at: at, field: d.field, "\(place): the cell of column “\(header)” is empty", hint: hint)
        }
        let text = Importer.replacing(d.field ?? "", with: header, in: d.text)
        let hint: Message? = [.notANumber, .wrongType].contains(d.code)
            ? "write it in the spreadsheet like 69,81 or 69.81, without units or thousands separators; leave the cell empty if the figure was not published"
            : d.hintText
        return Diagnostic(.error, d.code, at: at, field: d.field, "\(place): \(text)", hint: hint)
    }
}

extension Importer {
    /// The message with every value that is the field's key (`indicators.nop-truc-tuyen`)
    /// shown as the header instead.
    static func replacing(_ key: String, with header: String, in message: Message) -> Message {
        Message(pattern: message.pattern, values: message.values.map { value in
            switch value {
            case .text(let s) where s == key: return .text(header)
            case .text, .number: return value
            case .message(let m): return .message(replacing(key, with: header, in: m))
            }
        })
    }

    /// A figure as the editor reads it in the file written: "72.5" (a workbook's number, or a
    /// table with decimal points) as "72,5". The loader reads both alike, so the meaning is
    /// the same; anything but digits around one point is left as it is, for the check to name.
    static func figure(_ cell: String) -> String {
        let parts = cell.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return cell }
        return parts.joined(separator: ",")
    }

    /// "98,5%", "98,5 %" and "98.5%": a percentage with its sign, as spreadsheets show it.
    static func withoutPercentSign(_ cell: String) -> String {
        guard cell.hasSuffix("%") else { return cell }
        return String(cell.dropLast()).trimmingWhitespace()
    }

    /// "Xã Tân Phú (`tan-phu`, under `hoa-thanh`), Xã Tân Phú (…)": each unit a message, so
    /// that the list is said in the language of the rest.
    static func listed(_ units: [MinhBachContent.Unit]) -> Message {
        let items: [Message] = units.map { u in
            u.parent.map { "\(u.name) (`\(u.slug)`, under `\($0)`)" } ?? "\(u.name) (`\(u.slug)`, without a parent)"
        }
        return Message(pattern: items.indices.map { "{\($0)}" }.joined(separator: ", "), values: items.map { .message($0) })
    }

    /// Where an existing file's figures and a row's differ, each as "“Tổng điểm”: 80 → 81"
    /// (the file's value, then the table's; "—" where one has none), named by the column's
    /// header, or the field's key when the table has no column for it.
    static func differences(_ file: ResultRecord, _ row: ResultRecord, table: Table) -> [String] {
        func name(_ c: Column, _ key: String) -> String {
            table.columns.firstIndex(of: c).map { "“\(table.headerText($0))”" } ?? "`\(key)`"
        }
        func shown(_ f: Figure?) -> String { f?.description ?? "—" }
        var out: [String] = []
        if file.score != row.score { out.append("\(name(.score, "score")): \(file.score) → \(row.score)") }
        if row.publishedRank != nil, file.publishedRank != row.publishedRank || file.publishedOf != row.publishedOf {
            func rank(_ r: ResultRecord) -> String { r.publishedRank.map { "\($0)/\(r.publishedOf.map(String.init) ?? "—")" } ?? "—" }
            out.append("\(name(.rank, "rank")): \(rank(file)) → \(rank(row))")
        }
        let maps: [(String, [String: Figure], [String: Figure], (String) -> Column)] = [
            ("groups", file.groups, row.groups, Column.group),
            ("criteria", file.criteria, row.criteria, Column.criterion),
            ("criteria.numerator", file.numerators, row.numerators, Column.numerator),
            ("criteria.denominator", file.denominators, row.denominators, Column.denominator),
            ("indicators", file.indicators, row.indicators, Column.indicator),
        ]
        for (prefix, a, b, column) in maps {
            for key in Set(a.keys).union(b.keys).sorted() where a[key] != b[key] {
                let parts = prefix.split(separator: ".")
                let field = parts.count == 2 ? "\(parts[0]).\(key).\(parts[1])" : "\(prefix).\(key)"
                out.append("\(name(column(key), field)): \(shown(a[key])) → \(shown(b[key]))")
            }
        }
        return out
    }
}
