import Foundation
import MinhBachCore
import MinhBachTheme

/// `minhbach theme export DIR`: the built-in theme written out as a theme folder, to edit.
/// A site then keeps only the files it changes: every file it leaves out is the built-in one.
public enum ThemeExport {
    /// Writes every file of the built-in theme below `folder`, which must be new or empty so
    /// that nothing of an editor's is overwritten; the paths written, relative to it.
    public static func run(to folder: String) -> Result<[String], EditorError> {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                return .failure(EditorError("\(folder) exists and is not a folder", hint: "name a new folder, such as Theme"))
            }
            guard (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty ?? false else {
                return .failure(EditorError("the folder \(folder) is not empty: nothing was written",
                                            hint: "name a new or empty folder; a theme folder needs only the files it changes"))
            }
        }
        for file in BuiltInTheme.files {
            let path = folder + "/" + file.path
            let parent = (path as NSString).deletingLastPathComponent
            guard FileSystem.makeFolders(parent) else {
                return .failure(EditorError("cannot make the folder \(parent)"))
            }
            if let failure = FileSystem.writeWhole([file.bytes[...]], to: path) {
                return .failure(EditorError("cannot write \(path): \(failure)"))
            }
        }
        return .success(BuiltInTheme.files.map(\.path))
    }
}
