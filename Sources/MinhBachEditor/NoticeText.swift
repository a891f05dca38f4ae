import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// What the monthly notice says, drafted from one unit's result for one month: the heading of
/// an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I), the body from the figures,
/// the recipients and the signature block. How Word lays it out is `NoticeDocx`'s business; the
/// same body as Markdown (`markdown`) is what an editor pastes back as the result file's text.
///
///     let text = NoticeText(result: r, unit: u, parent: p, standing: s, siblings: kinds, index: i, language: .vi)
///     text.subject   // "V/v công bố kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 6/2023"
public struct NoticeText: Sendable, Equatable {
    /// One block of the body, each a paragraph of the document and of the Markdown.
    public enum Block: Sendable, Equatable {
        case paragraph(String)
        /// A bold lead-in line ("Điểm từng nhóm tiêu chí:").
        case heading(String)
        /// Lines introduced by a dash.
        case items([String])
        /// Lines numbered 1., 2., … (the requirements).
        case numbered([String])
    }

    public var language: DiagnosticLanguage
    /// The authority above the issuer ("UBND THỊ XÃ HÒA THÀNH"); nil for a unit without a parent.
    public var parentAuthority: String?
    /// The issuer ("UBND PHƯỜNG HIỆP TÂN").
    public var authority: String
    /// "Số: 87/UBND", or a blank number for the office to fill in.
    public var number: String
    /// The national name and motto, the two lines at the top right.
    public var nation: String
    public var motto: String
    /// "Hiệp Tân, ngày 05 tháng 7 năm 2023", or its day left blank.
    public var placeAndDate: String
    /// "THÔNG BÁO".
    public var kind: String
    public var subject: String
    public var body: [Block]
    public var recipientsHeading: String
    public var recipients: [String]
    /// "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH": the name under it is left for the signer.
    public var signature: [String]

    /// The subject and the body as Markdown, for the result file's text below its front matter.
    public var markdown: String {
        var parts = [subject + "."]
        for block in body {
            switch block {
            case .paragraph(let text): parts.append(text)
            case .heading(let text): parts.append("**\(text)**")
            case .items(let lines): parts.append(lines.map { "- " + $0 }.joined(separator: "\n"))
            case .numbered(let lines): parts.append(lines.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n"))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}

extension NoticeText {
    /// The notice of `result`, the figures of `unit` (child of `parent`) for its month.
    ///
    /// - Parameter standing: the unit's standing that month, for its rank (the portal's, else
    ///   the one computed in a complete month; none is said to be missing).
    /// - Parameter siblingKinds: the kinds of the units it is ranked among ("xã", "phường"), for
    ///   "xếp hạng 7/8 xã, phường".
    public init(result: ResultRecord, unit: MinhBachContent.Unit, parent: MinhBachContent.Unit?, standing: Standing?,
                siblingKinds: [String], index: IndexDefinition, provisional: Bool, language: DiagnosticLanguage) {
        let w = NoticeWords(language: language, unit: unit, parent: parent, period: result.period)
        self.language = language
        parentAuthority = parent.map(w.authority)
        authority = w.authority(unit)
        number = w.number(result.document?.number)
        nation = w.nation
        motto = w.motto
        placeAndDate = w.placeAndDate(result.document?.date)
        kind = w.kind
        subject = w.subject(index)
        var draft = NoticeBody(words: w, result: result, index: index)
        draft.opening(standing: standing, siblingKinds: siblingKinds, provisional: provisional)
        draft.groups()
        draft.lostPoints()
        draft.overdue()
        draft.requirements()
        draft.closing()
        body = draft.blocks
        recipientsHeading = w.recipientsHeading
        recipients = w.recipients
        signature = w.signature
    }
}
