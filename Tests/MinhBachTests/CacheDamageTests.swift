import Foundation
import Testing
import MinhBachBuild
import MinhBachCore
import MinhBachInputs
import MinhBachOutput

/// A province site built once with its caches, which each case damages in its own way
/// before a build into a fresh folder: that build must be byte for byte a build without any
/// cache, with or without an edit of the content since the caches were made.
final class DamagedCacheBench {
    typealias Kept = ParseCacheTests.Kept

    let province = ProvinceSite()
    let kept: Kept
    /// The cache files of `kept` as the first build left them, by path.
    private(set) var pristine: [String: [UInt8]] = [:]
    /// The whole cache folder as the first build left it.
    private var folder: [String: Data] = [:]
    /// A build without caches, before and after the edit.
    private var reference: [Bool: [String: Data]] = [:]
    private var edited = false

    /// - Parameter trustStamps: whether to wait until the input stamps may be trusted, so that
    ///   the builds consult them.
    init(_ kept: Kept, trustStamps: Bool = false) throws {
        self.kept = kept
        if trustStamps { Thread.sleep(forTimeInterval: 2.2) }
        #expect(province.build().succeeded)
        folder = snapshot(province.cache)
        for path in try kept.files(in: province.cache) { pristine[path] = try #require(FileManager.default.contents(atPath: path)).bytes }
        reference[false] = province.fullBuild()
        edit(true)
        reference[true] = province.fullBuild()
        edit(false)
    }

    deinit { province.cleanUp() }

    /// `an`'s March result corrected (72 → 90), or as it was: the build consults the cache for
    /// every other file, and this one is read again.
    func edit(_ on: Bool) {
        guard on != edited else { return }
        province.result("an", "2024-03", score: on ? 90 : 72)
        edited = on
    }

    /// The paths of the cache files, in order.
    var paths: [String] { pristine.keys.sorted() }

    /// Puts the caches back as the first build left them, lets `damage` change the files of
    /// `kept` (by path; a file it drops is removed), builds with or without the edit, and
    /// expects the published files of a build without caches.
    func expectHarmless(_ what: String, edited: Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                        _ damage: (inout [String: [UInt8]]) -> Void) {
        try? FileManager.default.removeItem(atPath: province.cache)
        for (relative, bytes) in folder {
            let path = province.cache + "/" + relative
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: path, contents: bytes)
        }
        edit(edited)
        var files = pristine
        damage(&files)
        for path in pristine.keys where files[path] == nil { try? FileManager.default.removeItem(atPath: path) }
        for (path, bytes) in files { _ = FileManager.default.createFile(atPath: path, contents: Data(bytes)) }
        let output = province.site.folder + "/damaged-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let report = SiteBuilder.build(province.options(output: output))
        #expect(report.succeeded, "\(kept), \(what): \(report.diagnostics)", sourceLocation: sourceLocation)
        let wrong = differences(province.published(output), reference[edited]!)
        #expect(wrong == [], "\(kept), \(what)\(edited ? ", after an edit" : ""): \(wrong.prefix(5))", sourceLocation: sourceLocation)
    }
}

extension Data {
    var bytes: [UInt8] { [UInt8](self) }
}

/// A small seeded generator (SplitMix64), so that a failing sample can be drawn again.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Array where Element == UInt8 {
    /// Where `pattern` first occurs.
    func firstRange(of pattern: [UInt8]) -> Range<Int>? {
        guard !pattern.isEmpty, pattern.count <= count else { return nil }
        for i in 0...(count - pattern.count) where self[i] == pattern[0] && Array(self[i..<(i + pattern.count)]) == pattern {
            return i..<(i + pattern.count)
        }
        return nil
    }

    /// With every occurrence of `a` and of `b` (of the same length) exchanged.
    func exchanging(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        var copy = self
        var i = 0
        while i + a.count <= count {
            let here = Array(self[i..<(i + a.count)])
            if here == a || here == b {
                copy.replaceSubrange(i..<(i + a.count), with: here == a ? b : a)
                i += a.count
            } else {
                i += 1
            }
        }
        return copy
    }

    /// With the first occurrence of `pattern` replaced by `replacement` (of the same length).
    func replacingFirst(_ pattern: [UInt8], with replacement: [UInt8]) -> [UInt8]? {
        guard let range = firstRange(of: pattern) else { return nil }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}

/// The little-endian bytes of `value`, as the caches store numbers.
func littleEndian(_ value: Int64) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }

@Suite("Damaged caches: a build is byte for byte a build without them")
struct CacheDamageTests {
    typealias Kept = ParseCacheTests.Kept

    /// A bit flipped at ~200 places drawn over all the files of a kind (half of them with an
    /// edit of the content); the seed is printed, so that a failure can be drawn again.
    @Test(arguments: Kept.allCases)
    func aFlippedBitAnywhereIsHarmless(kept: Kept) throws {
        let bench = try DamagedCacheBench(kept, trustStamps: kept == .inputs)
        let seed = UInt64(ProcessInfo.processInfo.environment["CACHE_DAMAGE_SEED"] ?? "") ?? UInt64.random(in: 0...UInt64.max)
        print("\(kept): flipped bits drawn with CACHE_DAMAGE_SEED=\(seed)")
        var random = SeededGenerator(state: seed)
        let paths = bench.paths
        let total = paths.reduce(0) { $0 + bench.pristine[$1]!.count }
        for sample in 0..<200 {
            var at = Int.random(in: 0..<total, using: &random)
            let bit = UInt8(1) << UInt8.random(in: 0..<8, using: &random)
            let path = paths.first { p in
                if at < bench.pristine[p]!.count { return true }
                at -= bench.pristine[p]!.count
                return false
            }!
            bench.expectHarmless("bit \(bit) of byte \(at) of \((path as NSString).lastPathComponent) flipped", edited: sample % 2 == 1) {
                $0[path]![at] ^= bit
            }
        }
    }

    @Test(arguments: Kept.allCases)
    func aCutOrAddedBytesAreHarmless(kept: Kept) throws {
        let bench = try DamagedCacheBench(kept)
        for edited in [false, true] {
            for path in bench.paths {
                let name = (path as NSString).lastPathComponent
                let count = bench.pristine[path]!.count
                for length in Set([0, 1, 10, 30, count / 2, count - 9, count - 8, count - 1]) where length >= 0 && length < count {
                    bench.expectHarmless("\(name) cut to \(length) bytes", edited: edited) { $0[path]!.removeLast(count - length) }
                }
                for garbage: [UInt8] in [[0], Array(repeating: 0, count: 8), Array("garbage\n".utf8), bench.pristine[path]!] {
                    bench.expectHarmless("\(garbage.count) bytes added to \(name)", edited: edited) { $0[path]! += garbage }
                }
                bench.expectHarmless("\(name) removed", edited: edited) { $0[path] = nil }
            }
        }
    }

    /// Entries moved: within a file (two results' paths of the same length exchanged, which
    /// is the two entries exchanged with their keys left in place), from one month's file to
    /// another's, and from another content folder's caches.
    @Test(arguments: Kept.allCases)
    func entriesMovedAreHarmless(kept: Kept) throws {
        let bench = try DamagedCacheBench(kept)
        let other = try DamagedCacheBench(kept)
        let foreign = other.paths.map { other.pristine[$0]! }
        let (a, b) = (Array("2024-01/hoa.md".utf8), Array("2024-02/hoa.md".utf8))
        for edited in [false, true] {
            bench.expectHarmless("two entries' keys exchanged", edited: edited) { files in
                for path in files.keys { files[path] = files[path]!.exchanging(a, b) }
            }
            if bench.paths.count > 1 {
                bench.expectHarmless("two months' files exchanged", edited: edited) { files in
                    let (first, last) = (bench.paths.first!, bench.paths.last!)
                    (files[first], files[last]) = (files[last], files[first])
                }
            }
            bench.expectHarmless("the files of another content folder's cache", edited: edited) { files in
                for (path, bytes) in zip(bench.paths, foreign) { files[path] = bytes }
            }
        }
    }

    /// The hostile tester's case: a cached body edited to hold a script, although the site
    /// does not allow raw HTML.
    @Test func anEditedCachedBodyIsNotPublished() throws {
        let bench = try DamagedCacheBench(.results)
        let body = Array("Thông báo kết quả tháng 2024-01.".utf8)
        var script = Array("<script>alert(1)</script>".utf8)
        script += Array(repeating: UInt8(ascii: " "), count: body.count - script.count)
        for edited in [false, true] {
            bench.expectHarmless("a body replaced by a script", edited: edited) { files in
                for path in files.keys { files[path] = files[path]!.replacingFirst(body, with: script) ?? files[path]! }
                #expect(files.values.contains { $0.firstRange(of: script) != nil })
            }
        }
    }

    /// A figure replaced by another in a cached result (binh's January score, 65 → 75) and in
    /// a month's cached rows of the downloads.
    @Test(arguments: [Kept.results, .downloads])
    func anEditedCachedFigureIsNotPublished(kept: Kept) throws {
        let bench = try DamagedCacheBench(kept)
        let (was, now) = kept == .results ? (littleEndian(65 * Figure.scale), littleEndian(75 * Figure.scale))
                                          : (Array(",65,".utf8), Array(",75,".utf8))
        for edited in [false, true] {
            bench.expectHarmless("65 replaced by 75", edited: edited) { files in
                var replaced = 0
                for path in files.keys {
                    if let bytes = files[path]!.replacingFirst(was, with: now) { files[path] = bytes; replaced += 1 }
                }
                #expect(replaced > 0)
            }
        }
    }

    /// A stamp rewritten to show an edited file as it is now, and the stamping as later than
    /// the edit: the file must still be read, not taken for the one stamped.
    @Test func anEditedStampDoesNotHideAnEdit() throws {
        let bench = try DamagedCacheBench(.inputs, trustStamps: true)
        let file = bench.province.site.content + "/results/2024-03/an.md"
        let stamps = try #require(bench.paths.first)
        let taken = try #require(InputStamps.read(from: stamps)).taken
        bench.expectHarmless("an edited file's stamp and the stamping time rewritten", edited: true) { files in
            var now = stat()
            #expect(stat(file, &now) == 0)
            let modified: Int64 = Int64(now.st_mtim.tv_sec) * 1_000_000_000 + Int64(now.st_mtim.tv_nsec)
            let changed: Int64 = Int64(now.st_ctim.tv_sec) * 1_000_000_000 + Int64(now.st_ctim.tv_nsec)
            let fields: [Int64] = [Int64(now.st_ino), Int64(now.st_size), modified, changed]
            for path in files.keys {
                var bytes = files[path]!
                // The path, then the device, inode, size, modification and change times.
                guard let at = bytes.firstRange(of: Array("results/2024-03/an.md".utf8)) else { continue }
                for (i, field) in fields.enumerated() {
                    let start = at.upperBound + 8 * (i + 1)
                    bytes.replaceSubrange(start..<(start + 8), with: littleEndian(field))
                }
                files[path] = bytes.replacingFirst(littleEndian(taken), with: littleEndian(InputStamps.now + 5_000_000_000))
            }
        }
    }
}
