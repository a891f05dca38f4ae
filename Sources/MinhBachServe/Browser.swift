import Foundation

/// Opens an address in the editor's browser, for `serve --open`: the program `$BROWSER` names
/// (the first of a colon-separated list, `%s` standing for the address when it is given),
/// else `xdg-open` (`open` on macOS) when it is on the `PATH`. Nothing waits for it.
public enum Browser {
    /// Whether a browser was started.
    public static func open(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        var command: [String]?
        if let named = environment["BROWSER"]?.split(separator: ":").first.map(String.init), !named.isEmpty {
            let words = named.split(separator: " ").map(String.init)
            command = words.contains("%s") ? words.map { $0 == "%s" ? url : $0 } : words + [url]
        } else {
            #if os(macOS)
            let opener = "open"
            #else
            let opener = "xdg-open"
            #endif
            command = onPath(opener, environment["PATH"] ?? "").map { [$0, url] }
        }
        guard let command, let program = command.first else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.contains("/") ? program : (onPath(program, environment["PATH"] ?? "") ?? program))
        process.arguments = Array(command.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return (try? process.run()) != nil
    }

    static func onPath(_ program: String, _ path: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
