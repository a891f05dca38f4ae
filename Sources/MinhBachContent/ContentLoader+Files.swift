import Foundation
import MinhBachCore

extension ContentLoader {
    /// The largest Markdown, YAML or template file read (1 MiB). A month's result is about a
    /// kilobyte and the longest free page some tens; a larger file is a mistake, or an attempt
    /// to make every build slow, and is refused before it is read.
    public static let maxFileBytes = 1 << 20

    /// The file as UTF-8 text; nil with a diagnostic when it is missing, too large or not UTF-8.
    public static func readText(_ path: String, shown: String, diagnostics: inout [Diagnostic]) -> String? {
        readBytes(path, shown: shown, diagnostics: &diagnostics).flatMap { decode($0, shown: shown, diagnostics: &diagnostics) }
    }

    static func readBytes(_ path: String, shown: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        switch FileSystem.read(path, atMost: maxFileBytes) {
        case .bytes(let bytes):
            return bytes
        case .tooLarge(let size):
            diagnostics.append(.error(.fileTooLarge, at: SourceLocation(file: shown),
                "the file is \(size) bytes, more than the \(maxFileBytes) bytes (1 MiB) a Markdown, YAML or template file may have",
                hint: "split the text into several files; pictures and documents to download belong in `static/`"))
            return nil
        case .unreadable:
            diagnostics.append(.error(.missingFile, at: SourceLocation(file: shown), "the file is missing or cannot be read"))
            return nil
        }
    }

    static func decode(_ bytes: [UInt8], shown: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(.error(.notUtf8, at: SourceLocation(file: shown), "the file is not UTF-8 text",
                                      hint: "save it again choosing the UTF-8 encoding"))
            return nil
        }
        return text
    }

}

/// Shows content paths the way the user named the folder, relative to the current folder
/// when the folder lies below it.
struct DisplayPath {
    let prefix: String

    init(root: String) {
        var r = root
        while r.count > 1 && r.hasSuffix("/") { r.removeLast() }
        let cwd = FileManager.default.currentDirectoryPath
        if r.hasPrefix(cwd + "/") { r = String(r.dropFirst(cwd.count + 1)) }
        if r.hasPrefix("./") { r = String(r.dropFirst(2)) }
        prefix = r
    }

    func join(_ path: String) -> String { prefix.isEmpty || prefix == "." ? path : prefix + "/" + path }
}

