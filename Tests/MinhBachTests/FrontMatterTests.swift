import Testing
@testable import MinhBachContent

@Suite("Front matter splitting")
struct FrontMatterTests {
    @Test func splitsYAMLAndBody() throws {
        let fm = try FrontMatter.split("---\nscore: 1\n---\n\nThe notice.\n").get()
        #expect(fm.yaml == "score: 1")
        #expect(fm.yamlFirstLine == 2)
        #expect(fm.body == "The notice.\n")
    }

    @Test func windowsLineEndsAndByteOrderMark() throws {
        let fm = try FrontMatter.split("\u{FEFF}---\r\nscore: 1\r\nrank: 2\r\n---\r\nBody\r\n").get()
        #expect(fm.yaml == "score: 1\nrank: 2")
        #expect(fm.body == "Body\n")
    }

    @Test func emptyBodyAndEmptyFrontMatter() throws {
        #expect(try FrontMatter.split("---\nscore: 1\n---").get().body == "")
        #expect(try FrontMatter.split("---\n---\n").get().yaml == "")
    }

    @Test func missingFences() {
        #expect(FrontMatter.split("score: 1\n") == .failure(.missingOpeningFence))
        #expect(FrontMatter.split("---\nscore: 1\nrank: 2\n") == .failure(.missingClosingFence))
        #expect(FrontMatter.split("") == .failure(.missingOpeningFence))
    }

    @Test func aFenceWithTrailingSpacesStillCounts() throws {
        #expect(try FrontMatter.split("---  \nscore: 1\n--- \nx").get().body == "x")
    }
}
