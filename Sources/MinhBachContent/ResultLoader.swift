import MinhBachCore
import Yams
import MinhBachMarkdown

/// Reads one month's result of one unit and checks every figure against the index definition.
public enum ResultLoader {
    static let fields = ["score", "rank", "of", "groups", "criteria", "indicators", "overdue", "document", "as_of", "source", "note", "sample", "draft", "provisional", "revised_from", "commitments"]
    /// Published totals are rounded; the groups may differ from the total by this much.
    static let sumTolerance = Figure(units: 500) // 0.05

    /// - Parameter span: the quarter, half-year or year of a recorded longer period, whose
    ///   first month is `period`; nil for a month.
    /// - Parameter drafts: a draft with a score is read as a result marked draft
    ///   (`serve --drafts`); without it, and for a draft without a score, a draft is no result.
    public static func load(_ text: String, file: String, unit: String, period: Period, span: ReportingPeriod? = nil,
                            index: IndexDefinition?, markdown: MarkdownRenderer, drafts: Bool = false) -> (ResultRecord?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let doc = DocumentLoader.open(text, file: file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let r = doc.reader, m = doc.mapping
        // A draft (`minhbach new result` writes one) is checked for what it holds but is not
        // published, and its empty fields are not errors yet.
        let draftNode = m.value("draft")
        let draft = draftNode.flatMap { r.bool($0, field: "draft") } ?? false

        let (score, scoreNode) = readScore(m, r, draft: draft, index: index)
        let (rank, of, rankNode) = readRank(m, r)
        var groups = readGroups(m, r, index: index)
        let criteria = CriteriaReader.read(m, r, index: index)
        let computed = index.map { CriteriaReader.groups(from: criteria, given: &groups, index: $0, m, r) } ?? [:]
        let indicators = readIndicators(m, r, index: index)
        if let score, let index { checkSum(of: groups, score: score, scoreNode: scoreNode, index: index, r) }

        let overdue = readOverdue(m, r, period: period, span: span)
        let document = readDocument(m, r, period: period)
        let asOf = m.value("as_of").flatMap { r.timestamp($0, field: "as_of") }
        if let asOf, asOf.day < period.firstDay, let node = m.value("as_of") {
            r.warning(.asOfBeforeMonth, node, field: "as_of", "`as_of` (\(asOf)) is before the month \(period) begins",
                      hint: "as_of is when the figures were read from the portal")
        }
        let source = m.value("source").flatMap { r.url($0, field: "source") }
        let note = m.value("note").flatMap { r.text($0, field: "note") }
        let sample = m.value("sample").flatMap { r.bool($0, field: "sample") } ?? false
        let status = readStatus(m, r, period: period, index: index)
        let commitments = CommitmentReader.read(m, r)
        m.reportUnknownKeys(known: fields, severity: .warning, code: .unknownField, what: .field)
        if draft {
            r.warning(.draft, draftNode, field: "draft", "this result is a draft and is not published",
                      hint: "fill in the figures from the notice, then delete the line `draft: true`")
        }
        diagnostics += r.diagnostics
        guard let score, !draft || drafts else { return (nil, diagnostics) }
        let record = ResultRecord(unit: unit, period: period, location: SourceLocation(file: file, line: 1, column: 1),
                                  score: score, publishedRank: rank, publishedOf: of,
                                  rankLocation: rankNode.map { r.location($0) },
                                  figures: RecordFigures(.init(groups: groups, indicators: indicators, criteria: criteria.points,
                                                               numerators: criteria.numerators, denominators: criteria.denominators,
                                                               computed: computed)),
                                  overdue: overdue, document: document, asOf: asOf, source: source, note: note,
                                  sample: sample, status: status, body: LazyText(markdown.html(doc.body)), commitments: commitments,
                                  span: span, draft: draft)
        return (record, diagnostics)
    }

    /// `score`: required unless a draft, within the index's total.
    private static func readScore(_ m: Mapping, _ r: YAMLReader, draft: Bool, index: IndexDefinition?) -> (Figure?, YAMLNode?) {
        let scoreNode = draft ? m.value("score") : m.required("score", what: "the total score as published, e.g. 69,81")
        var score = scoreNode.flatMap { r.figure($0, field: "score") }
        if let s = score, let index, s < .zero || s > index.total {
            r.error(.outOfRange, scoreNode, field: "score", "`score` is \(s), outside 0–\(index.total)",
                    hint: "the total is out of \(index.total); check the figure in the notice")
            score = nil
        }
        return (score, scoreNode)
    }

    /// `rank` and `of` as published ("xếp hạng 7/8"): both or neither, the first not above the second.
    private static func readRank(_ m: Mapping, _ r: YAMLReader) -> (rank: Int?, of: Int?, node: YAMLNode?) {
        let rankNode = m.value("rank"), ofNode = m.value("of")
        var rank = rankNode.flatMap { r.count($0, field: "rank") }
        var of = ofNode.flatMap { r.count($0, field: "of") }
        if let n = rank, n < 1 { r.error(.outOfRange, rankNode, field: "rank", "`rank` must be 1 or more, found \(n)"); rank = nil }
        if let n = of, n < 1 { r.error(.outOfRange, ofNode, field: "of", "`of` must be 1 or more, found \(n)"); of = nil }
        if let rk = rank, let o = of, rk > o {
            r.error(.outOfRange, rankNode, field: "rank", "`rank` \(rk) is greater than `of` \(o)",
                    hint: "the notice says \"xếp hạng \(rk)/…\": `rank` is the first number, `of` the second")
        } else if rank != nil && of == nil && ofNode == nil {
            r.error(.missingField, rankNode, field: "of", "`rank` is given without `of`",
                    hint: "add `of:` with the number of units ranked, e.g. 8 for \"xếp hạng 7/8\"")
        } else if rank == nil && of != nil && rankNode == nil {
            r.error(.missingField, ofNode, field: "rank", "`of` is given without `rank`", hint: "add `rank:` as published, or remove `of`")
        }
        return (rank, of, rankNode)
    }

    /// `groups`: each within its maximum; a key the index does not have is an error.
    private static func readGroups(_ m: Mapping, _ r: YAMLReader, index: IndexDefinition?) -> [String: Figure] {
        var groups: [String: Figure] = [:]
        guard let node = m.value("groups"), let gm = r.mapping(node, field: "groups") else { return groups }
        for key in index?.groups.map(\.key) ?? gm.pairs.map(\.key) {
            guard let vnode = gm.value(key), let v = r.figure(vnode, field: "groups.\(key)") else { continue }
            if let g = index?.group(key), v < .zero || v > g.max {
                // The field whole, as one value, so that an import can name its column instead.
                let field = "groups.\(key)"
                r.error(.outOfRange, vnode, field: field, "`\(field)` is \(v), outside 0–\(g.max) (\(g.name))",
                        hint: "\(g.name) has at most \(g.max) points")
            } else {
                groups[key] = v
            }
        }
        if let index {
            gm.reportUnknownKeys(known: index.groups.map(\.key), severity: .error, code: .unknownGroup, what: .group)
        }
        return groups
    }

    /// `indicators`: a percentage within 0–100, or a count.
    private static func readIndicators(_ m: Mapping, _ r: YAMLReader, index: IndexDefinition?) -> [String: Figure] {
        var indicators: [String: Figure] = [:]
        guard let node = m.value("indicators"), let im = r.mapping(node, field: "indicators") else { return indicators }
        for key in index?.indicators.map(\.key) ?? im.pairs.map(\.key) {
            guard let vnode = im.value(key) else { continue }
            let field = "indicators.\(key)"
            guard let def = index?.indicator(key) else { continue }
            if def.isPercentage {
                guard let v = r.figure(vnode, field: field) else { continue }
                if v < .zero || v > Figure(100) {
                    r.error(.outOfRange, vnode, field: field, "`\(field)` is \(v) %, outside 0–100 (\(def.name))")
                } else { indicators[key] = v }
            } else if let n = r.count(vnode, field: field) {
                indicators[key] = Figure(n)
            }
        }
        if let index {
            im.reportUnknownKeys(known: index.indicators.map(\.key), severity: .error, code: .unknownIndicator, what: .indicator)
        }
        return indicators
    }

    /// Every group given: their sum is the total (published totals are rounded). Some: they
    /// do not add up to more than it.
    private static func checkSum(of groups: [String: Figure], score: Figure, scoreNode: YAMLNode?, index: IndexDefinition, _ r: YAMLReader) {
        guard !groups.isEmpty else { return }
        let sum = groups.values.reduce(Figure.zero, +)
        if groups.count == index.groups.count {
            if (sum - score).magnitude > sumTolerance {
                r.error(.groupsSum, scoreNode, field: "score",
                        "the groups add up to \(sum) but `score` is \(score)",
                        hint: "when every group is given, their sum must equal the total within 0.05; check each figure against the notice")
            }
        } else if sum > score + sumTolerance {
            r.error(.groupsSum, scoreNode, field: "score",
                    "the \(groups.count) groups given already add up to \(sum), more than `score` \(score)",
                    hint: "check each group's points against the notice")
        }
    }

    /// `overdue`: each entry's receipt code in the circular's form, its date the day received,
    /// and a `resolved` date not before it.
    private static func readOverdue(_ m: Mapping, _ r: YAMLReader, period: Period, span: ReportingPeriod?) -> [OverdueDossier] {
        guard let node = m.value("overdue"), let items = r.sequence(node, field: "overdue") else { return [] }
        var list: [OverdueDossier] = []
        for (i, item) in items.enumerated() {
            let f = "overdue[\(i + 1)]"
            guard let o = r.mapping(item, field: f) else { continue }
            let codeNode = o.required("code", what: "the dossier's receipt code, e.g. 000.21.35.H53-230612-0005")
            let written = codeNode.flatMap { r.text($0, field: "\(f).code") }
            let receivedNode = o.value("received")
            let received = receivedNode.flatMap { r.day($0, field: "\(f).received") }
            let handler = o.value("handler").flatMap { r.text($0, field: "\(f).handler") }
            let note = o.value("note").flatMap { r.text($0, field: "\(f).note") }
            let resolvedNode = o.value("resolved")
            let resolved = resolvedNode.flatMap { r.day($0, field: "\(f).resolved") }
            o.reportUnknownKeys(known: ["code", "received", "handler", "note", "resolved"], severity: .warning, code: .unknownField, what: .field)
            if let span, let received, received > span.lastDay {
                r.warning(.receivedAfterPeriod, receivedNode, field: "\(f).received",
                          "`\(f).received` (\(received)) is after the period \(span) ends")
            } else if span == nil, let received, received > period.lastDay {
                r.warning(.receivedAfterMonth, receivedNode, field: "\(f).received",
                          "`\(f).received` (\(received)) is after the month \(period) ends")
            }
            let code = written.flatMap { checkedCode($0, received: received, node: codeNode, field: "\(f).code", r) }
            if let resolved, let since = received ?? code?.day, resolved < since {
                r.error(.resolvedBeforeReceived, resolvedNode, field: "\(f).resolved",
                        "`\(f).resolved` (\(resolved)) is before the dossier was received (\(since))",
                        hint: "`resolved` is the day the dossier was settled; check both dates against the notice")
            }
            if let written {
                list.append(OverdueDossier(code: code?.canonical ?? written, received: received, handler: handler, note: note,
                                           resolved: resolved, location: r.location(codeNode)))
            }
        }
        return list
    }

    /// The receipt code read in the circular's form, its date the day `received` says.
    private static func checkedCode(_ written: String, received: Day?, node: YAMLNode?, field: String, _ r: YAMLReader) -> ReceiptCode? {
        switch ReceiptCode.parse(written) {
        case .failure(.form):
            r.error(.badReceiptCode, node, field: field, "`\(field)` \"\(written)\" is not a receipt code like 000.21.35.H53-230612-0005",
                    hint: "a receipt code is the agency's identifier (groups of 3, 2, 2 and 3 characters), the receipt date as YYMMDD and the dossier's four-digit number of that day (Circular 01/2018/TT-VPCP, art. 19); copy it from the portal")
            return nil
        case .failure(.impossibleDate(let digits)):
            r.error(.badReceiptCode, node, field: field, "`\(field)` \"\(written)\": its date part \(digits) is not a real date",
                    hint: "the six digits before the sequence number are the receipt date as YYMMDD")
            return nil
        case .success(let code):
            if let received, code.day != received {
                r.error(.receiptDateMismatch, node, field: field,
                        "the receipt code's date part says \(code.day) but `received` is \(received)",
                        hint: "the six digits before the sequence number are the receipt date as YYMMDD")
            }
            return code
        }
    }

    private static func readDocument(_ m: Mapping, _ r: YAMLReader, period: Period) -> NoticeDocument? {
        guard let node = m.value("document"), let d = r.mapping(node, field: "document") else { return nil }
        let number = d.value("number").flatMap { r.text($0, field: "document.number") }
        let dateNode = d.value("date")
        let date = dateNode.flatMap { r.day($0, field: "document.date") }
        if let date, date < period.firstDay {
            r.warning(.documentBeforeMonth, dateNode, field: "document.date",
                      "the notice is dated \(date), before the month \(period) it reports on")
        }
        let signer = d.value("signer").flatMap { r.text($0, field: "document.signer") }
        let title = d.value("title").flatMap { r.text($0, field: "document.title") }
        d.reportUnknownKeys(known: ["number", "date", "signer", "title"], severity: .warning, code: .unknownField, what: .field)
        return NoticeDocument(number: number, date: date, signer: signer, title: title)
    }
}
