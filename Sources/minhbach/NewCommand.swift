import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachEditor

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: Interface.text("Create a unit or a month's result file, ready to fill."),
                                                    subcommands: [NewUnit.self, NewResult.self, NewMonth.self])
}

struct NewUnit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unit", abstract: Interface.text("Create units/<slug>.md."))

    @Argument(help: .interface("The unit's slug, e.g. hiep-tan.", value: "slug")) var slug: String
    @Option(help: .interface("The official name, e.g. \"Phường Hiệp Tân\".", value: "tên")) var name: String
    @Option(help: .interface("phường, xã, thị trấn, thị xã, tỉnh…", value: "loại")) var kind: String
    @Option(help: .interface("The parent unit's slug.", value: "đơn-vị-trên")) var parent: String?
    @Option(help: .interface("The electronic identifier (mã định danh).", value: "mã")) var code: String?
    @Option(help: .interface("The content folder.", value: "thư-mục")) var content = "Content"
    @Option(help: .interface("The language of messages (vi or en).", value: "ngôn-ngữ")) var lang: DiagnosticLanguage = .vi

    func run() throws {
        try finish(Scaffold.unit(content: content, slug: slug, name: name, kind: kind, parent: parent, code: code), lang)
    }
}

struct NewResult: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "result", abstract: Interface.text("Create results/<YYYY-MM>/<unit>.md as a draft."))

    @Argument(help: .interface("The unit's slug.", value: "đơn-vị")) var unit: String
    @Argument(help: .interface("The month, YYYY-MM.", value: "tháng")) var month: String
    @Option(help: .interface("The content folder.", value: "thư-mục")) var content = "Content"
    @Option(help: .interface("The language of messages (vi or en).", value: "ngôn-ngữ")) var lang: DiagnosticLanguage = .vi

    func run() throws {
        try finish(Scaffold.result(content: content, unit: unit, period: month), lang)
    }
}

struct NewMonth: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "month",
        abstract: Interface.text("Create a draft result for every unit of the month that has none yet."))

    @Argument(help: .interface("The month, YYYY-MM.", value: "tháng")) var month: String
    @Option(help: .interface("Only the units of this parent (its slug).", value: "đơn-vị-trên")) var parent: String?
    @Option(help: .interface("The content folder.", value: "thư-mục")) var content = "Content"
    @Option(help: .interface("The language of messages (vi or en).", value: "ngôn-ngữ")) var lang: DiagnosticLanguage = .vi

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
