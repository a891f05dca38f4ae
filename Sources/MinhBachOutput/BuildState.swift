import MinhBachCore
#if canImport(Glibc)
import Glibc
#endif

/// What a build leaves for the next one beside the manifest, as `.minhbach-state`: the hash of
/// all its inputs (only after a build without any diagnostic, whose warnings would otherwise go
/// unseen next time), for every file of the manifest a key of the inputs it was made from and
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

    public init(inputHash: String? = nil) {
        self.inputHash = inputHash
    }

    /// Whether a stamp taken at `time` can be trusted: a change in the same tick of the file
    /// system's clock as the recording would leave every time as it was (git's "racily clean").
    func isSettled(_ time: Int64) -> Bool { time < recordedAt }

    /// The state of the open folder `folder`, when it is whole, goes with `manifest` and
    /// describes a tree on `device`; nil otherwise.
    static func read(in folder: Int32, manifest: Manifest, device: UInt64) -> BuildState? {
        guard let checksum = manifest.checksum, let bytes = readFile(in: folder, fileName),
              var state = parse(bytes), state.manifestChecksum == checksum, state.device == device,
              state.stamps.count == manifest.count else { return nil }
        var info = stat()
        guard fstatat(folder, fileName, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        state.recordedAt = FileStamp(info).modified
        return state
    }

    static func parse(_ bytes: [UInt8]) -> BuildState? {
        guard let (body, _) = ChecksummedText.split(bytes) else { return nil }
        var state = BuildState()
        state.stamps.reserveCapacity(body / 60)
        state.keys.reserveCapacity(body / 60)
        var damaged = false
        var haveManifest = false
        forEachLine(bytes[..<body]) { line in
            guard !damaged, let tag = line.first else { damaged = true; return }
            var fields = Fields(line.dropFirst(2))
            switch tag {
            case UInt8(ascii: "#"): return
            case UInt8(ascii: "m"):
                guard let value = fields.hex() else { damaged = true; return }
                state.manifestChecksum = value
                haveManifest = true
            case UInt8(ascii: "v"):
                guard let value = fields.decimal() else { damaged = true; return }
                state.device = value
            case UInt8(ascii: "i"):
                state.inputHash = fields.rest()
            case UInt8(ascii: "f"):
                guard let keyField = fields.next(), let stamp = fields.stamp() else { damaged = true; return }
                if keyField.count == 1 && keyField.first == UInt8(ascii: "-") {
                    state.keys.append(nil)
                } else {
                    guard let key = hexNumber(keyField) else { damaged = true; return }
                    state.keys.append(key)
                }
                state.stamps.append(stamp)
            case UInt8(ascii: "x"):
                guard let kindField = fields.decimal(), let kind = EntryKind(rawValue: UInt8(truncatingIfNeeded: kindField)),
                      let stamp = fields.stamp(), let path = fields.rest() else { damaged = true; return }
                state.foreign.append((path, kind, stamp))
            case UInt8(ascii: "d"):
                guard let inode = fields.decimal(), let modified = fields.signed(), let changed = fields.signed() else { damaged = true; return }
                state.folders.append((fields.rest() ?? "", FileStamp(inode: inode, size: 0, modified: modified, changed: changed)))
            default:
                damaged = true
            }
        }
        return damaged || !haveManifest ? nil : state
    }

    /// The file's bytes, sealed with their checksum.
    func encoded() -> [UInt8] {
        var out = Array("# minhbach: what the last build used; not part of the site, safe to delete.\n".utf8)
        out.reserveCapacity(stamps.count * 70 + folders.count * 60)
        out += Array("m ".utf8); appendHex(manifestChecksum, to: &out); out.append(UInt8(ascii: "\n"))
        out += Array("v ".utf8); appendDecimal(device, to: &out); out.append(UInt8(ascii: "\n"))
        if let inputHash { out += Array("i \(inputHash)\n".utf8) }
        for (key, stamp) in zip(keys, stamps) {
            out += [UInt8(ascii: "f"), UInt8(ascii: " ")]
            if let key { appendHex(key, to: &out) } else { out.append(UInt8(ascii: "-")) }
            out.append(UInt8(ascii: " "))
            Self.append(stamp, to: &out)
            out.append(UInt8(ascii: "\n"))
        }
        for entry in foreign {
            out += [UInt8(ascii: "x"), UInt8(ascii: " ")]
            appendDecimal(UInt64(entry.kind.rawValue), to: &out)
            out.append(UInt8(ascii: " "))
            Self.append(entry.stamp, to: &out)
            out.append(UInt8(ascii: " "))
            out += entry.path.utf8
            out.append(UInt8(ascii: "\n"))
        }
        for (path, stamp) in folders {
            out += [UInt8(ascii: "d"), UInt8(ascii: " ")]
            appendDecimal(stamp.inode, to: &out)
            out.append(UInt8(ascii: " "))
            appendDecimal(stamp.modified, to: &out)
            out.append(UInt8(ascii: " "))
            appendDecimal(stamp.changed, to: &out)
            out.append(UInt8(ascii: " "))
            out += path.utf8
            out.append(UInt8(ascii: "\n"))
        }
        ChecksummedText.seal(&out)
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
