import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// A report's "Điểm có thể cải thiện" (`RecoverablePoints`) and its table of criteria.
extension PageContext {
    /// The most items the list shows; the table of criteria below it holds every one.
    static let recoverableShown = 5

    func recoverableCells(_ r: ResultRecord, _ unitName: String, _ period: Period, into main: inout Object) {
        let recoverable = RecoverablePoints(r, index: index)
        let criteriaRows = criteriaTableRows(r)
        main[.recoverable] = false
        main[.criteriaRows] = false
        if !recoverable.items.isEmpty {
            let shown = criteriaRows.isEmpty ? recoverable.items : Array(recoverable.items.prefix(Self.recoverableShown))
            var object: Object = [.rows: .texts(shown.map(recoverableText)), .others: false]
            if shown.count < recoverable.items.count {
                object[.others] = .text(t("recoverable_others", ["count": "\(recoverable.items.count - shown.count)"]))
            }
            main[.recoverable] = .object(object)
        }
        if !criteriaRows.isEmpty {
            main[.criteriaRows] = .list(criteriaRows)
            main[.criteriaCaption] = .text(t("criteria_caption", ["unit": unitName, "month": t.monthPhrase(period)]))
        }
    }

    /// "Đúng hạn (Công khai): thiếu 7,5/30 điểm; cần thêm 3 (từ 45 lên 48 trên 60) để đạt 80 %".
    private func recoverableText(_ item: RecoverablePoints.Item) -> String {
        let values: KeyValuePairs<String, String> = ["name": item.name, "group": item.group ?? "", "lost": number(item.lost), "max": number(item.max)]
        var text = t(item.group == nil ? "recoverable_lost" : "recoverable_lost_in", values)
        switch item.need {
        case .more(let count, let reaching, let of, let target)?:
            text += t("recoverable_more", ["count": "\(count)", "reaching": "\(reaching)", "denominator": "\(of)", "target": number(target),
                                           "numerator": "\(reaching - count)"])
        case .reached(let target)?:
            text += t("recoverable_reached", ["target": number(target)])
        case nil:
            // No target: the counts still say where the unit stands, in its own terms.
            if let c = item.counts {
                text += t("recoverable_counts", ["numerator": "\(c.numerator)", "denominator": "\(c.denominator)",
                                                 "percent": number(RecoverablePoints.percent(c.numerator, of: c.denominator))])
            }
        }
        return text
    }

    /// Every criterion of the index the result gives, in the index's order: its group, counts,
    /// ratio, points and maximum.
    private func criteriaTableRows(_ r: ResultRecord) -> [Value] {
        let points = r.criteria, numerators = r.numerators, denominators = r.denominators
        guard !points.isEmpty else { return [] }
        var rows: [Value] = []
        for g in index.groups {
            for c in g.criteria where points[c.key] != nil || numerators[c.key] != nil {
                var row: Object = [.name: .text(c.name), .group: .text(g.name), .max: .text(number(c.max)),
                                   .value: .text(points[c.key].map { number($0) } ?? "—"), .missing: .flag(points[c.key] == nil), .ratio: false]
                if let n = numerators[c.key]?.wholeValue, let d = denominators[c.key]?.wholeValue, d > 0 {
                    row[.ratio] = .object([.count: .text(t("criteria_counts", ["numerator": "\(n)", "denominator": "\(d)"])),
                                           .percent: .text(t("criteria_percent", ["percent": number(RecoverablePoints.percent(n, of: d))]))])
                }
                rows.append(.object(row))
            }
        }
        return rows
    }
}
