import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachOutput

/// Atom feeds: the site's (one entry per month, with its ranking) and each unit's (one entry
/// per month of its results), so that citizens can subscribe to their own ward.
/// Entry ids are the entries' addresses; dates come from the content.
public enum Feeds {
    /// The site's feed; each unit's is `unitFile`.
    public static func files(archive: Archive, address: SiteAddress, dates: ContentDates, translations t: Translations) -> [OutputFile] {
        [OutputFile(path: SitePaths.siteFeed, text: siteFeedText(archive, address, dates, t))]
    }

    /// A unit's feed. Made apart from the rest, so that a build can keep the feed of a unit
    /// whose figures did not change.
    public static func unitFile(archive: Archive, unit u: UnitID, address: SiteAddress, dates: ContentDates, translations t: Translations) -> OutputFile {
        OutputFile(path: SitePaths.unitFeed(archive.units[u].slug), text: unitFeedText(archive, u, address, dates, t))
    }

    /// Whether a unit's feed shows a month-wide date (for a month it has no result of its own).
    public static func usesMonthDates(archive: Archive, unit u: UnitID) -> Bool {
        archive.history(of: u).contains { archive.result(u, in: $0) == nil }
            || archive.recorded.values.contains { usesMonthDates(archive: $0, unit: u) }
    }

    /// Each recorded period's archive with its dates and texts, for its entries: made as a
    /// month's are, by its own archive (`Archive+Recorded`).
    static func recorded(_ archive: Archive, _ t: Translations) -> [(span: ReportingPeriod, archive: Archive, dates: ContentDates, t: Translations)] {
        archive.recordedPeriods.map { span in
            let sub = archive.recorded[span]!
            return (span, sub, ContentDates(archive: sub), t.recording(span))
        }
    }

    /// Months' entries and recorded periods' together, newest first: a period after the
    /// month it ends with (a quarter's entry comes before June's), a longer after a shorter.
    static func merged(_ months: [Entry], _ periods: [Period], _ recorded: [(ReportingPeriod, Entry)]) -> [Entry] {
        guard !recorded.isEmpty else { return months }
        let keyed = zip(periods, months).map { (key: ($0.0, 0), entry: $0.1) }
            + recorded.map { (key: ($0.0.last, $0.0.kind.rawValue), entry: $0.1) }
        return keyed.sorted { $0.key > $1.key }.map(\.entry)
    }

    struct Entry {
        let title: String
        let url: String
        let updated: String
        let summary: String
    }

    static func siteFeedText(_ archive: Archive, _ address: SiteAddress, _ dates: ContentDates, _ t: Translations) -> String {
        let recorded = Feeds.recorded(archive, t).map { r in (r.span, siteEntries(r.archive, address, r.dates, r.t)[0]) }
        let entries = merged(siteEntries(archive, address, dates, t), archive.periods.reversed(), recorded)
        return feed(title: archive.site.title, selfPath: SitePaths.siteFeed, pagePath: "", archive: archive, address: address, entries: entries)
    }

    /// The site feed's entries of an archive's months, newest first.
    static func siteEntries(_ archive: Archive, _ address: SiteAddress, _ dates: ContentDates, _ t: Translations) -> [Entry] {
        archive.periods.reversed().map { p -> Entry in
            let monthPath = SitePaths.folder(for: .month(p), archive: archive)
            var lines: [String] = []
            if let ranking = archive.rankings[p]?[archive.root] {
                let count = "\(ranking.withData)", expected = "\(ranking.expected)"
                if !ranking.isComplete { lines.append(t("partial_month", ["count": count, "expected": expected])) }
                if let note = ProvisionalText.rankingNote(archive, ranking, t) { lines.append(note) }
                lines += ranking.ranked.map { u in
                    let s = archive.standing(u, in: p)!
                    let name = archive.units[u].name, score = t.number(s.score)
                    let mark = archive.isProvisional(u, in: p) ? " (\(t("provisional_badge")))" : ""
                    // As the month's table: published ranks out of how many in an incomplete month.
                    guard let shown = s.shownRank else { return t("feed_unranked_line", ["unit": name, "score": score]) + mark }
                    let rank = ranking.isComplete ? "\(shown.rank)" : "\(shown.rank)/\(shown.of)"
                    return t("feed_rank_line", ["rank": rank, "unit": name, "score": score]) + mark
                }
                lines += ranking.withoutData.map { t("feed_no_data_line", ["unit": archive.units[$0].name]) }
            }
            return Entry(title: t("feed_month_title", ["month": t.monthPhrase(p), "unit": archive.units[archive.root].name]),
                         url: address.absolute(monthPath), updated: dates.timestamp(of: p),
                         summary: lines.joined(separator: "\n"))
        }
    }

    static func unitFeedText(_ archive: Archive, _ u: UnitID, _ address: SiteAddress, _ dates: ContentDates, _ t: Translations) -> String {
        let unit = archive.units[u]
        let recorded = Feeds.recorded(archive, t).flatMap { r in unitEntries(r.archive, u, address, r.dates, r.t).map { (r.span, $0) } }
        let entries = merged(unitEntries(archive, u, address, dates, t), archive.history(of: u).reversed(), recorded)
        return feed(title: "\(unit.name) – \(archive.site.title)", selfPath: SitePaths.unitFeed(unit.slug),
                    pagePath: SitePaths.folder(for: .unit(u), archive: archive), archive: archive, address: address, entries: entries)
    }

    /// A unit feed's entries of an archive's months, newest first.
    static func unitEntries(_ archive: Archive, _ u: UnitID, _ address: SiteAddress, _ dates: ContentDates, _ t: Translations) -> [Entry] {
        let unit = archive.units[u]
        return archive.history(of: u).reversed().map { p -> Entry in
            let s = archive.standing(u, in: p)!
            var summary = t("feed_unit_entry", ["unit": unit.name, "month": t.monthPhrase(p), "score": t.number(s.score),
                                                "total": t.number(archive.index.total)])
            if let shown = s.shownRank { summary += t("feed_unit_rank", ["rank": "\(shown.rank)/\(shown.of)"]) }
            if !s.isComplete { summary += " (" + t("month_partial", ["count": "\(s.withData)", "expected": "\(s.expected)"]) + ")" }
            if case .average(let n) = s.source { summary += " (" + t("average_of", ["count": "\(n)"]) + ")" }
            if let d = s.scoreChange { summary += t("feed_unit_change", ["change": t.change(d)]) }
            summary += "."
            if let note = ProvisionalText.note(archive, u, p, t) { summary += " " + note }
            if let line = archive.result(u, in: p).flatMap({ ProvisionalText.revision($0, t) }) { summary += " " + line }
            let updated = archive.result(u, in: p).map { dates.timestamp($0) } ?? dates.timestamp(of: p)
            return Entry(title: "\(unit.name) – \(t.month(p))",
                         url: address.absolute(SitePaths.folder(for: .report(unit: u, period: p), archive: archive)),
                         updated: updated, summary: summary)
        }
    }

    static func feed(title: String, selfPath: String, pagePath: String, archive: Archive, address: SiteAddress, entries: [Entry]) -> String {
        // A feed's `updated` is its newest entry's, so an unchanged archive gives an unchanged feed.
        let updated = entries.map(\.updated).max() ?? "2000-01-01T00:00:00+07:00"
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(xmlEscaped(archive.site.language))">
            <title>\(xmlEscaped(title))</title>
            <id>\(xmlEscaped(address.absolute(selfPath)))</id>
            <link rel="self" type="application/atom+xml" href="\(xmlEscaped(address.absolute(selfPath)))"/>
            <link rel="alternate" type="text/html" href="\(xmlEscaped(address.absolute(pagePath)))"/>
            <updated>\(updated)</updated>
            <author><name>\(xmlEscaped(archive.site.authority))</name></author>
            <generator>MinhBach</generator>

            """
        for e in entries {
            out += """
                <entry>
                <title>\(xmlEscaped(e.title))</title>
                <id>\(xmlEscaped(e.url))</id>
                <link rel="alternate" type="text/html" href="\(xmlEscaped(e.url))"/>
                <updated>\(e.updated)</updated>
                <summary type="text">\(xmlEscaped(e.summary))</summary>
                </entry>

                """
        }
        return out + "</feed>\n"
    }
}

/// `sitemap.xml` (an index of sitemaps when the site has more pages than one sitemap may
/// list) and `robots.txt` pointing to it.
public enum Sitemap {
    /// sitemaps.org allows at most 50,000 addresses in one sitemap file.
    public static let limit = 50_000

    /// - Parameter pages: each page's folder below the site root (`2023/06/`) and the day its
    ///   content last changed.
    public static func files<Path: StringProtocol>(pages: [(path: Path, day: Day?)], address: SiteAddress) -> [OutputFile] {
        // Written as bytes: a national site lists 80,000 addresses.
        let base = Array(xmlEscaped(address.base).utf8)
        // Pages share a few days: each is spelt once.
        var lastDay: (day: Day, bytes: [UInt8])?
        func urls(_ chunk: ArraySlice<(path: Path, day: Day?)>) -> [UInt8] {
            var out = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8)
            out.reserveCapacity(out.count + chunk.count * (base.count + 64))
            for i in chunk.indices {
                out.append(contentsOf: "<url><loc>".utf8)
                out.append(contentsOf: base)
                appendXMLEscaped(chunk[i].path, to: &out)
                out.append(contentsOf: "</loc>".utf8)
                if let day = chunk[i].day {
                    out.append(contentsOf: "<lastmod>".utf8)
                    if lastDay?.day != day { lastDay = (day, Array(day.description.utf8)) }
                    out.append(contentsOf: lastDay!.bytes)
                    out.append(contentsOf: "</lastmod>".utf8)
                }
                out.append(contentsOf: "</url>\n".utf8)
            }
            out.append(contentsOf: "</urlset>\n".utf8)
            return out
        }
        var files: [OutputFile] = []
        if pages.count <= limit {
            files.append(OutputFile(path: SitePaths.sitemap, bytes: urls(pages[...])))
        } else {
            var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for (n, start) in stride(from: 0, to: pages.count, by: limit).enumerated() {
                let chunk = pages[start..<min(start + limit, pages.count)]
                let name = SitePaths.sitemapPart(n + 1)
                files.append(OutputFile(path: name, bytes: urls(chunk)))
                let newest = chunk.compactMap(\.day).max()
                index += "<sitemap><loc>\(xmlEscaped(address.absolute(name)))</loc>\(newest.map { "<lastmod>\($0)</lastmod>" } ?? "")</sitemap>\n"
            }
            files.append(OutputFile(path: SitePaths.sitemap, text: index + "</sitemapindex>\n"))
        }
        files.append(OutputFile(path: SitePaths.robots, text: "User-agent: *\nAllow: /\n\nSitemap: \(address.absolute(SitePaths.sitemap))\n"))
        return files
    }
}
