import Foundation
import MinhBachCore
import Testing

/// Runs the real `minhbach` executable with `arguments` in `folder` (by default a fresh empty
/// one), as an editor would: its exit status, standard output and standard error.
func runMinhbach(_ arguments: [String], in folder: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: repositoryRoot + "/.build/debug/minhbach")
    process.arguments = arguments
    let folder = folder ?? NSTemporaryDirectory()
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": folder + "/cache"]) { _, new in new }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// Every command's help, usage and argument errors in Vietnamese by default and in English with
/// `--lang en`, as an editor reads them in a terminal.
@Suite("The command line in the interface language")
struct InterfaceLanguageTests {
    /// Every command and subcommand, as `help` lists them (["build"], ["import", "table"], …),
    /// the root first: a command added later is covered without being named here.
    static let commands: [[String]] = {
        var found: [[String]] = [[]]
        var queue: [[String]] = [[]]
        while !queue.isEmpty {
            let path = queue.removeFirst()
            guard let help = try? runMinhbach(["help"] + path + ["--lang", "en"]).out,
                  let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { continue }
            for line in section.split(separator: "\n") {
                guard let name = line.firstMatch(of: /^  ([a-z][a-z-]*)( \(default\))?\s\s/)?.1 else { continue }
                found.append(path + [String(name)])
                queue.append(path + [String(name)])
            }
        }
        return found
    }()

    static let snapshots = repositoryRoot + "/Tests/MinhBachTests/Snapshots/help/"

    static func snapshotName(_ command: [String], _ language: DiagnosticLanguage) -> String {
        (["minhbach"] + command).joined(separator: "-") + "." + language.rawValue + ".txt"
    }

    static func help(_ command: [String], _ language: DiagnosticLanguage) throws -> String {
        let r = try runMinhbach(["help"] + command + (language == .en ? ["--lang", "en"] : []))
        #expect(r.status == 0 && r.err.isEmpty, "minhbach help \(command.joined(separator: " ")): \(r.err)")
        return r.out
    }

    /// `minhbach help <command>` as the files under Snapshots/help/ have it. After a deliberate
    /// change of a help text, write the files again with MINHBACH_RECORD_HELP=1 and read the diff.
    @Test(arguments: [DiagnosticLanguage.vi, .en])
    func helpOfEveryCommandIsAsItsSnapshot(_ language: DiagnosticLanguage) throws {
        #expect(Self.commands.count >= 13, "commands found: \(Self.commands)")
        let record = ProcessInfo.processInfo.environment["MINHBACH_RECORD_HELP"] == "1"
        for command in Self.commands {
            let text = try Self.help(command, language)
            let file = Self.snapshots + Self.snapshotName(command, language)
            if record {
                try FileManager.default.createDirectory(atPath: Self.snapshots, withIntermediateDirectories: true)
                try text.write(toFile: file, atomically: true, encoding: .utf8)
            }
            let expected = try? String(contentsOfFile: file, encoding: .utf8)
            #expect(text == expected, "minhbach help \(command.joined(separator: " ")) (\(language)) differs from \(Self.snapshotName(command, language))")
        }
    }

    /// `--help` and `help` say the same, and `-h` too.
    @Test func helpFlagsAndTheHelpCommandAgree() throws {
        let viaCommand = try Self.help(["import", "table"], .vi)
        #expect(try runMinhbach(["import", "table", "--help"]).out == viaCommand)
        #expect(try runMinhbach(["import", "table", "-h"]).out == viaCommand)
        #expect(try runMinhbach(["import", "table", "--help", "--lang", "en"]).out == Self.help(["import", "table"], .en))
    }

    /// Common English words, and the words swift-argument-parser writes by itself; none may be
    /// left in Vietnamese help (command names, options, paths and `code` are left out first).
    static let englishWords: Set<String> = [
        // Not "in" (Vietnamese for print) nor "an" (an toàn).
        "the", "of", "to", "and", "or", "is", "are", "for", "with", "by", "from", "this", "that", "its", "it", "on", "be",
        "not", "as", "into", "at", "each", "every", "only", "when", "unless", "which", "what", "whose", "by",
        "show", "help", "information", "options", "option", "usage", "overview", "default", "values", "value", "error",
        "see", "more", "detailed", "subcommand", "subcommands", "arguments", "argument", "missing", "unknown", "invalid",
        "expected", "unexpected", "found", "did", "you", "mean", "provide", "one", "following", "please", "specified",
        "content", "folder", "file", "files", "output", "theme", "language", "messages", "site", "unit", "units", "month",
        "period", "parent", "name", "kind", "code", "date", "port", "host", "title", "authority", "write", "read",
        "new", "empty", "list", "table", "map", "mapping", "lang", "format", "base", "url", "province", "root", "mapping",
    ]

    /// The folders the program names by default, as they are written on disk.
    static let folderNames: Set<String> = ["Content", "Site", "Theme"]

    /// The words of `text` that are English: what is left once the program's own names are
    /// taken out (the command with its subcommand names, `--options`, paths, keys, `code`,
    /// "quoted", {{tags}}, the default folders).
    static func englishWords(in text: String) -> [String] {
        var text = text
        for pattern in [/`[^`]*`/, /“[^”]*”/, /"[^"]*"/, /\{\{[^}]*\}\}/, /--?[a-z][a-z-]*/, /[\w<>.-]*\/[\w<>\/.-]*/, /\w+\.\w+/, /\w+_\w+/,
                        /\((?:mặc định|giá trị): [^)]*\)/, /minhbach(?: [a-z-]+)*/] as [Regex<Substring>] {
            text = text.replacing(pattern, with: " ")
        }
        // A subcommand's name at the start of its line in the list.
        let lines = text.split(separator: "\n").map { line in
            line.replacing(/^  [a-z-]+( \(mặc định\))?\s\s/, with: " ")
        }
        return lines.flatMap { $0.split(whereSeparator: { !$0.isLetter }) }.map(String.init).filter {
            Self.englishWords.contains($0.lowercased()) && !Self.folderNames.contains($0)
        }
    }

    @Test func vietnameseHelpHasNoEnglishLeft() throws {
        for command in Self.commands {
            let words = Self.englishWords(in: try Self.help(command, .vi))
            #expect(words.isEmpty, "minhbach help \(command.joined(separator: " ")): English words \(words)")
        }
    }

    /// The scan itself finds what it is for: an English help, and each heading of the library.
    @Test func theScanFindsEnglish() throws {
        let english = try Self.help(["build"], .en)
        #expect(Set(Self.englishWords(in: english)).isSuperset(of: ["OPTIONS", "Show", "help", "information", "content", "folder"]))
        #expect(Self.englishWords(in: "  --content <content>   Thư mục nội dung. (mặc định: Content)") == ["content"])
    }

    /// Every Vietnamese entry of the catalogue is Vietnamese: none is left as its English key, and
    /// none has English words outside its `code`, quotes and placeholders.
    @Test func everyCatalogueEntryIsVietnamese() {
        // Entries that stay as they are in Vietnamese: lists of Vietnamese kinds, notations.
        let same: Set<String> = ["phường, xã, thị trấn, thị xã, tỉnh…", "{0} ({1})", "{0}: {1}"]
        for (english, vietnamese) in DiagnosticCatalog.vietnamese where !same.contains(english) {
            #expect(english != vietnamese || english.allSatisfy { !$0.isLetter }, "not translated: \(english)")
            let words = Self.englishWords(in: vietnamese.replacing(/\{\d+\}/, with: " "))
            #expect(words.isEmpty, "English words \(words) in the Vietnamese of: \(english)")
        }
    }

    /// Every message the code can show, and every help text, has its Vietnamese entry (the
    /// check `Tests/tools/message_patterns.py --missing` makes): the failure names each string.
    @Test func everyMessageAndHelpTextHasItsVietnamese() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot + "/Tests/tools/message_patterns.py", "--missing"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let missing = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let summary = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(missing.isEmpty && summary == "0 patterns\n", "without a Vietnamese entry:\n\(missing)")
    }
}

/// A mistyped command line, said in the interface language: what is wrong, the option's help,
/// the usage and a hint naming `minhbach help <command>`, with the library's exit code (64).
@Suite("Argument errors in the interface language")
struct ArgumentErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        /// The lines in Vietnamese (the usage line left out when nil).
        let vi: [String]
        let en: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let buildUsage = "cách dùng: minhbach build [--content <thư-mục>] [--theme <thư-mục>] [--output <thư-mục>] [--base-url <địa-chỉ>] [--lang <ngôn-ngữ>] [--timings] [--no-cache]"
    static let buildHint = "  gợi ý: `minhbach help build` cho xem mọi tùy chọn"

    static let cases: [Case] = [
        Case(arguments: ["import", "table", "bang.csv"],
             vi: ["lỗi: chưa ghi `--period <tháng>`, một tham số bắt buộc",
                  "trợ giúp:  --period <tháng>  Tháng của bảng, dạng YYYY-MM.",
                  "cách dùng: minhbach import table <tệp> --period <tháng> [--parent <đơn-vị-trên>] [--map <tệp>] [--sheet <trang-tính>] [--strict] [--write] [--force] [--content <thư-mục>] [--lang <ngôn-ngữ>]",
                  "  gợi ý: `minhbach help import table` cho xem mọi tùy chọn"],
             en: "Error: Missing expected argument '--period <period>'"),
        Case(arguments: ["new", "result", "hiep-tan"],
             vi: ["lỗi: chưa ghi `<tháng>`, một tham số bắt buộc",
                  "trợ giúp:  <tháng>  Tháng, dạng YYYY-MM.",
                  "cách dùng: minhbach new result <đơn-vị> <tháng> [--content <thư-mục>] [--lang <ngôn-ngữ>]",
                  "  gợi ý: `minhbach help new result` cho xem mọi tùy chọn"],
             en: "Error: Missing expected argument '<month>'"),
        Case(arguments: ["build", "--contnt", "Noi-dung"],
             vi: ["lỗi: không có tùy chọn `--contnt`; có phải ý bạn là `--content`?", buildUsage, buildHint],
             en: "Error: Unknown option '--contnt'. Did you mean '--content'?"),
        Case(arguments: ["build", "--zzzz"],
             vi: ["lỗi: không có tùy chọn `--zzzz`", buildUsage, buildHint],
             en: "Error: Unknown option '--zzzz'"),
        Case(arguments: ["build", "--content"],
             vi: ["lỗi: thiếu giá trị cho `--content <thư-mục>`",
                  "trợ giúp:  --content <thư-mục>  Thư mục nội dung (site.yaml, index.yaml, units/, results/).", buildUsage, buildHint],
             en: "Error: Missing value for '--content <content>'"),
        Case(arguments: ["build", "--timings=co"],
             vi: ["lỗi: tùy chọn `--timings` không nhận giá trị, nhưng đã ghi 'co'", buildUsage, buildHint],
             en: "Error: The option '--timings' does not take any value, but 'co' was specified."),
        Case(arguments: ["build", "Site"],
             vi: ["lỗi: `Site` không phải lệnh hay tham số của lệnh này", buildUsage, buildHint],
             en: "Error: Unexpected argument 'Site'"),
        Case(arguments: ["check", "--format", "xml"],
             vi: ["lỗi: giá trị 'xml' không hợp lệ cho `--format <dạng>`; hãy ghi một trong các giá trị 'text', 'json'",
                  "trợ giúp:  --format <dạng>  text (tệp:dòng:cột: …) hoặc json.",
                  "cách dùng: minhbach check [--content <thư-mục>] [--theme <thư-mục>] [--format <dạng>] [--lang <ngôn-ngữ>]",
                  "  gợi ý: `minhbach help check` cho xem mọi tùy chọn"],
             en: "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' and 'json'."),
        Case(arguments: ["biuld"],
             vi: ["lỗi: `biuld` không phải lệnh hay tham số của lệnh này", "cách dùng: minhbach <lệnh>",
                  "  gợi ý: `minhbach help` liệt kê các lệnh"],
             en: "Error: Unexpected argument 'biuld'"),
        // Help for a command that does not exist is the same mistake, not the overview.
        Case(arguments: ["help", "biuld"],
             vi: ["lỗi: `biuld` không phải lệnh hay tham số của lệnh này", "cách dùng: minhbach <lệnh>",
                  "  gợi ý: `minhbach help` liệt kê các lệnh"],
             en: "Error: Unexpected argument 'biuld'"),
        Case(arguments: ["help", "build", "Site"],
             vi: ["lỗi: `Site` không phải lệnh hay tham số của lệnh này", buildUsage, buildHint],
             en: "Error: Unexpected argument 'Site'"),
    ]

    @Test(arguments: cases)
    func saysWhatIsWrongWithUsageAndHint(_ c: Case) throws {
        let vi = try runMinhbach(c.arguments)
        #expect(vi.status == 64)
        #expect(vi.out.isEmpty)
        #expect(vi.err == c.vi.joined(separator: "\n") + "\n")
        let en = try runMinhbach(c.arguments + ["--lang", "en"])
        #expect(en.status == 64)
        #expect(en.err.split(separator: "\n").first.map(String.init) == c.en)
        #expect(en.err.hasSuffix("' for more information.\n"))
    }
}
