import MinhBachCore
import MinhBachContent
import MinhBachArchive

/// What the pages and feeds say of provisional and revised figures, in one place so that a
/// report and its feed entry say the same.
public enum ProvisionalText {
    /// "Số liệu tạm tính, đọc lúc 17:00 ngày 05/04/2026; có thể thay đổi khi tháng khóa sổ.",
    /// for a unit's figure in a month; nil when it is final.
    public static func note(_ archive: Archive, _ u: UnitID, _ period: Period, _ t: Translations) -> String? {
        guard archive.isProvisional(u, in: period) else { return nil }
        guard let r = archive.result(u, in: period) else { return t("provisional_average_note") }
        return archive.readingTime(of: r).map { t("provisional_note", ["time": t.timestamp($0)]) } ?? t("provisional_note_untimed")
    }

    /// "Số liệu được điều chỉnh ngày 10/03/2026 (trước đó: tổng điểm 68,40, xếp hạng 2/3, tạm tính)."
    public static func revision(_ r: ResultRecord, _ t: Translations) -> String? {
        guard let v = r.status.revisedFrom else { return nil }
        let rank = v.rank.map { rank in t("revised_rank", ["rank": "\(rank)/\(v.of ?? rank)"]) } ?? ""
        return t("revised_line", ["date": t.date(v.date), "score": t.number(v.score), "rank": rank])
    }

    /// Said above a ranking with provisional figures: all of them, or how many of the rows.
    public static func rankingNote(_ archive: Archive, _ ranking: Ranking, _ t: Translations) -> String? {
        let count = ranking.ranked.count { archive.isProvisional($0, in: ranking.period) }
        guard count > 0 else { return nil }
        if count == ranking.ranked.count { return t("ranking_provisional_all") }
        return t("ranking_provisional_mixed", ["count": "\(count)", "ranked": "\(ranking.ranked.count)"])
    }
}
