import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachEditor

struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "notice",
                                                    abstract: Interface.text("Draft the month's notice of a unit as a Word document, from its result."))

    @Argument(help: .interface("The unit's slug, e.g. hiep-tan.", value: "slug")) var unit: String
    @Argument(help: .interface("The month, YYYY-MM.", value: "tháng")) var month: String
    @Option(help: .interface("The Word file to write (default: thong-bao-<unit>-<YYYY-MM>.docx in the current folder).", value: "tệp")) var out: String?
    @Flag(help: .interface("Also write the body as Markdown (the same name, .md), to paste as the result file's text.")) var markdown = false
    @Flag(help: .interface("Replace files that already exist.")) var force = false
    @Option(help: .interface("The content folder.", value: "thư-mục")) var content = "Content"
    @Option(help: .interface("The language of the notice and of messages (vi or en; default: the site's).", value: "ngôn-ngữ")) var lang: DiagnosticLanguage?

    func run() throws {
        var o = Notice.Options(unit: unit, month: month)
        o.content = content
        o.out = out
        o.markdown = markdown
        o.force = force
        o.language = lang
        switch Notice.write(o) {
        case .success(let written):
            let out = DiagnosticOutput(language: written.language)
            for file in written.files { out.say("Wrote \(file).") }
            out.say("Edit the number, the date and the signer, then sign it.")
        case .failure(let error):
            DiagnosticOutput(language: lang ?? .vi).fail(error)
            throw ExitCode(1)
        }
    }
}
