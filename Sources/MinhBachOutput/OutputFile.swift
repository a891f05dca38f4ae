/// One file of the built site: where it goes below the output folder, and its bytes.
public struct OutputFile: Sendable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A path is safe when it stays below the output folder: relative, no `..`, no empty or
    /// hidden components (the manifest is the only hidden file the build owns).
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part != "." && part != ".." && !part.hasPrefix(".")
        }
    }
}

/// FNV-1a, 64 bits: enough to notice that a page's bytes changed between two builds without
/// reading the old file back. Hand-written because no package of the offline set offers a
/// non-cryptographic hash, and swift-crypto would add a minute to every clean build.
public func contentHash(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
        hash ^= UInt64(b)
        hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
}
