import MinhBachCore
import Yams

enum SiteLoader {
    static let fields = ["title", "authority", "root", "base_url", "language", "unsafe_html", "description", "data_license"]
    static let languages = ["vi", "en"]

    static func load(yaml: String, file: String) -> (SiteConfig?, [Diagnostic]) {
        let r = YAMLReader(file: file)
        guard let m = r.parseRoot(yaml) else { return (nil, r.diagnostics) }
        ControlCharacterCheck.report(in: m.node, yaml: yaml, reader: r)
        let title = m.required("title", what: "the site's name").flatMap { r.text($0, field: "title") }
        let authority = m.required("authority", what: "the publishing authority").flatMap { r.text($0, field: "authority") }
        let root = m.required("root", what: "the slug of the root unit").flatMap { r.slug($0, field: "root") }
        var baseURL = m.value("base_url").flatMap { r.url($0, field: "base_url") }
        if let b = baseURL, !b.hasSuffix("/") { baseURL = b + "/" }
        var language = "vi"
        if let node = m.value("language"), let l = r.text(node, field: "language") {
            if languages.contains(l) { language = l } else {
                r.error(.badLanguage, node, field: "language", "`language` must be one of \(languages.joined(separator: ", ")), found \"\(l)\"")
            }
        }
        let unsafe = m.value("unsafe_html").flatMap { r.bool($0, field: "unsafe_html") } ?? false
        let description = m.value("description").flatMap { r.text($0, field: "description") }
        let dataLicense = m.value("data_license").flatMap { r.text($0, field: "data_license") }
        m.reportUnknownKeys(known: fields, severity: .warning, code: .unknownField, what: .field)
        guard let title, let authority, let root else { return (nil, r.diagnostics) }
        return (SiteConfig(title: title, authority: authority, root: root, baseURL: baseURL, language: language,
                           unsafeHTML: unsafe, description: description, dataLicense: dataLicense), r.diagnostics)
    }
}
