import Foundation
import MinhBachCore

/// `minhbach init FOLDER`: a new site that builds at once, with the built-in theme: its
/// settings, the Decision 766 index as the portal shows it, the root unit, and a short guide.
public enum SiteInit {
    public struct Options: Sendable {
        public var folder: String
        public var rootName: String
        public var rootKind: String?
        public var title: String?
        public var authority: String?
        public var baseURL: String?
        public var language: DiagnosticLanguage

        public init(folder: String, rootName: String, rootKind: String? = nil, title: String? = nil, authority: String? = nil,
                    baseURL: String? = nil, language: DiagnosticLanguage = .vi) {
            self.folder = folder; self.rootName = rootName; self.rootKind = rootKind; self.title = title
            self.authority = authority; self.baseURL = baseURL; self.language = language
        }
    }

    /// The files written, below the folder.
    public static func run(_ o: Options) -> Result<[String], EditorError> {
        let name = o.rootName.trimmingWhitespace()
        guard !name.isEmpty else {
            return .failure(EditorError("the site needs its root unit's name", hint: "for example --root-name \"Tỉnh Tây Ninh\""))
        }
        let named = UnitKind.split(name)
        guard let rootKind = o.rootKind?.trimmingWhitespace().lowercased() ?? named?.kind, !rootKind.isEmpty else {
            return .failure(EditorError("the kind of `\(name)` cannot be told from its name",
                                        hint: "add --root-kind, for example --root-kind tỉnh"))
        }
        let slug = named.map { UnitListImporter.baseSlug(kind: $0.kind, rest: $0.rest) } ?? Slug.suggest(from: name)
        guard Slug.isValid(slug) else {
            return .failure(EditorError("`\(name)` gives no slug of letters a–z and digits", hint: "write the name in Vietnamese or English letters"))
        }
        if let url = o.baseURL, !(url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://")) {
            return .failure(EditorError("--base-url must be a web address starting with https:// or http://, found \"\(url)\""))
        }
        guard [.absent, .empty].contains(Scaffold.state(ofFolder: o.folder)) else {
            return .failure(EditorError("\(o.folder) already exists and is not an empty folder: nothing was written",
                                        hint: "name a new folder, such as tay-ninh"))
        }
        let files: [(String, String)] = [
            ("Content/site.yaml", siteYAML(o, name: name, slug: slug)),
            ("Content/index.yaml", String(decoding: PackageResources.index_yaml, as: UTF8.self)),
            ("Content/units/\(slug).md", "---\nname: \(Scaffold.quoted(name))\nkind: \(Scaffold.quoted(rootKind))\n---\n\n\(name).\n"),
            (".gitignore", "# The built site: made again by `minhbach build`, published by copying it.\n/Site/\n"),
            ("README.md", guide(name: name, slug: slug)),
        ]
        if let failure = Scaffold.writeFiles(files.map { (path: $0.0, bytes: Array($0.1.utf8)) }, below: o.folder) { return .failure(failure) }
        return .success(files.map(\.0))
    }

    static func siteYAML(_ o: Options, name: String, slug: String) -> String {
        // Within a sentence the kind is written in lower case: "Ủy ban nhân dân tỉnh Tây Ninh".
        let inText = UnitKind.split(name).map { "\($0.kind) \($0.rest)" } ?? name
        let title = o.title ?? "Minh bạch – Bộ chỉ số 766 \(inText)"
        let authority = o.authority ?? "Ủy ban nhân dân \(inText)"
        var lines = [
            "# Trang công khai kết quả Bộ chỉ số 766: ai công bố, và địa chỉ của trang.",
            "# Tên trang, hiện ở đầu mọi trang và trong kết quả tìm kiếm.",
            "title: \(Scaffold.quoted(title))",
            "# Cơ quan công bố số liệu.",
            "authority: \(Scaffold.quoted(authority))",
            "# Đơn vị gốc: tệp units/\(slug).md; các đơn vị khác có `parent` dẫn về đây.",
            "root: \(slug)",
        ]
        if let url = o.baseURL {
            lines += ["# Địa chỉ trang sẽ có khi đăng lên mạng (cho nguồn tin, sơ đồ trang và liên kết chuẩn).",
                      "base_url: \(Scaffold.quoted(url.hasSuffix("/") ? url : url + "/"))"]
        } else {
            lines += ["# Địa chỉ trang sẽ có khi đăng lên mạng; khi chưa có, trang không có nguồn tin và sơ đồ trang.",
                      "# base_url: \"https://…/\""]
        }
        lines += [
            "# Ngôn ngữ của trang: vi (tiếng Việt) hoặc en (tiếng Anh).",
            "language: \(o.language.rawValue)",
            "# Giữ false: mã HTML viết trong nội dung bị bỏ đi, để trang luôn an toàn.",
            "unsafe_html: false",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func guide(name: String, slug: String) -> String {
        """
        # Trang công khai Bộ chỉ số 766 – \(name)

        Trang được tạo bằng MinhBach từ các tệp trong `Content/`.

        ## Thêm đơn vị
        Mỗi đơn vị là một tệp `Content/units/<tên-viết-tắt>.md`, ví dụ:

            minhbach new unit thanh-dien --name "Phường Thanh Điền" --kind phường --parent \(slug) --content Content

        ## Thêm số liệu một tháng
        Mỗi đơn vị mỗi tháng là một tệp `Content/results/<YYYY-MM>/<đơn-vị>.md`:

            minhbach new result thanh-dien 2025-07 --content Content

        Điền số liệu theo văn bản, xóa dòng `draft: true`, rồi kiểm tra:

            minhbach check --content Content

        ## Tạo trang và đăng lên mạng

            minhbach build --content Content --output Site

        Thư mục `Site/` là toàn bộ trang web: chép cả thư mục lên máy chủ web (có thể đặt trong
        một thư mục con của trang đã có).

        """
    }
}
