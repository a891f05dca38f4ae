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
        // Checked on the bytes: this runs for every file of every build.
        let bytes = path.utf8
        guard !bytes.isEmpty, bytes.first != 0x2F, !bytes.contains(0), !bytes.contains(0x5C) else { return false }
        return bytes.split(separator: 0x2F, omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.first != 0x2E
        }
    }
}
