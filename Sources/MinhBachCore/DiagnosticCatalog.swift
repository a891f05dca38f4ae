/// Vietnamese text of every message the program can show an editor — the build's diagnostics,
/// the commands' lines, their help and the argument parser's own words — keyed by the English
/// pattern (see `Message`). `Tests/tools/message_patterns.py --missing` lists patterns the code
/// uses that have no entry here; a test fails while any is missing.
///
/// Longer than a file should be, on purpose: one table, in one place, so that a translator
/// reads every message side by side and a reviewer sees a new one next to its neighbours.
public enum DiagnosticCatalog {
    public static let vietnamese: [String: String] = [
        "  “{0}” (column {1}) → not read: a revision is kept in the result file's `revised_from`":
            "  “{0}” (cột {1}) → không đọc: lần điều chỉnh số liệu được ghi trong `revised_from` của tệp kết quả",
        "The table: a CSV file (UTF-8, comma- or semicolon-separated) or an Excel workbook (.xlsx).":
            "Bảng số liệu: tệp CSV (UTF-8, phân cách bằng dấu phẩy hoặc dấu chấm phẩy) hoặc sổ tính Excel (.xlsx).",
        "The sheet of an .xlsx workbook, by name or number (from 1); the first by default.":
            "Trang tính của sổ tính .xlsx, theo tên hoặc số thứ tự (từ 1); mặc định là trang đầu tiên.",
        "Refuse a table with a header that no field reads, rather than leave its column out.":
            "Từ chối bảng có tiêu đề cột không ứng với trường nào, thay vì bỏ qua cột đó.",
        "Create a draft result for every unit of the month that has none yet.":
            "Tạo tệp kết quả nháp cho mọi đơn vị chưa có kết quả của tháng.",
        "Only the units of this parent (its slug).":
            "Chỉ các đơn vị thuộc đơn vị trên này (ghi slug của nó).",
        "Build and show drafts (draft: true), each marked as a draft; never in `build`.":
            "Tạo và hiển thị cả các bản nháp (draft: true), mỗi bản ghi rõ là bản nháp; `build` không bao giờ đăng bản nháp.",
        "Open the preview in the browser ($BROWSER, else xdg-open).":
            "Mở bản xem trước trong trình duyệt ($BROWSER, nếu không có thì xdg-open).",
        "Draft the month's notice of a unit as a Word document, from its result.":
            "Soạn thông báo kết quả tháng của một đơn vị thành văn bản Word, từ tệp kết quả của tháng.",
        "The Word file to write (default: thong-bao-<unit>-<YYYY-MM>.docx in the current folder).":
            "Tệp Word sẽ ghi (mặc định: thong-bao-<đơn-vị>-<YYYY-MM>.docx trong thư mục hiện tại).",
        "Also write the body as Markdown (the same name, .md), to paste as the result file's text.":
            "Ghi thêm phần nội dung dạng Markdown (cùng tên, đuôi .md), để dán vào phần văn bản của tệp kết quả.",
        "Replace files that already exist.":
            "Ghi đè tệp đã có.",
        "The language of the notice and of messages (vi or en; default: the site's).":
            "Ngôn ngữ của thông báo và của các thông điệp (vi hoặc en; mặc định: ngôn ngữ của trang).",
        "`overdue[{0}].resolved` of {1} is {2} here but {3} in the result of {4}":
            "`overdue[{0}].resolved` của {1} ở đây là {2} nhưng trong kết quả tháng {4} là {3}",
        "a dossier is resolved once: write the same date in both files, the one the portal shows":
            "một hồ sơ chỉ được giải quyết một lần: hãy ghi cùng một ngày ở cả hai tệp, theo ngày trên Cổng Dịch vụ công",
        "the recorded period {0} is incomplete: this site has figures for {1} of the {2} units ranked together":
            "kỳ {0} chưa đủ số liệu: trang này chỉ có số liệu của {1} trong {2} đơn vị được xếp hạng cùng nhau",
        "the pages show the published rank {0}/{1} and mark the recorded period {2} as incomplete, with no rank for the units without a published one; add the siblings' missing result files":
            "các trang hiển thị thứ hạng đã công bố {0}/{1} và ghi kỳ {2} là chưa đủ số liệu, đơn vị không có thứ hạng công bố thì không ghi thứ hạng; hãy thêm tệp kết quả còn thiếu của các đơn vị cùng cấp",
        "the site shows the published rank; check the siblings' totals for the recorded period {0}":
            "trang hiển thị thứ hạng đã công bố; hãy kiểm tra tổng điểm của các đơn vị cùng cấp kỳ {0}",
        "the portal ranked {0} units but this site has figures for {1} of them in the recorded period {2}":
            "Cổng Dịch vụ công xếp hạng {0} đơn vị nhưng trang này chỉ có số liệu của {1} đơn vị trong kỳ {2}",
        "add the missing siblings' result files for the recorded period {0}":
            "bổ sung tệp kết quả còn thiếu của các đơn vị cùng cấp cho kỳ {0}",
        "{0} has no result for {1}: there is no {2}":
            "{0} chưa có kết quả tháng {1}: không có tệp {2}",
        "write it first: `minhbach new result {0} {1}`, or import the month's table":
            "hãy tạo tệp trước: `minhbach new result {0} {1}`, hoặc nhập bảng số liệu của tháng",
        "{0}:{1}: the result is a draft (`draft: true`); a notice is drafted only from a finished result":
            "{0}:{1}: kết quả còn là bản nháp (`draft: true`); chỉ soạn thông báo từ kết quả đã hoàn chỉnh",
        "fill in the figures, delete the line `draft: true`, then run `minhbach check`":
            "hãy điền đủ số liệu, xóa dòng `draft: true`, rồi chạy `minhbach check`",
        "{0} has errors and is not read":
            "{0} có lỗi nên không được đọc",
        "run `minhbach check` and correct them first":
            "hãy chạy `minhbach check` và sửa các lỗi trước",
        "the unit's slug is its file's name in {0}/units/":
            "mã (slug) của đơn vị là tên tệp của nó trong {0}/units/",
        "add --force to replace it, or name another file with --out":
            "thêm --force để ghi đè, hoặc đặt tên tệp khác bằng --out",
        "cannot make the Word document: {0}":
            "không tạo được văn bản Word: {0}",
        "Wrote {0}.":
            "Đã ghi {0}.",
        "Edit the number, the date and the signer, then sign it.":
            "Hãy điền số, ngày và người ký, rồi trình ký.",
        // libyaml's problems and contexts (YAMLProblems), inside "YAML syntax error: {0} ({1} …)".
        "YAML syntax error: {0} ({1})":
            "cú pháp YAML sai: {0} ({1})",
        "YAML syntax error: {0} ({1} that starts here; found on line {2}, column {3})":
            "cú pháp YAML sai: {0} ({1} bắt đầu tại đây; phát hiện ở dòng {2}, cột {3})",
        "found character that cannot start any token":
            "có ký tự không được đứng đầu một giá trị (như `@` hay dấu tab); hãy đặt giá trị trong dấu ngoặc kép",
        "could not find expected ':'":
            "không tìm thấy dấu `:` sau khóa: mỗi dòng phải có dạng `khóa: giá trị`",
        "block sequence entries are not allowed in this context":
            "không được đặt mục danh sách `- ` ở đây: kiểm tra thụt lề",
        "mapping keys are not allowed in this context":
            "không được đặt khóa ở đây: kiểm tra thụt lề",
        "mapping values are not allowed in this context":
            "không được có `: ` ở đây: một giá trị chứa `: ` phải đặt trong dấu ngoặc kép, hoặc thụt lề chưa đúng",
        "found unknown directive name":
            "chỉ thị `%` không xác định",
        "did not find expected comment or line break":
            "sau đó phải là chú thích hoặc hết dòng",
        "could not find expected directive name":
            "thiếu tên chỉ thị sau `%`",
        "found unexpected non-alphabetical character":
            "có ký tự không phải chữ cái ở chỗ không được có",
        "did not find expected digit or '.' character":
            "thiếu chữ số hoặc dấu `.`",
        "found extremely long version number":
            "số phiên bản quá dài",
        "did not find expected version number":
            "thiếu số phiên bản",
        "did not find expected whitespace":
            "thiếu khoảng trắng",
        "did not find expected whitespace or line break":
            "thiếu khoảng trắng hoặc xuống dòng",
        "did not find expected alphabetic or numeric character":
            "thiếu chữ cái hoặc chữ số sau `&` hoặc `*`: giá trị bắt đầu bằng `&` hay `*` phải đặt trong dấu ngoặc kép",
        "did not find the expected '>'":
            "thiếu dấu `>`",
        "did not find expected '!'":
            "thiếu dấu `!`: giá trị bắt đầu bằng `!` phải đặt trong dấu ngoặc kép",
        "did not find expected tag URI":
            "thiếu địa chỉ của thẻ `!`: giá trị bắt đầu bằng `!` phải đặt trong dấu ngoặc kép",
        "did not find URI escaped octet":
            "mã `%` trong địa chỉ của thẻ không hợp lệ",
        "found an incorrect leading UTF-8 octet":
            "byte đầu của một ký tự UTF-8 không hợp lệ",
        "found an incorrect trailing UTF-8 octet":
            "byte tiếp theo của một ký tự UTF-8 không hợp lệ",
        "found an indentation indicator equal to 0":
            "chỉ số thụt lề của khối văn bản không được là 0",
        "found a tab character where an indentation space is expected":
            "có ký tự tab ở chỗ thụt lề: chỉ dùng dấu cách",
        "found unexpected document indicator":
            "gặp dòng `---` hoặc `...` khi dấu ngoặc kép còn chưa đóng",
        "found unexpected end of stream":
            "hết tệp mà dấu ngoặc kép còn chưa đóng",
        "found unknown escape character":
            "có dấu `\\` trước một ký tự không được phép: trong dấu ngoặc kép, viết `\\\\` cho một dấu `\\`, hoặc dùng dấu ngoặc đơn",
        "did not find expected hexdecimal number":
            "thiếu số thập lục phân sau `\\x`, `\\u` hoặc `\\U`",
        "found invalid Unicode character escape code":
            "mã ký tự Unicode không hợp lệ",
        "found unexpected ':'":
            "có dấu `:` không đúng chỗ: hãy đặt giá trị trong dấu ngoặc kép",
        "found a tab character that violates indentation":
            "có ký tự tab làm sai thụt lề: chỉ dùng dấu cách",
        "did not find expected <stream-start>":
            "không tìm thấy điểm bắt đầu văn bản",
        "did not find expected <document start>":
            "không tìm thấy dòng `---` mở đầu",
        "found undefined tag handle":
            "thẻ `!` không xác định: giá trị bắt đầu bằng `!` phải đặt trong dấu ngoặc kép",
        "did not find expected node content":
            "thiếu giá trị",
        "did not find expected '-' indicator":
            "thiếu dấu `-` của mục danh sách: kiểm tra thụt lề",
        "did not find expected key":
            "không tìm thấy khóa như mong đợi: kiểm tra thụt lề: các khóa cùng cấp phải thẳng cột",
        "did not find expected ',' or ']'":
            "thiếu dấu `,` hoặc `]`: danh sách mở bằng `[` chưa được đóng",
        "did not find expected ',' or '}'":
            "thiếu dấu `,` hoặc `}`: nhóm mở bằng `{` chưa được đóng",
        "found duplicate %YAML directive":
            "chỉ thị %YAML bị lặp lại",
        "found incompatible YAML document":
            "phiên bản YAML không tương thích",
        "found duplicate %TAG directive":
            "chỉ thị %TAG bị lặp lại",
        "Maximum nesting level reached, set with yaml_set_max_nest_level())":
            "lồng nhau quá nhiều cấp",
        "input error":
            "lỗi khi đọc dữ liệu",
        "invalid leading UTF-8 octet":
            "byte đầu của một ký tự UTF-8 không hợp lệ",
        "incomplete UTF-8 octet sequence":
            "ký tự UTF-8 bị cắt cụt",
        "invalid trailing UTF-8 octet":
            "byte tiếp theo của một ký tự UTF-8 không hợp lệ",
        "invalid length of a UTF-8 sequence":
            "độ dài ký tự UTF-8 không hợp lệ",
        "invalid Unicode character":
            "ký tự Unicode không hợp lệ",
        "incomplete UTF-16 character":
            "ký tự UTF-16 bị cắt cụt",
        "unexpected low surrogate area":
            "ký tự UTF-16 không hợp lệ",
        "incomplete UTF-16 surrogate pair":
            "cặp ký tự UTF-16 bị cắt cụt",
        "expected low surrogate area":
            "ký tự UTF-16 không hợp lệ",
        "control characters are not allowed":
            "tệp có ký tự điều khiển: ký tự ẩn không in ra được",
        "input is too long":
            "tệp quá dài",
        "but found another document":
            "nhưng lại có thêm một văn bản YAML nữa: một dòng `---` thừa",
        "found undefined alias":
            "có `*tên` mà chưa có `&tên` nào trước đó: giá trị bắt đầu bằng `*` phải đặt trong dấu ngoặc kép",
        "while scanning for the next token":
            "khi đọc giá trị tiếp theo",
        "while scanning a simple key":
            "khi đọc khóa",
        "while scanning a directive":
            "khi đọc chỉ thị `%`",
        "while scanning a %YAML directive":
            "khi đọc chỉ thị %YAML",
        "while scanning a %TAG directive":
            "khi đọc chỉ thị %TAG",
        "while scanning an anchor":
            "khi đọc nhãn `&`",
        "while scanning an alias":
            "khi đọc tham chiếu `*`",
        "while scanning a tag":
            "khi đọc thẻ `!`",
        "while scanning a tag directive":
            "khi đọc chỉ thị thẻ",
        "while parsing a tag directive":
            "khi đọc chỉ thị thẻ",
        "while parsing a %TAG directive":
            "khi đọc chỉ thị %TAG",
        "while parsing a tag":
            "khi đọc thẻ `!`",
        "while scanning a block scalar":
            "khi đọc khối văn bản `|` hoặc `>`",
        "while scanning a quoted scalar":
            "khi đọc văn bản trong dấu ngoặc kép",
        "while parsing a quoted scalar":
            "khi đọc văn bản trong dấu ngoặc kép",
        "while scanning a plain scalar":
            "khi đọc giá trị",
        "while parsing":
            "khi đọc",
        "while parsing a node":
            "khi đọc giá trị",
        "while parsing a block node":
            "khi đọc giá trị",
        "while parsing a flow node":
            "khi đọc giá trị trong `[ ]` hoặc `{ }`",
        "while parsing a block collection":
            "khi đọc danh sách",
        "while parsing a block mapping":
            "khi đọc các khóa cùng cấp",
        "while parsing a flow sequence":
            "khi đọc danh sách `[ ]`",
        "while parsing a flow mapping":
            "khi đọc nhóm `{ }`",
        "expected a single document in the stream":
            "chỉ được có một văn bản YAML",
        // The command line: its help (`Interface`) and swift-argument-parser's own texts (`ParserText`).
        "Builds a static site of monthly public-service results from Markdown files.":
            "Tạo trang web tĩnh công khai kết quả phục vụ người dân hằng tháng từ các tệp Markdown.",
        "Make a new site in a new folder: settings, the Decision 766 index, the root unit, a short guide.":
            "Tạo trang mới trong một thư mục mới: tệp cài đặt, Bộ chỉ số theo Quyết định 766, đơn vị gốc và một bản hướng dẫn ngắn.",
        "Check the content and build the site.":
            "Kiểm tra nội dung rồi tạo trang.",
        "Check the content (every file, every figure) without writing anything.":
            "Kiểm tra nội dung (mọi tệp, mọi số liệu) mà không ghi gì.",
        "Create a unit or a month's result file, ready to fill.":
            "Tạo tệp đơn vị hoặc tệp kết quả của một tháng, sẵn để điền.",
        "Create units/<slug>.md.":
            "Tạo units/<slug>.md.",
        "Create results/<YYYY-MM>/<unit>.md as a draft.":
            "Tạo bản nháp results/<YYYY-MM>/<đơn-vị>.md.",
        "Turn a table (CSV or .xlsx) into content files; shows what it would do unless --write.":
            "Chuyển một bảng (CSV hoặc .xlsx) thành các tệp nội dung; chỉ cho xem sẽ làm gì, trừ khi có --write.",
        "Turn the portal's exported table (CSV or .xlsx) into result files; shows what it would do unless --write.":
            "Chuyển bảng xuất từ Cổng Dịch vụ công (CSV hoặc .xlsx) thành các tệp kết quả; chỉ cho xem sẽ làm gì, trừ khi có --write.",
        "Turn the statistics office's list of administrative units (CSV) into unit files; shows what it would do unless --write.":
            "Chuyển danh mục đơn vị hành chính của cơ quan thống kê (CSV) thành các tệp đơn vị; chỉ cho xem sẽ làm gì, trừ khi có --write.",
        "Record a reorganisation of units (which old unit went into which new one, CSV) in the unit files; shows what it would do unless --write.":
            "Ghi việc sắp xếp đơn vị hành chính (đơn vị cũ nhập vào đơn vị mới nào, CSV) vào các tệp đơn vị; chỉ cho xem sẽ làm gì, trừ khi có --write.",
        "Preview the site: build into a temporary folder, serve it, rebuild and reload on every change.":
            "Xem trước trang: tạo trang vào một thư mục tạm, phục vụ nó, tạo lại và tải lại mỗi khi có thay đổi.",
        "The built-in theme.":
            "Giao diện có sẵn.",
        "Write the built-in theme into a new folder, to edit; keep only the files you change.":
            "Ghi giao diện có sẵn vào một thư mục mới để chỉnh sửa; chỉ giữ lại các tệp bạn sửa.",
        "The content folder.":
            "Thư mục nội dung.",
        "The content folder (site.yaml, index.yaml, units/, results/).":
            "Thư mục nội dung (site.yaml, index.yaml, units/, results/).",
        "A theme folder (templates/, assets/, i18n/) whose files replace the built-in theme's; by default Theme/ beside the content folder, when there is one.":
            "Thư mục giao diện (templates/, assets/, i18n/) có các tệp thay cho tệp của giao diện có sẵn; mặc định là Theme/ bên cạnh thư mục nội dung, nếu có.",
        "A theme folder whose files replace the built-in theme's (checked too); by default Theme/ beside the content folder, when there is one.":
            "Thư mục giao diện có các tệp thay cho tệp của giao diện có sẵn (cũng được kiểm tra); mặc định là Theme/ bên cạnh thư mục nội dung, nếu có.",
        "A theme folder whose files replace the built-in theme's; by default Theme/ beside the content folder, when there is one.":
            "Thư mục giao diện có các tệp thay cho tệp của giao diện có sẵn; mặc định là Theme/ bên cạnh thư mục nội dung, nếu có.",
        "The output folder. Left untouched when the content has errors.":
            "Thư mục kết quả tạo trang. Giữ nguyên khi nội dung có lỗi.",
        "The site's address, overriding base_url in site.yaml.":
            "Địa chỉ của trang, thay cho base_url trong site.yaml.",
        "The language of messages (vi or en).":
            "Ngôn ngữ của thông báo (vi hoặc en).",
        "The language of messages (vi or en); by default the site's language.":
            "Ngôn ngữ của thông báo (vi hoặc en); mặc định là ngôn ngữ của trang.",
        "The site's language, and of messages (vi or en).":
            "Ngôn ngữ của trang và của thông báo (vi hoặc en).",
        "Print the time each build phase took.":
            "In thời gian của từng bước tạo trang.",
        "Read every file and render every page again, ignoring what earlier builds kept.":
            "Đọc lại mọi tệp và dựng lại mọi trang, bỏ qua những gì các lần tạo trước đã lưu.",
        "text (path:line:col: …) or json.":
            "text (tệp:dòng:cột: …) hoặc json.",
        "The CSV file (UTF-8, comma- or semicolon-separated).":
            "Tệp CSV (UTF-8, phân cách bằng dấu phẩy hoặc dấu chấm phẩy).",
        "The month of the table, YYYY-MM.":
            "Tháng của bảng, dạng YYYY-MM.",
        "Only match units under this parent.":
            "Chỉ khớp các đơn vị trực thuộc đơn vị này.",
        "A YAML file mapping unusual headers to keys: \"Header\": key.":
            "Tệp YAML ghép tiêu đề cột lạ với khóa: \"Tiêu đề\": khóa.",
        "Write the new files (only when every row is good).":
            "Ghi các tệp mới (chỉ khi mọi dòng đều đúng).",
        "Write the changes (only when every row is good).":
            "Ghi các thay đổi (chỉ khi mọi dòng đều đúng).",
        "Also replace the figures of existing files that differ.":
            "Thay cả số liệu của các tệp đã có nếu khác.",
        "The map (UTF-8, comma- or semicolon-separated): a row per old unit and a new unit it went into, under “Mã PX cũ” and “Mã PX mới”.":
            "Bảng sắp xếp (UTF-8, phân cách bằng dấu phẩy hoặc dấu chấm phẩy): mỗi dòng một đơn vị cũ và đơn vị mới nó nhập vào, ở cột “Mã PX cũ” và “Mã PX mới”.",
        "The day the new units began, YYYY-MM-DD (2025-07-01 for the 2025 reorganisation).":
            "Ngày các đơn vị mới bắt đầu hoạt động, dạng YYYY-MM-DD (2025-07-01 với đợt sắp xếp năm 2025).",
        "The list (UTF-8, comma- or semicolon-separated), one row per commune.":
            "Danh mục (UTF-8, phân cách bằng dấu phẩy hoặc dấu chấm phẩy), mỗi dòng một xã.",
        "Only this province's units, by its name or code (Mã TP).":
            "Chỉ các đơn vị của tỉnh này, theo tên hoặc mã (Mã TP).",
        "A new (or empty) folder.":
            "Một thư mục mới (hoặc trống).",
        "The root unit's official name, e.g. \"Tỉnh Tây Ninh\".":
            "Tên chính thức của đơn vị gốc, ví dụ \"Tỉnh Tây Ninh\".",
        "Its kind (tỉnh, thành phố, xã, phường…); by default from the name.":
            "Loại đơn vị (tỉnh, thành phố, xã, phường…); mặc định lấy theo tên.",
        "The site's title.":
            "Tiêu đề của trang.",
        "The publishing authority.":
            "Cơ quan công bố.",
        "The address the site will have.":
            "Địa chỉ trang sẽ có.",
        "The unit's slug, e.g. hiep-tan.":
            "Tên ngắn (slug) của đơn vị, ví dụ hiep-tan.",
        "The unit's slug.":
            "Tên ngắn (slug) của đơn vị.",
        "The official name, e.g. \"Phường Hiệp Tân\".":
            "Tên chính thức, ví dụ \"Phường Hiệp Tân\".",
        "The parent unit's slug.":
            "Tên ngắn (slug) của đơn vị cấp trên.",
        "The electronic identifier (mã định danh).":
            "Mã định danh điện tử.",
        "The month, YYYY-MM.":
            "Tháng, dạng YYYY-MM.",
        "The port (0 picks a free one).":
            "Cổng (0 để tự chọn một cổng trống).",
        "The address to listen on; loopback unless you choose otherwise.":
            "Địa chỉ lắng nghe; mặc định chỉ trên máy này (loopback).",
        "A new or empty folder, e.g. Theme (beside Content/, it is used without --theme).":
            "Một thư mục mới hoặc trống, ví dụ Theme (đặt cạnh Content/ thì được dùng mà không cần --theme).",
        "OVERVIEW: ":
            "TỔNG QUAN: ",
        "USAGE: ":
            "CÁCH DÙNG: ",
        "OPTIONS:":
            "TÙY CHỌN:",
        "ARGUMENTS:":
            "THAM SỐ:",
        "SUBCOMMANDS:":
            "LỆNH CON:",
        "Show help information.":
            "Hiện trợ giúp.",
        "Show subcommand help information.":
            "Hiện trợ giúp của một lệnh.",
        "(default: ":
            "(mặc định: ",
        "; default: ":
            "; mặc định: ",
        "(values: ":
            "(giá trị: ",
        " (default)":
            " (mặc định)",
        "[<options>]":
            "[<tùy-chọn>]",
        "<subcommand>":
            "<lệnh>",
        "  See '{0} <subcommand>' for detailed help.":
            "  Xem `{0} <lệnh>` để biết chi tiết từng lệnh.",
        "Error: ":
            "lỗi: ",
        "Help:  ":
            "trợ giúp:  ",
        "Usage: ":
            "cách dùng: ",
        "  hint: `{0} help {1}` shows every option":
            "  gợi ý: `{0} help {1}` cho xem mọi tùy chọn",
        "  hint: `{0} help` lists the commands":
            "  gợi ý: `{0} help` liệt kê các lệnh",
        "Missing expected argument '{0}'":
            "chưa ghi `{0}`, một tham số bắt buộc",
        "Missing one of: '{0}'":
            "thiếu một trong: `{0}`",
        "Missing value for '{0}'":
            "thiếu giá trị cho `{0}`",
        "Missing required subcommand.":
            "thiếu lệnh con",
        "Unknown option '{0}'. Did you mean '{1}'?":
            "không có tùy chọn `{0}`; có phải ý bạn là `{1}`?",
        "Unknown option '{0}'":
            "không có tùy chọn `{0}`",
        "Invalid option: {0}":
            "tùy chọn không hợp lệ: {0}",
        "Unexpected argument '{0}'":
            "`{0}` không phải lệnh hay tham số của lệnh này",
        "{0} unexpected arguments: '{1}'":
            "{0} tham số thừa: '{1}'",
        "The option '{0}' does not take any value, but '{1}' was specified.":
            "tùy chọn `{0}` không nhận giá trị, nhưng đã ghi '{1}'",
        "The value '{0}' is invalid for '{1}'. Please provide one of {2}.":
            "giá trị '{0}' không hợp lệ cho `{1}`; hãy ghi một trong các giá trị {2}",
        "The value '{0}' is invalid for '{1}': {2}":
            "giá trị '{0}' không hợp lệ cho `{1}`: {2}",
        "The value '{0}' is invalid for '{1}'":
            "giá trị '{0}' không hợp lệ cho `{1}`",
        "Value to be set with {0} had already been set with {1}":
            "giá trị ghi bằng {0} đã được ghi bằng {1}",
        "there is no unit `{0}`: that is the name of `{1}`":
            "không có đơn vị `{0}`: đó là tên của `{1}`",
        "write its slug: `minhbach new result {0} {1}`":
            "hãy ghi mã rút gọn của đơn vị: `minhbach new result {0} {1}`",
        "there is no unit `{0}`":
            "không có đơn vị `{0}`",
        "a unit is named by its slug; to create it: `minhbach new unit {0} --name {1} --kind {2} --parent …`":
            "đơn vị được gọi bằng mã rút gọn; để tạo đơn vị này: `minhbach new unit {0} --name {1} --kind {2} --parent …`",
        "`{0}` is not a kind of unit":
            "`{0}` không phải một loại đơn vị",
        "write one of: {0}":
            "hãy ghi một trong các loại: {0}",
        "`{0}` has no units in {1}":
            "`{0}` không có đơn vị nào trong tháng {1}",
        "the site has no units in {0}":
            "trang không có đơn vị nào trong tháng {0}",
        "a unit dissolved before the month, or established after it, has no result for it":
            "đơn vị đã giải thể trước tháng, hoặc thành lập sau tháng, không có kết quả của tháng đó",
        "{0}; nothing was written":
            "{0}; không ghi tệp nào",
        "Created {0}.":
            "Đã tạo {0}.",
        "Skipped {0}: it already exists.":
            "Bỏ qua {0}: tệp đã có.",
        "{0} draft(s) written, {1} skipped. Fill them in, then run `minhbach check`.":
            "Đã viết {0} bản nháp, bỏ qua {1} tệp. Điền số liệu, rồi chạy `minhbach check`.",
        "{0} changed: the preview could not be written ({1}).":
            "{0} đã thay đổi: không ghi được bản xem trước ({1}).",
        "The preview could not be written ({0}).":
            "Không ghi được bản xem trước ({0}).",
        "{0} changed: the site was not rebuilt, {1}.":
            "{0} đã thay đổi: trang chưa được dựng lại, {1}.",
        "The site was not built, {0}.":
            "Trang chưa được dựng, {0}.",
        "The problems are fixed: the preview shows the site again.":
            "Đã hết lỗi: bản xem trước hiển thị lại trang.",
        "{0} changed: {1} page(s) rendered in {2} s.":
            "{0} đã thay đổi: đã dựng {1} trang trong {2} giây.",
        "Built {0} page(s) in {1} s.":
            "Đã dựng {0} trang trong {1} giây.",
        "{0} files":
            "{0} tệp",
        "the port {0} of {1} is in use: another program (perhaps another `minhbach serve`) listens on it":
            "cổng {0} của {1} đang được dùng: một chương trình khác (có thể là một `minhbach serve` khác) đang nghe ở cổng này",
        "choose another port, e.g. `--port {0}`, or `--port 0` for a free one":
            "hãy chọn cổng khác, ví dụ `--port {0}`, hoặc `--port 0` để tự chọn một cổng còn trống",
        "No browser was found to open it (set $BROWSER); open the address yourself.":
            "Không tìm thấy trình duyệt để mở (hãy đặt biến $BROWSER); hãy tự mở địa chỉ ở dòng trên.",
        "  “{0}” (column {1}) → not read: a field of another edition of the index":
            "  “{0}” (cột {1}) → không đọc: trường của một phiên bản khác của bộ chỉ số",
        "skipped: “{0}” is above the header (line {1}), not a unit’s row":
            "bỏ qua: “{0}” nằm trên dòng tiêu đề (dòng {1}), không phải dòng của một đơn vị",
        "columns of {0}, sheet “{1}” (the header is row {2}):":
            "các cột của {0}, trang tính “{1}” (dòng tiêu đề là hàng {2}):",
        "columns of {0} (the header is line {1}):":
            "các cột của {0} (dòng tiêu đề là dòng {1}):",
        "  “{0}” (column {1}) → not read: no field has this name":
            "  “{0}” (cột {1}) → không đọc: không trường nào có tên này",
        "  “{0}” (column {1}) → not read":
            "  “{0}” (cột {1}) → không đọc",
        "  “{0}” (column {1}) → not read: the build computes it":
            "  “{0}” (cột {1}) → không đọc: bản dựng tự tính",
        "  “{0}” (column {1}) → `{2}` ({3})":
            "  “{0}” (cột {1}) → `{2}` ({3})",
        "  “{0}” (column {1}) → `{2}`":
            "  “{0}” (cột {1}) → `{2}`",
        "{0} has columns that no field reads: {1} (--strict)":
            "{0} có cột mà không trường nào đọc: {1} (--strict)",
        "map each to a key, or to `ignore`, in a mapping file (--map); without --strict they are left out":
            "hãy ánh xạ từng cột tới một khóa, hoặc tới `ignore`, trong tệp ánh xạ cột (--map); không có --strict thì các cột này bị bỏ qua",
        "{0} is an Excel 97–2003 workbook (.xls), which the import does not read":
            "{0} là sổ tính Excel 97–2003 (.xls), định dạng mà lệnh nhập không đọc được",
        "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV UTF-8":
            "hãy mở tệp trong Excel hoặc LibreOffice rồi lưu lại dưới dạng sổ tính Excel (.xlsx) hoặc CSV UTF-8",
        "{0} is a zip file but not an Excel workbook (.xlsx)":
            "{0} là tệp nén zip nhưng không phải sổ tính Excel (.xlsx)",
        "the workbook {0} has no sheet “{1}”; its sheets: {2}":
            "sổ tính {0} không có trang tính “{1}”; các trang tính của nó: {2}",
        "--sheet takes a sheet’s name or its number, from 1":
            "--sheet nhận tên của trang tính hoặc số thứ tự của nó, bắt đầu từ 1",
        "the part {0} of the workbook {1} cannot be read":
            "không đọc được phần {0} của sổ tính {1}",
        "open it in Excel or LibreOffice and save it again":
            "hãy mở tệp trong Excel hoặc LibreOffice rồi lưu lại",
        "the row is of {0}, not of --period {1}":
            "dòng này thuộc kỳ {0}, không phải kỳ --period {1}",
        "import each month's rows with its own --period":
            "hãy nhập các dòng của mỗi tháng với --period của tháng đó",
        "{0} exists with other figures than this row ({1}); it is not changed":
            "{0} đã có với số liệu khác dòng này ({1}); không thay đổi",
        "“{0}”: the name matches {1} units: {2} — add --parent":
            "“{0}”: tên này khớp với {1} đơn vị: {2} — thêm --parent",
        "{0} keeps the units under one parent; a column “Mã định danh” with the units’ codes tells them apart too":
            "{0} chỉ giữ các đơn vị thuộc một cấp trên; cột “Mã định danh” ghi mã của các đơn vị cũng phân biệt được chúng",
        "{0}, cell {1}":
            "{0}, ô {1}",
        "{0}: the cell of column “{1}” is empty":
            "{0}: ô của cột “{1}” để trống",
        "write the unit’s total score in the spreadsheet and save the table again; a unit without a score this month has no row":
            "hãy ghi tổng điểm của đơn vị vào bảng tính rồi lưu lại; đơn vị chưa có điểm tháng này thì không có dòng",
        "write the figure in the spreadsheet and save the table again, or leave out the row":
            "hãy ghi số liệu vào bảng tính rồi lưu lại, hoặc bỏ dòng này",
        "write it in the spreadsheet like 69,81 or 69.81, without units or thousands separators; leave the cell empty if the figure was not published":
            "trong bảng tính hãy ghi như 69,81 hoặc 69.81, không kèm đơn vị hay dấu phân cách hàng nghìn; nếu số liệu không được công bố thì để trống ô",
        "{0} (`{1}`, under `{2}`)":
            "{0} (`{1}`, thuộc `{2}`)",
        "{0} (`{1}`, without a parent)":
            "{0} (`{1}`, không có cấp trên)",
        "not read: results belong in `results/YYYY-MM/`, units in `units/`, free pages in `pages/`":
            "không được đọc: kết quả phải nằm trong `results/YYYY-MM/`, đơn vị trong `units/`, trang riêng trong `pages/`",
        "move it into the folder of what it holds":
            "hãy chuyển tệp vào thư mục ứng với nội dung của nó",
        "not read: the content folder itself holds only `site.yaml` and `index.yaml`":
            "không được đọc: ngay trong thư mục nội dung chỉ có `site.yaml` và `index.yaml`",
        "a document to publish belongs in `static/`; keep other files outside the content folder":
            "tài liệu cần đăng tải đặt trong `static/`; các tệp khác hãy để ngoài thư mục nội dung",
        "the folder is not read: results belong in `results/`, a folder per month (`results/YYYY-MM/`)":
            "thư mục không được đọc: kết quả phải nằm trong `results/`, mỗi tháng một thư mục (`results/YYYY-MM/`)",
        "move its month folders into `results/`":
            "hãy chuyển các thư mục tháng của nó vào `results/`",
        "the folder is not read: units belong in `units/`":
            "thư mục không được đọc: đơn vị phải nằm trong `units/`",
        "move its files into `units/`":
            "hãy chuyển các tệp của nó vào `units/`",
        "the folder is not read: free pages belong in `pages/`":
            "thư mục không được đọc: trang riêng phải nằm trong `pages/`",
        "move its files into `pages/`":
            "hãy chuyển các tệp của nó vào `pages/`",
        "the folder is not read: files copied to the site as they are belong in `static/`":
            "thư mục không được đọc: tệp được sao chép nguyên vẹn lên trang phải nằm trong `static/`",
        "move its files into `static/`":
            "hãy chuyển các tệp của nó vào `static/`",
        "the folder is not read: the content folder holds only `results/`, `units/`, `pages/` and `static/`":
            "thư mục không được đọc: thư mục nội dung chỉ gồm `results/`, `units/`, `pages/` và `static/`",
        "move what should be published into one of them, and the rest out of the content folder":
            "hãy chuyển những gì cần đăng vào một trong các thư mục đó, phần còn lại ra ngoài thư mục nội dung",
        "not read: a result belongs in the folder of its month, `results/YYYY-MM/`":
            "không được đọc: kết quả phải nằm trong thư mục của tháng, `results/YYYY-MM/`",
        "move it to `results/YYYY-MM/{0}`, YYYY-MM being the month it reports":
            "hãy chuyển tệp vào `results/YYYY-MM/{0}`, với YYYY-MM là tháng của kết quả",
        "not read: `results/` holds only the month folders, `results/YYYY-MM/`":
            "không được đọc: `results/` chỉ chứa các thư mục tháng `results/YYYY-MM/`",
        "the folder is not read: only the `.md` files directly in `{0}/` are read":
            "thư mục không được đọc: chỉ đọc các tệp `.md` nằm ngay trong `{0}/`",
        "move its `.md` files up into `{0}/`":
            "hãy chuyển các tệp `.md` của nó lên `{0}/`",
        "not read: only `.md` files are read in `{0}/`":
            "không được đọc: trong `{0}/` chỉ đọc các tệp `.md`",
        "the folder name `{0}` is not a month (YYYY-MM), a quarter (YYYY-Q1 to Q4), a half-year (YYYY-H1, H2) or a year (YYYY)":
            "tên thư mục `{0}` không phải tháng (YYYY-MM), quý (YYYY-Q1 đến Q4), 6 tháng (YYYY-H1, H2) hay năm (YYYY)",
        "name the folder like 2023-06, 2023-Q2, 2023-H1 or 2023":
            "đặt tên thư mục như 2023-06, 2023-Q2, 2023-H1 hoặc 2023",
        "{0} was dissolved on {1}, before the end of the period {2} ({3} to {4})":
            "{0} đã giải thể ngày {1}, trước khi kỳ {2} kết thúc ({3} đến {4})",
        "{0} was established on {1}, after the start of the period {2} ({3} to {4})":
            "{0} được thành lập ngày {1}, sau khi kỳ {2} bắt đầu ({3} đến {4})",
        "a recorded period's figures belong to units that existed in every month of it; record the months instead":
            "số liệu của một kỳ chỉ dành cho đơn vị tồn tại trong mọi tháng của kỳ đó; hãy ghi kết quả từng tháng",
        "`{0}.received` ({1}) is after the period {2} ends":
            "`{0}.received` ({1}) sau khi kỳ {2} kết thúc",
        "`revised_from.date` ({0}) is before the month {1} begins":
            "`revised_from.date` ({0}) trước khi tháng {1} bắt đầu",
        "`revised_from.rank` {0} is not within 1–{1} (`revised_from.of`)":
            "`revised_from.rank` {0} không nằm trong khoảng 1–{1} (`revised_from.of`)",
        "`revised_from.score` is {0}, outside 0–{1}":
            "`revised_from.score` là {0}, nằm ngoài khoảng 0–{1}",
        "`revised_from` gives one of `rank` and `of` without the other":
            "`revised_from` chỉ ghi một trong hai trường `rank` và `of`",
        "add `as_of:` with the time the figures were read from the portal, e.g. \"2026-04-05 17:00\"":
            "thêm `as_of:` là thời điểm lấy số liệu từ Cổng Dịch vụ công, ví dụ \"2026-04-05 17:00\"",
        "it is the day the provisional figures were replaced, after they were read":
            "đây là ngày số liệu tạm tính được thay thế, sau khi đã đọc số liệu đó",
        "the day the figures were revised, e.g. 2026-03-10":
            "ngày điều chỉnh số liệu, ví dụ 2026-03-10",
        "the month {0} is provisional but gives no `as_of`, nor do {1} of its results":
            "tháng {0} là số liệu tạm tính nhưng không ghi `as_of`, {1} kết quả của tháng cũng không ghi",
        "the result is provisional, but neither it nor the month's _index.md gives `as_of`":
            "kết quả là số liệu tạm tính nhưng cả tệp này lẫn _index.md của tháng đều không ghi `as_of`",
        "the total score before the revision, e.g. 68,40":
            "tổng điểm trước khi điều chỉnh, ví dụ 68,40",
        "write both, as the earlier figures gave them (\"xếp hạng 2/3\" is rank 2, of 3), or neither":
            "ghi cả hai như số liệu trước đó (\"xếp hạng 2/3\" là `rank` 2, `of` 3), hoặc bỏ cả hai",
        "`{0}.resolved` ({1}) is before the dossier was received ({2})":
            "`{0}.resolved` ({1}) trước ngày tiếp nhận hồ sơ ({2})",
        "`resolved` is the day the dossier was settled; check both dates against the notice":
            "`resolved` là ngày hồ sơ được giải quyết; hãy đối chiếu cả hai ngày với thông báo",
        "`{0}` \"{1}\" is not a receipt code like 000.21.35.H53-230612-0005":
            "`{0}` \"{1}\" không phải mã biên nhận dạng 000.21.35.H53-230612-0005",
        "a receipt code is the agency's identifier (groups of 3, 2, 2 and 3 characters), the receipt date as YYMMDD and the dossier's four-digit number of that day (Circular 01/2018/TT-VPCP, art. 19); copy it from the portal":
            "mã biên nhận gồm mã định danh của cơ quan (các nhóm 3, 2, 2 và 3 ký tự), ngày tiếp nhận dạng YYMMDD và số thứ tự bốn chữ số của hồ sơ trong ngày (Điều 19 Thông tư 01/2018/TT-VPCP); hãy sao chép mã từ Cổng Dịch vụ công",
        "`{0}` \"{1}\": its date part {2} is not a real date":
            "`{0}` \"{1}\": phần ngày {2} không phải ngày có thật",
        "`{0}` {1} is listed as overdue in {2}, but the result of {3} says it was resolved on {4}":
            "`{0}` {1} được ghi là quá hạn trong tháng {2}, nhưng kết quả tháng {3} ghi hồ sơ đã giải quyết ngày {4}",
        "remove the dossier from this month's list, or correct `resolved` in the result of {0}":
            "bỏ hồ sơ khỏi danh sách của tháng này, hoặc sửa `resolved` trong kết quả tháng {0}",
        "`{0}` {1} begins with the identifier {2}, not {3}'s `code` {4}":
            "`{0}` {1} bắt đầu bằng mã định danh {2}, không phải `code` {4} của {3}",
        "a dossier's code begins with the identifier of the agency that received it; check it against the portal":
            "mã biên nhận bắt đầu bằng mã định danh của cơ quan tiếp nhận hồ sơ; hãy đối chiếu với Cổng Dịch vụ công",
        "`{0}.due` ({1}) is before the month {2} in which the commitment was made":
            "`{0}.due` ({1}) trước tháng {2}, tháng cam kết được đặt ra",
        "`{0}.due` ({1}) is before the month {2} in which the commitment was made ({3})":
            "`{0}.due` ({1}) trước tháng {2}, tháng cam kết được đặt ra ({3})",
        "`{0}` must be mới, đang làm, xong or không đạt (new, in progress, done, missed), found \"{1}\"":
            "`{0}` phải là mới, đang làm, xong hoặc không đạt, nhưng là \"{1}\"",
        "a commitment done or missed stays closed; to take it up again, list it with a new key":
            "cam kết đã xong hoặc không đạt thì đã khép lại; muốn thực hiện lại, hãy ghi nó với một khóa mới",
        "a key names one commitment across months; give the other one a key of its own":
            "mỗi khóa chỉ một cam kết qua các tháng; hãy đặt cho cam kết kia một khóa riêng",
        "a short slug naming the commitment across months, e.g. ho-so-qua-han":
            "mã rút gọn gọi tên cam kết qua các tháng, ví dụ ho-so-qua-han",
        "keep the words of the promise, or add `note:` explaining the change; the page shows both wordings":
            "giữ nguyên nội dung cam kết, hoặc thêm `note:` giải thích thay đổi; trang đơn vị hiển thị cả hai cách ghi",
        "mới, đang làm, xong or không đạt":
            "mới, đang làm, xong hoặc không đạt",
        "the commitment `{0}` is `{1}` here but was `{2}` in {3} ({4}:{5})":
            "cam kết `{0}` ở đây là `{1}` nhưng tháng {3} đã là `{2}` ({4}:{5})",
        "the commitment `{0}` is listed twice in this file; the first is on line {1}":
            "cam kết `{0}` được ghi hai lần trong tệp này; lần đầu ở dòng {1}",
        "the commitment `{0}` reads differently from {1} ({2}:{3}) and has no `note` saying why":
            "nội dung cam kết `{0}` khác với tháng {1} ({2}:{3}) mà không có `note` giải thích",
        "the due date is when the commitment is to be done; check it against the notice":
            "hạn là ngày cam kết phải hoàn thành; đối chiếu với văn bản",
        "what the office committed to, as the notice says it":
            "nội dung cam kết, như văn bản ghi",
        "write the commitment's state at the end of the month: mới when it is made, đang làm while it is worked on, then xong or không đạt":
            "ghi tình trạng cam kết vào cuối tháng: mới khi vừa đặt ra, đang làm khi đang thực hiện, rồi xong hoặc không đạt",
        "a criterion of `{0}`":
            "một tiêu chí của `{0}`",
        "a group":
            "một nhóm",
        "an indicator":
            "một chỉ tiêu",
        "the downloads have one column per key; give the new figure a key of its own":
            "tệp tải về có một cột cho mỗi khóa; hãy đặt cho số liệu mới một khóa riêng",
        "the key `{0}` is {1} here but {2} in an earlier edition":
            "khóa `{0}` ở đây là {1} nhưng ở phiên bản trước là {2}",
        "`{0}.from` must be a month written as YYYY-MM, found \"{1}\"":
            "`{0}.from` phải là tháng dạng YYYY-MM, nhưng là \"{1}\"",
        "`{0}.from` {1} is not after the edition before it, from {2} on line {3}":
            "`{0}.from` {1} không sau phiên bản trước nó (từ {2}, dòng {3})",
        "list the editions oldest first":
            "liệt kê các phiên bản theo thứ tự từ cũ đến mới",
        "the edition's name, e.g. \"Bộ chỉ số từ 2026\"":
            "tên phiên bản, ví dụ \"Bộ chỉ số từ 2026\"",
        "the first month of the edition, as YYYY-MM":
            "tháng đầu tiên áp dụng phiên bản, dạng YYYY-MM",
        "`target` is {0} %, outside 0–100":
            "`target` là {0} %, nằm ngoài khoảng 0–100",
        "`{0}` {1} is greater than `denominator` {2} ({3})":
            "`{0}` {1} lớn hơn `denominator` {2} ({3})",
        "`{0}` is {1}, outside 0–{2} ({3})":
            "`{0}` là {1}, nằm ngoài khoảng 0–{2} ({3})",
        "check each criterion's points against the notice":
            "đối chiếu điểm từng tiêu chí với thông báo",
        "choose another key, e.g. `{0}-criterion`":
            "chọn khóa khác, ví dụ `{0}-criterion`",
        "each criterion's `max` is its share of the group's points; check them against the index's decision":
            "`max` của mỗi tiêu chí là phần điểm của nó trong điểm của nhóm; đối chiếu với quyết định ban hành bộ chỉ số",
        "the criteria of `{0}` add up to {1} but `groups.{2}` is {3} ({4})":
            "tổng điểm các tiêu chí của `{0}` là {1} nhưng `groups.{2}` là {3} ({4})",
        "the criteria's maxima add up to {0}, not to the group's `max` {1}":
            "tổng điểm tối đa của các tiêu chí là {0}, không bằng `max` {1} của nhóm",
        "the criterion's key":
            "khóa của tiêu chí",
        "the criterion's maximum points":
            "điểm tối đa của tiêu chí",
        "the criterion's name":
            "tên tiêu chí",
        "the criterion's points as published":
            "điểm của tiêu chí như đã công bố",
        "the numerator counts the dossiers that meet the criterion, out of the denominator's":
            "tử số đếm các hồ sơ đạt tiêu chí, trong số hồ sơ của mẫu số",
        "the ratio in per cent at which the criterion earns full points, e.g. 80":
            "tỷ lệ (phần trăm) mà từ đó tiêu chí đạt điểm tối đa, ví dụ 80",
        "the {0} criteria of `{1}` given already add up to {2}, more than `groups.{3}` {4}":
            "{0} tiêu chí của `{1}` đã ghi có tổng {2}, lớn hơn `groups.{3}` {4}",
        "unknown criterion `{0}`{1}":
            "tiêu chí không có trong bộ chỉ số `{0}`{1}",
        "when every criterion of a group is given, their points must equal the group's within 0.05; check each against the notice":
            "khi ghi đủ mọi tiêu chí của một nhóm, tổng điểm của chúng phải bằng điểm của nhóm (sai lệch không quá 0,05); đối chiếu từng tiêu chí với thông báo",
        "\"%\" or the noun it counts, e.g. \"hồ sơ\"":
            "\"%\" hoặc danh từ chỉ thứ được đếm, ví dụ \"hồ sơ\"",
        "a commune's place needs both cells, or neither":
            "vị trí của một xã cần cả hai ô, hoặc để trống cả hai",
        "check that the columns of latitude (north) and longitude (east) are not swapped":
            "kiểm tra xem cột vĩ độ (Bắc) và cột kinh độ (Đông) có bị đổi chỗ cho nhau không",
        "the cell “{0}” is empty, but “{1}” is not":
            "ô “{0}” để trống, nhưng ô “{1}” thì không",
        "the cell “{0}” is {1}, outside Vietnam, which lies within {2}–{3} °E":
            "ô “{0}” là {1}, nằm ngoài lãnh thổ Việt Nam (từ kinh độ {2} đến {3} độ Đông)",
        "the cell “{0}” is {1}, outside Vietnam, which lies within {2}–{3} °N":
            "ô “{0}” là {1}, nằm ngoài lãnh thổ Việt Nam (từ vĩ độ {2} đến {3} độ Bắc)",
        "the cell “{0}” is “{1}”, not a number of degrees":
            "ô “{0}” là “{1}”, không phải số đo độ",
        "--base-url must be a web address starting with https:// or http://, found \"{0}\"":
            "--base-url phải là địa chỉ web bắt đầu bằng https:// hoặc http://, nhưng là \"{0}\"",
        "; did you mean `{0}`?":
            "; có phải ý bạn là `{0}`?",
        "YAML syntax error: {0}":
            "cú pháp YAML sai: {0}",
        "YAML syntax error: {0} ({1} on line {2})":
            "cú pháp YAML sai: {0} ({1} ở dòng {2})",
        "`as_of` ({0}) is before the month {1} begins":
            "`as_of` ({0}) trước khi tháng {1} bắt đầu",
        "`base_url` is not set: feeds, the sitemap and canonical links are left out":
            "chưa khai báo `base_url`: không tạo nguồn tin (feed), sơ đồ trang (sitemap) và liên kết chuẩn (canonical)",
        "`better` must be `higher` or `lower`, found \"{0}\"":
            "`better` phải là `higher` hoặc `lower`, nhưng là \"{0}\"",
        "`code` \"{0}\" does not look like an electronic identifier (mã định danh)":
            "`code` \"{0}\" không giống mã định danh điện tử",
        "`dissolved` ({0}) is not after `established` ({1})":
            "`dissolved` ({0}) không sau `established` ({1})",
        "`language` must be one of {0}, found \"{1}\"":
            "`language` phải là một trong {0}, nhưng là \"{1}\"",
        "`lat` is the latitude (vĩ độ) in decimal degrees north, e.g. 11.2868; check that `lat` and `lon` are not swapped":
            "`lat` là vĩ độ Bắc, viết bằng độ thập phân, ví dụ 11.2868; kiểm tra xem `lat` và `lon` có bị đổi chỗ cho nhau không",
        "`lat` is {0}, outside Vietnam, which lies within {1}–{2} °N":
            "`lat` là {0}, nằm ngoài lãnh thổ Việt Nam (từ vĩ độ {1} đến {2} độ Bắc)",
        "`lon` is the longitude (kinh độ) in decimal degrees east, e.g. 106.1052; check that `lat` and `lon` are not swapped":
            "`lon` là kinh độ Đông, viết bằng độ thập phân, ví dụ 106.1052; kiểm tra xem `lat` và `lon` có bị đổi chỗ cho nhau không",
        "`lon` is {0}, outside Vietnam, which lies within {1}–{2} °E":
            "`lon` là {0}, nằm ngoài lãnh thổ Việt Nam (từ kinh độ {1} đến {2} độ Đông)",
        "`lower` for counts where fewer is better, such as overdue dossiers":
            "dùng `lower` cho số lượng càng ít càng tốt, như số hồ sơ quá hạn",
        "`max` must be above 0, found {0}":
            "`max` phải lớn hơn 0, nhưng là {0}",
        "`min` must be between 0 and {0}, found {1}":
            "`min` phải trong khoảng 0–{0}, nhưng là {1}",
        "`of` is given without `rank`":
            "có `of` nhưng thiếu `rank`",
        "`of` must be 1 or more, found {0}":
            "`of` phải từ 1 trở lên, nhưng là {0}",
        "`parent` names the unit `{0}`, which has no file in {1}/{2}":
            "`parent` ghi đơn vị `{0}`, nhưng không có tệp của đơn vị này trong {1}/{2}",
        "`rank` is given without `of`":
            "có `rank` nhưng thiếu `of`",
        "`rank` must be 1 or more, found {0}":
            "`rank` phải từ 1 trở lên, nhưng là {0}",
        "`rank` {0} is greater than `of` {1}":
            "`rank` {0} lớn hơn `of` {1}",
        "`root` names the unit `{0}`, but there is no file {1}/{2}.md{3}":
            "`root` ghi đơn vị `{0}`, nhưng không có tệp {1}/{2}.md{3}",
        "`score` is {0}, outside 0–{1}":
            "`score` là {0}, nằm ngoài khoảng 0–{1}",
        "`successor` `{0}` is not a unit of this site; it is shown as text":
            "`successor` `{0}` không phải đơn vị có trên trang; sẽ hiển thị như văn bản",
        "`successor` is given but the unit has no `dissolved` date":
            "có `successor` nhưng đơn vị không có ngày giải thể `dissolved`",
        "`total` must be above 0, found {0}":
            "`total` phải lớn hơn 0, nhưng là {0}",
        "`{0}.received` ({1}) is after the month {2} ends":
            "`{0}.received` ({1}) sau khi tháng {2} kết thúc",
        "`{0}` begins with an invisible control character ({1})":
            "`{0}` bắt đầu bằng một ký tự điều khiển vô hình ({1})",
        "`{0}` cannot be negative, found {1}":
            "`{0}` không được âm, nhưng là {1}",
        "`{0}` contains an invisible control character ({1}) after “{2}”":
            "`{0}` có một ký tự điều khiển vô hình ({1}) sau “{2}”",
        "`{0}` has an impossible time: \"{1}\"":
            "`{0}` có giờ không hợp lệ: \"{1}\"",
        "`{0}` has more than {1} decimals: {2}":
            "`{0}` có quá {1} chữ số thập phân: {2}",
        "`{0}` has no value; it is required ({1})":
            "`{0}` chưa có giá trị; trường này bắt buộc ({1})",
        "`{0}` is given without `{1}`":
            "có `{0}` nhưng thiếu `{1}`",
        "`{0}` is not a real date: \"{1}\" ({2})":
            "`{0}` không phải ngày có thật: \"{1}\" ({2})",
        "`{0}` is the site's root (site.yaml) and cannot have a `parent`":
            "`{0}` là đơn vị gốc của trang (site.yaml) nên không được có `parent`",
        "`{0}` is {1} %, outside 0–100 ({2})":
            "`{0}` là {1} %, nằm ngoài khoảng 0–100 ({2})",
        "`{0}` must be a date and time like \"2023-06-30 15:10\", found \"{1}\"":
            "`{0}` phải là ngày giờ, ví dụ \"2023-06-30 15:10\", nhưng là \"{1}\"",
        "`{0}` must be a date like 2023-06-30 or 30/06/2023, found \"{1}\"":
            "`{0}` phải là ngày, ví dụ 2023-06-30 hoặc 30/06/2023, nhưng là \"{1}\"",
        "`{0}` must be a list (lines starting with `- `), found {1}":
            "`{0}` phải là danh sách (các dòng bắt đầu bằng `- `), nhưng là {1}",
        "`{0}` must be a number of degrees, found \"{1}\"":
            "`{0}` phải là số đo độ, nhưng là \"{1}\"",
        "`{0}` must be a number, found \"{1}\"":
            "`{0}` phải là số, nhưng là \"{1}\"",
        "`{0}` must be a number, found {1}":
            "`{0}` phải là số, nhưng là {1}",
        "`{0}` must be a set of `key: value` lines, found {1}":
            "`{0}` phải là các dòng `khóa: giá trị`, nhưng là {1}",
        "`{0}` must be a slug of lower-case letters a–z, digits and hyphens, found \"{1}\"":
            "`{0}` phải là mã rút gọn (slug) gồm chữ thường a–z, chữ số và dấu gạch ngang, nhưng là \"{1}\"",
        "`{0}` must be a web address starting with https:// or http://, found \"{1}\"":
            "`{0}` phải là địa chỉ web bắt đầu bằng https:// hoặc http://, nhưng là \"{1}\"",
        "`{0}` must be a whole number, found {1}":
            "`{0}` phải là số nguyên, nhưng là {1}",
        "`{0}` must be text, found {1}":
            "`{0}` phải là văn bản, nhưng là {1}",
        "`{0}` must be true or false, found {1}":
            "`{0}` phải là true hoặc false, nhưng là {1}",
        "`{0}` would overwrite {1}":
            "`{0}` sẽ ghi đè lên {1}",
        "a code names one unit: correct the name or the code":
            "mỗi mã chỉ của một đơn vị: sửa lại tên hoặc mã",
        "a generated file":
            "một tệp do trang tự tạo",
        "a generated page":
            "một trang do trang tự tạo",
        "a key must be plain text":
            "khóa phải là văn bản thường",
        "a list":
            "một danh sách",
        "a name begins with its kind, as in “Phường Thanh Điền” or “Tỉnh Tây Ninh”":
            "tên đơn vị bắt đầu bằng loại đơn vị, như “Phường Thanh Điền” hay “Tỉnh Tây Ninh”",
        "a set of `key: value` lines":
            "các dòng `khóa: giá trị`",
        "a unit is listed twice; keep one of its rows":
            "một đơn vị có hai dòng; chỉ giữ một dòng",
        "a unit's place needs both, in decimal degrees: `lat` (vĩ độ, e.g. 11.2868) and `lon` (kinh độ, e.g. 106.1052)":
            "vị trí của đơn vị cần cả hai, viết bằng độ thập phân: `lat` (vĩ độ, ví dụ 11.2868) và `lon` (kinh độ, ví dụ 106.1052)",
        "a unit's score can then never reach the total; check the index definition":
            "khi đó điểm của đơn vị không bao giờ đạt tổng điểm tối đa; hãy kiểm tra định nghĩa bộ chỉ số",
        "add `---` as the very first line of the file":
            "thêm dòng `---` làm dòng đầu tiên của tệp",
        "add `base_url: https://…/` with the address the site will have, or pass --base-url":
            "thêm `base_url: https://…/` là địa chỉ của trang, hoặc dùng --base-url",
        "add `dissolved: YYYY-MM-DD`, the day the unit ceased to exist":
            "thêm `dissolved: YYYY-MM-DD`, ngày đơn vị thôi tồn tại",
        "add `of:` with the number of units ranked, e.g. 8 for \"xếp hạng 7/8\"":
            "thêm `of:` là số đơn vị được xếp hạng, ví dụ 8 với \"xếp hạng 7/8\"",
        "add `parent: <slug>` naming the unit this one belongs to":
            "thêm `parent: <slug>` là đơn vị cấp trên của đơn vị này",
        "add `rank:` as published, or remove `of`":
            "thêm `rank:` như đã công bố, hoặc bỏ `of`",
        "add a line `---` after the last `key: value` line":
            "thêm dòng `---` sau dòng `khóa: giá trị` cuối cùng",
        "add a line `{0}: \"…\"`":
            "thêm dòng `{0}: \"…\"`",
        "add a line `{0}: …` to the front matter":
            "thêm dòng `{0}: …` vào phần đầu tệp",
        "add the missing siblings' result files for {0}":
            "bổ sung tệp kết quả còn thiếu của các đơn vị cùng cấp cho tháng {0}",
        "add {0}, or set `language` in site.yaml to one the theme provides":
            "thêm tệp {0}, hoặc đặt `language` trong site.yaml là ngôn ngữ mà giao diện có",
        "an alias":
            "một bí danh (alias)",
        "as_of is when the figures were read from the portal":
            "as_of là thời điểm lấy số liệu từ Cổng Dịch vụ công",
        "build again once the file is saved":
            "hãy tạo lại trang sau khi đã lưu xong tệp",
        "cannot create the folder {0}: {1}":
            "không tạo được thư mục {0}: {1}",
        "cannot put the new site in place of {0}: {1}":
            "không thể đặt trang mới vào chỗ của {0}: {1}",
        "cannot read the YAML: {0}":
            "không đọc được YAML: {0}",
        "cannot read the file to copy":
            "không đọc được tệp cần sao chép",
        "cannot read the file: {0}":
            "không đọc được tệp: {0}",
        "cannot read the template as UTF-8 text":
            "không đọc được mẫu trang dưới dạng văn bản UTF-8",
        "cannot write {0}: {1}":
            "không ghi được {0}: {1}",
        "check each group's points against the notice":
            "đối chiếu điểm từng nhóm với văn bản",
        "check indentation (spaces, not tabs), that every `key:` has a space after the colon, and that text containing `: ` or `#` is in quotes":
            "kiểm tra thụt lề (dùng dấu cách, không dùng tab), sau dấu hai chấm của mỗi `khóa:` phải có dấu cách, và văn bản có `: ` hoặc `#` phải đặt trong ngoặc kép",
        "check that every {{#section}} is closed by a matching {{/section}}":
            "kiểm tra mỗi {{#section}} đều được đóng bằng {{/section}} tương ứng",
        "check the date in the source document; if it is wrong there, write the correct one and explain in `note`":
            "kiểm tra ngày trong văn bản gốc; nếu văn bản ghi sai, hãy ghi ngày đúng và giải thích trong `note`",
        "choose a separate folder, such as Site":
            "chọn một thư mục riêng, ví dụ Site",
        "choose another key, e.g. `{0}-count`":
            "chọn khóa khác, ví dụ `{0}-count`",
        "choose another key, e.g. `{0}-group`":
            "chọn khóa khác, ví dụ `{0}-group`",
        "copy the figure as the portal shows it, e.g. 92,45":
            "chép số liệu đúng như Cổng Dịch vụ công hiển thị, ví dụ 92,45",
        "copy the file into the folder instead of linking to it; nothing outside it is published":
            "chép tệp vào thư mục thay vì liên kết tới nó; không có gì ở ngoài thư mục được đăng",
        "correct the file or the list: an import never changes a unit that exists":
            "sửa tệp hoặc danh sách: lệnh nhập không bao giờ sửa đơn vị đã có",
        "counts have no decimals; do not write thousands separators":
            "số lượng không có phần thập phân; không ghi dấu phân cách hàng nghìn",
        "delete it: such characters come with text pasted from Word; type the text again, or paste it as plain text":
            "hãy xóa ký tự đó: loại ký tự này lẫn vào khi dán chữ từ Word; hãy gõ lại đoạn chữ, hoặc dán dưới dạng chữ thuần (không định dạng)",
        "delete the link":
            "xóa liên kết",
        "each unit's `parent` must lead up to the root `{0}`":
            "`parent` của mỗi đơn vị phải dẫn lên đơn vị gốc `{0}`",
        "every commune is on one row only":
            "mỗi đơn vị cấp xã chỉ có một dòng",
        "every row is one commune, with its province’s name and code and its own":
            "mỗi dòng là một đơn vị cấp xã, có tên và mã của tỉnh và của chính đơn vị đó",
        "export the list of units again":
            "xuất lại danh sách đơn vị hành chính",
        "for example `{0}`":
            "ví dụ `{0}`",
        "give the province’s name as the list writes it, or its code (“Mã TP”)":
            "ghi tên tỉnh đúng như trong danh sách, hoặc mã tỉnh (“Mã TP”)",
        "give the root the code of the one it is (`code` in its unit file)":
            "ghi cho đơn vị gốc mã của đơn vị đúng (`code` trong tệp đơn vị)",
        "groups are: {0}":
            "các nhóm là: {0}",
        "hours are 0–23 and minutes 0–59":
            "giờ từ 0 đến 23, phút từ 0 đến 59",
        "identifiers are dot-separated groups of capital letters and digits, e.g. 000.21.35.H53, or the statistics office's code of the unit: 2 digits for a province, 3 for a district, 5 for a commune, e.g. 25633":
            "mã định danh gồm các nhóm chữ in hoa và chữ số, cách nhau bằng dấu chấm, ví dụ 000.21.35.H53, hoặc mã đơn vị hành chính của cơ quan thống kê: 2 chữ số cho tỉnh, 3 cho huyện, 5 cho xã, ví dụ 25633",
        "ignored: hidden or unsafe file name":
            "bỏ qua: tên tệp ẩn hoặc không an toàn",
        "keep one of them, or rename the other":
            "giữ một cột, hoặc đổi tên cột kia",
        "keep one of them: a figure must not have two values":
            "giữ lại một dòng: một số liệu không thể có hai giá trị",
        "known keys: {0}":
            "các khóa hợp lệ: {0}",
        "missing required field `parent`: only the site's root (`{0}`) has no parent":
            "thiếu trường bắt buộc `parent`: chỉ đơn vị gốc của trang (`{0}`) không có cấp trên",
        "missing required field `{0}.better` (`higher` or `lower`)":
            "thiếu trường bắt buộc `{0}.better` (`higher` hoặc `lower`)",
        "missing required field `{0}` ({1})":
            "thiếu trường bắt buộc `{0}` ({1})",
        "month {0}/{1} has only {2} days":
            "tháng {0}/{1} chỉ có {2} ngày",
        "move or copy the folder here instead of linking to it":
            "chuyển hoặc chép thư mục vào đây thay vì liên kết tới nó",
        "no column of {0} is “{1}”":
            "{0} không có cột “{1}”",
        "no province of {0} is “{1}”{2}":
            "{0} không có tỉnh “{1}”{2}",
        "no space left":
            "hết chỗ trống trên đĩa",
        "no unit `{0}`: the file name must be the slug of a unit in {1}/{2}":
            "không có đơn vị `{0}`: tên tệp phải là mã rút gọn (slug) của một đơn vị trong {1}/{2}",
        "not made":
            "chưa được tạo",
        "nothing":
            "trống",
        "phường, xã, thị trấn, thị xã, tỉnh…":
            "phường, xã, thị trấn, thị xã, tỉnh…",
        "published rank {0}{1} differs from the rank computed from this site's files, {2}/{3}":
            "thứ hạng công bố {0}{1} khác thứ hạng tính từ các tệp của trang, {2}/{3}",
        "refusing to write `{0}`: it would leave the output folder":
            "không ghi `{0}`: đường dẫn nằm ngoài thư mục xuất",
        "remove one of these {{>name}} or {{<name}} tags; a template may include itself only inside a section such as {{#children}}":
            "bỏ một trong các thẻ {{>name}} hoặc {{<name}} này; một mẫu trang chỉ được chèn chính nó bên trong một khối như {{#children}}",
        "remove the `parent` line, or change `root` in site.yaml":
            "bỏ dòng `parent`, hoặc đổi `root` trong site.yaml",
        "rename it to `{0}.md`":
            "đổi tên thành `{0}.md`",
        "rename or move the file":
            "đổi tên hoặc chuyển tệp đi nơi khác",
        "rename the file":
            "đổi tên tệp",
        "rename the file, e.g. to `trang-{0}.md`":
            "đổi tên tệp, ví dụ thành `trang-{0}.md`",
        "rename the file, or add {0}/{1}.md":
            "đổi tên tệp, hoặc thêm {0}/{1}.md",
        "replace the link with the file itself":
            "thay liên kết bằng chính tệp đó",
        "replace the link with the file itself, or delete it":
            "thay liên kết bằng chính tệp đó, hoặc xóa liên kết",
        "results after the merger belong to the successor ({0})":
            "kết quả sau khi sáp nhập thuộc về đơn vị kế thừa ({0})",
        "run the command from the site's folder, or pass --content DIR":
            "chạy lệnh trong thư mục của trang, hoặc dùng --content THƯ_MỤC",
        "save it again choosing the UTF-8 encoding":
            "lưu lại tệp với bảng mã UTF-8",
        "save the file as UTF-8":
            "lưu tệp với bảng mã UTF-8",
        "say which way is good: 0 overdue dossiers is good, 0 % online filing is bad":
            "cho biết chiều nào là tốt: 0 hồ sơ quá hạn là tốt, 0 % nộp trực tuyến là kém",
        "split the text into several files; pictures and documents to download belong in `static/`":
            "chia văn bản thành nhiều tệp; hình ảnh và tài liệu để tải về đặt trong `static/`",
        "such characters come with text pasted from Word; delete them to silence this warning":
            "loại ký tự này lẫn vào khi dán chữ từ Word; xóa chúng đi thì cảnh báo này hết",
        "template syntax error: {0}":
            "lỗi cú pháp mẫu trang: {0}",
        "the aliases (`*name`) here stand for more than {0} values in all":
            "các bí danh (`*name`) ở đây thay cho tổng cộng hơn {0} giá trị",
        "the band's label":
            "tên mức xếp loại",
        "the cell “{0}” is empty":
            "ô “{0}” để trống",
        "the code {0} is on line {1} already (“{2}”)":
            "mã {0} đã có ở dòng {1} (“{2}”)",
        "the columns “{0}” (column {1}) and “{2}” (column {3}) of {4} are both “{5}”":
            "các cột “{0}” (cột {1}) và “{2}” (cột {3}) của {4} đều là “{5}”",
        "the content folder does not exist":
            "không có thư mục nội dung",
        "the dossier's receipt code, e.g. 000.21.35.H53-230612-0005":
            "mã biên nhận của hồ sơ, ví dụ 000.21.35.H53-230612-0005",
        "the file changed while the build was reading it; the site shows what was read":
            "tệp đã thay đổi trong lúc đang được đọc; trang hiển thị nội dung đã đọc được",
        "the file is missing or cannot be read":
            "không có tệp hoặc không đọc được tệp",
        "the file is not UTF-8 text":
            "tệp không phải văn bản UTF-8",
        "the file is {0} bytes, more than the {1} bytes (1 MiB) a Markdown, YAML or template file may have":
            "tệp có {0} byte, vượt quá {1} byte (1 MiB) cho phép với một tệp Markdown, YAML hoặc mẫu trang",
        "the file must start with a `---` line, then the front matter, then another `---` line":
            "tệp phải bắt đầu bằng dòng `---`, tiếp theo là phần đầu tệp, rồi một dòng `---` nữa",
        "the file name `{0}` is not a slug of lower-case letters a–z, digits and hyphens":
            "tên tệp `{0}` không phải mã rút gọn (slug) gồm chữ thường a–z, chữ số và dấu gạch ngang",
        "the files do not match the paths":
            "các tệp không khớp với danh sách đường dẫn",
        "the front matter must be a set of `key: value` lines, found {0}":
            "phần đầu tệp phải là các dòng `khóa: giá trị`, nhưng là {0}",
        "the front matter opened on line 1 is never closed by a `---` line":
            "phần đầu tệp mở ở dòng 1 nhưng không được đóng bằng dòng `---`",
        "the generator's plan of the site and what it made differ ({0}); nothing was written":
            "danh sách tệp mà chương trình lập cho trang và các tệp nó đã tạo không khớp nhau ({0}); chưa ghi gì",
        "the group's key":
            "khóa của nhóm",
        "the group's maximum points":
            "điểm tối đa của nhóm",
        "the group's name":
            "tên nhóm",
        "the groups add up to {0} but `score` is {1}":
            "tổng điểm các nhóm là {0} nhưng `score` là {1}",
        "the groups' maxima add up to {0}, not to `total` {1}":
            "tổng điểm tối đa của các nhóm là {0}, không bằng `total` {1}",
        "the index's name":
            "tên bộ chỉ số",
        "the indicator's key":
            "khóa của chỉ tiêu",
        "the indicator's name":
            "tên chỉ tiêu",
        "the interface text `{0}` is missing":
            "thiếu chuỗi giao diện `{0}`",
        "the key `{0}` is a column name of the downloads":
            "khóa `{0}` trùng tên cột của tệp dữ liệu tải về",
        "the key `{0}` is already used on line {1}":
            "khóa `{0}` đã được dùng ở dòng {1}",
        "the key {0} appears more than once":
            "khóa {0} xuất hiện nhiều lần",
        "the link leads back to a folder that holds it (`{0}`), a loop":
            "liên kết dẫn ngược về thư mục chứa nó (`{0}`), thành vòng lặp",
        "the link leads outside the folder `{0}`, to `{1}`":
            "liên kết dẫn ra ngoài thư mục `{0}`, tới `{1}`",
        "the link leads round in a loop (`{0}`) and never reaches a file":
            "liên kết dẫn vòng quanh (`{0}`) và không bao giờ tới một tệp",
        "the link leads to `{0}`, which is not a file; only links to files are followed":
            "liên kết dẫn tới `{0}`, không phải là tệp; chỉ dùng liên kết tới tệp",
        "the link leads to nothing: `{0}` does not exist":
            "liên kết không dẫn tới đâu: không có `{0}`",
        "the list in {0} is empty":
            "danh sách trong {0} trống",
        "the list needs the columns “Tỉnh / Thành phố”, “Mã TP”, “Phường / Xã” and “Mã PX”; “Quận / Huyện” with “Mã QH”, “Vĩ độ” with “Kinh độ”, and “Cấp”, may be there too":
            "danh sách cần các cột “Tỉnh / Thành phố”, “Mã TP”, “Phường / Xã” và “Mã PX”; có thể có thêm “Quận / Huyện” cùng “Mã QH”, “Vĩ độ” cùng “Kinh độ”, và “Cấp”",
        "the list of groups and their maximum points":
            "danh sách các nhóm và điểm tối đa",
        "the lowest score in the band":
            "điểm thấp nhất của mức",
        "the mapping file {0} uses aliases that stand for more than {1} values (line {2})":
            "tệp ánh xạ {0} dùng bí danh (alias) đại diện cho hơn {1} giá trị (dòng {2})",
        "the maximum total score, e.g. 100":
            "tổng điểm tối đa, ví dụ 100",
        "the notice is dated {0}, before the month {1} it reports on":
            "văn bản ghi ngày {0}, trước tháng {1} mà văn bản báo cáo",
        "the notice says \"xếp hạng {0}/…\": `rank` is the first number, `of` the second":
            "văn bản ghi \"xếp hạng {0}/…\": `rank` là số thứ nhất, `of` là số thứ hai",
        "the output folder overlaps the {0} folder {1}":
            "thư mục xuất trùng với thư mục {0} {1}",
        "the page name `{0}` is used by the site itself":
            "tên trang `{0}` đã được trang dùng",
        "the page's title":
            "tiêu đề trang",
        "the pages show the published rank {0}/{1} and mark {2} as incomplete, with no rank for the units without a published one; add the siblings' missing result files":
            "các trang hiển thị thứ hạng đã công bố {0}/{1} và ghi tháng {2} là chưa đủ số liệu, đơn vị không có thứ hạng công bố thì không ghi thứ hạng; hãy thêm tệp kết quả còn thiếu của các đơn vị cùng cấp",
        "the portal ranked {0} units but this site has figures for {1} of them in {2}":
            "Cổng Dịch vụ công xếp hạng {0} đơn vị nhưng trang này chỉ có số liệu của {1} đơn vị trong tháng {2}",
        "the publishing authority":
            "cơ quan công bố",
        "the receipt code's date part says {0} but `received` is {1}":
            "phần ngày trong mã biên nhận là {0} nhưng `received` là {1}",
        "the site shows the published rank; check the siblings' totals for {0}":
            "trang hiển thị thứ hạng đã công bố; hãy kiểm tra tổng điểm của các đơn vị cùng cấp tháng {0}",
        "the site's name":
            "tên trang",
        "the six digits before the sequence number are the receipt date as YYMMDD":
            "sáu chữ số trước số thứ tự là ngày tiếp nhận dạng YYMMDD",
        "the slug of the root unit":
            "mã rút gọn (slug) của đơn vị gốc",
        "the templates include one another in a loop: {0}, so no page would ever end":
            "các mẫu trang chèn lẫn nhau thành vòng lặp: {0}, nên không trang nào có thể hoàn tất",
        "the text has invisible control characters ({0}), the first on this line; they are left out":
            "văn bản có ký tự điều khiển vô hình ({0}), ký tự đầu tiên ở dòng này; các ký tự đó được bỏ đi",
        "the theme has no `{0}` template":
            "giao diện không có mẫu trang `{0}`",
        "the theme has no interface text for the language `{0}`":
            "giao diện không có chuỗi giao diện cho ngôn ngữ `{0}`",
        "the total is out of {0}; check the figure in the notice":
            "tổng điểm tối đa là {0}; hãy đối chiếu với văn bản",
        "the total score as published, e.g. 69,81":
            "tổng điểm như đã công bố, ví dụ 69,81",
        "the unit's official name, e.g. \"Phường Hiệp Tân\"":
            "tên chính thức của đơn vị, ví dụ \"Phường Hiệp Tân\"",
        "the units' parents form a loop: {0}":
            "quan hệ cấp trên của các đơn vị tạo thành vòng lặp: {0}",
        "the year {0} is out of range":
            "năm {0} nằm ngoài phạm vi",
        "the {0} groups given already add up to {1}, more than `score` {2}":
            "{0} nhóm đã ghi có tổng {1}, lớn hơn `score` {2}",
        "there is no month {0}":
            "không có tháng {0}",
        "this field is ignored; known fields: {0}":
            "trường này bị bỏ qua; các trường hợp lệ: {0}",
        "this is a fault of MinhBach, not of the content: please report it with the content folder":
            "đây là lỗi của MinhBach, không phải của nội dung: xin báo lỗi kèm thư mục nội dung",
        "unknown field `{0}`{1}":
            "trường không hợp lệ `{0}`{1}",
        "unknown group `{0}`{1}":
            "nhóm không có trong bộ chỉ số `{0}`{1}",
        "unknown indicator `{0}`{1}":
            "chỉ tiêu không có trong bộ chỉ số `{0}`{1}",
        "when every group is given, their sum must equal the total within 0.05; check each figure against the notice":
            "khi có đủ các nhóm, tổng điểm các nhóm phải bằng tổng điểm (sai lệch không quá 0,05); hãy đối chiếu từng số với văn bản",
        "write decimal degrees, like 11.2868 or 106.1052, not degrees and minutes (11°17′)":
            "viết bằng độ thập phân, như 11.2868 hoặc 106.1052, không viết độ và phút (11°17′)",
        "write it like 69,81 or 69.81, without units or thousands separators; leave the key out if the figure was not published":
            "ghi như 69,81 hoặc 69.81, không kèm đơn vị hay dấu phân cách hàng nghìn; nếu số liệu không được công bố thì bỏ dòng này",
        "write the successor's name (\"Phường Thanh Điền\") when it is not on this site":
            "ghi tên đơn vị kế thừa (\"Phường Thanh Điền\") nếu đơn vị đó không có trên trang",
        "write the values out instead of repeating them with `&name` and `*name`":
            "viết đầy đủ các giá trị thay vì lặp lại bằng `&name` và `*name`",
        "{0} already exists, and is not a unit file that can be read; it is not overwritten":
            "{0} đã có nhưng không đọc được là tệp đơn vị; không ghi đè",
        "{0} already has `{1}` {2}, the list gives \"{3}\"; it is not overwritten":
            "{0} đã có `{1}` {2}, danh sách ghi \"{3}\"; không ghi đè",
        "{0} has at most {1} points":
            "{0} có tối đa {1} điểm",
        "{0} is not a folder (a link or a file is there); remove it and build again":
            "{0} không phải là thư mục (ở đó là một liên kết hoặc một tệp); hãy xóa nó rồi tạo lại trang",
        "{0} was dissolved on {1}, before the month {2}":
            "{0} đã giải thể ngày {1}, trước tháng {2}",
        "{0} was established on {1}, after the month {2}":
            "{0} được thành lập ngày {1}, sau tháng {2}",
        "`{0}` is not a month written as YYYY-MM":
            "`{0}` không phải tháng dạng YYYY-MM",
        "a cell that begins with \" must end with \"; correct it in the spreadsheet and save the table again":
            "ô bắt đầu bằng dấu \" phải kết thúc bằng dấu \"; hãy sửa ô đó trong bảng tính rồi lưu lại bảng",
        "a unit needs a name and a kind":
            "đơn vị cần có tên và loại",
        "add the unit with `minhbach new unit`, give it this `code`, or check the name":
            "thêm đơn vị bằng `minhbach new unit`, ghi mã này vào `code` của đơn vị, hoặc kiểm tra lại tên",
        "cannot create {0}: {1}":
            "không tạo được {0}: {1}",
        "cannot read the mapping file {0}":
            "không đọc được tệp ánh xạ cột {0}",
        "cannot read the table in {0}: {1}":
            "không đọc được bảng trong {0}: {1}",
        "cannot read {0}":
            "không đọc được {0}",
        "cannot write {0}":
            "không ghi được {0}",
        "check which is right; run again with --force to replace the file's figures":
            "kiểm tra số liệu nào đúng; chạy lại với --force để thay số liệu trong tệp",
        "create it first with `minhbach new unit {0} --name … --kind … --parent …`":
            "tạo đơn vị trước bằng `minhbach new unit {0} --name … --kind … --parent …`",
        "edit the file instead":
            "hãy sửa tệp đó",
        "edit the file, or choose another slug":
            "hãy sửa tệp đó, hoặc chọn mã rút gọn khác",
        "export the month's table from the portal again":
            "hãy xuất lại bảng của tháng từ Cổng Dịch vụ công",
        "fill in the figures from the notice, then delete the line `draft: true`":
            "điền số liệu theo văn bản, rồi xóa dòng `draft: true`",
        "for example --name \"Phường Hiệp Tân\" --kind phường":
            "ví dụ --name \"Phường Hiệp Tân\" --kind phường",
        "for example --period 2023-06":
            "ví dụ --period 2023-06",
        "for example 2023-07":
            "ví dụ 2023-07",
        "in Excel, save as “CSV UTF-8 (Comma delimited)”":
            "trong Excel, lưu dưới dạng “CSV UTF-8 (Comma delimited)”",
        "inside a quoted cell a quote is written twice (\"\"); correct the cell in the spreadsheet and save the table again":
            "trong ô có dấu ngoặc kép, mỗi dấu \" phải viết hai lần (\"\"); hãy sửa ô đó trong bảng tính rồi lưu lại bảng",
        "keep one of them, or map the other to `ignore` in a mapping file (--map)":
            "chỉ giữ một cột, hoặc ánh xạ cột kia thành `ignore` trong tệp ánh xạ cột (--map)",
        "no column of {0} holds the total score":
            "không có cột nào trong {0} chứa tổng điểm",
        "no column of {0} names the unit or its code":
            "không có cột nào trong {0} ghi tên hoặc mã định danh của đơn vị",
        "no unit matches “{0}”":
            "không tìm thấy đơn vị “{0}”",
        "run `minhbach check` to see why":
            "chạy `minhbach check` để xem lý do",
        "site.yaml or index.yaml cannot be read":
            "không đọc được site.yaml hoặc index.yaml",
        "skipped: the line is empty":
            "bỏ qua: dòng trống",
        "skipped: “{0}” is a total or average row, not a unit":
            "bỏ qua: “{0}” là dòng tổng cộng hoặc trung bình, không phải một đơn vị",
        "the cell of column “{0}” that begins with a quote on line {1} has no closing quote":
            "ô của cột “{0}” mở dấu ngoặc kép ở dòng {1} nhưng không có dấu đóng",
        "the cell of column “{0}” that begins with a quote on line {1} has text after its closing quote":
            "ô của cột “{0}” mở dấu ngoặc kép ở dòng {1} có chữ đứng sau dấu đóng",
        "the columns “{0}” (column {1}) and “{2}” (column {3}) of {4} both hold `{5}`":
            "cột “{0}” (cột {1}) và cột “{2}” (cột {3}) của {4} cùng là `{5}`",
        "the parent must have a file in {0}/units/":
            "đơn vị cấp trên phải có tệp trong {0}/units/",
        "the portal calls it “Tổng điểm”; name the column so, or map it in a mapping file (--map)":
            "Cổng Dịch vụ công gọi cột này là “Tổng điểm”; đặt tên cột như vậy, hoặc khai báo trong tệp ánh xạ cột (--map)",
        "the portal calls them “Tên đơn vị” and “Mã định danh”":
            "Cổng Dịch vụ công gọi các cột này là “Tên đơn vị” và “Mã định danh”",
        "the table in {0} is empty":
            "bảng trong {0} trống",
        "the unit's slug `{0}` may only have lower-case letters a–z, digits and hyphens":
            "mã rút gọn `{0}` của đơn vị chỉ được có chữ thường a–z, chữ số và dấu gạch ngang",
        "there is no unit `{0}` to be the parent{1}":
            "không có đơn vị `{0}` để làm cấp trên{1}",
        "there is no unit `{0}`{1}":
            "không có đơn vị `{0}`{1}",
        "this result is a draft and is not published":
            "kết quả này là bản nháp và chưa được công bố",
        "write one line per column: \"Header in the table\": key":
            "mỗi cột một dòng: \"Tiêu đề cột trong bảng\": khóa",
        "{0} already exists; it is not overwritten":
            "{0} đã có; không ghi đè",
        "{0} appears in more than one row":
            "{0} xuất hiện ở nhiều dòng",
        "{0} is not UTF-8 text":
            "{0} không phải văn bản UTF-8",
        "{0} {1} is under another unit on line {2}":
            "{0} {1} thuộc một đơn vị khác ở dòng {2}",
        "{0} {1} is “{2}” on line {3}, “{4}” here":
            "{0} {1} là “{2}” ở dòng {3}, nhưng ở đây là “{4}”",
        "“Cấp” is “{0}”, not one of {1}":
            "“Cấp” là “{0}”, không phải một trong {1}",
        "“{0}” (code {1}) and the unit on line {2} both have the name of the site’s root `{3}`":
            "“{0}” (mã {1}) và đơn vị ở dòng {2} đều trùng tên với đơn vị gốc `{3}` của trang",
        "“{0}” (code {1}) cannot be told apart from another unit of the same name, parent and code":
            "không phân biệt được “{0}” (mã {1}) với một đơn vị khác cùng tên, cùng đơn vị cấp trên và cùng mã",
        "“{0}” does not begin with the kind of a unit of its level ({1})":
            "“{0}” không bắt đầu bằng loại đơn vị của cấp này ({1})",
        "“{0}” is a {1} by its name, but “Cấp” says {2}":
            "theo tên, “{0}” là {1}, nhưng “Cấp” ghi {2}",
        // The built-in theme and its export (Sources/MinhBachRender/Theme.swift,
        // Sources/MinhBachEditor/ThemeExport.swift, Sources/minhbach/ThemeCommand.swift).
        "Wrote the built-in theme into {0}/ ({1} files); delete those you do not change: the built-in ones stand in for them.":
            "Đã ghi giao diện có sẵn vào {0}/ ({1} tệp); hãy xóa các tệp không sửa: chương trình dùng tệp có sẵn thay cho chúng.",
        "cannot make the folder {0}":
            "không tạo được thư mục {0}",
        "leave out --theme to use the built-in theme, or write it out to edit with `minhbach theme export {0}`":
            "bỏ --theme để dùng giao diện có sẵn, hoặc ghi giao diện ra để sửa bằng `minhbach theme export {0}`",
        "name a new folder, such as Theme":
            "hãy đặt tên một thư mục mới, ví dụ Theme",
        "name a new or empty folder; a theme folder needs only the files it changes":
            "hãy chọn một thư mục mới hoặc trống; thư mục giao diện chỉ cần các tệp được sửa",
        "the folder {0} is not empty: nothing was written":
            "thư mục {0} không trống: chưa ghi gì",
        "the theme folder does not exist":
            "thư mục giao diện không tồn tại",
        "{0} exists and is not a folder":
            "{0} đã có và không phải một thư mục",
        // A new site (Sources/MinhBachEditor/SiteInit.swift, Sources/minhbach/InitCommand.swift).
        "cannot make the folder {0}; nothing was written":
            "không tạo được thư mục {0}; chưa ghi gì",
        "cannot make {0}: {1}; nothing was written":
            "không tạo được {0}: {1}; chưa ghi gì",
        "cannot write {0}: {1}; nothing was written":
            "không ghi được {0}: {1}; chưa ghi gì",
        "Made a new site in {0}/. Build it with: minhbach build --content {1}/Content --output {2}/Site":
            "Đã tạo trang mới trong {0}/. Tạo trang bằng lệnh: minhbach build --content {1}/Content --output {2}/Site",
        "`{0}` gives no slug of letters a–z and digits":
            "`{0}` không cho tên viết tắt nào gồm chữ a–z và chữ số",
        "add --root-kind, for example --root-kind tỉnh":
            "thêm --root-kind, ví dụ --root-kind tỉnh",
        "for example --root-name \"Tỉnh Tây Ninh\"":
            "ví dụ --root-name \"Tỉnh Tây Ninh\"",
        "name a new folder, such as tay-ninh":
            "hãy đặt tên một thư mục mới, ví dụ tay-ninh",
        "the kind of `{0}` cannot be told from its name":
            "không biết được cấp của `{0}` từ tên",
        "the site needs its root unit's name":
            "trang cần tên của đơn vị gốc",
        "write the name in Vietnamese or English letters":
            "hãy viết tên bằng chữ tiếng Việt hoặc tiếng Anh",
        "{0} already exists and is not an empty folder: nothing was written":
            "{0} đã có và không phải một thư mục trống: chưa ghi gì",
        "add the units’ codes to the table (a column “Mã”), or write the name with its marks":
            "thêm mã của các đơn vị vào bảng (cột “Mã”), hoặc viết tên có đủ dấu",
        "“{0}” could be any of {1}":
            "“{0}” có thể là bất kỳ đơn vị nào trong số {1}",
        // A reorganisation (Sources/MinhBachEditor/ReformImporter*.swift, Sources/minhbach/ImportReformCommand.swift).
        "--date “{0}” is not a day":
            "--date “{0}” không phải một ngày",
        "Nothing to write: every unit of the map has these fields already.":
            "Không có gì để ghi: mọi đơn vị trong bảng đối chiếu đã có các trường này.",
        "Nothing written: run again with --write to write the changes.":
            "Chưa ghi gì: chạy lại với --write để ghi các thay đổi.",
        "Units dissolved: {0}; established: {1}.":
            "Đơn vị giải thể: {0}; thành lập: {1}.",
        "a row for each old unit and a new unit it went into, under the headers “Mã PX cũ” and “Mã PX mới”":
            "mỗi dòng là một đơn vị cũ và một đơn vị mới mà nó được sáp nhập vào, dưới các tiêu đề “Mã PX cũ” và “Mã PX mới”",
        "a unit either ends on the date or begins on it: correct one of the two rows":
            "một đơn vị hoặc thôi tồn tại vào ngày đó, hoặc bắt đầu từ ngày đó: hãy sửa một trong hai dòng",
        "an import never changes what a unit file says: correct the file or the map":
            "lệnh nhập không bao giờ sửa nội dung đã có của tệp đơn vị: hãy sửa tệp hoặc bảng đối chiếu",
        "cannot read the front matter of {0}; nothing was written":
            "không đọc được phần đầu (front matter) của {0}; chưa ghi gì",
        "cannot write {0}: {1}; {2} files were written before it, the first {3}":
            "không ghi được {0}: {1}; đã ghi {2} tệp trước đó, tệp đầu tiên là {3}",
        "correct the code, or the unit's `established` or `dissolved` date":
            "hãy sửa mã, hoặc ngày `established` hay `dissolved` của đơn vị",
        "every row is an old unit and a new unit it went into, each with its code":
            "mỗi dòng là một đơn vị cũ và một đơn vị mới mà nó được sáp nhập vào, mỗi đơn vị có mã của mình",
        "free some space and run the import again: it writes only what is missing":
            "hãy giải phóng dung lượng rồi chạy lại lệnh nhập: lệnh chỉ ghi những gì còn thiếu",
        "give one of them its `established` or `dissolved` date by hand":
            "hãy tự ghi ngày `established` hoặc `dissolved` cho một trong các đơn vị đó",
        "give the map the columns “Tên cũ” and “Tên mới”, so that the names tell them apart":
            "hãy thêm các cột “Tên cũ” và “Tên mới” vào bảng đối chiếu để phân biệt theo tên",
        "import the list of units as it was before {0} first (`minhbach import units OLD.csv --write`)":
            "hãy nhập danh sách đơn vị trước ngày {0} trước (`minhbach import units DS-CU.csv --write`)",
        "import the list of units since {0} first (`minhbach import units NEW.csv --write`)":
            "hãy nhập danh sách đơn vị từ ngày {0} trước (`minhbach import units DS-MOI.csv --write`)",
        "mark with x the one row whose new unit the old unit’s figures continue in":
            "đánh dấu x ở đúng một dòng: dòng của đơn vị mới tiếp nối số liệu của đơn vị cũ",
        "results after the reorganisation belong to the unit it went into: move the file, or correct the map":
            "kết quả sau khi sắp xếp thuộc về đơn vị mà nó được sáp nhập vào: hãy chuyển tệp, hoặc sửa bảng đối chiếu",
        "results before the reorganisation belong to the units it was formed from: move the file, or correct the map":
            "kết quả trước khi sắp xếp thuộc về các đơn vị đã hợp thành nó: hãy chuyển tệp, hoặc sửa bảng đối chiếu",
        "the map in {0} is empty":
            "bảng đối chiếu trong {0} trống",
        "the map needs the columns “Mã PX cũ” and “Mã PX mới”; “Tên cũ”, “Tên mới” and “Chính” may be there too":
            "bảng đối chiếu cần các cột “Mã PX cũ” và “Mã PX mới”; có thể có thêm “Tên cũ”, “Tên mới” và “Chính”",
        "the names must agree: correct the map or the unit file":
            "tên phải khớp nhau: hãy sửa bảng đối chiếu hoặc tệp đơn vị",
        "write it as YYYY-MM-DD, e.g. 2025-07-01":
            "hãy viết dạng YYYY-MM-DD, ví dụ 2025-07-01",
        "write x (or “có”) in the row of the new unit the old unit’s figures continue in, and leave the others empty":
            "ghi x (hoặc “có”) ở dòng của đơn vị mới tiếp nối số liệu của đơn vị cũ, để trống các dòng khác",
        "{0} already has `{1}` {2}, the map gives {3}; it is not changed":
            "{0} đã có `{1}` {2}, bảng đối chiếu ghi {3}; không sửa",
        "{0} is a new unit here, and an old unit dissolved on line {1}":
            "{0} ở đây là đơn vị mới, nhưng ở dòng {1} là đơn vị cũ bị giải thể",
        "{0} went into {1} units (lines {2}), and “{3}” marks none of them":
            "{0} được chia vào {1} đơn vị (các dòng {2}), nhưng cột “{3}” không đánh dấu đơn vị nào",
        "{0} went into {1} units (lines {2}), and “{3}” marks {4} of them":
            "{0} được chia vào {1} đơn vị (các dòng {2}), nhưng cột “{3}” đánh dấu {4} đơn vị",
        "{0} would be dissolved on {1}, and this is its result for {2}":
            "{0} sẽ giải thể từ ngày {1}, nhưng đây là kết quả tháng {2} của đơn vị này",
        "{0} would be established on {1}, and this is its result for {2}":
            "{0} sẽ thành lập từ ngày {1}, nhưng đây là kết quả tháng {2} của đơn vị này",
        "{0}: {1} (from the units below it)":
            "{0}: {1} (theo các đơn vị trực thuộc)",
        "“{0}” is “{1}”, but the unit with the code {2} before {3} is {4}":
            "“{0}” là “{1}”, nhưng đơn vị mang mã {2} trước ngày {3} là {4}",
        "“{0}” is “{1}”, but the unit with the code {2} on {3} is {4}":
            "“{0}” là “{1}”, nhưng đơn vị mang mã {2} từ ngày {3} là {4}",
        "“{0}” is “{1}”, neither yes nor no":
            "“{0}” là “{1}”, không phải có cũng không phải không",
        "“{0}” {1} is not the code of a unit of this site":
            "“{0}” {1} không phải mã của đơn vị nào trên trang",
        "“{0}” {1} is the code of {2} units of this site before {3}: {4}":
            "“{0}” {1} là mã của {2} đơn vị trên trang trước ngày {3}: {4}",
        "“{0}” {1} is the code of {2} units of this site on {3}: {4}":
            "“{0}” {1} là mã của {2} đơn vị trên trang từ ngày {3}: {4}",
        "“{0}” {1} is the code of {2}, which did not exist before {3}":
            "“{0}” {1} là mã của {2}, đơn vị không tồn tại trước ngày {3}",
        "“{0}” {1} is the code of {2}, which does not exist on {3}":
            "“{0}” {1} là mã của {2}, đơn vị không tồn tại từ ngày {3}",
        "  {0}: {1}, {2}":
            "  {0}: {1}, {2}",
        // How a diagnostic's lines begin (`Diagnostic.formatted`), and the preview's page for
        // content with errors (Sources/MinhBachServe).
        "Hint":
            "Gợi ý",
        "The content has errors":
            "Nội dung có lỗi",
        "The site was not rebuilt because of {0} error(s). Fix the file and save it: this page updates by itself.":
            "Trang chưa được tạo lại vì có {0} lỗi. Sửa tệp và lưu lại: trang sẽ tự cập nhật.",
        "error":
            "lỗi",
        "hint":
            "gợi ý",
        "warning":
            "cảnh báo",
        // The command line's own lines (Sources/minhbach).
        "  {0}: {1}, line {2}":
            "  {0}: {1}, dòng {2}",
        "  {0}: {1}, the site’s root":
            "  {0}: {1}, đơn vị gốc của trang",
        "Built {0} pages into {1}/ ({2}{3} files written, {4} unchanged, {5} removed), {6}, in {7} s":
            "Đã tạo {0} trang trong {1}/ ({2}ghi {3} tệp, {4} tệp không đổi, xóa {5}), {6}, trong {7} giây",
        "Created {0}. Fill it in, then run `minhbach check`.":
            "Đã tạo {0}. Điền số liệu rồi chạy `minhbach check`.",
        "No problems: the content is ready to build.":
            "Không có lỗi: nội dung sẵn sàng để tạo trang.",
        "Nothing to write: every unit of the list has its file already.":
            "Không có gì để ghi: mọi đơn vị trong danh sách đều đã có tệp.",
        "Nothing written: run again with --write to write the new files.":
            "Chưa ghi gì: chạy lại với --write để ghi các tệp mới.",
        "Previewing at {0} (Ctrl-C to stop). Pages reload when you save a file.":
            "Xem trước tại {0} (Ctrl-C để dừng). Trang tự cập nhật khi bạn lưu tệp.",
        "Wrote {0} file.":
            "Đã ghi {0} tệp.",
        "Wrote {0} files.":
            "Đã ghi {0} tệp.",
        "`{0}` would name {1} units; they are told apart:":
            "`{0}` trùng cho {1} đơn vị; đã phân biệt như sau:",
        "error: {0}\n{1}/ is still the site published before, not a file of it changed.":
            "lỗi: {0}\n{1}/ vẫn là trang đã công bố trước đó, không có tệp nào bị thay đổi.",
        "waiting for another build into {0}/ to finish ({1})…":
            "đang chờ một lần tạo trang khác vào {0}/ xong ({1})…",
        "{0} (NOT changed: differs from the existing file)":
            "{0} (KHÔNG đổi: số liệu khác tệp hiện có)",
        "{0} (NOT written: differs from the existing file)":
            "{0} (KHÔNG ghi: khác tệp hiện có)",
        "{0} (figures replaced (--force))":
            "{0} (thay số liệu (--force))",
        "{0} (new)":
            "{0} (tạo mới)",
        "{0} (unchanged)":
            "{0} (không đổi)",
        "{0} (unchanged; the file's lat and lon are kept, the list gives lat {1}, lon {2})":
            "{0} (không đổi; giữ lat và lon của tệp, danh sách ghi lat {1}, lon {2})",
        "{0} (unchanged; the list gives lat {1}, lon {2}, which the file has not)":
            "{0} (không đổi; danh sách ghi lat {1}, lon {2}, tệp chưa có)",
        "{0} bad row: nothing was written.":
            "Có {0} dòng lỗi: chưa ghi tệp nào.",
        "{0} bad rows: nothing was written.":
            "Có {0} dòng lỗi: chưa ghi tệp nào.",
        "{0} error":
            "{0} lỗi",
        "{0} errors":
            "{0} lỗi",
        "{0} is incomplete: this site has figures for {1} of the {2} units ranked together":
            "tháng {0} chưa đủ số liệu: trang này chỉ có số liệu của {1} trong {2} đơn vị được xếp hạng cùng nhau",
        "{0} rendered, {1} kept as their inputs did not change; ":
            "dựng lại {0}, giữ {1} trang có dữ liệu không đổi; ",
        "{0} unit file has no coordinates and the list has them; an import never changes a file that exists: add `lat` and `lon` to it to place it on the map.":
            "{0} tệp đơn vị chưa có tọa độ mà danh sách có; lệnh nhập không bao giờ sửa tệp đã có: thêm `lat` và `lon` vào tệp để đơn vị hiện trên bản đồ.",
        "{0} unit files have no coordinates and the list has them; an import never changes a file that exists: add `lat` and `lon` to them to place them on the map.":
            "{0} tệp đơn vị chưa có tọa độ mà danh sách có; lệnh nhập không bao giờ sửa tệp đã có: thêm `lat` và `lon` vào các tệp đó để các đơn vị hiện trên bản đồ.",
        "{0} warning":
            "{0} cảnh báo",
        "{0} warnings":
            "{0} cảnh báo",
        "{0}/ is up to date: content and theme are unchanged since the last build ({1} files), {2} as then, in {3} s":
            "{0}/ đã cập nhật: nội dung và giao diện không đổi kể từ lần tạo trước ({1} tệp), {2} như lần trước, trong {3} giây",
        "{0}/ is up to date: content and theme are unchanged since the last build ({1} files), in {2} s":
            "{0}/ đã cập nhật: nội dung và giao diện không đổi kể từ lần tạo trước ({1} tệp), trong {2} giây",
        "{0}; nothing was written to {1}/.\nhint: fix the errors above (each names the file, line and field), then build again.":
            "{0}; chưa ghi gì vào {1}/.\ngợi ý: sửa các lỗi trên (mỗi lỗi ghi rõ tệp, dòng và trường) rồi chạy lại.",
    ]
}
