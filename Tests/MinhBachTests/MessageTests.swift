import Testing
import MinhBachCore

/// A `Message` is shown in the editor's language with its values where the pattern (or its
/// translation) puts them, and nothing else of the text changed.
@Suite("Messages")
struct MessageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let message: Message
        let en: String
        let vi: String
        var testDescription: String { name }
    }

    static let folder = "Bảng{1}"
    static func phrase(_ m: Message) -> Message { m }

    static let cases: [Case] = [
        Case(name: "a value that reads like a placeholder is shown as it is",
             message: "cannot read the table in \(folder + "/t.csv"): \("Permission denied")",
             en: "cannot read the table in Bảng{1}/t.csv: Permission denied",
             vi: "không đọc được bảng trong Bảng{1}/t.csv: Permission denied"),
        Case(name: "a message among the values is translated too, singular and plural alike",
             message: "\(phrase("\(1) error")), \(phrase("\(2) warnings"))",
             en: "1 error, 2 warnings", vi: "1 lỗi, 2 cảnh báo"),
        Case(name: "braces that are not placeholders stay",
             message: "check that every {{#section}} is closed by a matching {{/section}}",
             en: "check that every {{#section}} is closed by a matching {{/section}}",
             vi: "kiểm tra mỗi {{#section}} đều được đóng bằng {{/section}} tương ứng"),
        Case(name: "a figure is written as the language writes decimals",
             message: "`score` is \(Figure(units: 712_000)), outside 0–\(Figure(100))",
             en: "`score` is 71.2, outside 0–100", vi: "`score` là 71,2, nằm ngoài khoảng 0–100"),
        Case(name: "a measured time too, to the decimals asked for; a text that reads like a number stays as written",
             message: "\("Site 1.5")/ is up to date: content and theme are unchanged since the last build (\(159) files), in \(0.0912, decimals: 2) s",
             en: "Site 1.5/ is up to date: content and theme are unchanged since the last build (159 files), in 0.09 s",
             vi: "Site 1.5/ đã cập nhật: nội dung và giao diện không đổi kể từ lần tạo trước (159 tệp), trong 0,09 giây"),
        Case(name: "a placeholder without its value stays",
             message: Message(pattern: "{0} and {1} and {x}", values: [.text("a")]),
             en: "a and {1} and {x}", vi: "a and {1} and {x}"),
    ]

    @Test(arguments: cases)
    func aMessageReadsInEachLanguage(_ c: Case) {
        #expect(c.message.text(in: .en) == c.en)
        #expect(c.message.text(in: .vi) == c.vi)
    }
}
