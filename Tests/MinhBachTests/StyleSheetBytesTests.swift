import Testing
@testable import MinhBachRender

/// The built-in stylesheet is served without comments and indentation, and nothing else.
@Suite("The stylesheet as served")
struct StyleSheetBytesTests {
    @Test(arguments: [
        ("/* why */\na { color: red; }\n", "a { color: red; }\n"),
        ("@media (min-width: 40rem) {\n  a { b: c; }\n}\n", "@media (min-width: 40rem) {\na { b: c; }\n}\n"),
        ("a::before { content: \"/* not a comment */\"; }\n", "a::before { content: \"/* not a comment */\"; }\n"),
        ("a { b: c; } /* after */\n\n\nd { e: f; }\n", "a { b: c; } \nd { e: f; }\n"),
        ("a { content: 'it\\'s'; } /*\n  two lines\n*/\nb { c: d; }\n", "a { content: 'it\\'s'; } \nb { c: d; }\n"),
    ])
    func dropsCommentsAndIndentationOnly(_ css: String, _ served: String) {
        #expect(String(decoding: StyleSheetBytes.compact(Array(css.utf8)), as: UTF8.self) == served)
    }
}
