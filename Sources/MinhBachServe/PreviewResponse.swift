import Foundation
import FlyingFox

/// What the preview answers to one request. Every answer closes its connection: pages are few and
/// on loopback, and no connection outlives its request.
struct PreviewResponse: Sendable {
    var status: HTTPStatusCode
    var contentType: String
    var body: Data
    var allow: String?

    init(_ status: HTTPStatusCode, contentType: String = "text/plain; charset=utf-8", body: Data? = nil) {
        self.status = status
        self.contentType = contentType
        self.body = body ?? Data((status.phrase + "\n").utf8)
    }

    /// The bytes sent. A HEAD request gets the same status line and headers as GET, its
    /// Content-Length included, and no body.
    func encoded(withBody: Bool) -> Data {
        var head = "HTTP/1.1 \(status.code) \(status.phrase)\r\n"
        if let allow { head += "Allow: \(allow)\r\n" }
        head += "Cache-Control: no-store\r\nConnection: close\r\n"
        head += "Content-Length: \(body.count)\r\nContent-Type: \(contentType)\r\n\r\n"
        return Data(head.utf8) + (withBody ? body : Data())
    }
}
