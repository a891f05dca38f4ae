import MinhBachCore

/// Why the preview cannot start, said to the editor with a hint, instead of the socket's
/// own words ("SocketError. Bind(98): Address already in use").
public struct PreviewRefusal: Error, Sendable {
    public let message: Message
    public let hint: Message?

    static func portInUse(host: String, port: UInt16) -> PreviewRefusal {
        let other = port == UInt16.max ? port - 1 : port + 1
        return PreviewRefusal(message: "the port \(port) of \(host) is in use: another program (perhaps another `minhbach serve`) listens on it",
                              hint: "choose another port, e.g. `--port \(other)`, or `--port 0` for a free one")
    }
}
