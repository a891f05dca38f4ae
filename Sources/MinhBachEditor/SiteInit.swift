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

    /// The kinds of unit a name may begin with, longest first ("Thành phố Hồ Chí Minh": thành phố).
    static let kinds = ["thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã"]

    /// The kind a unit's name begins with, and the name without it ("Tỉnh Tây Ninh" → tỉnh, "Tây Ninh").
    static func kind(of name: String) -> (kind: String, rest: String)? {
        let lower = name.lowercased()
        for kind in kinds where lower.hasPrefix(kind + " ") {
            return (kind, String(name.dropFirst(kind.count + 1)).trimmingWhitespace())
        }
        return nil
    }

    /// The files written, below the folder.
    public static func run(_ o: Options) -> Result<[String], EditorError> {
        let name = o.rootName.trimmingWhitespace()
        guard !name.isEmpty else {
            return .failure(EditorError("the site needs its root unit's name", hint: "for example --root-name \"Tỉnh Tây Ninh\""))
        }
        let named = SiteInit.kind(of: name)
        guard let rootKind = o.rootKind?.trimmingWhitespace().lowercased() ?? named?.kind, !rootKind.isEmpty else {
            return .failure(EditorError("the kind of `\(name)` cannot be told from its name",
                                        hint: "add --root-kind, for example --root-kind tỉnh"))
        }
        let slug = Slug.suggest(from: named?.rest ?? name)
        guard Slug.isValid(slug) else {
            return .failure(EditorError("`\(name)` gives no slug of letters a–z and digits", hint: "write the name in Vietnamese or English letters"))
        }
        if let url = o.baseURL, !(url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://")) {
            return .failure(EditorError("--base-url must be a web address starting with https:// or http://, found \"\(url)\""))
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: o.folder, isDirectory: &isFolder) {
            guard isFolder.boolValue, (try? FileManager.default.contentsOfDirectory(atPath: o.folder))?.isEmpty ?? false else {
                return .failure(EditorError("\(o.folder) already exists and is not an empty folder: nothing was written",
                                            hint: "name a new folder, such as tay-ninh"))
            }
        }
        let files: [(String, String)] = [
            ("Content/site.yaml", siteYAML(o, name: name, slug: slug)),
            ("Content/index.yaml", String(decoding: PackageResources.index_yaml, as: UTF8.self)),
            ("Content/units/\(slug).md", "---\nname: \(Scaffold.quoted(name))\nkind: \(Scaffold.quoted(rootKind))\n---\n\n\(name).\n"),
            (".gitignore", "# The built site: made again by `minhbach build`, published by copying it.\n/Site/\n"),
            ("README.md", guide(name: name, slug: slug)),
        ]
        for (relative, text) in files {
            let path = o.folder + "/" + relative
            guard FileSystem.makeFolders((path as NSString).deletingLastPathComponent) else {
                return .failure(EditorError("cannot make the folder \((path as NSString).deletingLastPathComponent)"))
            }
            if let failure = FileSystem.writeWhole([Array(text.utf8)[...]], to: path) {
                return .failure(EditorError("cannot write \(path): \(failure)"))
            }
        }
        return .success(files.map(\.0))
    }

    static func siteYAML(_ o: Options, name: String, slug: String) -> String {
        // Within a sentence the kind is written in lower case: "Ủy ban nhân dân tỉnh Tây Ninh".
        let inText = SiteInit.kind(of: name).map { "\($0.kind) \($0.rest)" } ?? name
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
