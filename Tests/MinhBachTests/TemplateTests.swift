import Testing
@testable import MinhBachRender

@Suite("Templates")
struct TemplateTests {
    func render(_ source: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> String {
        var library = Template.Library()
        for (name, text) in partials { library.templates[name] = try Template(text) }
        return try Template(source).render(context, library: library)
    }

    @Test func variablesAreEscapedUnlessTripled() throws {
        #expect(try render("{{a}}|{{{a}}}|{{&a}}", ["a": "<b>\"x\" & 'y'</b>"]) ==
                "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;|<b>\"x\" & 'y'</b>|<b>\"x\" & 'y'</b>")
        #expect(try render("[{{missing}}]", [:]) == "[]")
    }

    @Test func sectionsIterateTestAndLookOutward() throws {
        let context: [String: Any] = ["rows": [["name": "An"], ["name": "Bình", "sample": true]], "sample": false,
                                      "title": "T", "empty": [[String: Any]](), "flag": true]
        #expect(try render("{{#rows}}{{name}}{{#sample}}*{{/sample}}/{{title}};{{/rows}}", context) == "An/T;Bình*/T;")
        #expect(try render("{{^empty}}none{{/empty}}{{#flag}} yes{{/flag}}{{^flag}} no{{/flag}}", context) == "none yes")
        #expect(try render("{{#list}}<{{.}}>{{/list}}", ["list": ["a", "b"]]) == "<a><b>")
    }

    @Test func dottedNamesAndStringDictionaries() throws {
        // Dictionaries of strings (as Swift infers them for literals) are read as they are.
        let i18n: [String: String] = ["home": "Trang chủ"]
        #expect(try render("{{i18n.home}}|{{summary.asOf}}|{{summary.none}}", ["i18n": i18n, "summary": ["asOf": "15:10"]]) ==
                "Trang chủ|15:10|")
        #expect(try render("{{#months}}{{title}} {{/months}}", ["months": [["title": "6/2023"], ["title": "7/2023"]] as [[String: String]]]) ==
                "6/2023 7/2023 ")
    }

    @Test func standaloneTagLinesLeaveNoBlankLines() throws {
        #expect(try render("<ul>\n{{#rows}}\n<li>{{.}}</li>\n{{/rows}}\n</ul>\n", ["rows": ["a", "b"]]) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    }

    @Test func partialsAndParentsWithBlocks() throws {
        let partials = ["layout": "<main>{{$main}}default{{/main}}</main>{{$foot}}F{{/foot}}", "row": "[{{name}}]"]
        #expect(try render("{{<layout}}{{$main}}{{#rows}}{{>row}}{{/rows}}{{/main}}{{/layout}}", ["rows": [["name": "An"]]], partials: partials) ==
                "<main>[An]</main>F")
    }

    @Test(arguments: [
        ("a\n{{#x}}\nb", 2, 1, "{{#x}} is never closed by {{/x}}"),
        ("{{#x}}{{/y}}", 1, 7, "expected {{/x}} but found {{/y}}"),
        ("ab\ncd {{name", 2, 4, "a tag opened here is never closed with }}"),
    ])
    func syntaxErrorsNameTheirPlace(source: String, line: Int, column: Int, message: String) {
        do {
            _ = try Template(source)
            Issue.record("accepted \(source)")
        } catch let e as Template.SyntaxError {
            #expect(e.message == message)
            #expect(e.line == line)
            #expect(e.column == column)
        } catch {
            Issue.record("\(error)")
        }
    }
}
