/// The values a page's template reads: text, flags, lists and objects whose keys are `Key`s.
///
/// Templates used to read `[String: Any]` dictionaries; on the national archive hashing each
/// key (when the page's context was built and again for every tag) and casting each `Any`
/// was most of the rendering time. Keys are now an enumeration, compared as small integers,
/// and the compiler checks every key a page sets. A template's names are matched to keys once,
/// when the theme is loaded; a name that is no key shows nothing, as a missing key would.
enum Value: Sendable {
    case text(String)
    case flag(Bool)
    case list([Value])
    case object(Object)

    static func list(_ objects: [Object]) -> Value { .list(objects.map(Value.object)) }
    static func texts(_ strings: [String]) -> Value { .list(strings.map(Value.text)) }

    var object: Object? { if case .object(let o) = self { return o }; return nil }
    var string: String? { if case .text(let s) = self { return s }; return nil }
}

extension Value: ExpressibleByStringInterpolation, ExpressibleByBooleanLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(booleanLiteral value: Bool) { self = .flag(value) }
}

/// A context object: a few keys each, searched in order (faster than hashing at this size;
/// the keys are kept apart from the values so that a search reads one byte per key).
/// Setting a key again replaces its value; setting nil removes it.
struct Object: Sendable, ExpressibleByDictionaryLiteral {
    private(set) var keys: [Key]
    private(set) var values: [Value]

    init() { keys = []; values = [] }

    init(dictionaryLiteral elements: (Key, Value)...) {
        keys = elements.map(\.0)
        values = elements.map(\.1)
    }

    var isEmpty: Bool { keys.isEmpty }

    subscript(key: Key) -> Value? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            if let i = keys.firstIndex(of: key) {
                if let newValue { values[i] = newValue } else { keys.remove(at: i); values.remove(at: i) }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    func has(_ key: Key) -> Bool { keys.contains(key) }

    /// Mustache looks a key that a row lacks up in the enclosing contexts, so a row without a
    /// `note` would show the page's. Every optional key a template tests is therefore present,
    /// false when it has no value.
    consuming func filled(_ keys: [Key]) -> Object {
        for key in keys where !has(key) { self.keys.append(key); values.append(.flag(false)) }
        return self
    }

    mutating func reserveCapacity(_ n: Int) {
        keys.reserveCapacity(n)
        values.reserveCapacity(n)
    }
}

/// Every name a page's context can hold.
enum Key: String, Sendable, CaseIterable, Equatable {
    case about, allMonths, asOf, attention, authority, average, averageSort, band, bands, bandsNote, basis
    case better, body, breadcrumbs, canonical, caption, chart, children, childrenRanking, code, codeLabel, columns
    case computed, count, csvHref, current, date, description, dissolved, document, dossiers, dossiersCaption, downloads, empty
    case feedHref, file, first, footerBasis, fullTitle, group, groupHeaders, groups
    case groupsChart, handler, hasBreadcrumbs, hasChange, hasChildren, hasDocument, hasHistory, hasIndicators, hasLowGroups
    case hasMonths, hasParents, hasPredecessors, hasSuccessors
    case head, heading, history, historyCaption, href, i, index, indicators, intro, jsonHref, jsonLD, key
    case kind, lang, last, latest, layout, license, licenseIsLink, locale, low, lowGroups, main, max
    case maxText, meaning, members, meta, min, missing, month, monthHref, monthPartial, monthSort, monthTitle, months
    case name, nav, neighbours, next, noData, note, noun, number, offline, ogDescription, ogTitle, origin, overdue
    case overdueHeading, parent, parents, partial, percent, predecessors, previous, principal, profile, published, range, rank, rankChange
    case rankChangeLabel, rankDown, rankNote, rankSame, rankSort, rankUp, ranked, ranking, rankingOfMonth, received
    case report, resolved, root, rootAverage, rootName, rootReport, rootScore, rowAverage, rowSample, rows, sample
    case score, scoreChange, scoreChangeLabel, scoreChangeSort, scoreDown, scoreSame, scoreSort, scoreUp
    case search, showIndicators, signer, siteFeed, siteTitle, size, sort, source, sourceAuthority, standing
    case successors, summary, tables, template, time, title, total, totalText, tree, unit, unitHref, unitSearch
    case unitsHref, updated, value, year, yearHref, yearTitle, years
    // The data dictionary's texts in pieces, values as written in the files marked as code.
    case meaningParts, unitParts
    // A complete month's first unit(s), under its title.
    case monthTop
    // The map of a parent's units (PageContext+Map.swift).
    case childrenMap, mapKey, mapKeys, mapNote, mapSVG, mapUnplaced
    // Tables that fit, the report's indicators and its comparison with the unit's siblings
    case alone, best, bestNames, comparison, counted, legend, median, own, short, unpublished
    // A long ranking's pages (RankingParts).
    case parts, partLinks, firstHref, firstTitle
    // What would win points back, and the criteria (PageContext+Recoverable.swift).
    case recoverable, criteriaRows, criteriaCaption, ratio, others
    // The index's editions.
    case editions
    case provisional, provisionalNote, revised, rowProvisional
    // A report's rank of the unit in each group (GroupRanks.swift).
    case groupRank, hasGroupRanks
    // A group's page ranked by each of its criteria (PageContext+Pages.swift).
    case criteriaHeading, criteriaRankings
    // A unit's commitments followed month by month (PageContext+Commitments.swift).
    case commitments, due, firstText, lastMonth, made, owner, status, text, then, thisMonth
    // Recorded quarters, half-years and years (Archive+Recorded.swift, PageContext+Recorded.swift).
    case downloadLabel, periods, recorded, recordedYear
    // A draft shown by `serve --drafts`: its report's banner, its rows' label.
    case draft, rowDraft
}
