import Foundation
import MinhBachCore
import MinhBachContent
import MinhBachMarkdown
import Yams

/// `minhbach import`: turns the table an office exports from the portal (one row per unit)
/// into result files: recognises the portal's Vietnamese headers and units, and checks every
/// figure as the build would. Every data line of the table is accounted for: it becomes a
/// file, or an error names it, or a warning says why it was skipped (empty, a total row).
public struct Importer {
    public struct Options: Sendable {
        public var content: String
        public var csv: String
        public var period: String
        public var parent: String?
        public var mapping: String?
        public var write: Bool
        public var force: Bool
        /// The sheet of an `.xlsx` workbook, by name or number from 1; nil for the first.
        public var sheet: String?
        /// Refuse a table with a header that maps to no field, rather than leave its column out.
        public var strict: Bool

        public init(content: String, csv: String, period: String, parent: String? = nil, mapping: String? = nil,
                    write: Bool = false, force: Bool = false, sheet: String? = nil, strict: Bool = false) {
            self.content = content; self.csv = csv; self.period = period; self.parent = parent
            self.mapping = mapping; self.write = write; self.force = force; self.sheet = sheet; self.strict = strict
        }
    }

    public enum Action: String, Sendable { case create, unchanged, update, refuse }

    public struct Row: Sendable {
        public let line: Int
        public let unit: String
        public let unitName: String
        public let path: String
        public let action: Action
        public let text: String
    }

    public struct Outcome: Sendable {
        public var rows: [Row] = []
        /// Rows that matched no unit, bad figures, refused changes, unbalanced quotes (errors)
        /// and skipped lines (warnings, `import-skipped`): with the CSV line, in line order.
        public var problems: [Diagnostic] = []
        public var written: [String] = []
        /// Each header of the table and the field it was read into (or why not).
        public var mapping: Mapping?
    }

    /// What a column of the table holds.
    enum Column: Equatable {
        case name, code, score, rank, group(String), indicator(String)
        /// Read by no field: a row number ("STT") or a column mapped to `ignore`.
        case ignored
        /// A header the import does not know: left out, or refused with `--strict`.
        case unmapped
        /// The site's own downloads (`du-lieu/YYYY-MM.csv`): the unit's slug, the month, the
        /// published rank's "of", whether a group was computed and whether the figures are
        /// illustrative are read back; what the build computes (the rank shown, coverage) is not.
        case slug, period, rankOf, groupSource(String), sample, derived
        /// What a revised result's figures were before (`revised_from_score`, …): the editor's
        /// record in the result file, which a table's import neither writes nor changes.
        case revision
        /// A key of another edition of the index than the month's (the site's CSV has every
        /// edition's columns): empty for this month, and not read.
        case otherEdition
        /// A criterion's points, and the two counts its ratio is of.
        case criterion(String), numerator(String), denominator(String)

        /// As a mapping file names it.
        var key: String {
            switch self {
            case .name: return "name"
            case .code: return "code"
            case .score: return "score"
            case .rank: return "rank"
            case .group(let k): return "groups.\(k)"
            case .indicator(let k): return "indicators.\(k)"
            case .criterion(let k): return "criteria.\(k)"
            case .numerator(let k): return "criteria.\(k).numerator"
            case .denominator(let k): return "criteria.\(k).denominator"
            case .ignored, .unmapped, .derived, .revision, .otherEdition: return "ignore"
            case .slug: return "unit"
            case .period: return "period"
            case .rankOf: return "of"
            case .groupSource(let k): return "groups.\(k).source"
            case .sample: return "sample"
            }
        }
    }

    /// The import, step by step: the table read, its columns recognised, each row turned into a
    /// result file and checked as the build checks files, then (with `--write`, and only when
    /// no row has an error) the files written.
    ///
    /// - Parameter mapped: told the table's mapping as soon as its header is found, before any
    ///   row is read or any error about the table, so that an editor sees first what went where.
    public static func run(_ o: Options, mapped: (Mapping) -> Void = { _ in }) -> Result<Outcome, EditorError> {
        guard let period = Period(o.period) else {
            return .failure(EditorError("`\(o.period)` is not a month written as YYYY-MM", hint: "for example --period 2023-06"))
        }
        var content: ContentSet
        switch Importer.site(o.content) {
        case .success(let read): content = read
        case .failure(let e): return .failure(e)
        }
        // The table's columns are the groups and criteria of the month's edition of the index.
        let editions = content.index.acrossEditions
        content.index = content.index.inForce(period)
        let table: Table, candidates: [MinhBachContent.Unit]
        switch readTable(o, content: content, editions: editions, mapped: mapped).flatMap({ t in units(o, content: content).map { (t, $0) } }) {
        case .success(let found): (table, candidates) = found
        case .failure(let e): return .failure(e)
        }
        var outcome = Outcome()
        outcome.mapping = table.mapping
        outcome.problems = table.quoteProblems.map { quoteDiagnostic($0, header: table.header, file: o.csv) } + table.titleLines
        let rows = RowMaker(options: o, period: period, content: content, table: table, units: candidates)
        for record in table.rows {
            let made = rows.make(record)
            if let row = made.row { outcome.rows.append(row) }
            outcome.problems += made.problems
        }
        outcome.problems = outcome.problems.sortedForReport()
        // Nothing is written while any row has a problem: an import is all or nothing.
        if o.write && !outcome.problems.contains(where: { $0.severity == .error }) {
            switch write(outcome.rows) {
            case .success(let written): outcome.written = written
            case .failure(let e): return .failure(e)
            }
        }
        return .success(outcome)
    }

    /// The site an editor command works on: its content, read as the build reads it, or why
    /// it cannot be (`check` says more).
    static func site(_ folder: String) -> Result<ContentSet, EditorError> {
        guard let content = ContentLoader.load(from: folder).content else {
            return .failure(EditorError("site.yaml or index.yaml cannot be read", hint: "run `minhbach check` to see why"))
        }
        return .success(content)
    }

    /// A CSV file as spreadsheets save it: UTF-8 with or without a byte-order mark, commas or semicolons.
    static func readCSV(_ path: String) -> Result<CSVReader, EditorError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(EditorError("cannot read \(path)"))
        }
        guard var text = String(data: data, encoding: .utf8) else {
            return .failure(EditorError("\(path) is not UTF-8 text", hint: "in Excel, save as “CSV UTF-8 (Comma delimited)”"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(CSVReader(text, delimiter: delimiter(of: text)))
    }

    /// The units a row may name: all, or the children of `--parent`.
    static func units(_ o: Options, content: ContentSet) -> Result<[MinhBachContent.Unit], EditorError> {
        guard let parent = o.parent else { return .success(content.units) }
        guard content.units.contains(where: { $0.slug == parent }) else {
            return .failure(EditorError("there is no unit `\(parent)`\(NearMiss.phrase(for: parent, among: content.units.map(\.slug)))"))
        }
        return .success(content.units.filter { $0.parent == parent })
    }

    /// The rows' files written, each whole (folders made as needed); the paths written.
    static func write(_ rows: [Row]) -> Result<[String], EditorError> {
        var written: [String] = []
        for row in rows where row.action == .create || row.action == .update {
            let folder = (row.path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            do {
                try row.text.write(toFile: row.path, atomically: true, encoding: .utf8)
                written.append(row.path)
            } catch {
                return .failure(EditorError("cannot write \(row.path): \(error.localizedDescription)"))
            }
        }
        return .success(written)
    }

    /// A semicolon-separated export (Excel in Vietnamese settings writes those) or a comma-separated one.
    static func delimiter(of text: String) -> UInt8 {
        let header = text.utf8.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        let semicolons = header.count { $0 == UInt8(ascii: ";") }, commas = header.count { $0 == UInt8(ascii: ",") }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// An unbalanced quote, at the line where its cell began, naming the cell's column.
    static func quoteDiagnostic(_ p: CSVReader.Problem, header: [String], file: String) -> Diagnostic {
        let column = p.column < header.count && !header[p.column].isEmpty ? header[p.column] : "#\(p.column + 1)"
        let at = SourceLocation(file: file, line: p.line, column: 1)
        switch p.kind {
        case .unclosedQuote:
            return .error(.importUnclosedQuote, at: at, "the cell of column “\(column)” that begins with a quote on line \(p.line) has no closing quote",
                          hint: "a cell that begins with \" must end with \"; correct it in the spreadsheet and save the table again")
        case .textAfterQuote:
            return .error(.importUnclosedQuote, at: at, "the cell of column “\(column)” that begins with a quote on line \(p.line) has text after its closing quote",
                          hint: "inside a quoted cell a quote is written twice (\"\"); correct the cell in the spreadsheet and save the table again")
        }
    }

    /// Why a line of the table is not a unit's row, if it is not: it is empty, or a total.
    /// A total is said by the first filled cell, or by the name's cell when the row numbers
    /// ("STT") run on into it.
    static func skipped(_ cells: [String], code: String?, name: String? = nil, at location: SourceLocation) -> Diagnostic? {
        guard let first = cells.lazy.map({ $0.trimmingWhitespace() }).first(where: { !$0.isEmpty }) else {
            return .warning(.importSkipped, at: location, "skipped: the line is empty")
        }
        guard code == nil, let total = [first, name].compactMap({ $0 }).first(where: { totalWords.contains(comparableWords($0)) }) else { return nil }
        return .warning(.importSkipped, at: location, "skipped: “\(total)” is a total or average row, not a unit")
    }

    /// What the first filled cell of a total or average row says ("Tổng cộng", "Trung bình").
    static let totalWords: Set<String> = ["tong cong", "tong", "cong", "tong so", "trung binh", "binh quan"]

    /// "Phường Hiệp Tân", "UBND phường Hiệp Tân" and "HIỆP TÂN" are the same unit.
    static func comparableName(_ name: String) -> String {
        var words = VietnameseCollation.folded(name).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if words.first == "ubnd" { words.removeFirst() }
        for prefix in [["thi", "tran"], ["thi", "xa"], ["phuong"], ["xa"], ["tinh"], ["thanh", "pho"]]
            where words.count > prefix.count && Array(words.prefix(prefix.count)) == prefix {
            words.removeFirst(prefix.count)
            break
        }
        return words.joined(separator: " ")
    }

    /// The name without its kind, in lower case, its marks kept: "UBND xã Tân Thạnh" → "tân
    /// thạnh", which is not "tân thành".
    static func markedName(_ name: String) -> String {
        var words = name.lowercased().precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.first == "ubnd" { words.removeFirst() }
        let joined = words.joined(separator: " ")
        return (UnitKind.split(joined)?.rest ?? joined).lowercased()
    }

    static func classify(_ header: String, index: IndexDefinition, mapping: [String: String], editions: IndexDefinition? = nil) -> Column {
        let raw = header.trimmingWhitespace()
        if let site = siteColumn(raw, index: index) { return site }
        if let editions, siteColumn(raw, index: editions) != nil { return .otherEdition }
        if let key = mapping[raw] ?? mapping[VietnameseCollation.folded(raw)] {
            switch key {
            case "score": return .score
            case "rank": return .rank
            case "name": return .name
            case "code": return .code
            case "ignore": return .ignored
            default:
                if index.group(key) != nil { return .group(key) }
                if index.indicator(key) != nil { return .indicator(key) }
                return criterionColumn(mapped: key, index: index) ?? .unmapped
            }
        }
        // "Tỷ lệ hồ sơ nộp trực tuyến (%)": the name, and the unit in brackets if any.
        var unit: String?
        var name = raw
        if let open = raw.lastIndex(of: "("), let close = raw.lastIndex(of: ")"), open < close {
            unit = VietnameseCollation.folded(String(raw[raw.index(after: open)..<close])).trimmingWhitespace()
            name = String(raw[..<open])
        }
        let folded = comparableWords(name)
        switch folded {
        case "tong diem", "diem", "tong", "tong diem dat duoc": return .score
        case "xep hang", "hang", "thu hang": return .rank
        case "ten don vi", "don vi", "ten": return .name
        case "ma dinh danh", "ma", "ma don vi": return .code
        case "stt", "so thu tu": return .ignored
        default: break
        }
        let indicators = index.indicators.filter { comparableWords($0.name) == folded }
        let groups = index.groups.filter { comparableWords($0.name) == folded }
        let criterion = index.groups.lazy.flatMap(\.criteria).first { comparableWords($0.name) == folded }
        if let criterion, let unit, let counts = countColumn(unit, criterion.key) { return counts }
        // "(18đ)", "(18 điểm)": points, so a group or a criterion, never an indicator of the
        // same name; an office's own sheet may name the group by its short name or initials.
        if let unit, let points = pointsUnit(unit) {
            if let g = groups.first ?? group(named: folded, max: points, in: index) { return .group(g.key) }
            if let criterion { return .criterion(criterion.key) }
            return .unmapped
        }
        if let unit, unit != "diem" {
            if let i = indicators.first(where: { VietnameseCollation.folded($0.unit) == unit }) ?? indicators.first { return .indicator(i.key) }
        }
        if let g = groups.first { return .group(g.key) }
        if let criterion { return .criterion(criterion.key) }
        if let i = indicators.first { return .indicator(i.key) }
        return .unmapped
    }

    /// "diem", "18d", "18 diem", "2,5d" (folded): a column of points, with the maximum when given.
    static func pointsUnit(_ unit: String) -> Figure?? {
        if unit == "diem" || unit == "d" { return .some(nil) }
        for suffix in [" diem", "diem", " d", "d"] where unit.hasSuffix(suffix) {
            if case .success(let max) = Figure.parse(String(unit.dropLast(suffix.count)).trimmingWhitespace()) { return .some(max) }
        }
        return nil
    }

    /// The group a sheet names by its short name ("Công khai") or the initials of its name
    /// ("CKMB" for "Công khai, minh bạch"), and whose maximum is `max` when the header gives
    /// one. Asked only of a header that says it holds points ("(18đ)"), and nil when two
    /// groups would fit: a column is never given to a field by a guess.
    static func group(named folded: String, max: Figure?, in index: IndexDefinition) -> IndexGroup? {
        let byShort = index.groups.filter { $0.short.map(comparableWords) == folded }
        if byShort.count == 1, max == nil || byShort[0].max == max { return byShort[0] }
        guard !folded.contains(" "), folded.count >= 2 else { return nil }
        let byInitials = index.groups.filter { g in
            String(comparableWords(g.name).split(separator: " ").compactMap(\.first)) == folded && (max == nil || g.max == max)
        }
        return byInitials.count == 1 ? byInitials[0] : nil
    }

    static func comparableWords(_ s: String) -> String {
        VietnameseCollation.folded(s).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    static func sameFigures(_ a: ResultRecord, _ b: ResultRecord) -> Bool {
        a.score == b.score && a.groups == b.groups && a.indicators == b.indicators
            && a.criteria == b.criteria && a.numerators == b.numerators && a.denominators == b.denominators
            && (b.publishedRank == nil || (a.publishedRank == b.publishedRank && a.publishedOf == b.publishedOf))
    }

    /// With --force: the imported figures, and the existing file's other fields and text.
    static func merged(existingPath: String, imported: String) -> String {
        guard let existing = try? String(contentsOfFile: existingPath, encoding: .utf8),
              case .success(let old) = FrontMatter.split(existing),
              case .success(let new) = FrontMatter.split(imported) else { return imported }
        let figureKeys: Set<String> = ["score", "rank", "of", "groups", "indicators", "criteria"]
        var kept: [String] = []
        var skipping = false
        for line in old.yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let isTop = !(line.first?.isWhitespace ?? true) && line.first != "-"
            if isTop {
                let key = String(line.prefix { $0 != ":" })
                skipping = figureKeys.contains(key) || key == "source" && new.yaml.contains("\nsource:")
            }
            if !skipping && !line.hasPrefix("# Nhập từ ") { kept.append(String(line)) }
        }
        let newLines = new.yaml.split(separator: "\n").filter { !$0.hasPrefix("source:") }.map(String.init)
        return "---\n" + (newLines + kept.filter { !$0.isEmpty }).joined(separator: "\n") + "\n---\n\n" + old.body
    }

    static func readMapping(_ file: String) -> Result<[String: String], EditorError> {
        // The same bound on aliases as content files: the mapping file is YAML too.
        if let text = try? String(contentsOfFile: file, encoding: .utf8), let at = YAMLAliases.overflow(in: text) {
            return .failure(EditorError("the mapping file \(file) uses aliases that stand for more than \(YAMLAliases.limit) values (line \(at.line))",
                                        hint: "write one line per column: \"Header in the table\": key"))
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8),
              let node = try? Yams.compose(yaml: text), case .mapping(let m) = node else {
            return .failure(EditorError("cannot read the mapping file \(file)", hint: "write one line per column: \"Header in the table\": key"))
        }
        var map: [String: String] = [:]
        for (k, v) in m {
            if let k = k.string, let v = v.string { map[k.trimmingWhitespace()] = v.trimmingWhitespace() }
        }
        return .success(map)
    }
}
