import Foundation
import FlyingFox
import FlyingSocks

/// The preview's HTTP server: FlyingSocks' sockets with a head reader of our own (`HeadReader`,
/// linear in the request's size, where FlyingFox's `HTTPServer` is quadratic). One request per
/// connection, each connection given at most `deadline` seconds.
struct PreviewServer: Sendable {
    let socket: Socket
    let port: UInt16
    static let deadline: UInt64 = 15
    /// Bytes read and dropped after refusing an unfinished head, so that the client reads the
    /// answer instead of a reset connection.
    static let drainLimit = 4 * 1024 * 1024

    /// Listens at once, so that the port (0 picks a free one) is known before the first build.
    static func listening(host: String, port: UInt16) throws -> PreviewServer {
        let socket = try Socket(domain: AF_INET)
        try socket.setValue(true, for: .localAddressReuse)
        do {
            try socket.bind(to: sockaddr_in.inet(ip4: host, port: port))
        } catch SocketError.failed(_, let code, _) where code == EADDRINUSE {
            throw PreviewRefusal.portInUse(host: host, port: port)
        }
        try socket.listen()
        guard case .ip4(_, let bound) = try socket.sockname() else { throw SocketError.unsupportedAddress }
        return PreviewServer(socket: socket, port: bound)
    }

    /// Serves until cancelled.
    func run(_ respond: @escaping @Sendable (RequestHead) async -> PreviewResponse) async throws {
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let listener = try AsyncSocket(socket: socket, pool: pool)
        defer { try? listener.close() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    for try await client in listener.sockets {
                        connections.addTask { await Self.serve(client, respond) }
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    static func serve(_ client: AsyncSocket, _ respond: @escaping @Sendable (RequestHead) async -> PreviewResponse) async {
        defer { try? client.close() }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await answer(client, respond) }
            group.addTask { try? await Task.sleep(nanoseconds: deadline * 1_000_000_000) }
            await group.next()
            group.cancelAll()
        }
    }

    static func answer(_ client: AsyncSocket, _ respond: @Sendable (RequestHead) async -> PreviewResponse) async throws {
        var reader = HeadReader()
        var outcome: HeadReader.Outcome?
        while outcome == nil { outcome = reader.add(try await client.read(atMost: 4096)) }
        switch outcome! {
        case .head(let head):
            try await client.write(await respond(head).encoded(withBody: head.method != "HEAD"))
        case .refused(let status, let complete):
            try await client.write(PreviewResponse(status).encoded(withBody: true))
            if !complete { try await drain(client) }
        }
    }

    /// Ends our side, then reads what the client still sends until it closes its side.
    static func drain(_ client: AsyncSocket) async throws {
        _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        var dropped = 0
        while dropped < drainLimit { dropped += try await client.read(atMost: 4096).count }
    }
}
