import Foundation
import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan
import MinhBachRender
import MinhBachOutput

/// The build, as named phases read top to bottom, each a function of its own in `Phases/`
/// that takes values and returns one:
///
///     hash → load → validate → theme → rank → plan → publish → render → write
///
/// (`check` instead of the rest when nothing changed.) Every check runs before `write`; if
/// any found an error, the output folder is left exactly as it was. `--timings` prints the
/// same phases, under the same names, in this order.
public enum SiteBuilder {
    /// The generator is an input too: a new `minhbach` may produce other bytes from the same
    /// content, so its own executable's hash is part of the up-to-date check.
    static let generatorVersion: String = {
        let hash = FileSystem.mappedHash("/proc/self/exe") ?? CommandLine.arguments.first.flatMap { FileSystem.read($0).map(contentHash) } ?? contentHash([UInt8]())
        return "minhbach-" + String(hash, radix: 16)
    }()

    public static func build(_ options: BuildOptions) -> BuildReport {
        let run = BuildRun(options)
        // `check` (no writing) reads and checks everything, and stops after `publish`.
        var place: OutputPlace?
        if options.write {
            guard let opened = WritePhase.open(run) else { return run.finished() }
            place = opened
        }
        defer { place?.release() }

        let hashed = place.map { HashPhase.run(run, place: $0) }
        if let hashed, hashed.isUpToDate, let warnings = RecordedWarnings.decoded(hashed.served.state?.warnings ?? []) {
            run.report.upToDate = true
            run.report.diagnostics += warnings
            (run.report.files, run.report.unchanged) = (hashed.served.manifest.count, hashed.served.manifest.count)
            run.report.pages = hashed.served.manifest.paths.count { $0.hasSuffix(".html") }
            run.lap("check", count: hashed.served.manifest.count)
            return run.finished()
        }
        if let hashed { run.lap("hash", count: hashed.inputs.filesRead) }

        let loaded = LoadPhase.run(run, inputs: hashed?.inputs)

        // theme: every template parsed once.
        let (theme, themeDiagnostics) = Theme.load(from: options.theme, language: loaded.content?.site.language ?? "vi")
        run.report.diagnostics += themeDiagnostics
        run.lap("theme", count: theme?.assets.count ?? 0)
        guard let content = loaded.content, let theme, !run.report.diagnostics.hasErrors else { return run.finished() }

        // rank: siblings per month, averages, history.
        run.progress?.begin("rank", total: content.results.count)
        let archive = Archive(content: content)
        run.report.diagnostics += archive.diagnostics
        run.lap("rank", count: content.results.count)

        let plan = PlanPhase.run(run, archive: archive, theme: theme)
        let published = PublishPhase.run(run, archive: archive, theme: theme, content: content, plan: plan,
                                         inputs: hashed?.inputs, changedWhileRead: loaded.changedWhileRead)
        guard let place, let hashed, !run.report.diagnostics.hasErrors else { return run.finished() }

        let copied = WritePhase.readCopies(run, plan.copies)
        let files = published.generated + copied
        run.report.pages = plan.pageCount
        run.report.files = plan.rendered.count + files.count
        guard !run.report.diagnostics.hasErrors,
              let session = WritePhase.session(run, place: place, hashed: hashed, paths: plan.rendered.map(\.path) + files.map(\.path))
        else { return run.finished() }

        let renderer = SiteRenderer(archive: archive, theme: theme,
                                    extras: PublishedExtras(openData: published.openData, address: plan.address, translations: theme.translations))
        let rendered = RenderPhase.run(run, plan: plan, session: session, renderer: renderer, archive: archive,
                                       published: published, translations: theme.translations)
        WritePhase.run(run, session: session, rendered: rendered, files: files, inputs: hashed.inputs, changedWhileRead: loaded.changedWhileRead)

        if options.keepsMemoryUntilExit {
            UntilExit.keep([loaded, archive, hashed.inputs, hashed.served, plan, rendered,
                            published.openData, published.keys, published.dates, session, renderer, files])
        }
        return run.finished()
    }
}
