import MinhBachCore
import MinhBachInputs
import MinhBachOutput

/// What the hash phase found: every input with the hash of its bytes, and what the previous
/// build left, checked (the output folder, and the spare tree beside it where the next site
/// is made).
struct Hashed {
    let inputs: InputHash
    let served: SurveyedTree
    let spare: SpareTree

    /// Whether the output folder is exactly what these inputs make, with proof: the state of
    /// a build that had no diagnostic, for these very inputs, and every file of the output as
    /// that build wrote it.
    var isUpToDate: Bool {
        served.state?.inputHash == inputs.summary && served.isIntact
    }
}

enum HashPhase {
    /// hash: every input file hashed (by its stamp where an earlier build proved it), beside
    /// the survey of what the previous build left in `place`.
    static func run(_ run: BuildRun, place: OutputPlace) -> Hashed {
        let options = run.options, stampsFile = run.caches.inputStamps
        let shared = SharedManifest()
        let ((inputs, spare), served) = concurrently({
            let inputs = InputHash(folders: [options.content] + (options.theme.map { [$0] } ?? []), options: SiteBuilder.keyOptions(options),
                                   stamps: stampsFile.flatMap(InputStamps.read(from:)))
            // The spare tree is surveyed on the core that hashing leaves free first (both
            // surveys after a one-file edit of the medium corpus: 40 ms each).
            return (inputs, SpareTree(place: place, trust: options.reuse, like: shared))
        }, {
            // The generator's program is hashed beside the inputs, not before them.
            _ = SiteBuilder.generatorVersion
            return SurveyedTree.survey(place, trust: options.reuse, sharing: shared)
        })
        run.report.inputsRead = inputs.filesRead
        // Stamped again only when more than one file in a hundred had to be read: below that,
        // the next build reading those few again costs less than writing 80,000 stamps (and a
        // file edited just now could not be trusted by its stamp anyway).
        if let stampsFile, inputs.filesRead * 100 > inputs.files.count {
            run.inBackground { InputStamps.write(inputs.files, stamps: inputs.stamps, taken: inputs.stamped, to: stampsFile) }
        }
        return Hashed(inputs: inputs, served: served, spare: spare)
    }
}
