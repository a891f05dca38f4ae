import MinhBachCore

/// Interface text produced in code rather than in templates (Vietnamese).
enum Strings {
    static let noData = "chưa có số liệu"
    static let notPublished = "không công bố"
    static let missingExplanation = "— : không có số liệu (không công bố), không phải 0 điểm"
    static func average(of count: Int) -> String { "bình quân của \(count) đơn vị" }
    static func rankChange(_ delta: Int) -> String {
        delta > 0 ? "▲ \(delta)" : delta < 0 ? "▼ \(-delta)" : "="
    }
    static func rankChangeLabel(_ delta: Int) -> String {
        delta > 0 ? "tăng \(delta) bậc" : delta < 0 ? "giảm \(-delta) bậc" : "giữ nguyên thứ hạng"
    }
    static func scoreChangeLabel(_ delta: Figure) -> String {
        delta.units > 0 ? "tăng \(VietnameseFormat.number(delta)) điểm"
            : delta.units < 0 ? "giảm \(VietnameseFormat.number(delta.magnitude)) điểm" : "không đổi"
    }
}
