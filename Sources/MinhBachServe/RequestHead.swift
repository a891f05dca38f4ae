import FlyingFox

/// The request line of one HTTP/1.1 request: `GET /2023/06/ HTTP/1.1` is method `GET` and
/// target `/2023/06/` (still percent-encoded, as sent). The preview needs no header.
struct RequestHead: Sendable, Equatable {
    var method: String
    var target: String
}

/// Collects a request's head (request line and headers, up to the empty line) from the bytes of
/// a connection, looking at each byte once.
///
/// FlyingFox 0.27.1's server reads lines with `collectStrings(separatedBy:)`, which after every
/// byte compares `suffix(1)` of the line so far through `Sequence.suffix`, copying the whole line:
/// a 40 KB path cost 19 s of CPU (debug build) and doubling it cost four times as much. This
/// reader is linear, and a head longer than the limits is refused before it grows further.
struct HeadReader {
    /// Every URL of the site is far shorter; browsers send longer ones only when asked to.
    static let requestLineLimit = 8 * 1024
    static let headLimit = 64 * 1024

    enum Outcome: Equatable {
        case head(RequestHead)
        /// `complete` tells whether the whole head was read, i.e. whether unread bytes may follow.
        case refused(HTTPStatusCode, complete: Bool)
    }

    private var bytes: [UInt8] = []
    private var scanned = 0
    private var lineStart = 0
    private var requestLineEnd: Int?

    /// Adds the next bytes read; returns the outcome once the head is complete or too long.
    mutating func add(_ chunk: [UInt8]) -> Outcome? {
        bytes.append(contentsOf: chunk)
        while scanned < bytes.count {
            defer { scanned += 1 }
            guard bytes[scanned] == UInt8(ascii: "\n") else { continue }
            let line = bytes[lineStart..<scanned]
            lineStart = scanned + 1
            if requestLineEnd == nil {
                requestLineEnd = scanned
            } else if line.isEmpty || line == [UInt8(ascii: "\r")] {
                return requestLine()
            }
        }
        if requestLineEnd == nil && bytes.count > Self.requestLineLimit { return .refused(.uriTooLong, complete: false) }
        if bytes.count > Self.headLimit { return .refused(.requestHeaderFieldsTooLarge, complete: false) }
        return nil
    }

    private func requestLine() -> Outcome {
        var line = bytes[..<requestLineEnd!]
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        guard line.count <= Self.requestLineLimit else { return .refused(.uriTooLong, complete: true) }
        // Visible ASCII only: a browser percent-encodes everything else in a URL.
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { (UInt8(ascii: "!")...UInt8(ascii: "~")).contains($0) } }),
              parts[2].starts(with: "HTTP/1.".utf8) else {
            return .refused(.badRequest, complete: true)
        }
        return .head(RequestHead(method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self)))
    }
}
