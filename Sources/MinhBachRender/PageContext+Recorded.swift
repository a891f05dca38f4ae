import MinhBachCore
import MinhBachArchive
import MinhBachPlan

/// Recorded quarters, half-years and years on the pages of the months' archive. Their own
/// pages are their archives' months (`SiteRenderer`), so only what lists them is here.
extension PageContext {
    /// A unit's recorded periods, apart from its months (never on its chart nor compared with
    /// the month before): each period's total and rank, linked to its report.
    func recordedHistory(_ u: UnitID) -> Object? {
        let spans = archive.recordedHistory(of: u)
        guard !spans.isEmpty else { return nil }
        var sample = false
        let rows = spans.reversed().map { span -> Object in
            let sub = archive.recorded[span]!
            let s = sub.standing(u, in: span.first)!
            var row: Object = [.month: .text(t.period(span)), .href: .text(root + SitePaths.folder(for: .recordedReport(unit: u, span: span), archive: archive) + SitePaths.pageFile),
                               .score: .text(number(s.score)), .scoreSort: .text(s.score.description)]
            if let shown = s.shownRank { row[.rank] = .text("\(shown.rank)/\(shown.of)") }
            if case .average(let n) = s.source { row[.rowAverage] = .text(t("average_of", ["count": "\(n)"])) }
            if sub.isSample(u, in: span.first) { row[.rowSample] = true; sample = true }
            if sub.isProvisional(u, in: span.first) { row[.rowProvisional] = true }
            return row.filled([.rank, .rowAverage, .rowSample, .rowProvisional])
        }
        var table: Object = [.caption: .text(t("recorded_history_caption", ["unit": archive.units[u].name])), .rows: .list(rows)]
        if sample { table[.sample] = true }
        return table
    }
}

extension PageContext {
    /// This page's context over a recorded period's archive, in its texts: for what a months'
    /// page shows of it (the year's page, the recorded year's ranking).
    func recording(_ span: ReportingPeriod) -> PageContext? {
        guard let sub = archive.recorded[span] else { return nil }
        let own = extras.recording(span)
        return PageContext(archive: sub, spec: spec, extras: own, constants: PageConstants(archive: sub, translations: own.translations))
    }

    /// The year's recorded quarters and half-years, linked; the recorded year is the year's
    /// page itself.
    func recordedLinks(in year: Int) -> [Object] {
        archive.recordedPeriods(in: year).filter { $0.kind != .year }.map { span in
            [.title: .text(t.period(span)), .href: .text(link(.recorded(span)))]
        }
    }

    /// The recorded year's ranking of the root's units, as the portal recorded it; nil when
    /// the year has none (the page then shows the averages it computes, labelled as such).
    func recordedYearRanking(_ year: Int) -> Object? {
        guard let span = ReportingPeriod(kind: .year, year: year, number: 1), let own = recording(span) else { return nil }
        return own.rankingTable(parent: own.archive.root, period: span.first,
                                caption: own.t("ranking_caption", ["month": own.t.periodPhrase(span), "unit": rootName]), chart: true)
    }
}
