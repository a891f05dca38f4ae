/// Every kind of problem the program reports, each with its stable name (`unknown-group`):
/// what `--lang`, the tests and an editor searching for a message go by. Typed, so that a
/// misspelt code is a compile error, not a message no test expects.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, CustomStringConvertible, Codable {
    // Files and folders
    case badMonthFolder = "bad-month-folder"
    case badOutput = "bad-output"
    case changedWhileRead = "changed-while-read"
    case fileTooLarge = "file-too-large"
    case ignoredFile = "ignored-file"
    case linkBroken = "link-broken"
    case linkLoop = "link-loop"
    case linkNotFile = "link-not-file"
    case linkOutside = "link-outside"
    case missingFile = "missing-file"
    case noContent = "no-content"
    case notUtf8 = "not-utf8"
    case pathConflict = "path-conflict"
    case reservedSlug = "reserved-slug"
    case controlCharacter = "control-character"
    // YAML and front matter
    case duplicateKey = "duplicate-key"
    case missingFence = "missing-fence"
    case missingField = "missing-field"
    case reservedKey = "reserved-key"
    case unknownField = "unknown-field"
    case wrongType = "wrong-type"
    case yamlAliases = "yaml-aliases"
    case yamlEncoding = "yaml-encoding"
    case yamlSyntax = "yaml-syntax"
    case draft = "draft"
    // Values
    case badCode = "bad-code"
    case badDate = "bad-date"
    case badLanguage = "bad-language"
    case badSlug = "bad-slug"
    case badTime = "bad-time"
    case badTimestamp = "bad-timestamp"
    case badUrl = "bad-url"
    case badValue = "bad-value"
    case impossibleDate = "impossible-date"
    case notANumber = "not-a-number"
    case notWhole = "not-whole"
    case outOfRange = "out-of-range"
    case tooManyDecimals = "too-many-decimals"
    // Units and their tree
    case afterDissolution = "after-dissolution"
    case beforeEstablishment = "before-establishment"
    case parentCycle = "parent-cycle"
    case rootHasParent = "root-has-parent"
    case successorWithoutDissolution = "successor-without-dissolution"
    case unknownSuccessor = "unknown-successor"
    case unknownUnit = "unknown-unit"
    // Results and months
    case asOfBeforeMonth = "as-of-before-month"
    case documentBeforeMonth = "document-before-month"
    case groupsSum = "groups-sum"
    case groupsTotal = "groups-total"
    case rankCountDiffers = "rank-count-differs"
    case rankDiffers = "rank-differs"
    case receiptDateMismatch = "receipt-date-mismatch"
    case receivedAfterMonth = "received-after-month"
    case unknownGroup = "unknown-group"
    case unknownIndicator = "unknown-indicator"
    // The theme
    case missingTranslation = "missing-translation"
    case templateCycle = "template-cycle"
    case templateMissing = "template-missing"
    case templateSyntax = "template-syntax"
    case templateUnreadable = "template-unreadable"
    // The site
    case noBaseUrl = "no-base-url"
    /// A fault of the generator itself, never of the content.
    case internalError = "internal-error"
    // Import
    case importChanged = "import-changed"
    case importDuplicate = "import-duplicate"
    case importSkipped = "import-skipped"
    case importUnclosedQuote = "import-unclosed-quote"
    case importUnmatched = "import-unmatched"

    public var description: String { rawValue }
}
