import MinhBachCore
import MinhBachContent
import MinhBachArchive
import MinhBachPlan

/// `/du-lieu/`: every download with its size, the data dictionary, the terms of reuse.
extension PageContext {
    func openDataPage() -> Object {
        let data = extras.openData
        let license = archive.site.dataLicense ?? t("default_license")
        var main: Object = [
            .downloads: .list(data.downloads.map { [.title: .text($0.title), .href: .text(root + $0.path), .size: .text(size($0.size)),
                                                    .file: .text(String($0.path.split(separator: "/").last ?? ""))] as Object }),
            .columns: .list(data.columns.map {
                [.name: .text($0.name), .meaning: .text(plain($0.meaning)), .meaningParts: codeParts($0.meaning),
                 .unit: .text(plain($0.unit)), .unitParts: codeParts($0.unit), .range: .text($0.range)] as Object
            }),
            .license: .text(license), .sourceAuthority: .text(t("source_authority", ["authority": archive.site.authority])),
            .feedHref: .text(root + SitePaths.siteFeed), .unitsHref: .text(link(.units)),
        ]
        if license.hasPrefix("https://") || license.hasPrefix("http://") { main[.licenseIsLink] = true }
        if let address = extras.address { main[.jsonLD] = .text(datasetJSONLD(address: address, license: license)) }
        return frame(title: t("nav_data"), description: t("open_data_description"),
                     breadcrumbs: [(t("nav_home"), link(.home)), (t("nav_data"), nil)], main: main)
    }

    /// schema.org `Dataset`, for search engines' dataset search.
    func datasetJSONLD(address: SiteAddress, license: String) -> String {
        let site = archive.site
        var pairs: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")), ("@type", .string("Dataset")),
            ("name", .string("\(index.name) – \(rootName)")),
            ("description", .string(t("open_data_intro"))),
            ("url", .string(address.absolute("du-lieu/"))),
            ("inLanguage", .string(site.language)),
            ("creator", .object([("@type", .string("Organization")), ("name", .string(site.authority))])),
            ("isAccessibleForFree", .bool(true)),
        ]
        if license.hasPrefix("https://") || license.hasPrefix("http://") {
            pairs.append(("license", .string(license)))
        } else {
            pairs.append(("license", .object([("@type", .string("CreativeWork")), ("text", .string(license))])))
        }
        if let first = archive.periods.first, let last = archive.periods.last {
            pairs.append(("temporalCoverage", .string("\(first.firstDay)/\(last.lastDay)")))
        }
        pairs.append(("variableMeasured", .array(extras.openData.columns.map { .string($0.name) })))
        pairs.append(("distribution", .array(extras.openData.downloads.prefix(2).map {
            .object([("@type", .string("DataDownload")), ("encodingFormat", .string($0.format)),
                     ("contentUrl", .string(address.absolute($0.path))), ("contentSize", .string("\($0.size) B"))])
        })))
        return JSONValue.object(pairs).text
    }

    /// A dictionary text in pieces, each `value in backticks` (as written in the files: `true`,
    /// `published`) marked as code, so that it reads as a value and not as English in the sentence.
    func codeParts(_ text: String) -> Value {
        .list(text.split(separator: "`", omittingEmptySubsequences: false).enumerated().compactMap { i, piece in
            piece.isEmpty ? nil : [.value: .text(String(piece)), .code: .flag(i % 2 == 1)] as Object
        })
    }

    /// The text without its backticks, for a theme's data.mustache that shows `{{meaning}}`.
    func plain(_ text: String) -> String { text.filter { $0 != "`" } }

    /// "12,3 KB", "1,2 MB".
    func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 {
            return t.number(Figure(units: Int64(bytes) * Figure.scale / 1024), decimals: 1) + " KB"
        }
        return t.number(Figure(units: Int64(bytes) * Figure.scale / (1024 * 1024)), decimals: 1) + " MB"
    }
}
