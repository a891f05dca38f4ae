import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachOutput

/// One column of the downloads, as the data dictionary on `/du-lieu/` describes it.
public struct DataColumn: Sendable {
    public let name: String
    public let meaning: String
    public let unit: String
    public let range: String
}

/// A file offered on `/du-lieu/`.
public struct Download: Sendable {
    public let path: String
    public let title: String
    public let format: String
    public let size: Int
}

/// The figures as files to take away: CSV for spreadsheets, JSON for programs. Built from the
/// same archive as the pages, so a download never disagrees with what a page shows.
public struct OpenData: Sendable {
    /// The site-wide and monthly downloads; each unit's file is `unitFile`.
    public let files: [OutputFile]
    /// The site-wide downloads, then one per month (newest first).
    public let downloads: [Download]
    public let columns: [DataColumn]

    /// Fixed columns; group, criterion and indicator keys follow them (see `OpenData+Criteria`),
    /// so the index may not use these names.
    public static let fixedColumns = ["month", "unit", "unit_name", "code", "parent", "score", "rank", "rank_of",
                                      "published_rank", "published_of", "rank_source", "month_complete",
                                      "units_with_data", "units_expected"]
    public static let reservedKeys: Set<String> = Set(fixedColumns + ["sample", "provisional", "revised_from_score", "revised_from_rank", "revised_from_of", "revised_on"])
    /// The fixed columns that hold numbers; so do every group's and indicator's. The others
    /// hold text, which the CSV writer keeps from being read as a formula.
    static let fixedNumberColumns: Set<String> = ["score", "rank", "rank_of", "published_rank", "published_of",
                                                  "units_with_data", "units_expected", "revised_from_score", "revised_from_rank",
                                                  "revised_from_of"]


    /// The months whose rows were made by this build (the others came from `previous`), and
    /// every month's rows by key, for the next build.
    public let monthsMade: Int
    public let rows: DownloadRows

    /// - Parameter monthKeys: per month of the archive, a key of every input its rows may
    ///   depend on (see `PageKeys`); a month whose key has rows in `previous` is not made again.
    public init(archive: Archive, translations t: Translations, monthKeys: [UInt64]? = nil, previous: DownloadRows? = nil) {
        // Every edition's columns: a month of any edition is a row of the same files.
        let index = archive.indexAcrossEditions
        let columns = OpenData.dictionary(index: index, t: t)
        self.columns = columns
        // A recorded period's file names its period where the months' name their month.
        let header = [archive.span == nil ? "month" : "period"] + columns.dropFirst().map(\.name)
        let numberColumns = OpenData.fixedNumberColumns.union(index.groups.map(\.key)).union(index.indicators.map(\.key))
            .union(OpenData.criteriaNumberColumns(index))

        // Each month's rows on all cores, in a stable order: month, then the unit tree. The
        // national files are the months' rows put together.
        let headerLength = CSVWriter(header: header, numberColumns: numberColumns).bytes.count
        // JSON rows are written as the national file places them (in "results", two levels
        // deep, one per line group, separated by commas), so that file is the months' bytes
        // joined.
        let months: [(rows: DownloadRows.Month, made: Bool)] = Array(archive.periods.indices).parallelMap { m in
            if let key = monthKeys?[m], let kept = previous?.months[key] { return (kept, false) }
            let p = archive.periods[m]
            var month = CSVWriter(header: header, numberColumns: numberColumns)
            var json: [UInt8] = []
            for u in archive.unitIDs {
                guard let r = archive.result(u, in: p) else { continue }
                month.append(OpenData.csvRow(archive, index, u, r))
                json.append(contentsOf: ",\n    ".utf8)
                json.append(contentsOf: OpenData.jsonRow(archive, u, r, depth: 2))
            }
            return (DownloadRows.Month(csv: month.bytes[headerLength...], json: json[...]), true)
        }
        monthsMade = months.count { $0.made }
        var madeRows: [UInt64: DownloadRows.Month] = [:]
        if let monthKeys {
            for (key, month) in zip(monthKeys, months) { madeRows[key] = month.rows }
        }
        rows = DownloadRows(months: madeRows)
        let headerBytes = CSVWriter(header: header, numberColumns: numberColumns).bytes
        // The national CSV and JSON (60 MB each for a national archive) are the months' rows
        // side by side, written piece by piece and never joined in memory.
        let allCSVFile = OutputFile(path: SitePaths.allCSV, pieces: [headerBytes[...]] + months.map(\.rows.csv))
        let monthFiles = zip(archive.periods, months).map { p, m in
            (p, OutputFile(path: archive.span.map(SitePaths.recordedCSV) ?? SitePaths.monthCSV(p), pieces: [headerBytes[...], m.rows.csv]))
        }
        // Each recorded period's file, after the months': its own archive's one month.
        let recorded = archive.recordedPeriods.map { span in
            (span, OpenData(archive: archive.recorded[span]!, translations: t).files[2])
        }
        let allJSON = JSONValue.object([
            ("index", OpenData.indexJSON(index)),
            ("units", .array(archive.unitIDs.map { OpenData.unitJSON(archive, $0) })),
            ("results", .writtenItems(months.map(\.rows.json))),
        ])
        let allJSONFile = OutputFile(path: SitePaths.allJSON, pieces: allJSON.pieces)
        let files = [allCSVFile, allJSONFile] + monthFiles.map(\.1) + recorded.map(\.1)

        self.files = files

        var downloads = [
            Download(path: allCSVFile.path, title: t("download_all_csv"), format: "text/csv", size: allCSVFile.count),
            Download(path: allJSONFile.path, title: t("download_all_json"), format: "application/json", size: allJSONFile.count),
        ]
        downloads += recorded.reversed().map { span, f in
            Download(path: f.path, title: t("download_recorded_csv", ["period": t.periodPhrase(span)]), format: "text/csv", size: f.count)
        }
        downloads += monthFiles.reversed().map { p, f in
            Download(path: f.path, title: t("download_month_csv", ["month": t.monthPhrase(p)]), format: "text/csv", size: f.count)
        }
        self.downloads = downloads
    }

    /// One result's row of the CSV files, in the order of `dictionary`.
    static func csvRow(_ archive: Archive, _ index: IndexDefinition, _ u: UnitID, _ r: ResultRecord) -> [String] {
        let s = archive.standing(u, in: r.period)
        let unit = archive.units[u]
        let shown = s?.shownRank, ranked = s.flatMap(OpenData.siblings)
        var row = [archive.span?.description ?? r.period.description, unit.slug, unit.name, unit.code ?? "", unit.parent ?? "", r.score.description]
        row += [shown.map { String($0.rank) } ?? "", shown.map { String($0.of) } ?? "",
                r.publishedRank.map(String.init) ?? "", r.publishedOf.map(String.init) ?? "", shown?.source.rawValue ?? ""]
        row += ranked.map { [$0.isComplete ? "true" : "false", String($0.withData), String($0.expected)] } ?? ["", "", ""]
        let groups = r.groups, indicators = r.indicators
        row += index.groups.map { groups[$0.key]?.description ?? "" }
        row += OpenData.criteriaCells(index, r)
        row += index.indicators.map { indicators[$0.key]?.description ?? "" }
        row.append(r.sample ? "true" : "false")
        row.append(archive.isProvisional(r) ? "true" : "false")
        let revision = r.status.revisedFrom
        row += [revision?.score.description ?? "", revision?.rank.map(String.init) ?? "", revision?.of.map(String.init) ?? "",
                revision?.date.description ?? ""]
        return row
    }

    /// How many of a unit's siblings have figures that month, of those expected; nil for the
    /// root, which has none.
    static func siblings(_ s: Standing) -> Coverage? {
        s.computedRank == nil ? nil : Coverage(withData: s.withData, expected: s.expected)
    }

    /// The rank's fields of a month's figures, as the pages show them (see `Standing.shownRank`).
    static func rankFields(_ s: Standing?) -> [(String, JSONValue)] {
        let shown = s?.shownRank, ranked = s.flatMap(siblings)
        return [("rank", .optional(shown?.rank)), ("rank_of", .optional(shown?.of)),
                ("rank_source", .optional(shown?.source.rawValue)), ("month_complete", ranked.map { .bool($0.isComplete) } ?? .null),
                ("units_with_data", .optional(ranked?.withData)), ("units_expected", .optional(ranked?.expected))]
    }

    /// One result as JSON, laid out for `depth` levels deep.
    static func jsonRow(_ archive: Archive, _ u: UnitID, _ r: ResultRecord, depth: Int) -> [UInt8] {
        let s = archive.standing(u, in: r.period)
        let unit = archive.units[u]
        let index = archive.indexAcrossEditions
        var o = JSONObjectStream(depth: depth, capacity: 900)
        o.begin()
        // A recorded period's row names its period where a month's names its month.
        if let span = archive.span { o.key("period"); o.string(span.description) } else { o.key("month"); o.string(r.period.description) }
        o.key("unit"); o.string(unit.slug)
        o.key("unit_name"); o.string(unit.name)
        o.key("code"); o.string(unit.code)
        o.key("parent"); o.string(unit.parent)
        o.key("score"); o.figure(r.score)
        let shown = s?.shownRank, ranked = s.flatMap(OpenData.siblings)
        o.key("rank"); o.int(shown?.rank)
        o.key("rank_of"); o.int(shown?.of)
        o.key("published_rank"); o.int(r.publishedRank)
        o.key("published_of"); o.int(r.publishedOf)
        o.key("rank_source"); o.string(shown?.source.rawValue)
        o.key("month_complete"); if let ranked { o.bool(ranked.isComplete) } else { o.null() }
        o.key("units_with_data"); o.int(ranked?.withData)
        o.key("units_expected"); o.int(ranked?.expected)
        o.key("groups"); o.begin()
        let groups = r.groups, indicators = r.indicators
        for g in index.groups { o.key(g.key); o.figure(groups[g.key]) }
        o.end()
        criteriaFields(index, r, into: &o)
        o.key("indicators"); o.begin()
        for i in index.indicators { o.key(i.key); o.figure(indicators[i.key]) }
        o.end()
        o.key("sample"); o.bool(r.sample)
        o.key("provisional"); o.bool(archive.isProvisional(r))
        // Only a revised result has the key, as in its file: the national file's 500,000 rows
        // would otherwise each carry a null.
        if let revision = r.status.revisedFrom {
            o.key("revised_from"); o.begin()
            o.key("score"); o.figure(revision.score)
            o.key("rank"); o.int(revision.rank)
            o.key("of"); o.int(revision.of)
            o.key("date"); o.string(revision.date.description)
            o.end()
        }
        o.end()
        return o.bytes
    }

    /// `don-vi/<slug>/du-lieu.json`: one unit and its months. Made apart from the rest, so
    /// that a build can keep the file of a unit whose figures did not change.
    public static func unitFile(_ archive: Archive, _ u: UnitID) -> OutputFile {
        let months: [JSONValue] = archive.history(of: u).map { monthJSON(archive, u, $0) }
        // The recorded quarters, half-years and years apart from the months, as their pages are.
        let periods: [JSONValue] = archive.recordedHistory(of: u).map { monthJSON(archive.recorded[$0]!, u, $0.first) }
        var unit = unitJSON(archive, u)
        if case .object(var pairs) = unit {
            pairs.append(("months", .array(months)))
            if !periods.isEmpty { pairs.append(("periods", .array(periods))) }
            // Only a unit with commitments has the key: the others' files stay as they were.
            let tracked = TrackedCommitment.track(archive.periods.compactMap { archive.result(u, in: $0) })
            if !tracked.isEmpty { pairs.append(("commitments", .array(tracked.map(commitmentJSON)))) }
            unit = .object(pairs)
        }
        return OutputFile(path: SitePaths.unitJSON(archive.units[u].slug), bytes: unit.bytes)
    }

    /// A unit's month in its file: its result's row, or the average it stands on.
    static func monthJSON(_ archive: Archive, _ u: UnitID, _ p: Period) -> JSONValue {
        if let r = archive.result(u, in: p) { return .written(jsonRow(archive, u, r, depth: 2)) }
        let s = archive.standing(u, in: p)!
        var count = 0
        if case .average(let n) = s.source { count = n }
        let name = archive.span.map { ("period", JSONValue.string($0.description)) } ?? ("month", .string(p.description))
        return .object([name, ("score", .figure(s.score)),
                        ("source", .string("average")), ("average_of", .int(count))] + rankFields(s)
                       + [("provisional", .bool(archive.isProvisional(u, in: p)))])
    }

    /// A commitment as its latest month states it, with its status in each month that names it
    /// (`new`, `in_progress`, `done`, `missed`: words a program can compare in any language).
    static func commitmentJSON(_ c: TrackedCommitment) -> JSONValue {
        let latest = c.latest.commitment
        let codes: [Commitment.Status: String] = [.new: "new", .inProgress: "in_progress", .done: "done", .missed: "missed"]
        return .object([
            ("key", .string(c.key)), ("text", .string(latest.text)), ("owner", .optional(latest.owner)),
            ("made", .string(c.made.description)), ("due", .optional(latest.due?.description)),
            ("months", .array(c.months.map { m in
                .object([("month", .string(m.period.description)), ("status", .string(codes[m.commitment.status]!)),
                         ("text", .string(m.commitment.text)), ("note", .optional(m.commitment.note))])
            })),
        ])
    }

    static func unitJSON(_ archive: Archive, _ u: UnitID) -> JSONValue {
        let unit = archive.units[u]
        return .object([
            ("slug", .string(unit.slug)), ("name", .string(unit.name)), ("kind", .string(unit.kind)),
            ("code", .optional(unit.code)), ("parent", .optional(unit.parent)),
            ("lat", .optional(unit.coordinates?.lat)), ("lon", .optional(unit.coordinates?.lon)),
            ("established", .optional(unit.established?.description)), ("dissolved", .optional(unit.dissolved?.description)),
            // `successor` is the unit its figures continue in; `successors` every unit it went into.
            ("successor", .optional(unit.successors.first)), ("successors", .array(unit.successors.map { .string($0) })),
            ("predecessors", .array(archive.predecessors[u].map { .string(archive.units[$0].slug) })),
        ])
    }

    /// The index as the downloads describe it: every edition's groups and indicators, and, when
    /// it has several editions, each edition from its month with the keys of its groups.
    static func indexJSON(_ index: IndexDefinition) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("name", .string(index.name)), ("basis", .optional(index.basis)), ("total", .figure(index.total)),
            ("groups", .array(index.groups.map(groupJSON))),
            ("indicators", .array(index.indicators.map {
                .object([("key", .string($0.key)), ("name", .string($0.name)), ("unit", .string($0.unit)),
                         ("group", .optional($0.group)), ("better", .string($0.better.rawValue))])
            })),
            ("bands", .array(index.bands.map { .object([("name", .string($0.name)), ("min", .figure($0.min))]) })),
        ]
        if !index.editions.isEmpty {
            fields.append(("editions", .array(index.editions.map { e in
                .object([("from", .string(e.from.description)), ("name", .string(e.name)),
                         ("groups", .array(e.groups.map { .string($0.key) })), ("indicators", .array(e.indicators.map { .string($0.key) }))])
            })))
        }
        return .object(fields)
    }

    /// The data dictionary: every column, its meaning, unit and range, from index.yaml; a value as
    /// written in the files is in backticks (`true`), shown as code.
    static func dictionary(index: IndexDefinition, t: Translations) -> [DataColumn] {
        var columns = [
            DataColumn(name: "month", meaning: t("col_month"), unit: "`YYYY-MM`", range: "—"),
            DataColumn(name: "unit", meaning: t("col_unit"), unit: t("unit_text"), range: "a–z, 0–9, -"),
            DataColumn(name: "unit_name", meaning: t("col_unit_name"), unit: t("unit_text"), range: "—"),
            DataColumn(name: "code", meaning: t("col_code"), unit: t("unit_text"), range: t("range_optional")),
            DataColumn(name: "parent", meaning: t("col_parent"), unit: t("unit_text"), range: "—"),
            DataColumn(name: "score", meaning: t("col_score"), unit: t("unit_points"), range: "0–\(t.number(index.total))"),
            DataColumn(name: "rank", meaning: t("col_rank"), unit: t("unit_rank"), range: t("range_from_one")),
            DataColumn(name: "rank_of", meaning: t("col_rank_of"), unit: t("unit_units"), range: t("range_from_one")),
            DataColumn(name: "published_rank", meaning: t("col_published_rank"), unit: t("unit_rank"), range: t("range_optional")),
            DataColumn(name: "published_of", meaning: t("col_published_of"), unit: t("unit_units"), range: t("range_optional")),
            DataColumn(name: "rank_source", meaning: t("col_rank_source"), unit: "`published`, `computed`", range: t("range_optional")),
            DataColumn(name: "month_complete", meaning: t("col_month_complete"), unit: "`true`, `false`", range: t("range_optional")),
            DataColumn(name: "units_with_data", meaning: t("col_units_with_data"), unit: t("unit_units"), range: t("range_optional")),
            DataColumn(name: "units_expected", meaning: t("col_units_expected"), unit: t("unit_units"), range: t("range_optional")),
        ]
        columns += index.groups.map {
            DataColumn(name: $0.key, meaning: t("col_group", ["name": $0.name]), unit: t("unit_points"), range: "0–\(t.number($0.max))")
        }
        columns += criteriaDictionary(index, t: t)
        columns += index.indicators.map {
            DataColumn(name: $0.key, meaning: t("col_indicator", ["name": $0.name, "direction": $0.better == .higher ? t("higher_better") : t("lower_better")]),
                       unit: $0.unit, range: $0.isPercentage ? "0–100" : t("range_whole"))
        }
        columns.append(DataColumn(name: "sample", meaning: t("col_sample"), unit: "`true`, `false`", range: "—"))
        columns.append(DataColumn(name: "provisional", meaning: t("col_provisional"), unit: "`true`, `false`", range: "—"))
        columns += [
            DataColumn(name: "revised_from_score", meaning: t("col_revised_from_score"), unit: t("unit_points"), range: t("range_optional")),
            DataColumn(name: "revised_from_rank", meaning: t("col_revised_from_rank"), unit: t("unit_rank"), range: t("range_optional")),
            DataColumn(name: "revised_from_of", meaning: t("col_revised_from_of"), unit: t("unit_units"), range: t("range_optional")),
            DataColumn(name: "revised_on", meaning: t("col_revised_on"), unit: "`YYYY-MM-DD`", range: t("range_optional")),
        ]
        return columns
    }
}
