import MinhBachCore
import Yams
import MinhBachMarkdown

/// What every Markdown content file shares: the fences, then YAML, then a body.
struct LoadedDocument {
    let reader: YAMLReader
    let mapping: Mapping
    let body: String
}

enum DocumentLoader {
    /// Splits and parses `text`; nil when the file cannot be read at all (the reasons are
    /// in `diagnostics`).
    static func open(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> LoadedDocument? {
        switch FrontMatter.split(text) {
        case .failure(.missingOpeningFence):
            diagnostics.append(.error(.missingFence, at: SourceLocation(file: file, line: 1, column: 1),
                                      "the file must start with a `---` line, then the front matter, then another `---` line",
                                      hint: "add `---` as the very first line of the file"))
            return nil
        case .failure(.missingClosingFence):
            diagnostics.append(.error(.missingFence, at: SourceLocation(file: file, line: 1, column: 1),
                                      "the front matter opened on line 1 is never closed by a `---` line",
                                      hint: "add a line `---` after the last `key: value` line"))
            return nil
        case .success(let fm):
            let reader = YAMLReader(file: file, firstLine: fm.yamlFirstLine)
            guard let mapping = reader.parseRoot(fm.yaml) else {
                diagnostics += reader.diagnostics
                return nil
            }
            ControlCharacterCheck.report(in: mapping.node, yaml: fm.yaml, reader: reader)
            let body = ControlCharacterCheck.cleaned(body: nfc(fm.body), of: text, file: file, diagnostics: &diagnostics)
            return LoadedDocument(reader: reader, mapping: mapping, body: body)
        }
    }
}

enum UnitLoader {
    static let fields = ["name", "kind", "code", "parent", "established", "dissolved", "successor", "sample", "lat", "lon"]

    static func load(_ text: String, file: String, slug: String, markdown: MarkdownRenderer) -> (Unit?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let doc = DocumentLoader.open(text, file: file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let r = doc.reader, m = doc.mapping
        let name = m.required("name", what: "the unit's official name, e.g. \"Phường Hiệp Tân\"").flatMap { r.text($0, field: "name") }
        let kind = m.required("kind", what: "phường, xã, thị trấn, thị xã, tỉnh…").flatMap { r.text($0, field: "kind") }
        let code = m.value("code").flatMap { r.text($0, field: "code") }
        if let code, let node = m.value("code"), UnitCodeKind(code) == nil {
            r.warning(.badCode, node, field: "code", "`code` \"\(code)\" does not look like an electronic identifier (mã định danh)",
                      hint: "identifiers are dot-separated groups of capital letters and digits, e.g. 000.21.35.H53, or the statistics office's code of the unit: 2 digits for a province, 3 for a district, 5 for a commune, e.g. 25633")
        }
        let parentNode = m.value("parent")
        let parent = parentNode.flatMap { r.slug($0, field: "parent") }
        let established = m.value("established").flatMap { r.day($0, field: "established") }
        let dissolved = m.value("dissolved").flatMap { r.day($0, field: "dissolved") }
        if let established, let dissolved, dissolved <= established, let node = m.value("dissolved") {
            r.error(.outOfRange, node, field: "dissolved", "`dissolved` (\(dissolved)) is not after `established` (\(established))")
        }
        let successors = m.value("successor").map { successorList($0, reader: r) } ?? []
        if !successors.isEmpty && dissolved == nil, let node = m.value("successor") {
            r.warning(.successorWithoutDissolution, node, field: "successor", "`successor` is given but the unit has no `dissolved` date",
                      hint: "add `dissolved: YYYY-MM-DD`, the day the unit ceased to exist")
        }
        let sample = m.value("sample").flatMap { r.bool($0, field: "sample") } ?? false
        let coordinates = coordinates(m, reader: r)
        m.reportUnknownKeys(known: fields, severity: .warning, code: .unknownField, what: .field)
        diagnostics += r.diagnostics
        guard let name, let kind else { return (nil, diagnostics) }
        let unit = Unit(slug: slug, name: name, kind: kind, code: code, parent: parent,
                        parentLocation: parentNode.map { r.location($0) }, established: established,
                        dissolved: dissolved, successors: successors, sample: sample, coordinates: coordinates,
                        profileHTML: markdown.html(doc.body), location: SourceLocation(file: file, line: 1, column: 1))
        return (unit, diagnostics)
    }

    /// `lat: 11.2868` and `lon: 106.1052`, both or neither, each within Vietnam.
    static func coordinates(_ m: Mapping, reader r: YAMLReader) -> Coordinates? {
        let latNode = m.value("lat"), lonNode = m.value("lon")
        switch (latNode, lonNode) {
        case (nil, nil):
            return nil
        case (let node?, nil), (nil, let node?):
            let (given, missing) = latNode == nil ? ("lon", "lat") : ("lat", "lon")
            r.error(.missingField, node, field: missing, "`\(given)` is given without `\(missing)`",
                    hint: "a unit's place needs both, in decimal degrees: `lat` (vĩ độ, e.g. 11.2868) and `lon` (kinh độ, e.g. 106.1052)")
            return nil
        case (let latNode?, let lonNode?):
            let lat = r.degrees(latNode, field: "lat"), lon = r.degrees(lonNode, field: "lon")
            if let lat, !Coordinates.latitudes.contains(lat) {
                r.error(.outOfRange, latNode, field: "lat",
                        "`lat` is \(lat), outside Vietnam, which lies within \(Coordinates.latitudes.lowerBound)–\(Coordinates.latitudes.upperBound) °N",
                        hint: "`lat` is the latitude (vĩ độ) in decimal degrees north, e.g. 11.2868; check that `lat` and `lon` are not swapped")
                return nil
            }
            if let lon, !Coordinates.longitudes.contains(lon) {
                r.error(.outOfRange, lonNode, field: "lon",
                        "`lon` is \(lon), outside Vietnam, which lies within \(Coordinates.longitudes.lowerBound)–\(Coordinates.longitudes.upperBound) °E",
                        hint: "`lon` is the longitude (kinh độ) in decimal degrees east, e.g. 106.1052; check that `lat` and `lon` are not swapped")
                return nil
            }
            guard let lat, let lon else { return nil }
            return Coordinates(lat: lat, lon: lon)
        }
    }

    /// `successor: thanh-dien`, or a list when the unit was divided (`import reform` writes
    /// `successor: [truong-thanh, tan-thanh]`, the unit its results continue in first).
    static func successorList(_ node: YAMLNode, reader r: YAMLReader) -> [String] {
        if case .sequence(let items) = node.content {
            return items.compactMap { r.text($0, field: "successor") }.filter { !$0.isEmpty }
        }
        return r.text(node, field: "successor").map { $0.isEmpty ? [] : [$0] } ?? []
    }
}

enum MonthLoader {
    static func load(_ text: String, file: String, period: Period, markdown: MarkdownRenderer) -> (MonthSummary?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let doc = DocumentLoader.open(text, file: file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let r = doc.reader, m = doc.mapping
        let asOf = m.value("as_of").flatMap { r.timestamp($0, field: "as_of") }
        if let asOf, asOf.day < period.firstDay, let node = m.value("as_of") {
            r.warning(.asOfBeforeMonth, node, field: "as_of", "`as_of` (\(asOf)) is before the month \(period) begins")
        }
        let note = m.value("note").flatMap { r.text($0, field: "note") }
        let sample = m.value("sample").flatMap { r.bool($0, field: "sample") } ?? false
        let provisionalNode = m.value("provisional")
        let provisional = provisionalNode.flatMap { r.bool($0, field: "provisional") }
        m.reportUnknownKeys(known: ["as_of", "note", "sample", "provisional"], severity: .warning, code: .unknownField, what: .field)
        diagnostics += r.diagnostics
        return (MonthSummary(period: period, asOf: asOf, provisional: provisional ?? false,
                             provisionalLocation: provisional == true ? r.location(provisionalNode) : nil,
                             note: note, sample: sample, bodyHTML: markdown.html(doc.body)), diagnostics)
    }
}

enum PageLoader {
    static func load(_ text: String, file: String, slug: String, markdown: MarkdownRenderer) -> (FreePage?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let doc = DocumentLoader.open(text, file: file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let r = doc.reader, m = doc.mapping
        let title = m.required("title", what: "the page's title").flatMap { r.text($0, field: "title") }
        let menu = m.value("menu").flatMap { r.count($0, field: "menu") }
        let description = m.value("description").flatMap { r.text($0, field: "description") }
        m.reportUnknownKeys(known: ["title", "menu", "description"], severity: .warning, code: .unknownField, what: .field)
        diagnostics += r.diagnostics
        guard let title else { return (nil, diagnostics) }
        return (FreePage(slug: slug, title: title, menu: menu, description: description, bodyHTML: markdown.html(doc.body)), diagnostics)
    }
}
