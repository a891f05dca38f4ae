import Foundation
import Testing
import Yams
@testable import MinhBachContent

/// The fast front-matter reader must read every document it accepts exactly as Yams does,
/// positions included (they are what error messages point at), and leave the rest to Yams.
@Suite("Block YAML")
struct BlockYAMLTests {
    func yams(_ text: String) -> YAMLNode? {
        (try? Yams.compose(yaml: text, .basic, .default, .utf8))?.map(YAMLNode.init) ?? nil
    }

    @Test func everyFrontMatterOfTheSampleSiteIsReadFastAndAsYamsReadsIt() throws {
        var checked = 0
        let content = repositoryRoot + "/Content"
        let files = FileManager.default.enumerator(atPath: content)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }
        for file in files {
            let text = try String(contentsOfFile: content + "/" + file, encoding: .utf8)
            guard case .success(let fm) = FrontMatter.split(text) else { continue }
            let fast = BlockYAML.parse(fm.yaml)
            #expect(fast != nil, "\(file) is not read by the fast reader")
            #expect(fast == yams(fm.yaml), "\(file)")
            checked += 1
        }
        #expect(checked > 40)
    }

    static let accepted = [
        "score: 69,81\nrank: 7\nof: 8\n",
        "score: \"69,81\"\nnote: 'it''s done' # a comment\n# a whole-line comment\n\nsample: yes",
        "groups:\n  cong-khai: 9,25\n  tien-do: 13,69\nindicators:\n    qua-han: 3\n",
        "overdue:\n  - code: 000.21.35.H53-230612-0005\n    received: 2023-06-12\n  - code: X\nsource: https://dichvucong.gov.vn/p/home#top\n",
        "overdue:\n- code: A\n  note: late\n- code: B\nafter: 1",
        "overdue: []\ndocument: {}\nnote:\nsigner: \"Đỗ Thu Dũng\"\n",
        "list:\n  - một\n  - \"hai\"\n  - -3\nnote: a#b c:d-e [x] {y}\nescaped: \"say \\\"00\\\" \\\\ a/b \\/\"",
        "name: Phường Hiệp Tân\nkind: phường\nparent:  \n",
        "a:\n  b:\n    c: 1\n  d: 2\ne:",
        "a: 1\nb:\n",
    ]

    @Test(arguments: accepted)
    func acceptedDocumentsMatchYams(_ text: String) {
        let fast = BlockYAML.parse(text)
        #expect(fast != nil)
        #expect(fast == yams(text))
    }

    /// Outside the subset: multi-line values, block scalars, flow collections with content,
    /// anchors, tags, escapes, tabs, duplicate keys, odd indentation and syntax errors.
    static let leftToYams = [
        "note: first line\n  second line\n",
        "body: |\n  text\n",
        "body: >\n  text\n",
        "groups: {a: 1, b: 2}\n",
        "list: [1, 2]\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: \"tab\\there\"\n",
        "a: \"\\u00e9\"\n",
        "a:\tb\n",
        "a: 1\na: 2\n",
        "a: 1\n b: 2\n",
        "a:\n    b: 1\n  c: 2\n",
        "a: b: c\n",
        "a: b:\n",
        "\"quoted key\": 1\n",
        "? complex\n: value\n",
        "- a\n- b\n",
        "a: 'unclosed\n",
        "a: \"x\" y\n",
        "list:\n  -\n    a: 1\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "",
        "# only a comment\n",
    ]

    @Test(arguments: leftToYams)
    func documentsOutsideTheSubsetAreLeftToYams(_ text: String) {
        #expect(BlockYAML.parse(text) == nil)
    }

    @Test func positionsCountCharactersAsLibyamlDoes() throws {
        let text = "tên đơn vị: Phường Hiệp Tân\nnhóm:\n  điểm: \"9,25\"\n"
        let root = try #require(BlockYAML.parse(text))
        #expect(root == yams(text))
        guard case .mapping(let pairs) = root.content else { Issue.record("not a mapping"); return }
        #expect((pairs[0].value.line, pairs[0].value.column) == (1, 13))
        guard case .mapping(let inner) = pairs[1].value.content else { Issue.record("not a mapping"); return }
        #expect((inner[0].value.line, inner[0].value.column) == (3, 9))
    }

    /// Text is stored in NFC whichever way it was typed; text already in NFC is left as it is.
    @Test(arguments: [
        ("Phu\u{031B}o\u{031B}\u{0300}ng Hie\u{0323}\u{0302}p Ta\u{0302}n", "Phường Hiệp Tân"),
        ("Phường Hiệp Tân – “số liệu” 10 €", "Phường Hiệp Tân – “số liệu” 10 €"),
        ("e\u{0301}", "é"),
        ("A\u{030A}ngstro\u{0308}m", "Ångström"),
        ("plain ASCII", "plain ASCII"),
    ])
    func textIsNormalisedToNFC(_ input: String, _ expected: String) {
        let result = nfc(input)
        #expect(Array(result.unicodeScalars) == Array(expected.unicodeScalars))
    }
}
