import Testing
@testable import MinhBachRender

@Suite("Templates")
struct TemplateTests {
    func render(_ source: String, _ context: Object, partials: [String: String] = [:], text: [String: String] = [:]) throws -> String {
        var library = Template.Library()
        for (name, source) in partials { library.templates[name] = try Template(source).resolvingInterfaceText(text) }
        return try Template(source).resolvingInterfaceText(text).render(context, library: library)
    }

    @Test func variablesAreEscapedUnlessTripled() throws {
        #expect(try render("{{name}}|{{{name}}}|{{&name}}", [.name: "<b>\"x\" & 'y'</b>"]) ==
                "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;|<b>\"x\" & 'y'</b>|<b>\"x\" & 'y'</b>")
        #expect(try render("[{{title}}]", [:]) == "[]")
        // A name that no page sets shows nothing, like a missing key.
        #expect(try render("[{{noSuchKey}}{{#noSuchKey}}x{{/noSuchKey}}{{^noSuchKey}}none{{/noSuchKey}}]", [.name: "A"]) == "[none]")
    }

    @Test func sectionsIterateTestAndLookOutward() throws {
        let context: Object = [.rows: .list([[.name: "An"], [.name: "Bình", .sample: true]] as [Object]), .sample: false,
                               .title: "T", .empty: .list([Value]()), .current: true]
        #expect(try render("{{#rows}}{{name}}{{#sample}}*{{/sample}}/{{title}};{{/rows}}", context) == "An/T;Bình*/T;")
        #expect(try render("{{^empty}}none{{/empty}}{{#current}} yes{{/current}}{{^current}} no{{/current}}", context) == "none yes")
        #expect(try render("{{#lowGroups}}<{{.}}>{{/lowGroups}}", [.lowGroups: .texts(["a", "b"])]) == "<a><b>")
    }

    @Test func dottedNamesAndInterfaceText() throws {
        #expect(try render("{{i18n.home}}|{{summary.asOf}}|{{summary.note}}|{{i18n.none}}", [.summary: .object([.asOf: "15:10"])],
                           text: ["home": "Trang chủ & <b>"]) == "Trang chủ &amp; &lt;b&gt;|15:10||")
        #expect(try render("{{#i18n.home}}[{{.}}]{{/i18n.home}}{{^i18n.none}}-{{/i18n.none}}", [:], text: ["home": "Nhà"]) == "[Nhà]-")
        #expect(try render("{{#months}}{{title}} {{/months}}", [.months: .list([[.title: "6/2023"], [.title: "7/2023"]] as [Object])]) ==
                "6/2023 7/2023 ")
    }

    @Test func standaloneTagLinesLeaveNoBlankLines() throws {
        #expect(try render("<ul>\n{{#rows}}\n<li>{{.}}</li>\n{{/rows}}\n</ul>\n", [.rows: .texts(["a", "b"])]) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    }

    @Test func partialsAndParentsWithBlocks() throws {
        let partials = ["layout": "<main>{{$main}}default{{/main}}</main>{{$foot}}F{{/foot}}", "row": "[{{name}}]"]
        #expect(try render("{{<layout}}{{$main}}{{#rows}}{{>row}}{{/rows}}{{/main}}{{/layout}}", [.rows: .list([[.name: "An"]] as [Object])], partials: partials) ==
                "<main>[An]</main>F")
    }

    @Test func aPartialThatIncludesItselfForEverStopsInsteadOfOverflowingTheStack() throws {
        // Sections look outward, so `name` is found again at every level: only the limit of
        // 32 includes inside one another ends it (the build crashed here, exit 139).
        #expect(try render("{{>x}}", [.name: "A"], partials: ["x": "{{#name}}<{{>x}}{{/name}}"]) == String(repeating: "<", count: 32))
    }

    @Test func settingAKeyAgainReplacesItAndNilRemovesIt() {
        var o: Object = [.name: "A", .title: "T"]
        o[.name] = "B"
        o[.title] = nil
        #expect(o[.name]?.string == "B" && !o.has(.title) && o.keys == [.name])
        #expect(o.filled([.name, .note]).keys == [.name, .note])
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
