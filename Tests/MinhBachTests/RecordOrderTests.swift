import Testing
@testable import MinhBachOutput

/// The numbers and the order of what a build records: a wrong digit or a path out of place
/// would let the next build believe a file or a folder it should have checked.
@Suite("The records' numbers and order")
struct RecordOrderTests {
    @Test(arguments: [
        ("0", UInt64(0)), ("9", 9), ("a", 10), ("F", 15), ("ff", 255), ("DeadBeef", 0xDEAD_BEEF),
        ("ffffffffffffffff", UInt64.max), ("0123456789abcdef", 0x0123_4567_89AB_CDEF),
    ])
    func readsHexDigits(text: String, value: UInt64) {
        #expect(hex(text) == value)
    }

    /// The bytes just outside each range of digits (`/`, `:`, `@`, `G`, `` ` ``, `g`), a space,
    /// a sign, nothing and one digit too many.
    @Test(arguments: ["", "/", ":", "@", "G", "`", "g", "1 ", "-1", "0x1", "1ffffffffffffffff", "é"])
    func refusesAnythingElseAsHex(text: String) {
        #expect(hex(text) == nil)
    }

    @Test(arguments: [("0", UInt64(0)), ("7", 7), ("1764590400123456789", 1_764_590_400_123_456_789), ("9999999999999999999", 9_999_999_999_999_999_999)])
    func readsDecimalDigits(text: String, value: UInt64) {
        #expect(decimal(text) == value)
        var written: [UInt8] = []
        appendDecimal(value, to: &written)
        #expect(String(decoding: written, as: UTF8.self) == text)
    }

    @Test(arguments: ["", "/", ":", "1a", "+1", "-1", "12345678901234567890"])
    func refusesAnythingElseAsDecimal(text: String) {
        #expect(decimal(text) == nil)
    }

    @Test func writesSixteenLowerCaseHexDigits() {
        var out: [UInt8] = []
        appendHex(0xAB, to: &out)
        appendDecimal(Int64(-42), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "00000000000000ab-42")
    }

    /// A correction keeps every path; a new page (`2024-07`) goes between the old ones; a page
    /// given twice counts once, the last time; one that is gone is counted as dropped.
    @Test func putsTheNewSiteInPathOrderByTheManifest() throws {
        let manifest = try #require(Manifest.parse(manifestText(["2024-05/index.html", "2024-06/index.html", "2024-08/index.html", "gone.html"])))
        let paths = ["2024-08/index.html", "2024-07/index.html", "2024-05/index.html", "a.html", "2024-06/index.html", "a.html"]
        let known = paths.map { manifest.positions[$0] }
        let order = PathOrder(paths, known: known, in: manifest)
        #expect(order.sorted == ["2024-05/index.html", "2024-06/index.html", "2024-07/index.html", "2024-08/index.html", "a.html"])
        #expect(order.indices == [2, 4, 1, 0, 5])
        #expect(order.dropped == 1)
        #expect(!order.isManifest)
        #expect(order.contains("a.html") && !order.contains("gone.html") && !order.contains("2024"))

        let same = ["2024-08/index.html", "gone.html", "2024-05/index.html", "2024-06/index.html"]
        #expect(PathOrder(same, known: same.map { manifest.positions[$0] }, in: manifest).isManifest)
    }

    @Test func matchesTwoFolderListsSideBySide() throws {
        let stamp = { (n: UInt64) in FileStamp(inode: n, size: 0, modified: 0, changed: 0) }
        let present = [("", stamp(1)), ("don-vi", stamp(2)), ("don-vi/an", stamp(3)), ("old", stamp(4))]
        let matched = try #require(FolderMatch.match(["", "don-vi", "don-vi/an", "don-vi/binh", "new"], present))
        #expect(matched.stamps.map { $0?.inode } == [1, 2, 3, nil, nil])
        #expect(matched.unwanted == ["old"])
        // Out of order, a list cannot be walked: nil, and the caller looks each folder up.
        #expect(FolderMatch.match(["don-vi", ""], present) == nil)
        #expect(FolderMatch.match([""], [("b", stamp(1)), ("a", stamp(2))]) == nil)
    }

    /// A state is read back as written, also one with no file of the site (its folder lines
    /// then follow the header at once) and one with no folder either.
    @Test(arguments: [(0, false), (0, true), (1, true), (3, true)])
    func aStateIsReadBackAsWritten(files: Int, withFolders: Bool) throws {
        var state = BuildState(inputHash: "abc-\(files)")
        state.manifestChecksum = 0xFEED
        state.device = 42
        state.keys = (0..<files).map { $0 == 1 ? nil : UInt64($0 + 7) }
        state.stamps = (0..<files).map { FileStamp(inode: UInt64(100 + $0), size: 5, modified: -3, changed: 9) }
        state.folders = !withFolders ? [] : [("", FileStamp(inode: 1, size: 0, modified: 2, changed: 3)), ("don-vi", FileStamp(inode: 4, size: 0, modified: 5, changed: 6))]
        state.foreign = files == 3 ? [("CNAME", .file, FileStamp(inode: 8, size: 12, modified: 1, changed: 1))] : []
        let read = try #require(BuildState.parse(state.encoded()))
        #expect(read.inputHash == state.inputHash && read.manifestChecksum == 0xFEED && read.device == 42)
        #expect(read.keys == state.keys)
        #expect(read.stamps == state.stamps)
        #expect(read.folders.map(\.path) == state.folders.map(\.path) && read.folders.map(\.stamp.inode) == state.folders.map(\.stamp.inode))
        #expect(read.foreign.map(\.path) == state.foreign.map(\.path))
    }

    private func hex(_ text: String) -> UInt64? {
        Array(text.utf8).withUnsafeBufferPointer { hexNumber($0[...]) }
    }

    private func decimal(_ text: String) -> UInt64? {
        Array(text.utf8).withUnsafeBufferPointer { decimalNumber($0[...]) }
    }

    private func manifestText(_ paths: [String]) -> [UInt8] {
        var out = Manifest.header
        for path in paths { Manifest.appendLine(path, Manifest.Entry(hash: 1, size: 1), to: &out) }
        ChecksummedText.seal(&out)
        return out
    }
}
