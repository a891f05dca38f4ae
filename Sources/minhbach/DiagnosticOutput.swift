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
        func quote(_ s: String) -> String {
            var out = "\""
            for c in s.unicodeScalars {
                switch c {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                default:
                    if c.value < 0x20 { out += String(format: "\\u%04x", c.value) } else { out.unicodeScalars.append(c) }
                }
            }
            return out + "\""
        }
        let items = diagnostics.map { d -> String in
            var fields = [
                "\"file\": \(quote(d.location.file))", "\"line\": \(d.location.line)", "\"column\": \(d.location.column)",
                "\"severity\": \(quote(d.severity.rawValue))", "\"code\": \(quote(d.code))",
                "\"field\": \(d.field.map(quote) ?? "null")", "\"message\": \(quote(d.text.text(in: language)))",
            ]
            fields.append("\"hint\": \(d.hintText.map { quote($0.text(in: language)) } ?? "null")")
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }
}

extension DiagnosticOutput.Format: ExpressibleByArgument {}
