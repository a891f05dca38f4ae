import Foundation
import FlyingFox

/// The names of the folders and the file a request target asks for below the served folder:
/// `/2023/06/?x=1` is `["2023", "06"]`, a folder. Decoded in one pass, so that what is checked
/// is what is opened: `%2e%2e` is `..` and `%2F` separates names like `/`.
struct RequestPath: Equatable {
    var names: [String]
    /// The target ends with `/` (or is `/`): it asks for a folder's `index.html`.
    var isFolder: Bool

    enum Parsed: Equatable {
        case path(RequestPath)
        case refused(HTTPStatusCode)
    }

    /// The path, or the status to answer instead: 400 for a target that is not a path, an invalid
    /// or NUL escape, bytes that are not UTF-8, a backslash or a `.`/`..` name; 404 for a hidden
    /// name (`.minhbach-manifest` is not part of the site).
    static func parse(_ target: String) -> Parsed {
        let path = target.utf8.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        guard path.first == UInt8(ascii: "/"), let bytes = percentDecoded(path),
              let text = String(bytes: bytes, encoding: .utf8) else { return .refused(.badRequest) }
        let names = text.split(separator: "/").map(String.init)
        if names.contains(where: { $0 == "." || $0 == ".." }) { return .refused(.badRequest) }
        if names.contains(where: { $0.hasPrefix(".") }) { return .refused(.notFound) }
        return .path(RequestPath(names: names, isFolder: text.hasSuffix("/")))
    }

    /// The bytes a percent-encoded path stands for; nil for a `%` not followed by two hex digits,
    /// and for bytes no file name may hold: NUL and the other controls, and the backslash, which
    /// some systems take for a separator.
    static func percentDecoded(_ path: Substring.UTF8View) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.count)
        var i = path.startIndex
        while i < path.endIndex {
            var byte = path[i]
            i = path.index(after: i)
            if byte == UInt8(ascii: "%") {
                guard i < path.endIndex, let high = hexValue(path[i]) else { return nil }
                i = path.index(after: i)
                guard i < path.endIndex, let low = hexValue(path[i]) else { return nil }
                i = path.index(after: i)
                byte = high << 4 | low
            }
            guard byte >= UInt8(ascii: " "), byte != UInt8(ascii: "\u{7F}"), byte != UInt8(ascii: "\\") else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
