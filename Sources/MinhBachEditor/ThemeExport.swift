import Foundation
import MinhBachCore
import MinhBachTheme

/// `minhbach theme export DIR`: the built-in theme written out as a theme folder, to edit.
/// A site then keeps only the files it changes: every file it leaves out is the built-in one.
public enum ThemeExport {
    /// Writes every file of the built-in theme below `folder`, which must be new or empty so
    /// that nothing of an editor's is overwritten; the paths written, relative to it.
    public static func run(to folder: String) -> Result<[String], EditorError> {
        switch Scaffold.state(ofFolder: folder) {
        case .notAFolder:
            return .failure(EditorError("\(folder) exists and is not a folder", hint: "name a new folder, such as Theme"))
        case .notEmpty:
            return .failure(EditorError("the folder \(folder) is not empty: nothing was written",
                                        hint: "name a new or empty folder; a theme folder needs only the files it changes"))
        case .absent, .empty:
            break
        }
        if let failure = Scaffold.writeFiles(BuiltInTheme.files, below: folder) { return .failure(failure) }
        return .success(BuiltInTheme.files.map(\.path))
    }
}
