import MinhBachCore
import MinhBachContent

extension Scaffold {
    /// The text of a draft result of `u` for `period`, as `new result` and `new month` write it:
    /// every group, criterion and indicator of the edition in force, commented out, each with its
    /// maximum and the latest value known before the month, named by the month it comes from
    /// ("tháng 5/2023: 69,81") and written as the editor types figures (a decimal comma in
    /// Vietnamese), so that uncommenting a hint gives a figure the loader reads back as it was.
    static func draftText(_ u: Unit, period: Period, set: ContentSet) -> String {
        let index = set.index.inForce(period)
        // Earlier results of the unit, newest first: each hint is the latest value known, so a
        // cumulative count carries over even past a month whose notice did not give it.
        let earlier = set.results.filter { $0.unit == u.slug && $0.period < period }.sorted { $0.period > $1.period }
        let previous = earlier.first
        let vi = set.site.language != "en"
        func hint(_ value: (Figure, Period)?) -> String {
            guard let (figure, from) = value else { return "" }
            let text = figure.render(decimalSeparator: vi ? "," : ".", groupSeparator: nil, decimals: nil)
            return vi ? " — tháng \(from.month)/\(from.year): \(text)" : " — \(from): \(text)"
        }
        func latest(_ value: (ResultRecord) -> Figure?) -> String {
            for r in earlier { if let figure = value(r) { return hint((figure, r.period)) } }
            return ""
        }
        var lines = ["---"]
        lines.append(vi ? "# \(u.name), tháng \(period.month)/\(period.year). Chép số liệu đúng như văn bản công bố."
                        : "# \(u.name), \(period). Copy the figures exactly as the notice gives them.")
        lines.append(vi ? "# Số liệu không được công bố thì để nguyên dấu # (bỏ trống) — không ghi 0."
                        : "# Leave a figure that was not published commented out — never write 0 for it.")
        lines.append(vi ? "# Khi điền xong, xóa dòng `draft: true` để công bố." : "# When it is complete, delete the line `draft: true` to publish it.")
        lines.append("draft: true")
        lines.append("score:                      # " + (vi ? "tổng điểm, 0–\(index.total), ví dụ 69,81" : "total, 0–\(index.total), e.g. 69.81")
                     + hint(previous.map { ($0.score, $0.period) }))
        lines.append("# rank:                     # " + (vi ? "thứ hạng do Cổng Dịch vụ công quốc gia công bố" : "the rank the portal published"))
        lines.append("# of:                       # " + (vi ? "trong tổng số đơn vị" : "out of how many units")
                     + hint(previous.flatMap { p in p.publishedOf.map { (Figure($0), p.period) } }))
        lines.append("groups:")
        for g in index.groups {
            lines.append("  # \(pad(g.key + ":", 26)) # \(g.name) — " + (vi ? "tối đa \(g.max)" : "at most \(g.max)") + latest { $0.groups[g.key] })
        }
        lines += criteriaLines(index, vi: vi) { key in latest { $0.criteria[key] } }
        lines.append("indicators:")
        for i in index.indicators {
            let range = i.isPercentage ? "0–100 %" : (vi ? "số \(i.unit)" : "number of \(i.unit)")
            lines.append("  # \(pad(i.key + ":", 26)) # \(i.name) (\(range))" + latest { $0.indicators[i.key] })
        }
        lines += commitmentLines(previous, vi: vi)
        lines += documentLines(previous, vi: vi)
        lines.append("---")
        lines.append("")
        lines.append(vi ? "Nội dung văn bản: các yêu cầu khắc phục (danh sách đánh số), kiến nghị…" : "The notice's text: the requirements (a numbered list), the recommendations…")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A draft's overdue dossiers, notice, reading time and source; the signer, title and
    /// source carried over from the previous result.
    static func documentLines(_ previous: ResultRecord?, vi: Bool) -> [String] {
        [
            "overdue: []                 # " + (vi ? "hồ sơ quá hạn: - {code: \"…\", received: YYYY-MM-DD, handler: \"…\"}" : "overdue dossiers: - {code: \"…\", received: YYYY-MM-DD, handler: \"…\"}"),
            "document:",
            "  number:                   # " + (vi ? "số văn bản, ví dụ \"87/UBND\"" : "the notice's number, e.g. \"87/UBND\""),
            "  date:                     # YYYY-MM-DD",
            "  signer: \(previous?.document?.signer.map(quoted) ?? "")",
            "  title: \(previous?.document?.title.map(quoted) ?? "")",
            "as_of:                      # " + (vi ? "thời điểm số liệu, \"YYYY-MM-DD HH:MM\"" : "when the figures were read, \"YYYY-MM-DD HH:MM\""),
            "source: \(quoted(previous?.source ?? "https://dichvucong.gov.vn"))",
        ]
    }
}
