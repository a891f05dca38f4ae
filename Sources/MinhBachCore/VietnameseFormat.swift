/// How figures and dates read on the site: 69,81; 05/07/2023; Tháng 6/2023.
public enum VietnameseFormat {
    /// Decimal comma, "." between thousands, no trailing zeros: 69,81; 18,9; 1.234.
    public static func number(_ figure: Figure, decimals: Int? = nil) -> String {
        figure.render(decimalSeparator: ",", groupSeparator: ".", decimals: decimals)
    }

    /// A signed change with an arrow that does not rely on colour: "▲ 1,5", "▼ 2", "= 0".
    public static func change(_ delta: Figure) -> String {
        if delta.units > 0 { return "▲ " + number(delta) }
        if delta.units < 0 { return "▼ " + number(delta.magnitude) }
        return "= 0"
    }

    public static func date(_ day: Day) -> String { "\(pad2(day.day))/\(pad2(day.month))/\(day.year)" }

    public static func month(_ period: Period) -> String { "Tháng \(period.month)/\(period.year)" }

    public static func timestamp(_ t: Timestamp) -> String { "\(pad2(t.hour)):\(pad2(t.minute)) ngày \(date(t.day))" }
}
