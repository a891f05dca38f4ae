import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and `kill` (SIGTERM) run `cleanUp`, then end the process with the shell's
/// status for that signal (128 + its number: 130, 143). Without this the default action ends
/// the process at once and the preview's temporary site stays in /tmp.
public enum StopSignals {
    /// The sources must live as long as the process, or they stop delivering.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    public static func install(_ cleanUp: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            // Ignored first, so that the signal reaches the source instead of ending the process.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                cleanUp()
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
