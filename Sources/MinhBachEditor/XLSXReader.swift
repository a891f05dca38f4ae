import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads one sheet of an Excel workbook (`.xlsx`) as the rows the CSV path reads: each row
/// with its number in the sheet (row 7 is "line" 7, so a message can name the cell "C7") and
/// its cells by column, an absent or empty cell an empty string (missing, never 0).
///
/// The workbook is a zip of XML parts (ECMA-376): `xl/workbook.xml` lists the sheets in their
/// order, `xl/_rels/workbook.xml.rels` says which part holds each, `xl/sharedStrings.xml` holds
/// the text cells point into, and `xl/styles.xml` says which cells are shown as percentages
/// (the portal's "98,5%" is stored as 0.985 with a percent format).
///
/// The XML is read with Foundation's own `XMLParser` (FoundationXML on Linux, over libxml2)
/// rather than SWXMLHash: SWXMLHash is a tree built over the same parser, and the parts read
/// here are flat lists (rows of cells, strings) that a few callbacks collect without keeping a
/// tree of a sheet that may hold ten thousand units.
struct XLSXReader {
    let records: [CSVReader.Record]
    /// The sheet read, as the workbook names it.
    let sheet: String

    enum Failure: Error, Equatable {
        /// Not a zip, or a zip without a workbook.
        case notAWorkbook
        /// `--sheet` named no sheet; the names the workbook has.
        case noSuchSheet(String, [String])
        /// A part that cannot be read (damaged, or not XML).
        case damaged(String)
    }

    /// - Parameter sheet: a sheet's name, or its number from 1, as `--sheet` gives it; nil for the first.
    init(path: String, sheet wanted: String?) throws(Failure) {
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch { throw .notAWorkbook }
        guard let workbook = try? XLSXReader.part("xl/workbook.xml", in: archive) else { throw .notAWorkbook }
        let sheets = XMLCollector.collect(workbook, elements: ["sheet"])
        let names = sheets.map { $0.attributes["name"] ?? "" }
        let chosen: Int?
        if let wanted {
            chosen = names.firstIndex(of: wanted) ?? Int(wanted).flatMap { (1...names.count).contains($0) ? $0 - 1 : nil }
        } else {
            chosen = names.isEmpty ? nil : 0
        }
        guard let k = chosen else { throw .noSuchSheet(wanted ?? "1", names) }
        let relation = sheets[k].attributes["r:id"] ?? sheets[k].attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
        let rels = (try? XLSXReader.part("xl/_rels/workbook.xml.rels", in: archive)).map {
            XMLCollector.collect($0, elements: ["Relationship"])
        } ?? []
        let target = rels.first { $0.attributes["Id"] == relation }?.attributes["Target"] ?? "worksheets/sheet\(k + 1).xml"
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let sheetData = try? XLSXReader.part(sheetPath, in: archive) else { throw .damaged(sheetPath) }
        let strings = (try? XLSXReader.part("xl/sharedStrings.xml", in: archive)).map(SharedStrings.read) ?? []
        let percents = (try? XLSXReader.part("xl/styles.xml", in: archive)).map(XLSXReader.percentStyles) ?? []
        guard let rows = SheetRows.read(sheetData, strings: strings, percentStyles: percents) else { throw .damaged(sheetPath) }
        records = rows
        sheet = names[k]
    }

    /// Whether the file begins as a zip does ("PK\u{3}\u{4}"): an `.xlsx` saved under another name.
    static func isZip(_ data: Data) -> Bool {
        data.count >= 4 && Array(data.prefix(4)) == [0x50, 0x4B, 0x03, 0x04]
    }

    /// A part's bytes, up to `partLimit`: a national month's sheet (3,321 communes, 40
    /// columns) is under 5 MB, and a zip that unpacks to gigabytes is no table to read.
    static func part(_ path: String, in archive: Archive, limit: Int = partLimit) throws -> Data {
        guard let entry = archive[path], entry.uncompressedSize <= limit else { throw Failure.damaged(path) }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { chunk in
            // The size the zip declares may lie: count what comes out.
            guard data.count + chunk.count <= limit else { throw Failure.damaged(path) }
            data.append(chunk)
        }
        return data
    }

    static let partLimit = 256 << 20

    /// The column's letters of a reference, as a number from 0: "C7" → 2, "AA1" → 26.
    static func column(of reference: String) -> Int? {
        var n = 0
        var letters = 0
        for ch in reference.unicodeScalars {
            guard ch.value >= 65 && ch.value <= 90 else { break }
            n = n * 26 + Int(ch.value - 64)
            letters += 1
        }
        return letters == 0 ? nil : n - 1
    }

    /// The letters of column `k` (from 0): 2 → "C", 26 → "AA".
    static func letters(_ k: Int) -> String {
        var n = k + 1, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// The indices (in `cellXfs`) of the cell styles whose number format shows a percentage:
    /// the built-in formats 9 and 10 ("0%", "0.00%") and any custom format with a "%".
    static func percentStyles(_ data: Data) -> Set<Int> {
        let found = XMLCollector.collect(data, elements: ["numFmt", "xf", "cellXfs"])
        var customPercent: Set<Int> = [9, 10]
        for e in found where e.name == "numFmt" {
            if let id = e.attributes["numFmtId"].flatMap(Int.init), e.attributes["formatCode"]?.contains("%") == true { customPercent.insert(id) }
        }
        // Only the `xf`s inside `cellXfs` count: those in `cellStyleXfs` come before it.
        guard let start = found.firstIndex(where: { $0.name == "cellXfs" }) else { return [] }
        var styles: Set<Int> = []
        for (i, e) in found[found.index(after: start)...].filter({ $0.name == "xf" }).enumerated() {
            if let id = e.attributes["numFmtId"].flatMap(Int.init), customPercent.contains(id) { styles.insert(i) }
        }
        return styles
    }
}

/// Elements of a flat XML part with their attributes, in document order.
final class XMLCollector: NSObject, XMLParserDelegate {
    struct Element { let name: String; let attributes: [String: String] }
    let wanted: Set<String>
    var found: [Element] = []

    init(wanted: Set<String>) { self.wanted = wanted }

    static func collect(_ data: Data, elements: Set<String>) -> [Element] {
        let collector = XMLCollector(wanted: elements)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        _ = parser.parse()
        return collector.found
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if wanted.contains(name) { found.append(Element(name: name, attributes: attributes)) }
    }
}

/// `xl/sharedStrings.xml`: each `si` is one text, its runs (`r/t`) joined; the phonetic
/// guides (`rPh`) of East Asian text are not part of it.
final class SharedStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current: String?
    var inText = false
    var phonetic = 0

    static func read(_ data: Data) -> [String] {
        let reader = SharedStrings()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        _ = parser.parse()
        return reader.strings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "rPh": phonetic += 1
        case "t": inText = phonetic == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current? += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current ?? ""); current = nil
        case "rPh": phonetic -= 1
        case "t": inText = false
        default: break
        }
    }
}

/// A worksheet's `sheetData`: rows (`row r="7"`) of cells (`c r="C7" t="s" s="3"` with a value
/// `v`, or inline text `is/t`).
final class SheetRows: NSObject, XMLParserDelegate {
    let strings: [String]
    let percentStyles: Set<Int>
    var records: [CSVReader.Record] = []
    var row: [Int: String] = [:]
    var rowNumber = 0
    var cellColumn = 0
    var cellType = ""
    var cellStyle: Int?
    var value: String?
    var inValue = false

    init(strings: [String], percentStyles: Set<Int>) {
        self.strings = strings
        self.percentStyles = percentStyles
    }

    static func read(_ data: Data, strings: [String], percentStyles: Set<Int>) -> [CSVReader.Record]? {
        let reader = SheetRows(strings: strings, percentStyles: percentStyles)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { return nil }
        return reader.records
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row":
            // A row without its number follows the one before it.
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            row = [:]
            cellColumn = -1
        case "c":
            cellColumn = attributes["r"].flatMap(XLSXReader.column(of:)) ?? cellColumn + 1
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap(Int.init)
            value = nil
        case "v", "t":
            inValue = true
            if value == nil { value = "" }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value? += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": inValue = false
        case "c": if let text = cellText() { row[cellColumn] = text }
        case "row":
            let width = (row.keys.max() ?? -1) + 1
            records.append(CSVReader.Record(line: rowNumber, fields: (0..<width).map { row[$0] ?? "" }))
        default: break
        }
    }

    /// The cell as the sheet shows it, for the import to read as it reads a CSV cell: text as
    /// it is, a number without the float noise of its storage ("69.810000000000002" is 69.81),
    /// a percentage as "98.5%".
    func cellText() -> String? {
        guard let value else { return nil }
        switch cellType {
        case "s": return Int(value).flatMap { $0 < strings.count ? strings[$0] : nil }
        case "inlineStr", "str": return value
        case "b": return value == "1" ? "TRUE" : "FALSE"
        case "e": return value
        default:
            guard let number = Double(value) else { return value }
            if let s = cellStyle, percentStyles.contains(s) { return SheetRows.shortest(number * 100) + "%" }
            return value.count > 15 ? SheetRows.shortest(number) : value
        }
    }

    /// A stored double as the fewest digits that give it back, at most 15 significant.
    static func shortest(_ x: Double) -> String {
        var s = String(format: "%.15g", x)
        if s.contains("."), !s.contains("e") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
