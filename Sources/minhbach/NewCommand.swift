import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachEditor

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Create a unit or a month's result file, ready to fill.",
                                                    subcommands: [NewUnit.self, NewResult.self, NewMonth.self])
}

struct NewUnit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unit", abstract: "Create units/<slug>.md.")

    @Argument(help: "The unit's slug, e.g. hiep-tan.") var slug: String
    @Option(help: "The official name, e.g. \"Phường Hiệp Tân\".") var name: String
    @Option(help: "phường, xã, thị trấn, thị xã, tỉnh…") var kind: String
    @Option(help: "The parent unit's slug.") var parent: String?
    @Option(help: "The electronic identifier (mã định danh).") var code: String?
    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "The language of messages (vi or en).") var lang: DiagnosticLanguage = .vi

    func run() throws {
        try finish(Scaffold.unit(content: content, slug: slug, name: name, kind: kind, parent: parent, code: code), lang)
    }
}

struct NewResult: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "result", abstract: "Create results/<YYYY-MM>/<unit>.md as a draft.")

    @Argument(help: "The unit's slug.") var unit: String
    @Argument(help: "The month, YYYY-MM.") var month: String
    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "The language of messages (vi or en).") var lang: DiagnosticLanguage = .vi

    func run() throws {
        try finish(Scaffold.result(content: content, unit: unit, period: month), lang)
    }
}

struct NewMonth: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "month",
        abstract: "Create a draft result for every unit of the month that has none yet.")

    @Argument(help: "The month, YYYY-MM.") var month: String
    @Option(help: "Only the units of this parent (its slug).") var parent: String?
    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "The language of messages (vi or en).") var lang: DiagnosticLanguage = .vi

    func run() throws {
        let out = DiagnosticOutput(language: lang)
        switch Scaffold.month(content: content, period: month, parent: parent) {
        case .success(let drafts):
            for made in drafts.written { out.say("Created \(made.path).") }
            for path in drafts.skipped { out.say("Skipped \(path): it already exists.") }
            out.say("\(drafts.written.count) draft(s) written, \(drafts.skipped.count) skipped. Fill them in, then run `minhbach check`.")
        case .failure(let error):
            out.fail(error)
            throw ExitCode(1)
        }
    }
}

private func finish(_ result: Result<Scaffold.Created, EditorError>, _ lang: DiagnosticLanguage) throws {
    let out = DiagnosticOutput(language: lang)
    switch result {
    case .success(let created):
        out.say("Created \(created.path). Fill it in, then run `minhbach check`.")
    case .failure(let error):
        out.fail(error)
        throw ExitCode(1)
    }
}
