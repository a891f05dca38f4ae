import Foundation
import MinhBachCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The spare tree beside the output folder, made ready and surveyed (see `SiteWriter`): what
/// a stopped build left in the build's own folder removed, the spare folder made if missing.
/// It is prepared beside the survey of the output folder, while the inputs are hashed.
public struct SpareTree: Sendable {
    let folder: Result<OpenFolder, SiteWriter.Failure>
    let tree: SurveyedTree

    /// - Parameter shared: the published site's manifest, when its survey has read it already.
    public init(place: OutputPlace, trust: Bool, like shared: SharedManifest? = nil) {
        let work = OpenFolder(place.work)
        let path = place.work + "/spare"
        var opened: Result<OpenFolder, SiteWriter.Failure> = .failure(.cannotCreate(path, "not made"))
        withExtendedLifetime(work) {
            for name in ["copy", "old"] { FolderTree.remove(in: work.descriptor, name) }
            let kind = lookUp(in: work.descriptor, "spare")?.kind
            if kind != nil && kind != .folder { FolderTree.remove(in: work.descriptor, "spare") }
            if kind != .folder && mkdirat(work.descriptor, "spare", 0o755) != 0 {
                opened = .failure(.cannotCreate(path, String(cString: strerror(errno))))
                return
            }
            let spare = OpenFolder(path)
            opened = spare.descriptor >= 0 ? .success(spare) : .failure(.cannotCreate(path, String(cString: strerror(errno))))
        }
        folder = opened
        tree = (try? opened.get()).map { spare in withExtendedLifetime(spare) { SurveyedTree.survey(spare.descriptor, trust: trust, contents: false, like: shared?.current) } }
            ?? SurveyedTree()
    }
}

extension SurveyedTree {
    /// The output folder of `place` as it is now (see `survey(_:trust:contents:)`).
    public static func survey(_ place: OutputPlace, trust: Bool = true, sharing shared: SharedManifest? = nil) -> SurveyedTree {
        let opened = OpenFolder(place.folder)
        guard opened.descriptor >= 0 else { return SurveyedTree() }
        return withExtendedLifetime(opened) { survey(opened.descriptor, trust: trust, contents: true, sharing: shared) }
    }
}
