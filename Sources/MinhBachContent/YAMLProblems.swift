import MinhBachCore

/// libyaml's own words for what is wrong with a YAML text (the `problem` and `context` strings
/// of its scanner.c, parser.c and reader.c, and the few Yams adds), listed so that each has a
/// Vietnamese entry in `DiagnosticCatalog`: a syntax error is reported as "YAML syntax error:
/// {problem} ({context} …)" with both parts translated. A string libyaml adds later, and not
/// listed here, is shown as libyaml writes it, after the Vietnamese lead.
enum YAMLProblems {
    static let problems: [Message] = [
        // scanner.c
        "found character that cannot start any token",
        "could not find expected ':'",
        "block sequence entries are not allowed in this context",
        "mapping keys are not allowed in this context",
        "mapping values are not allowed in this context",
        "found unknown directive name",
        "did not find expected comment or line break",
        "could not find expected directive name",
        "found unexpected non-alphabetical character",
        "did not find expected digit or '.' character",
        "found extremely long version number",
        "did not find expected version number",
        "did not find expected whitespace",
        "did not find expected whitespace or line break",
        "did not find expected alphabetic or numeric character",
        "did not find the expected '>'",
        "did not find expected '!'",
        "did not find expected tag URI",
        "did not find URI escaped octet",
        "found an incorrect leading UTF-8 octet",
        "found an incorrect trailing UTF-8 octet",
        "found an indentation indicator equal to 0",
        "found a tab character where an indentation space is expected",
        "found unexpected document indicator",
        "found unexpected end of stream",
        "found unknown escape character",
        "did not find expected hexdecimal number",
        "found invalid Unicode character escape code",
        "found unexpected ':'",
        "found a tab character that violates indentation",
        // parser.c
        "did not find expected <stream-start>",
        "did not find expected <document start>",
        "found undefined tag handle",
        "did not find expected node content",
        "did not find expected '-' indicator",
        "did not find expected key",
        "did not find expected ',' or ']'",
        "did not find expected ',' or '}'",
        "found duplicate %YAML directive",
        "found incompatible YAML document",
        "found duplicate %TAG directive",
        "Maximum nesting level reached, set with yaml_set_max_nest_level())",
        // reader.c
        "input error",
        "invalid leading UTF-8 octet",
        "incomplete UTF-8 octet sequence",
        "invalid trailing UTF-8 octet",
        "invalid length of a UTF-8 sequence",
        "invalid Unicode character",
        "incomplete UTF-16 character",
        "unexpected low surrogate area",
        "incomplete UTF-16 surrogate pair",
        "expected low surrogate area",
        "control characters are not allowed",
        "input is too long",
        // Yams (Parser.swift)
        "but found another document",
        "found undefined alias",
    ]

    static let contexts: [Message] = [
        "while scanning for the next token",
        "while scanning a simple key",
        "while scanning a directive",
        "while scanning a %YAML directive",
        "while scanning a %TAG directive",
        "while scanning an anchor",
        "while scanning an alias",
        "while scanning a tag",
        "while scanning a tag directive",
        "while parsing a tag directive",
        "while parsing a %TAG directive",
        "while parsing a tag",
        "while scanning a block scalar",
        "while scanning a quoted scalar",
        "while parsing a quoted scalar",
        "while scanning a plain scalar",
        "while parsing",
        "while parsing a node",
        "while parsing a block node",
        "while parsing a flow node",
        "while parsing a block collection",
        "while parsing a block mapping",
        "while parsing a flow sequence",
        "while parsing a flow mapping",
        "expected a single document in the stream",
    ]

    /// The contexts whose start is what the editor has to fix: a key without its `:`, a quote
    /// or a bracket left open. libyaml notices the problem later, often on the next line (the
    /// next key, the closing `---`), and the error points there; it is pointed at the start
    /// instead, with the line where libyaml noticed it in the message.
    static let pointedAtStart: Set<String> = [
        "while scanning a simple key", "while scanning a quoted scalar",
        "while parsing a flow sequence", "while parsing a flow mapping",
    ]

}
