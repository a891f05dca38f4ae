import ArgumentParser
import Foundation
import MinhBachCore
import MinhBachEditor

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: Interface.text("Create a unit or a month's result file, ready to fill."),
                                                    subcommands: [NewUnit.self, NewResult.self])
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
