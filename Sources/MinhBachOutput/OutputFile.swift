/// One file of the built site: where it goes below the output folder, and its bytes.
public struct OutputFile: Sendable {
    public let path: String
    /// The file's bytes, in pieces written one after the other. The national downloads are
    /// the months' rows side by side: joined first, their 70 MB (national) had to be
    /// allocated, cleared by the kernel and copied on every build, even after a one-file edit.
    public let pieces: [ArraySlice<UInt8>]
    /// How many bytes the file has.
    public let count: Int

    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, pieces: [bytes[...]])
    }

    public init(path: String, pieces: [ArraySlice<UInt8>]) {
        self.path = path
        self.pieces = pieces
        count = pieces.reduce(0) { $0 + $1.count }
    }

    /// The bytes joined (a copy).
    public var bytes: [UInt8] { Array(pieces.joined()) }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A path is safe when it stays below the output folder: relative, no `..`, no empty or
    /// hidden components (the manifest is the only hidden file the build owns).
    public static func isSafe(_ path: String) -> Bool {
        // One pass over the bytes: this runs for every file of every build.
        var atStart = true   // of a component
        for b in path.utf8 {
            if b == 0 || b == 0x5C { return false }
            if atStart && (b == 0x2F || b == 0x2E) { return false }
            atStart = b == 0x2F
        }
        return !atStart
    }
}
