import Testing

/// A YAML syntax error as libyaml finds it, said in the editor's language and pointed at what
/// is to be fixed: the key without its `:`, the quote or bracket left open.
@Suite("YAML syntax errors, translated and placed")
struct YAMLSyntaxErrorTests {
    static let results = "Content/results/2023-06/an.md"

    static let cases: [BadFile] = [
        BadFile(name: "a line that is not `key: value` (the key's line, not the next one)", file: results,
                text: "---\nscore: 80\nnhận xét tốt\nrank: 1\nof: 3\n---\n",
                expected: "\(results):3:1: error: YAML syntax error: could not find expected ':' (while scanning a simple key that starts here; found on line 4, column 1)",
                vi: "\(results):3:1: lỗi: cú pháp YAML sai: không tìm thấy dấu `:` sau khóa: mỗi dòng phải có dạng `khóa: giá trị` (khi đọc khóa bắt đầu tại đây; phát hiện ở dòng 4, cột 1)"),
        BadFile(name: "a list left open", file: results, text: "---\nscore: 80\ngroups: [cong-khai: 1\n---\n",
                expected: "\(results):3:9: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence that starts here; found on line 4, column 1)",
                vi: "\(results):3:9: lỗi: cú pháp YAML sai: thiếu dấu `,` hoặc `]`: danh sách mở bằng `[` chưa được đóng (khi đọc danh sách `[ ]` bắt đầu tại đây; phát hiện ở dòng 4, cột 1)"),
        BadFile(name: "a quote left open", file: results, text: "---\nscore: 80\nsummary: \"Tốt\nrank: 1\n---\n",
                expected: "\(results):3:10: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar that starts here; found on line 4, column 8)",
                vi: "\(results):3:10: lỗi: cú pháp YAML sai: hết tệp mà dấu ngoặc kép còn chưa đóng (khi đọc văn bản trong dấu ngoặc kép bắt đầu tại đây; phát hiện ở dòng 4, cột 8)"),
        BadFile(name: "`: ` inside a value", file: results, text: "---\nscore: 80\nsummary: Ghi chú: tốt\n---\n",
                expected: "\(results):3:17: error: YAML syntax error: mapping values are not allowed in this context",
                vi: "\(results):3:17: lỗi: cú pháp YAML sai: không được có `: ` ở đây: một giá trị chứa `: ` phải đặt trong dấu ngoặc kép, hoặc thụt lề chưa đúng"),
        BadFile(name: "a value starting with @", file: results, text: "---\nscore: 80\nsummary: @ubnd\n---\n",
                expected: "\(results):3:10: error: YAML syntax error: found character that cannot start any token (while scanning for the next token)",
                vi: "\(results):3:10: lỗi: cú pháp YAML sai: có ký tự không được đứng đầu một giá trị (như `@` hay dấu tab); hãy đặt giá trị trong dấu ngoặc kép (khi đọc giá trị tiếp theo)"),
        BadFile(name: "an unknown escape in double quotes", file: results, text: "---\nscore: 80\nsummary: \"C:\\Tài liệu\"\n---\n",
                expected: "\(results):3:13: error: YAML syntax error: found unknown escape character (while parsing a quoted scalar)",
                vi: "\(results):3:13: lỗi: cú pháp YAML sai: có dấu `\\` trước một ký tự không được phép: trong dấu ngoặc kép, viết `\\\\` cho một dấu `\\`, hoặc dùng dấu ngoặc đơn (khi đọc văn bản trong dấu ngoặc kép)"),
        BadFile(name: "a key indented out of line", file: results, text: "---\nscore: 80\n  rank: 1\n---\n",
                expected: "\(results):3:7: error: YAML syntax error: mapping values are not allowed in this context",
                vi: "\(results):3:7: lỗi: cú pháp YAML sai: không được có `: ` ở đây: một giá trị chứa `: ` phải đặt trong dấu ngoặc kép, hoặc thụt lề chưa đúng"),
        BadFile(name: "an alias never defined", file: results, text: "---\nscore: 80\nsummary: *ghi-chu\n---\n",
                expected: "\(results):3:10: error: YAML syntax error: found undefined alias",
                vi: "\(results):3:10: lỗi: cú pháp YAML sai: có `*tên` mà chưa có `&tên` nào trước đó: giá trị bắt đầu bằng `*` phải đặt trong dấu ngoặc kép"),
    ]

    @Test(arguments: cases)
    func reportsTheMistake(_ bad: BadFile) {
        let site = TemporarySite()
        defer { site.cleanUp() }
        bad.expectReported(in: site)
    }
}
