import ArgumentParser
import Foundation
import MinhBachCore

/// The language of the command line itself: help, usage and argument errors.
///
/// swift-argument-parser reads help strings when it first looks at a command's type, before it
/// has parsed anything, so the language cannot come from the parsed `--lang`: it is read here
/// from the raw arguments. Vietnamese unless `--lang en` (or `--lang=en`) is among them; the
/// site's `language:` is not consulted, as help is asked for before any site is chosen.
///
/// The texts are `Message`s, translated by `DiagnosticCatalog` like every other line the
/// program prints: one catalogue for a translator to read, and one check
/// (`Tests/tools/message_patterns.py --missing`) that names any help string without a
/// Vietnamese entry, or passed as a plain literal instead of through `Interface`.
enum Interface {
    static let language: DiagnosticLanguage = language(in: Array(CommandLine.arguments.dropFirst()))

    static func language(in arguments: [String]) -> DiagnosticLanguage {
        var rest = arguments[...]
        while let argument = rest.popFirst(), argument != "--" {
            if argument == "--lang", let value = rest.first { return DiagnosticLanguage(rawValue: value) ?? .vi }
            if argument.hasPrefix("--lang=") { return DiagnosticLanguage(rawValue: String(argument.dropFirst(7))) ?? .vi }
        }
        return .vi
    }

    /// A command's abstract, or any text shown by the command line, in the interface language.
    static func text(_ english: Message) -> String { english.text(in: language) }
}

extension ArgumentHelp {
    /// An option's or argument's help in the interface language. `value` names what the option
    /// takes in Vietnamese usage lines (`--period <tháng>`); English keeps the property's name
    /// (`--period <period>`), as swift-argument-parser writes it. `discussion`, when given, is
    /// the longer text shown under the option in its command's help.
    static func interface(_ english: Message, value: String? = nil, discussion: Message? = nil) -> ArgumentHelp {
        ArgumentHelp(Interface.text(english), discussion: discussion.map(Interface.text) ?? "",
                     valueName: Interface.language == .vi ? value : nil)
    }
}
