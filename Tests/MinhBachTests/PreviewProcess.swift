import Foundation

/// `minhbach serve --port 0` running as a child process for a test, with its own temporary
/// folder (`TMPDIR`), so that what it leaves there can be inspected. Nothing here can wait
/// forever: the start, every request and the stop have deadlines, and `kill()` ends the child.
final class PreviewProcess: @unchecked Sendable {
    let process = Process()
    let temporary: String
    private let printed = NSLock()
    private var output = ""
    private var errorOutput = ""

    /// Starts the preview of `site` (`serve --port 0` in English, then `arguments`, which may
    /// name another port or language), its environment changed by `environment` (a nil value
    /// removes the variable).
    init(_ site: TemporarySite, temporary: String, arguments: [String] = [], environment: [String: String?] = [:]) throws {
        self.temporary = temporary
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        process.executableURL = URL(fileURLWithPath: repositoryRoot + "/.build/debug/minhbach")
        process.arguments = ["serve", "--port", "0", "--theme", themeFolder, "--lang", "en"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: site.folder)
        var env = ProcessInfo.processInfo.environment.merging(
            ["TMPDIR": temporary, "XDG_CACHE_HOME": site.folder + "/cache"]) { _, new in new }
        for (name, value) in environment { env[name] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.printed.withLock { self?.output += text }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.printed.withLock { self?.errorOutput += text }
        }
        try process.run()
    }

    /// What it printed so far, on standard output and on standard error.
    var printedText: String { printed.withLock { output } }
    var errorText: String { printed.withLock { errorOutput } }

    /// Waits at most `seconds` for standard output to hold a line that `matches`; that line.
    func line(within seconds: Double = 20, where matches: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let found = printedText.split(separator: "\n").map(String.init).first(where: matches) { return found }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    /// Waits at most `seconds` for the child to end by itself; its exit status, nil if it did not.
    func exitStatus(within seconds: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else { return nil }
        // What it wrote last may still be in the pipes.
        Thread.sleep(forTimeInterval: 0.2)
        return process.terminationStatus
    }

    deinit { kill() }

    /// The address printed, e.g. `http://127.0.0.1:41234/`; nil if none came within 30 s.
    func address() -> String? {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline && process.isRunning {
            let text = printed.withLock { output }
            if let match = text.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+\//) { return String(match.0) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    var port: UInt16? { address().flatMap { $0.split(separator: ":").last?.dropLast() }.flatMap { UInt16($0) } }

    /// The preview folders in the child's temporary folder.
    func folders() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []).filter { $0.hasPrefix("minhbach-serve-") }.sorted()
    }

    /// The folder served: the one in the temporary folder, or just below it, with the home page.
    func servedFolder() -> String? {
        guard address() != nil else { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
        let candidates: [String] = names.flatMap { name -> [String] in
            let folder = temporary + "/" + name
            return [folder + "/site", folder]
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/index.html") }
    }

    /// Sends `signal` and waits at most 10 s for the child to end: its exit status, minus the
    /// signal's number if the signal ended it, or nil if it did not end (then it is killed).
    func stop(with signal: Int32) -> Int32? {
        Foundation.kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else { kill(); return nil }
        return process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
    }

    func kill() {
        if process.isRunning {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// One HTTP/1.1 request over a plain socket, sent exactly as written (URLSession would
/// normalise `..` and refuse some of the targets tests need). Waits at most `seconds` for
/// the answer; status 0 when none came.
func rawRequest(port: UInt16, _ method: String, _ target: String, seconds: Int = 10) -> (status: Int, headers: [String: String], body: [UInt8]) {
    #if os(Linux)
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
    let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { return (0, [:], []) }
    defer { close(fd) }
    var timeout = timeval(tv_sec: seconds, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { return (0, [:], []) }
    let request = Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
    var sent = 0
    while sent < request.count {
        #if os(Linux)
        let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        #else
        let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        #endif
        guard n > 0 else { return (0, [:], []) }
        sent += n
    }
    var answer: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { break }
        answer += chunk[..<n]
    }
    let blank = Array("\r\n\r\n".utf8)
    guard let end = answer.firstRange(of: blank) else { return (0, [:], []) }
    let lines = String(decoding: answer[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
    let status = lines.first?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
        let parts = line.split(separator: ":", maxSplits: 1)
        if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
    }
    return (status, headers, Array(answer[end.upperBound...]))
}
