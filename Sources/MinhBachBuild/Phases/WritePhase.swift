import MinhBachCore
import MinhBachInputs
import MinhBachPlan
import MinhBachContent
import MinhBachOutput

enum WritePhase {
    /// The output folder, compared with the sources by real path before anything is made
    /// beside it, then held by this build alone until it ends; nil (with the reason reported)
    /// when it cannot be.
    static func open(_ run: BuildRun) -> OutputPlace? {
        run.report.diagnostics += SiteBuilder.checkOutputFolder(run.options)
        if run.report.diagnostics.hasErrors { return nil }
        do {
            let options = run.options
            return try OutputPlace(output: options.output, waiting: { options.onWait?($0) })
        } catch {
            run.report.writeFailure = "\(error)"
            return nil
        }
    }

    /// The copied files, read before anything is written: one that cannot be read stops the
    /// build with the output folder as it was.
    static func readCopies(_ run: BuildRun, _ copies: [(product: Product, source: CopySource)]) -> [OutputFile] {
        copies.compactMap { copy in
            switch copy.source {
            case .bytes(let bytes, _):
                return OutputFile(path: copy.product.path, bytes: bytes)
            case .file(let path):
                guard let bytes = FileSystem.read(path) else {
                    run.report.diagnostics.append(.error(.missingFile, at: SourceLocation(file: path), "cannot read the file to copy"))
                    return nil
                }
                return OutputFile(path: copy.product.path, bytes: bytes)
            }
        }
    }

    /// Where the new site is made (see `SiteWriter`), for every path it will have; nil (with
    /// the reason reported) when it cannot be.
    static func session(_ run: BuildRun, place: OutputPlace, hashed: Hashed, paths: [String]) -> SiteWriter.Session? {
        do {
            return try SiteWriter.Session(place: place, served: hashed.served, spare: hashed.spare, paths: paths, trust: run.options.reuse)
        } catch {
            run.report.writeFailure = "\(error)"
            return nil
        }
    }

    /// write: the downloads, feeds and copied files whose bytes changed; the manifest and the
    /// state; then the new site put in place of the output folder in one step.
    static func run(_ run: BuildRun, session: SiteWriter.Session, rendered: [Rendered], files: [OutputFile],
                    inputs: InputHash, changedWhileRead: Bool) {
        let others = files.parallelMap { session.put($0) }
        var outcomes = rendered.map(\.outcome)
        // Keys of inputs that changed while they were read would name bytes the pages do not show.
        if !changedWhileRead {
            for i in outcomes.indices where outcomes[i].isWritten { outcomes[i].key = rendered[i].key }
        }
        do {
            // A build may be skipped next time when its inputs are all it depends on; its warnings
            // go with it, to be shown again by the build that skips it (a national archive with
            // months still being entered warns at every build, and a skipped build takes a
            // tenth of the time of one that reads everything).
            let warnings = RecordedWarnings.encoded(run.report.diagnostics)
            let clean = warnings != nil && !changedWhileRead
            let written = try session.finish(outcomes + others, inputHash: clean ? inputs.summary : nil, warnings: warnings ?? [])
            run.report.written = written.written
            run.report.unchanged = written.unchanged
            run.report.removed = written.removed
            run.report.wroteOutput = true
        } catch {
            run.report.writeFailure = "\(error)"
        }
        run.lap("write", count: others.count)
    }
}
