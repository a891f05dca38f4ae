import MinhBachCore

/// WordprocessingML written as text: paragraphs with their run properties, borderless tables,
/// a short rule. Every text is escaped (`xmlEscaped`) and keeps its spaces (a blank number
/// "Số:       /TB-UBND" is spaces the office types into).
struct NoticeXML {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    struct Style {
        var align: String? = nil
        var bold = false
        var italic = false
        /// Half-points: 28 is 14 pt.
        var size = 28
        /// Space after, in twentieths of a point (6 pt by default, the decree's least).
        var after = 120
        /// First-line indent in twentieths of a point (720: 1.27 cm).
        var firstLine = 0
    }

    private(set) var text = ""

    mutating func raw(_ s: String) { text += s }

    mutating func paragraph(_ line: String, style: Style) {
        text += "<w:p><w:pPr>"
        text += "<w:spacing w:before=\"0\" w:after=\"\(style.after)\" w:line=\"276\" w:lineRule=\"auto\"/>"
        if style.firstLine > 0 { text += "<w:ind w:firstLine=\"\(style.firstLine)\"/>" }
        if let align = style.align { text += "<w:jc w:val=\"\(align)\"/>" }
        let run = runProperties(style)
        text += "<w:rPr>\(run)</w:rPr></w:pPr>"
        if !line.isEmpty { text += "<w:r><w:rPr>\(run)</w:rPr><w:t xml:space=\"preserve\">\(xmlEscaped(line))</w:t></w:r>" }
        text += "</w:p>"
    }

    private func runProperties(_ style: Style) -> String {
        (style.bold ? "<w:b/><w:bCs/>" : "") + (style.italic ? "<w:i/><w:iCs/>" : "") + "<w:sz w:val=\"\(style.size)\"/><w:szCs w:val=\"\(style.size)\"/>"
    }

    /// The short line under a name or a motto: an empty paragraph's top border, narrowed by
    /// `indent` on each side and so centred under the text.
    mutating func rule(indent: Int) {
        text += "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
        text += "<w:spacing w:before=\"80\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/>"
        text += "<w:ind w:left=\"\(indent)\" w:right=\"\(indent)\"/><w:jc w:val=\"center\"/><w:rPr><w:sz w:val=\"8\"/></w:rPr></w:pPr></w:p>"
    }

    mutating func tableStart(widths: [Int]) {
        text += "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
        text += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"nil\"/>" }.joined()
        text += "</w:tblBorders><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
        text += "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
        text += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        text += "</w:tblGrid><w:tr>"
    }

    mutating func cellStart(_ width: Int) { text += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>" }
    mutating func cellEnd() { text += "</w:tc>" }
    mutating func tableEnd() { text += "</w:tr></w:tbl>" }
}
