import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachCore

/// Prints diagnostics as an editor's text editor reads them (`path:line:col: lỗi: …`), or as
/// JSON for other tools, in the editor's language.
struct DiagnosticOutput {
    enum Format: String, CaseIterable { case text, json }

    let language: DiagnosticLanguage
    let format: Format

    init(requested: MessageLanguage?, report: BuildReport, format: Format = .text) {
        if let requested {
            language = requested == .en ? .en : .vi
        } else {
            language = report.siteLanguage == "en" ? .en : .vi
        }
        self.format = format
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
    func counts(_ diagnostics: [Diagnostic]) -> String {
        let e = diagnostics.errorCount, w = diagnostics.warningCount
        if language == .vi { return "\(e) lỗi, \(w) cảnh báo" }
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    }

    func say(_ vi: String, _ en: String, toError: Bool = false) {
        let line = (language == .vi ? vi : en) + "\n"
        if toError { FileHandle.standardError.write(Data(line.utf8)) } else { print(line, terminator: "") }
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
