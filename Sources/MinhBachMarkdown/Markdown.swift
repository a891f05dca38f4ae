import CCmarkGFM
#if canImport(Glibc)
import Glibc
#endif

/// GitHub-flavoured Markdown to HTML through Debian's libcmark-gfm.
///
/// Raw HTML and dangerous link schemes (`javascript:`, `vbscript:`, `file:`, most `data:`)
/// are dropped unless the site opts in with `unsafe_html: true`; `tagfilter` then still
/// neutralises `<script>`, `<iframe>` and similar tags, as GitHub does.
public struct MarkdownRenderer: Sendable {
    public let allowsRawHTML: Bool

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// Registers the GFM extensions once per process. cmark's registry is a global list that is
    /// not safe to write from several threads, so this runs before any parallel work.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public init(allowsRawHTML: Bool = false) {
        _ = MarkdownRenderer.registered
        self.allowsRawHTML = allowsRawHTML
    }

    /// Renders one document. Safe to call from many threads at once: each call has its own parser.
    public func html(_ markdown: String) -> String {
        let options = allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in MarkdownRenderer.extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var utf8 = Array(markdown.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
