import MinhBachCore

/// `provisional` and `revised_from`: figures read before the portal closes the month, and the
/// ones they replaced.
extension ResultLoader {
    static func readStatus(_ m: Mapping, _ r: YAMLReader, period: Period, index: IndexDefinition?) -> ResultStatus {
        let node = m.value("provisional")
        let provisional = node.flatMap { r.bool($0, field: "provisional") }
        return ResultStatus(provisional: provisional, provisionalLocation: provisional == nil ? nil : r.location(node),
                            revisedFrom: readRevision(m, r, period: period, index: index))
    }

    /// `revised_from: {score, rank, of, date}`. A result that is still provisional may carry
    /// one too: a provisional figure read again before the month closed replaced the first.
    private static func readRevision(_ m: Mapping, _ r: YAMLReader, period: Period, index: IndexDefinition?) -> Revision? {
        guard let node = m.value("revised_from"), let d = r.mapping(node, field: "revised_from") else { return nil }
        let scoreNode = d.required("score", what: "the total score before the revision, e.g. 68,40")
        var score = scoreNode.flatMap { r.figure($0, field: "revised_from.score") }
        if let s = score, let index, s < .zero || s > index.total {
            r.error(.outOfRange, scoreNode, field: "revised_from.score", "`revised_from.score` is \(s), outside 0–\(index.total)")
            score = nil
        }
        let rankNode = d.value("rank"), ofNode = d.value("of")
        let rank = rankNode.flatMap { r.count($0, field: "revised_from.rank") }
        let of = ofNode.flatMap { r.count($0, field: "revised_from.of") }
        var rankValid = true
        if let rk = rank, let o = of, rk < 1 || rk > o {
            r.error(.outOfRange, rankNode, field: "revised_from.rank", "`revised_from.rank` \(rk) is not within 1–\(o) (`revised_from.of`)")
            rankValid = false
        } else if (rankNode == nil) != (ofNode == nil) {
            r.error(.missingField, rankNode ?? ofNode, field: rankNode == nil ? "revised_from.rank" : "revised_from.of",
                    "`revised_from` gives one of `rank` and `of` without the other",
                    hint: "write both, as the earlier figures gave them (\"xếp hạng 2/3\" is rank 2, of 3), or neither")
            rankValid = false
        }
        let dateNode = d.required("date", what: "the day the figures were revised, e.g. 2026-03-10")
        var date = dateNode.flatMap { r.day($0, field: "revised_from.date") }
        if let day = date, day < period.firstDay {
            r.error(.revisedBeforeMonth, dateNode, field: "revised_from.date",
                    "`revised_from.date` (\(day)) is before the month \(period) begins",
                    hint: "it is the day the provisional figures were replaced, after they were read")
            date = nil
        }
        d.reportUnknownKeys(known: ["score", "rank", "of", "date"], severity: .warning, code: .unknownField, what: .field)
        guard let score, let date else { return nil }
        return Revision(score: score, rank: rankValid ? rank : nil, of: rankValid ? of : nil, date: date)
    }
}
