import MinhBachCore

/// A dossier's receipt code (mã số hồ sơ, "mã biên nhận" in notices), as Circular
/// 01/2018/TT-VPCP (art. 19) defines it: `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX`, the receiving
/// agency's identifier (the four groups of Circular 10/2016/TT-BTTTT's mã định danh), the
/// receipt date and the dossier's four-digit number of that day. Notices often drop the first
/// hyphen (the seed writes `000.21.35.H53230612-0005`); the agency's last group is always a
/// letter and two digits, so the date that follows is found either way, and both spellings
/// are one dossier, compared and shown in the canonical form `000.21.35.H53-230612-0005`.
///
/// The identifier's groups are read as `UnitCodeKind` reads one (capital letters and digits);
/// the circular fixes their lengths (3, 2, 2, 3), which is what catches a digit lost in copying.
public struct ReceiptCode: Sendable, Hashable {
    public let agency: String
    public let day: Day
    public let sequence: String
    /// The date as the code writes it, `230612`.
    let yymmdd: String

    public var canonical: String { "\(agency)-\(yymmdd)-\(sequence)" }

    public enum Problem: Error, Sendable, Equatable {
        /// Not agency, date and number in the circular's form.
        case form
        /// The form is right but its six digits are no date (`230631`).
        case impossibleDate(String)
    }

    public static func parse(_ text: String) -> Result<ReceiptCode, Problem> {
        let chars = Array(text.unicodeScalars)
        guard let last = chars.lastIndex(of: "-") else { return .failure(.form) }
        let sequence = String(String.UnicodeScalarView(chars[(last + 1)...]))
        var head = Array(chars[..<last])
        guard head.count >= 6 else { return .failure(.form) }
        let date = String(String.UnicodeScalarView(head.suffix(6)))
        head.removeLast(6)
        if head.last == "-" { head.removeLast() }
        let agency = String(String.UnicodeScalarView(head))
        guard isAgency(agency), sequence.utf8.count == 4, isDigits(sequence), isDigits(date) else { return .failure(.form) }
        let n = Array(date.utf8).map { Int($0 - UInt8(ascii: "0")) }
        guard let day = Day(year: 2000 + n[0] * 10 + n[1], month: n[2] * 10 + n[3], day: n[4] * 10 + n[5]) else {
            return .failure(.impossibleDate(date))
        }
        return .success(ReceiptCode(agency: agency, day: day, sequence: sequence, yymmdd: date))
    }

    /// `000.21.35.H53`: groups of 3, 2 and 2 capitals or digits, then a capital and two digits.
    static func isAgency(_ s: String) -> Bool {
        let groups = s.split(separator: ".", omittingEmptySubsequences: false).map { Array($0.utf8) }
        guard groups.map(\.count) == [3, 2, 2, 3] else { return false }
        func isCapital(_ c: UInt8) -> Bool { c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") }
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        return groups.dropLast().allSatisfy { $0.allSatisfy { isCapital($0) || isDigit($0) } }
            && isCapital(groups[3][0]) && isDigit(groups[3][1]) && isDigit(groups[3][2])
    }

    static func isDigits(_ s: String) -> Bool { s.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
}
