import ArgumentParser
import Foundation
import MinhBachCore

@main
struct MinhBach: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minhbach",
        abstract: Interface.text("Builds a static site of monthly public-service results from Markdown files."),
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, NewCommand.self, ImportCommand.self, NoticeCommand.self, ServeCommand.self, ThemeCommand.self]
    )

    /// The library's own `main`, but with its help and argument errors said in the interface
    /// language (`ParserText`), on the same streams and with the same exit codes (64 for a
    /// usage error).
    static func main() async {
        do {
            var command = try parse(Array(CommandLine.arguments.dropFirst()))
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let width = terminalWidth()
            let text = ParserText.translate(fullMessage(for: error, columns: width), to: Interface.language, width: width)
            if !text.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The command `arguments` ask for. `--lang` is accepted everywhere, for the help's language
    /// (read by `Interface`), also where no command takes it: `minhbach help build --lang en`,
    /// `minhbach import --lang en`.
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        // `minhbach help biuld`: the library shows the overview and exits 0, as if nothing
        // were wrong. Asked without `help`, the same words give the error that names the word
        // and the usage of the command it was given to.
        if arguments.first == "help", namesNoCommand(Array(arguments.dropFirst())) {
            return try parse(Array(arguments.dropFirst()))
        }
        do {
            return try parseAsRoot(arguments)
        } catch where message(for: error).hasPrefix("Unknown option '--lang") {
            var rest = arguments
            while let i = rest.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
                rest.removeSubrange(i..<min(rest[i] == "--lang" ? i + 2 : i + 1, rest.count))
            }
            return try parseAsRoot(rest)
        }
    }

    /// Whether the words after `help` (options and `--lang`'s value aside) leave the commands:
    /// `biuld`, or `build extra`.
    static func namesNoCommand(_ words: [String]) -> Bool {
        var command: ParsableCommand.Type = MinhBach.self
        var rest = words[...]
        while let word = rest.popFirst() {
            if word == "--lang" { _ = rest.popFirst(); continue }
            if word.hasPrefix("-") { continue }
            guard let sub = command.configuration.subcommands.first(where: { $0._commandName == word }) else { return true }
            command = sub
        }
        return false
    }

    /// The terminal's width, as the library measures it, or 80 when the output is not a terminal.
    static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}

/// `--lang vi|en`: the language of messages; by default the site's own (site.yaml), else Vietnamese.
extension DiagnosticLanguage: ExpressibleByArgument {}
