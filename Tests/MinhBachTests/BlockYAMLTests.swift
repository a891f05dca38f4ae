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

    /// One-line flow mappings, as criteria are written, in every shape Yams reads the same way.
    static let acceptedFlowMappings = [
        """
        criteria:
          cong-khai-dung-han: {points: "6", numerator: 318, denominator: 318}
          tai-su-dung-du-lieu: "1,52"
          chia-se-du-lieu: {points: '3,24', numerator: 887, denominator: 1096} # late
        after: 1
        """,
        "groups: {a: 1, b: 2}\n",
        "a: { b: 1 , c: 2 ,d: 3 }\nz: {b:  1}",
        "a: {b:   \"x\"  ,  c:  y  }   # note\n",
        "a: {b: 1,}\nc: {d: 'x' , }\n",
        "a: {b: b:c, c: 10:30, d: https://x.vn/a?q=1#top, e: 1 :x, f: a#b, g: x?y}\n",
        "a: {b:c: 1, b:: 2, b : 3, -b: 4, b-: 5, a#b: 6}\n",
        "a: {b: it's, c: 'it''s', d: \"q\\\"x \\\\ \\/\", e: '', f: \"\"}\n",
        "a: {b: x y  z, c: -, d: -1, e: ---, f: x!y&z*|>%@`'\", g: ~}\n",
        "l:\n  - {b: 1, c: 'x'}\n  - k: {d: 2}\n    m: {e: 3}\nz: { }\n",
        "tên: {đơn vị: Phường Hiệp Tân, điểm: \"9,25\"}\nnhóm: {x: 1}\n",
        "a: {b: 1, B: 2}\n\n# c\nd: [ ]\n",
        // libyaml looks for a key's `:` up to 1024 characters from its start.
        "a: {" + String(repeating: "k", count: 1024) + ": 1}\n",
    ]

    @Test(arguments: accepted + acceptedFlowMappings)
    func acceptedDocumentsMatchYams(_ text: String) {
        let fast = BlockYAML.parse(text)
        #expect(fast != nil)
        #expect(fast == yams(text))
    }

    /// Outside the subset: multi-line values, block scalars, flow sequences with content,
    /// anchors, tags, escapes, tabs, duplicate keys, odd indentation and syntax errors.
    static let leftToYams = [
        "note: first line\n  second line\n",
        "body: |\n  text\n",
        "body: >\n  text\n",
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
        // A block key of 1025 characters: libyaml refuses it, so the reader must not accept it.
        String(repeating: "k", count: 1025) + ": 1\n",
    ]

    /// A key of exactly 1024 characters is still a key to libyaml, and read the same by both.
    @Test func aKeyOf1024CharactersIsReadAsYamsReadsIt() {
        let text = String(repeating: "k", count: 1024) + ": 1\n"
        #expect(BlockYAML.parse(text) != nil)
        #expect(BlockYAML.parse(text) == yams(text))
        #expect(yams(String(repeating: "k", count: 1025) + ": 1\n") == nil)
    }

    @Test(arguments: leftToYams)
    func documentsOutsideTheSubsetAreLeftToYams(_ text: String) {
        #expect(BlockYAML.parse(text) == nil)
    }

    /// Flow mappings with anything more than plain keys and one-line values, or that Yams reads
    /// otherwise than they look (`3,24` is two entries), or not at all.
    static let flowMappingsLeftToYams = [
        "a: {points: 3,24, numerator: 887}\n",
        "a: {b: 1,2}\n",
        "a: {b:1}\n",
        "a: {b :1}\n",
        "a: {b: }\n",
        "a: {b}\n",
        "a: {b: x, c}\n",
        "a: {b: {c: 1}}\n",
        "a: {b: [1]}\n",
        "a: {b: 1, c: {}}\n",
        "a: {b: 1,\n  c: 2}\n",
        "a: {b: 1\n",
        "a: {b: 1, b: 2}\n",
        "a: {\"b\": 1}\n",
        "a: {?b: 1}\n",
        "a: {b: ?x}\n",
        "a: {b: :x}\n",
        "a: {b: - x}\n",
        "a: {b: &x 1}\n",
        "a: {b: !t 1}\n",
        "a: {b: \"\\n\"}\n",
        "a: {b: 1}# c\n",
        "a: {b: x #c}\n",
        "a: {b: c: d}\n",
        "a: {b: c:}\n",
        "a: {b: x:?}\n",
        "a: {b: 1,,}\n",
        "a: {,}\n",
        "a: {b: 1}}\n",
        "a: {b: 1} x\n",
        "a: {b: x}: y\n",
        "a: {b: \"x\"y}\n",
        "a: {b: 1}\n  c: 2\n",
        "{b: 1}\n",
        // Past 1024 characters libyaml no longer sees a key; a byte count is a safe bound.
        "a: {" + String(repeating: "k", count: 1025) + ": 1}\n",
        "a: {" + String(repeating: "ư", count: 600) + ": 1}\n",
    ]

    @Test(arguments: flowMappingsLeftToYams)
    func flowMappingsOutsideTheSubsetAreReadByYams(_ text: String) {
        #expect(BlockYAML.parse(text) == nil)
        let reader = YAMLReader(file: "result.md")
        let root = reader.parseRoot(text)
        #expect(root?.node == yams(text))
        #expect(reader.diagnostics.isEmpty == (root != nil))
    }

    @Test func flowMappingsArePlacedAsLibyamlPlacesThem() throws {
        let text = "tiêu chí:\n  chia-sẻ: {điểm: '3,24', tử số: 887} # muộn\n"
        let root = try #require(BlockYAML.parse(text))
        #expect(root == yams(text))
        guard case .mapping(let outer) = root.content, case .mapping(let criteria) = outer[0].value.content,
              case .mapping(let flow) = criteria[0].value.content else { Issue.record("not mappings"); return }
        // The mapping at its `{`, each key and value at its first character (a value's quote).
        #expect((criteria[0].value.line, criteria[0].value.column) == (2, 12))
        #expect(flow.map { [$0.key.column, $0.value.column] } == [[13, 19], [27, 34]])
        #expect(flow.map { $0.value.content } == [.scalar("3,24", plain: false), .scalar("887", plain: true)])
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
