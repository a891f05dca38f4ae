import Testing
@testable import MinhBachBuild

/// The folder beside which `build` looks for `Theme/`, from the content folder as typed:
/// `--content c` crashed the program (Foundation's path code on Linux, for a one-letter name).
@Suite("The content folder's parent")
struct ContentFolderPathTests {
    @Test(arguments: [("c", ""), ("Content", ""), ("c/", ""), ("site/c", "site"), ("/c", "/"), ("/srv/site/Content/", "/srv/site"),
                      ("a/b//", "a"), ("/", "/")])
    func theParentOfAContentFolder(_ path: String, _ parent: String) {
        #expect(BuildOptions.parentFolder(of: path) == parent)
    }

    @Test func aOneLetterContentFolderFindsNoThemeWhereThereIsNone() {
        #expect(BuildOptions.themeBeside(content: "/nonexistent-minhbach-folder/c") == nil)
    }
}
