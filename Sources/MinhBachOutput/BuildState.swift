import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

/// What a build leaves for the next one beside the manifest, as `.minhbach-state`: the hash of
/// all its inputs (only after a build without errors) with its warnings, to be shown again by
/// a build that finds nothing changed, for every file of the manifest a key of the inputs it was made from and
/// its stamp, and the stamps of the entries it did not make (`CNAME`, `.well-known/`) and of
/// every folder. It depends on the machine and on this build of `minhbach`, so it is kept apart
/// from the manifest, which is published and committed; it names the manifest it goes with by
/// its checksum, and lists the manifest's files in the manifest's order, one line each.
///
/// Deleting it, or any damage to it, is always safe: the next build then reads every file of
/// the output to know what it holds, and renders every page.
public struct BuildState: Sendable {
    public static let fileName = ".minhbach-state"

    public var inputHash: String?
    /// The warnings of the build that recorded `inputHash`, one encoded diagnostic each (no
    /// line break in one): a build skipped as up to date shows them again, so that a month
    /// still incomplete is not said once and then never.
    public var warnings: [String] = []
    /// By position in the manifest: the key of the inputs the file was made from, and its
    /// stamp, taken once it was in place.
    var keys: [UInt64?] = []
    var stamps: [FileStamp] = []
    /// Entries the build did not make.
    var foreign: [(path: String, kind: EntryKind, stamp: FileStamp)] = []
    /// Every folder of the tree (`""` for the tree itself), parents first, with its stamp:
    /// adding, removing or renaming an entry moves a folder's modification and change times (a
    /// tool can set the first back, as `touch -r` and `rsync -t` do, never the second).
    var folders: [(path: String, stamp: FileStamp)] = []
    /// The manifest this state goes with, and the device the tree is on.
    var manifestChecksum: UInt64 = 0
    var device: UInt64 = 0
    /// When the state was recorded, by the file system's clock (the file's own modification
    /// time): a stamp is trusted only when what it stamps had not changed since before then.
    var recordedAt: Int64 = 0

    public init(inputHash: String? = nil, warnings: [String] = []) {
        self.inputHash = inputHash
        self.warnings = warnings
    }

    /// Whether a stamp taken at `time` can be trusted: a change in the same tick of the file
    /// system's clock as the recording would leave every time as it was (git's "racily clean").
    func isSettled(_ time: Int64) -> Bool { time < recordedAt }

    /// The state of the open folder `folder`, when it is whole, goes with the manifest of
    /// checksum `manifest` and `count` files, and describes a tree on `device`; nil otherwise.
    static func read(in folder: Int32, manifest checksum: UInt64, count: Int, device: UInt64) -> BuildState? {
        guard let file = mapFile(in: folder, fileName),
              var state = withExtendedLifetime(file, { parse(file.bytes) }), state.manifestChecksum == checksum, state.device == device,
              state.stamps.count == count else { return nil }
        var info = stat()
        guard fstatat(folder, fileName, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        state.recordedAt = FileStamp(info).modified
        return state
    }

    /// The state in `bytes`; nil unless it is whole and every line is one `encoded` writes.
    /// The files' lines and the rest (other entries, folders) are read each on its own core:
    /// the header says where the second part begins (a national site's state is some 170,000
    /// lines, 60 ms on one core).
    static func parse(_ bytes: [UInt8]) -> BuildState? {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> BuildState? {
        guard let (body, _) = ChecksummedText.split(bytes) else { return nil }
        var state = BuildState()
        var filesStart = 0, restStart = -1
        var damaged = false
        var haveManifest = false
        // The header: every line before the first file's.
        // It ends at the first file's line, or where the rest begins when there is no file.
        while filesStart < body, !damaged, bytes[filesStart] != Tag.file, filesStart != restStart {
            let end = bytes[filesStart..<body].firstIndex(of: UInt8(ascii: "\n")) ?? body
            let line = bytes[filesStart..<end]
            var fields = Fields(line.dropFirst(2))
            switch line.first {
            case Tag.comment: break
            case Tag.manifest:
                guard let value = fields.hex() else { damaged = true; break }
                state.manifestChecksum = value
                haveManifest = true
            case Tag.device:
                guard let value = fields.decimal() else { damaged = true; break }
                state.device = value
            case Tag.inputs:
                state.inputHash = fields.rest()
            case Tag.warning:
                guard let warning = fields.rest() else { damaged = true; break }
                state.warnings.append(warning)
            case Tag.rest:
                guard let value = fields.hex(), value <= UInt64(body) else { damaged = true; break }
                restStart = Int(value)
            default:
                damaged = true
            }
            filesStart = end + 1
        }
        guard !damaged, haveManifest, restStart >= filesStart, restStart == body || bytes[restStart - 1] == UInt8(ascii: "\n") else { return nil }
        var files: Part?, rest: Part?
        concurrently({ files = Part(UnsafeBufferPointer(rebasing: bytes[filesStart..<restStart]), files: true) },
                     { rest = Part(UnsafeBufferPointer(rebasing: bytes[restStart..<body]), files: false) })
        guard let files, let rest else { return nil }
        state.keys = files.keys
        state.stamps = files.stamps
        state.foreign = rest.foreign
        state.folders = rest.folders
        return state
    }

    /// The lines of one part of the file: files' (`f`) or the rest (`x`, `d`).
    private struct Part {
        var keys: [UInt64?] = []
        var stamps: [FileStamp] = []
        var foreign: [(path: String, kind: EntryKind, stamp: FileStamp)] = []
        var folders: [(path: String, stamp: FileStamp)] = []

        init?(_ bytes: UnsafeBufferPointer<UInt8>, files: Bool) {
            if files {
                keys.reserveCapacity(bytes.count / 60)
                stamps.reserveCapacity(bytes.count / 60)
            } else {
                folders.reserveCapacity(bytes.count / 50)
            }
            var damaged = false
            forEachLine(bytes) { line in
                guard !damaged, let tag = line.first else { damaged = true; return }
                var fields = Fields(line.dropFirst(2))
                switch (tag, files) {
                case (Tag.file, true):
                    guard let keyField = fields.next(), let stamp = fields.stamp() else { damaged = true; return }
                    if keyField.count == 1 && keyField.first == UInt8(ascii: "-") {
                        keys.append(nil)
                    } else {
                        guard let key = hexNumber(keyField) else { damaged = true; return }
                        keys.append(key)
                    }
                    stamps.append(stamp)
                case (Tag.other, false):
                    guard let kindField = fields.decimal(), let kind = EntryKind(rawValue: UInt8(truncatingIfNeeded: kindField)),
                          let stamp = fields.stamp(), let path = fields.rest() else { damaged = true; return }
                    foreign.append((path, kind, stamp))
                case (Tag.folder, false):
                    guard let inode = fields.decimal(), let modified = fields.signed(), let changed = fields.signed() else { damaged = true; return }
                    folders.append((fields.rest() ?? "", FileStamp(inode: inode, size: 0, modified: modified, changed: changed)))
                default:
                    damaged = true
                }
            }
            if damaged { return nil }
        }
    }

    /// The first byte of each line, naming what it records.
    fileprivate enum Tag {
        static let comment = UInt8(ascii: "#")
        static let manifest = UInt8(ascii: "m")
        static let device = UInt8(ascii: "v")
        static let inputs = UInt8(ascii: "i")
        /// Where the lines after the files' begin, as 16 hex digits (a fixed width, so that it
        /// can be filled in once they are written).
        static let rest = UInt8(ascii: "r")
        static let file = UInt8(ascii: "f")
        static let other = UInt8(ascii: "x")
        static let folder = UInt8(ascii: "d")
        static let warning = UInt8(ascii: "w")
    }

    /// The file's bytes, sealed with their checksum.
    func encoded() -> [UInt8] {
        var out = Array("# minhbach: what the last build used; not part of the site, safe to delete.\n".utf8)
        out.append(Tag.manifest); out.append(UInt8(ascii: " ")); appendHex(manifestChecksum, to: &out); out.append(UInt8(ascii: "\n"))
        out.append(Tag.device); out.append(UInt8(ascii: " ")); appendDecimal(device, to: &out); out.append(UInt8(ascii: "\n"))
        if let inputHash { out += Array("i \(inputHash)\n".utf8) }
        for warning in warnings where !warning.utf8.contains(UInt8(ascii: "\n")) { out += Array("w \(warning)\n".utf8) }
        // The two parts are written each on its own core, as they are read.
        var files: [UInt8] = [], rest: [UInt8] = []
        concurrently({ files = encodedFiles() }, { rest = encodedRest() })
        let restStart = out.count + 2 + 16 + 1 + files.count
        out.append(Tag.rest); out.append(UInt8(ascii: " ")); appendHex(UInt64(restStart), to: &out); out.append(UInt8(ascii: "\n"))
        out.reserveCapacity(out.count + files.count + rest.count + 64)
        out += files
        out += rest
        ChecksummedText.seal(&out)
        return out
    }

    private func encodedFiles() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(stamps.count * 72)
        for (key, stamp) in zip(keys, stamps) {
            out.append(Tag.file); out.append(UInt8(ascii: " "))
            if let key { appendHex(key, to: &out) } else { out.append(UInt8(ascii: "-")) }
            out.append(UInt8(ascii: " "))
            Self.append(stamp, to: &out)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    private func encodedRest() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(foreign.count * 80 + folders.count * 72)
        for entry in foreign {
            out.append(Tag.other); out.append(UInt8(ascii: " "))
            appendDecimal(UInt64(entry.kind.rawValue), to: &out)
            out.append(UInt8(ascii: " "))
            Self.append(entry.stamp, to: &out)
            out.append(UInt8(ascii: " "))
            out += entry.path.utf8
            out.append(UInt8(ascii: "\n"))
        }
        for (path, stamp) in folders {
            out.append(Tag.folder); out.append(UInt8(ascii: " "))
            appendDecimal(stamp.inode, to: &out)
            out.append(UInt8(ascii: " "))
            appendDecimal(stamp.modified, to: &out)
            out.append(UInt8(ascii: " "))
            appendDecimal(stamp.changed, to: &out)
            out.append(UInt8(ascii: " "))
            out += path.utf8
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    private static func append(_ s: FileStamp, to out: inout [UInt8]) {
        appendDecimal(s.inode, to: &out); out.append(UInt8(ascii: " "))
        appendDecimal(s.size, to: &out); out.append(UInt8(ascii: " "))
        appendDecimal(s.modified, to: &out); out.append(UInt8(ascii: " "))
        appendDecimal(s.changed, to: &out)
    }
}

/// The space-separated fields of a line, the last one (a path) taken whole.
private struct Fields {
    private let line: Slice<UnsafeBufferPointer<UInt8>>
    private var at: Int

    init(_ line: Slice<UnsafeBufferPointer<UInt8>>) {
        self.line = line
        at = line.startIndex
    }

    mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
        guard at < line.endIndex else { return nil }
        let end = line[at...].firstIndex(of: UInt8(ascii: " ")) ?? line.endIndex
        defer { at = min(end + 1, line.endIndex) }
        return line[at..<end]
    }

    mutating func hex() -> UInt64? { next().flatMap(hexNumber) }
    mutating func decimal() -> UInt64? { next().flatMap(decimalNumber) }

    mutating func signed() -> Int64? {
        guard let field = next() else { return nil }
        if field.first == UInt8(ascii: "-") { return decimalNumber(field.dropFirst()).map { -Int64($0) } }
        return decimalNumber(field).map { Int64($0) }
    }

    mutating func stamp() -> FileStamp? {
        guard let inode = decimal(), let size = signed(), let modified = signed(), let changed = signed() else { return nil }
        return FileStamp(inode: inode, size: size, modified: modified, changed: changed)
    }

    /// What is left of the line (a path, which may hold spaces).
    mutating func rest() -> String? {
        defer { at = line.endIndex }
        return String(decoding: line[at...], as: UTF8.self)
    }
}
