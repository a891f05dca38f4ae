import Foundation
import MinhBachCore
import ZIPFoundation

/// How Word lays the notice out, as Nghị định 30/2020/NĐ-CP (Phụ lục I) sets an administrative
/// document: A4, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; at the
/// top a borderless table of two columns, the issuer and its number on the left, the national
/// name, the motto and the place and date on the right; the kind and the subject centred in
/// bold; the body justified in 14 pt; at the bottom the recipients (11 pt) beside the signature.
///
/// The same text gives the same bytes: the ZIP entries are written in one order, dated
/// 1 January 1980 (the earliest a ZIP date can say), with fixed permissions, and the document
/// properties carry no time.
public enum NoticeDocx {
    /// The parts of the package, in the order they are written.
    public static let partNames = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
                                   "word/document.xml", "word/styles.xml"]

    /// The `.docx` file's bytes.
    public static func bytes(_ text: NoticeText) throws -> [UInt8] {
        let parts = [NoticePackage.contentTypes, NoticePackage.packageRelations, NoticePackage.core(text),
                     NoticePackage.documentRelations, document(text), NoticePackage.styles(text.language)]
        let archive = try ZIPFoundation.Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: 315_532_800)
        for (name, part) in zip(partNames, parts) {
            let data = Data(part.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// word/document.xml.
    static func document(_ t: NoticeText) -> String {
        var x = NoticeXML()
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        x.raw("<w:document xmlns:w=\"\(NoticeXML.wordNamespace)\"><w:body>")
        heading(t, into: &x)
        x.paragraph("", style: .init())
        x.paragraph(t.kind, style: .init(align: "center", bold: true, size: 28, after: 0))
        x.paragraph(t.subject, style: .init(align: "center", bold: true, size: 28, after: 0))
        x.rule(indent: 3000)
        for block in t.body { body(block, into: &x) }
        closing(t, into: &x)
        // A4 (210 × 297 mm in twentieths of a point) and the decree's margins.
        x.raw("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
        x.raw("<w:pgMar w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>")
        x.raw("</w:sectPr></w:body></w:document>")
        return x.text
    }

    /// The two columns at the top: a row for the issuer beside the nation, a row for the number
    /// beside the place and date, so that those two stand on one line as the decree shows them.
    static func heading(_ t: NoticeText, into x: inout NoticeXML) {
        x.tableStart(widths: [3800, 5554])
        x.cellStart(3800)
        if let parent = t.parentAuthority { x.paragraph(parent, style: .init(align: "center", size: 26, after: 0)) }
        x.paragraph(t.authority, style: .init(align: "center", bold: true, size: 26, after: 0))
        x.rule(indent: 1200)
        x.cellEnd()
        x.cellStart(5554)
        x.paragraph(t.nation, style: .init(align: "center", bold: true, size: 26, after: 0))
        x.paragraph(t.motto, style: .init(align: "center", bold: true, size: 28, after: 0))
        x.rule(indent: 1080)
        x.cellEnd()
        x.raw("</w:tr><w:tr>")
        x.cellStart(3800)
        x.paragraph(t.number, style: .init(align: "center", size: 26, after: 0))
        x.cellEnd()
        x.cellStart(5554)
        x.paragraph(t.placeAndDate, style: .init(align: "center", italic: true, size: 28, after: 0))
        x.cellEnd()
        x.tableEnd()
    }

    static func body(_ block: NoticeText.Block, into x: inout NoticeXML) {
        let text = NoticeXML.Style(align: "both", size: 28, firstLine: 720)
        switch block {
        case .paragraph(let line): x.paragraph(line, style: text)
        case .heading(let line): x.paragraph(line, style: .init(align: "both", bold: true, size: 28, firstLine: 720))
        case .items(let lines): for line in lines { x.paragraph("- " + line, style: text) }
        case .numbered(let lines): for (i, line) in lines.enumerated() { x.paragraph("\(i + 1). " + line, style: text) }
        }
    }

    /// The recipients on the left, the signature on the right, with room to sign.
    static func closing(_ t: NoticeText, into x: inout NoticeXML) {
        x.paragraph("", style: .init())
        x.tableStart(widths: [4400, 4954])
        x.cellStart(4400)
        x.paragraph(t.recipientsHeading, style: .init(bold: true, italic: true, size: 24, after: 0))
        for line in t.recipients { x.paragraph(line, style: .init(size: 22, after: 0)) }
        x.cellEnd()
        x.cellStart(4954)
        for line in t.signature { x.paragraph(line, style: .init(align: "center", bold: true, size: 28, after: 0)) }
        for _ in 0..<4 { x.paragraph("", style: .init(align: "center", size: 28, after: 0)) }
        x.cellEnd()
        x.tableEnd()
    }
}
