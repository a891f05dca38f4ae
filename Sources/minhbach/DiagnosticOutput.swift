import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachCore
import MinhBachEditor

/// Prints diagnostics as an editor's text editor reads them (`path:line:col: lỗi: …`), or as
/// JSON for other tools, and the command's own lines (`Message`s, translated by the same
/// catalogue), in the editor's language.
struct DiagnosticOutput {
    enum Format: String, CaseIterable { case text, json }

    let language: DiagnosticLanguage
    let format: Format

    init(requested: DiagnosticLanguage?, report: BuildReport, format: Format = .text) {
        language = requested ?? (report.siteLanguage == "en" ? .en : .vi)
        self.format = format
    }

    /// For what is said before or without a build, when site.yaml has not been read.
    init(language: DiagnosticLanguage) {
        self.language = language
        format = .text
    }

    func printDiagnostics(_ diagnostics: [Diagnostic]) {
        switch format {
        case .text:
            guard !diagnostics.isEmpty else { return }
            let text = diagnostics.map { $0.formatted(in: language) }.joined(separator: "\n") + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        case .json:
            print(json(diagnostics), terminator: "")
        }
    }

    /// "2 lỗi, 1 cảnh báo" / "2 errors, 1 warning".
    func counts(_ diagnostics: [Diagnostic]) -> Message {
        let e = diagnostics.errorCount
        let errors: Message = e == 1 ? "\(e) error" : "\(e) errors"
        return "\(errors), \(Self.warnings(diagnostics.warningCount))"
    }

    /// "1 cảnh báo" / "1 warning": English has a pattern for one and one for more, both with
    /// the same Vietnamese.
    static func warnings(_ n: Int) -> Message { n == 1 ? "\(n) warning" : "\(n) warnings" }

    /// `message` as a line in the editor's language, on standard output, or on standard error
    /// for what went wrong.
    func say(_ message: Message, toError: Bool = false) {
        let line = message.text(in: language) + "\n"
        if toError { FileHandle.standardError.write(Data(line.utf8)) } else { print(line, terminator: "") }
    }

    /// An editor command's refusal, with its hint, on standard error.
    func fail(_ error: EditorError) {
        FileHandle.standardError.write(Data((error.text(in: language) + "\n").utf8))
    }

    func json(_ diagnostics: [Diagnostic]) -> String {
        JSONValue.array(diagnostics.map { d in
            .object([
                ("file", .string(d.location.file)), ("line", .int(d.location.line)), ("column", .int(d.location.column)),
                ("severity", .string(d.severity.rawValue)), ("code", .string(d.code.rawValue)), ("field", .optional(d.field)),
                ("message", .string(d.text.text(in: language))), ("hint", .optional(d.hintText?.text(in: language))),
            ])
        }).text
    }
}

extension DiagnosticOutput.Format: ExpressibleByArgument {}
