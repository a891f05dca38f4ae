import MinhBachBuild
import MinhBachCore

/// What `serve` prints after each build, in the editor's language: one line saying what
/// changed, how many pages were rendered and how long it took ("0,09 giây"); when the build
/// failed, every problem as `check` prints it; and, on the build after a failed one that
/// succeeds, a line saying the problems are fixed.
enum RebuildLines {
    /// - Parameter changed: the files that changed since the last build; nil for the first build.
    static func text(changed: [String]?, report: BuildReport, seconds: Double, wasFailing: Bool,
                     language: DiagnosticLanguage) -> String {
        let time = duration(seconds, language)
        let errors = report.diagnostics.errorCount
        var lines: [Message] = []
        if let failure = report.writeFailure {
            lines.append(changed.map { "\(what($0)) changed: the preview could not be written (\(failure))." }
                         ?? "The preview could not be written (\(failure)).")
        } else if !report.succeeded {
            let count: Message = errors == 1 ? "\(errors) error" : "\(errors) errors"
            lines.append(changed.map { "\(what($0)) changed: the site was not rebuilt, \(count)." }
                         ?? "The site was not built, \(count).")
        } else {
            if wasFailing { lines.append("The problems are fixed: the preview shows the site again.") }
            lines.append(changed.map { "\(what($0)) changed: \(report.rendered) page(s) rendered in \(time) s." }
                         ?? "Built \(report.rendered) page(s) in \(time) s.")
        }
        var out = lines.map { $0.text(in: language) }
        if !report.succeeded { out += report.diagnostics.map { $0.formatted(in: language) } }
        return out.joined(separator: "\n") + "\n"
    }

    /// Up to three names as they are, more as how many.
    static func what(_ changed: [String]) -> Message {
        changed.count <= 3 ? "\(changed.joined(separator: ", "))" : "\(changed.count) files"
    }

    /// Seconds to the hundredth, with the language's decimal separator.
    static func duration(_ seconds: Double, _ language: DiagnosticLanguage) -> String {
        Figure(units: Int64((max(seconds, 0) * 100).rounded()) * (Figure.scale / 100))
            .render(decimalSeparator: language == .vi ? "," : ".", groupSeparator: nil, decimals: 2)
    }
}
