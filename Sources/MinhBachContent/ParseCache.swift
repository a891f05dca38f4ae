import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

/// The results read by an earlier build, each with the hash of the bytes it was read from,
/// so that a build after a one-file correction parses one file instead of eighty thousand.
///
/// Safe by construction: an entry is used only for a file whose bytes hash to the same value
/// now, and the whole cache only when everything else that shapes a record is the same (the
/// generator, index.yaml, the raw-HTML setting, how paths are shown: the salt). Only files
/// that loaded without any diagnostic are kept, so a cached file never hides a warning.
///
/// A `CacheFile`: an entry is a result's path, the hash of its file's bytes and the record,
/// checked against its checksum (of the salt and all of that) before it is used; one that
/// fails is dropped and its file parsed again. A cache that cannot be read (missing, cut,
/// another version, framing that does not agree) is ignored, and every file parsed again.
///
/// A build that parsed only a few files appends them to a small journal beside the cache
/// instead of writing the whole cache again (hundreds of megabytes for a national archive);
/// the cache is written whole, and the journal dropped, once the journal grows past a
/// twentieth of the entries.
public struct ParseCache: Sendable {
    public struct Entry: Sendable {
        /// The file's path as diagnostics show it.
        public let path: String
        public let hash: UInt64
        public let record: ResultRecord
        /// The entry as stored in the file it was read from (the cache, 0, or its journal,
        /// 1), so that writing it again copies its bytes instead of encoding the record.
        let stored: (file: Int, entry: CacheFile.Entry)?

        public init(path: String, hash: UInt64, record: ResultRecord) {
            self.init(path: path, hash: hash, record: record, stored: nil)
        }

        init(path: String, hash: UInt64, record: ResultRecord, stored: (file: Int, entry: CacheFile.Entry)?) {
            self.path = path
            self.hash = hash
            self.record = record
            self.stored = stored
        }
    }

    /// In the order of their paths' bytes, each path once. An array, not a dictionary: the
    /// load phase asks for the entries in that same order, so each is found by one step,
    /// where building a dictionary of 80,000 paths took a core for a tenth of a second.
    public let entries: [Entry]
    public let salt: UInt64
    /// Whether the entries were read from a cache for this salt (their `stored` bytes may
    /// then be written again as they are, and small changes go to the journal).
    let readFromCache: Bool

    public init(salt: UInt64, entries: [Entry] = []) {
        self.init(salt: salt, entries: entries, readFromCache: false)
    }

    /// A cache of `entries`, some of them taken from `previous` as they were stored.
    public init(salt: UInt64, entries: [Entry], previous: ParseCache) {
        self.init(salt: salt, entries: entries, readFromCache: previous.salt == salt && previous.readFromCache)
    }

    /// - Parameter inPathOrder: whether `entries` are known to be in path order, each path once.
    private init(salt: UInt64, entries: [Entry], readFromCache: Bool, inPathOrder: Bool = false) {
        self.salt = salt
        self.readFromCache = readFromCache
        let entries = readFromCache ? entries : entries.map { Entry(path: $0.path, hash: $0.hash, record: $0.record) }
        self.entries = inPathOrder || ParseCache.inPathOrder(entries) ? entries : ParseCache.unique(entries.sorted { utf8Precedes($0.path, $1.path) })
    }

    /// Where each of `paths` (nil: none wanted) is in `entries`. A path that follows the
    /// previous one found is checked first, so paths given in order cost a comparison each.
    public func positions(of paths: [String?]) -> [Int?] {
        orderedPositions(of: paths, count: entries.count,
                         equal: { utf8Equal(entries[$0].path, $1) }, precedes: { utf8Precedes(entries[$0].path, $1) })
    }

    static func format(_ salt: UInt64) -> CacheFile { CacheFile(format: "minhbach-parse-cache/7", salt: salt) }

    static func journal(of file: String) -> String { file + ".journal" }

    /// The cache stored at `file` and its journal, without the entries that fail their
    /// checksum; an empty one when it is missing or was made for other inputs than `salt`
    /// describes.
    public static func read(from file: String, salt: UInt64) -> ParseCache {
        guard var entries = decode(file, salt: salt, source: 0) else { return ParseCache(salt: salt) }
        if let newer = decode(journal(of: file), salt: salt, source: 1), !newer.isEmpty {
            // Both in path order: merged in one pass, the journal's entry winning.
            var merged: [Entry] = []
            merged.reserveCapacity(entries.count + newer.count)
            var j = 0
            for entry in entries {
                while j < newer.count && utf8Precedes(newer[j].path, entry.path) { merged.append(newer[j]); j += 1 }
                if j < newer.count && !utf8Precedes(entry.path, newer[j].path) { merged.append(newer[j]); j += 1 } else { merged.append(entry) }
            }
            merged += newer[j...]
            entries = merged
        }
        return ParseCache(salt: salt, entries: entries, readFromCache: true, inPathOrder: true)
    }

    /// The sound entries of the cache file at `file` in path order, or nil when it is not a
    /// cache for `salt` (or not in the order `write` puts them).
    private static func decode(_ file: String, salt: UInt64, source: Int) -> [Entry]? {
        let read = format(salt).read(file) { stored -> Entry? in
            var r = ByteReader(bytes: stored.bytes, offset: stored.range.lowerBound)
            guard let path = r.string(), let hash = r.u64(), let record = r.record(file: path), r.offset == stored.range.upperBound else { return nil }
            return Entry(path: path, hash: hash, record: record, stored: (source, stored.entry))
        }
        guard let decoded = read?.entries else { return nil }
        let entries = decoded.compactMap { $0 }
        return inPathOrder(entries) ? entries : nil
    }

    static func inPathOrder(_ entries: [Entry]) -> Bool {
        entries.indices.dropFirst().allSatisfy { utf8Precedes(entries[$0 - 1].path, entries[$0].path) }
    }

    /// Sorted entries with each path once (the last given wins).
    static func unique(_ sorted: [Entry]) -> [Entry] {
        sorted.indices.compactMap { i in
            i + 1 < sorted.count && !utf8Precedes(sorted[i].path, sorted[i + 1].path) ? nil : sorted[i]
        }
    }

    /// Writes what changed since the cache was read: into the journal when that is small,
    /// else the whole cache. Each file is written whole (temporary name, then rename); a
    /// failure only costs speed.
    public func write(to file: String) {
        let outsideCache = entries.filter { $0.stored?.file != 0 }
        if readFromCache && outsideCache.count <= max(1, entries.count / 20) {
            write(outsideCache, to: ParseCache.journal(of: file))
        } else {
            write(entries, to: file)
            unlink(ParseCache.journal(of: file))
        }
    }

    /// - Parameter entries: in path order.
    private func write(_ entries: [Entry], to file: String) {
        // Entries read before are copied as they were stored; new ones are encoded.
        let format = ParseCache.format(salt)
        let stored = entries.map { entry -> CacheFile.Entry in
            if let stored = entry.stored { return stored.entry }
            var w = ByteWriter()
            w.string(entry.path)
            w.u64(entry.hash)
            w.record(entry.record)
            return format.entry(w.bytes[...])
        }
        format.write(stored, to: file)   // a cache that cannot be written only costs speed
    }
}

extension ByteWriter {
    mutating func day(_ d: Day) { int(d.year); int(d.month); int(d.day) }
    mutating func location(_ l: SourceLocation) { string(l.file); int(l.line); int(l.column) }
    mutating func figures(_ map: [String: Figure]) {
        int(map.count)
        for key in map.keys.sorted() { string(key); int(Int(map[key]!.units)) }
    }

    mutating func record(_ r: ResultRecord) {
        string(r.unit); int(r.period.year); int(r.period.month)
        location(r.location)
        int(Int(r.score.units))
        optional(r.publishedRank) { $0.int($1) }
        optional(r.publishedOf) { $0.int($1) }
        optional(r.rankLocation) { $0.location($1) }
        for map in r.figures.maps.all { figures(map) }
        int(r.overdue.count)
        for o in r.overdue {
            string(o.code)
            optional(o.received) { $0.day($1) }
            optional(o.handler) { $0.string($1) }
            optional(o.note) { $0.string($1) }
            optional(o.resolved) { $0.day($1) }
            // The entry is in the record's own file: its line and column suffice.
            int(o.location.line); int(o.location.column)
        }
        optional(r.document) { w, d in
            w.optional(d.number) { $0.string($1) }
            w.optional(d.date) { $0.day($1) }
            w.optional(d.signer) { $0.string($1) }
            w.optional(d.title) { $0.string($1) }
        }
        optional(r.asOf) { w, t in w.day(t.day); w.int(t.hour); w.int(t.minute) }
        optional(r.source) { $0.string($1) }
        optional(r.note) { $0.string($1) }
        bool(r.sample)
        status(r.status)
        string(r.bodyHTML)
        commitments(r.commitments)
        optional(r.span) { w, s in w.int(s.kind.rawValue); w.int(s.year); w.int(s.number) }
    }

    /// Their places are in the record's own file: only lines and columns are stored.
    mutating func commitments(_ list: [Commitment]) {
        func place(_ w: inout ByteWriter, _ l: SourceLocation) { w.int(l.line); w.int(l.column) }
        int(list.count)
        for c in list {
            string(c.key); string(c.text)
            optional(c.owner) { $0.string($1) }
            optional(c.due) { $0.day($1) }
            int(c.status.rawValue)
            optional(c.note) { $0.string($1) }
            int(c.position)
            place(&self, c.keyLocation); place(&self, c.textLocation); place(&self, c.statusLocation)
            optional(c.dueLocation) { place(&$0, $1) }
        }
    }
}

extension ByteWriter {
    mutating func status(_ s: ResultStatus) {
        optional(s.provisional) { $0.bool($1) }
        optional(s.provisionalLocation) { $0.location($1) }
        optional(s.revisedFrom) { w, v in
            w.int(Int(v.score.units)); w.optional(v.rank) { $0.int($1) }; w.optional(v.of) { $0.int($1) }; w.day(v.date)
        }
    }
}

extension ByteReader {
    mutating func status() -> ResultStatus? {
        guard let provisional = optional({ $0.bool() }), let location = optional({ $0.location() }),
              let revision = optional({ r -> Revision? in
                  guard let score = r.int(), let rank = r.optional({ $0.int() }), let of = r.optional({ $0.int() }),
                        let date = r.day() else { return nil }
                  return Revision(score: Figure(units: Int64(score)), rank: rank, of: of, date: date)
              }) else { return nil }
        return ResultStatus(provisional: provisional, provisionalLocation: location, revisedFrom: revision)
    }

    mutating func day() -> Day? {
        guard let y = int(), let m = int(), let d = int() else { return nil }
        return Day(year: y, month: m, day: d)
    }
    mutating func location() -> SourceLocation? {
        guard let f = string(), let l = int(), let c = int() else { return nil }
        return SourceLocation(file: f, line: l, column: c)
    }
    mutating func figures() -> [String: Figure]? {
        guard let n = int(), n >= 0, n < 10_000 else { return nil }
        var map: [String: Figure] = [:]
        map.reserveCapacity(n)
        for _ in 0..<n {
            guard let k = string(), let v = int() else { return nil }
            map[k] = Figure(units: Int64(v))
        }
        return map
    }

    /// Steps over what `figures()` reads, checking that it lies within the bytes: a record's
    /// figures are decoded only when a page shows them (see `RecordFigures`).
    mutating func skipFigures() -> Bool {
        guard let n = int(), n >= 0, n < 10_000 else { return false }
        for _ in 0..<n {
            guard let length = int(), length >= 0, offset + length + 8 <= bytes.count else { return false }
            offset += length + 8
        }
        return true
    }

    /// - Parameter file: the path the entry is stored under, which is almost always the
    ///   record's own file: that string is then shared, not made again for each of 80,000.
    /// The next string, as `known` itself when it has the same bytes.
    mutating func string(reusing known: String) -> String? {
        guard let n = int(), n >= 0, offset + n <= bytes.count else { return nil }
        defer { offset += n }
        if n == 0 { return "" }
        let same = withUTF8Bytes(of: known) { k in
            bytes.withUnsafeBufferPointer { sameBytes(k, UnsafeBufferPointer(rebasing: $0[offset..<(offset + n)])) }
        }
        return same ? known : String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }

    mutating func record(file: String) -> ResultRecord? {
        guard let unit = string(), let year = int(), let month = int(), let period = Period(year: year, month: month),
              let locationFile = string(reusing: file), let line = int(), let column = int(), let score = int(),
              let rank = optional({ $0.int() }), let of = optional({ $0.int() }), let rankLocation = optional({ $0.location() }),
              case let figuresStart = offset, (0..<RecordFigures.Maps.count).allSatisfy({ _ in skipFigures() }),
              let overdueCount = int(), overdueCount >= 0, overdueCount < 100_000
        else { return nil }
        var overdue: [OverdueDossier] = []
        for _ in 0..<overdueCount {
            guard let code = string(), let received = optional({ $0.day() }), let handler = optional({ $0.string() }),
                  let note = optional({ $0.string() }), let resolved = optional({ $0.day() }),
                  let codeLine = int(), let codeColumn = int() else { return nil }
            overdue.append(OverdueDossier(code: code, received: received, handler: handler, note: note, resolved: resolved,
                                          location: SourceLocation(file: locationFile, line: codeLine, column: codeColumn)))
        }
        guard let document = optional({ r -> NoticeDocument? in
                  guard let number = r.optional({ $0.string() }), let date = r.optional({ $0.day() }),
                        let signer = r.optional({ $0.string() }), let title = r.optional({ $0.string() }) else { return nil }
                  return NoticeDocument(number: number, date: date, signer: signer, title: title)
              }),
              let asOf = optional({ r -> Timestamp? in
                  guard let day = r.day(), let hour = r.int(), let minute = r.int() else { return nil }
                  return Timestamp(day: day, hour: hour, minute: minute)
              }),
              let source = optional({ $0.string() }), let note = optional({ $0.string() }),
              let sample = bool(), let status = status(), let bodyCount = int(), bodyCount >= 0, offset + bodyCount <= bytes.count
        else { return nil }
        let body = LazyText(bytes: bytes, range: offset..<(offset + bodyCount))
        offset += bodyCount
        guard let commitments = commitments(file: locationFile),
              let span = optional({ r -> ReportingPeriod? in
                  guard let raw = r.int(), let kind = ReportingPeriod.Kind(rawValue: raw), let year = r.int(), let number = r.int()
                  else { return nil }
                  return ReportingPeriod(kind: kind, year: year, number: number)
              }) else { return nil }
        return ResultRecord(unit: unit, period: period, location: SourceLocation(file: locationFile, line: line, column: column),
                            score: Figure(units: Int64(score)),
                            publishedRank: rank, publishedOf: of, rankLocation: rankLocation,
                            figures: RecordFigures(bytes: bytes, offset: figuresStart), overdue: overdue, document: document,
                            asOf: asOf, source: source, note: note, sample: sample, status: status, body: body, commitments: commitments,
                            span: span)
    }

    mutating func commitments(file: String) -> [Commitment]? {
        guard let count = int(), count >= 0, count < 10_000 else { return nil }
        func place(_ r: inout ByteReader) -> SourceLocation? {
            guard let line = r.int(), let column = r.int() else { return nil }
            return SourceLocation(file: file, line: line, column: column)
        }
        var list: [Commitment] = []
        for _ in 0..<count {
            guard let key = string(), let text = string(), let owner = optional({ $0.string() }), let due = optional({ $0.day() }),
                  let raw = int(), let status = Commitment.Status(rawValue: raw), let note = optional({ $0.string() }),
                  let position = int(), let keyLocation = place(&self), let textLocation = place(&self),
                  let statusLocation = place(&self), let dueLocation = optional({ place(&$0) }) else { return nil }
            list.append(Commitment(key: key, text: text, owner: owner, due: due, status: status, note: note, position: position,
                                   keyLocation: keyLocation, textLocation: textLocation, statusLocation: statusLocation,
                                   dueLocation: dueLocation))
        }
        return list
    }
}
