/// The default theme, compiled into the program so that `build`, `check` and `serve` work on
/// any content folder with no theme folder at all. Its files are `Theme/` beside this file
/// (SwiftPM embeds each as bytes, named after the file's name alone: so no two files of the
/// theme may share a name, and every file must be listed here; `BuiltInThemeTests` checks
/// both against the folder).
public enum BuiltInTheme {
    /// Each file's path below the theme folder (`templates/home.mustache`) and its bytes, in
    /// path order.
    public static let files: [(path: String, bytes: [UInt8])] = [
        ("assets/favicon.svg", PackageResources.favicon_svg),
        ("assets/site.js", PackageResources.site_js),
        ("assets/style.css", PackageResources.style_css),
        ("i18n/en.yaml", PackageResources.en_yaml),
        ("i18n/vi.yaml", PackageResources.vi_yaml),
        ("templates/404.mustache", PackageResources._04_mustache),
        ("templates/archive.mustache", PackageResources.archive_mustache),
        ("templates/data.mustache", PackageResources.data_mustache),
        ("templates/group.mustache", PackageResources.group_mustache),
        ("templates/home.mustache", PackageResources.home_mustache),
        ("templates/index.mustache", PackageResources.index_mustache),
        ("templates/layout.mustache", PackageResources.layout_mustache),
        ("templates/map.mustache", PackageResources.map_mustache),
        ("templates/month.mustache", PackageResources.month_mustache),
        ("templates/page.mustache", PackageResources.page_mustache),
        ("templates/ranking-part.mustache", PackageResources.ranking_part_mustache),
        ("templates/ranking.mustache", PackageResources.ranking_mustache),
        ("templates/report.mustache", PackageResources.report_mustache),
        ("templates/unit-node.mustache", PackageResources.unit_node_mustache),
        ("templates/unit-search.mustache", PackageResources.unit_search_mustache),
        ("templates/unit.mustache", PackageResources.unit_mustache),
        ("templates/units.mustache", PackageResources.units_mustache),
        ("templates/year.mustache", PackageResources.year_mustache),
    ]

    /// The bytes of the file at `path` below the theme folder, if the theme has it.
    public static func file(_ path: String) -> [UInt8]? {
        files.first { $0.path == path }?.bytes
    }
}
