import MinhBachCore
import MinhBachContent

/// The notice's fixed words in its language, and the unit's names as a document writes them.
/// Numbers are written as the language writes them (69,81 in Vietnamese, 69.81 in English).
struct NoticeWords {
    let language: DiagnosticLanguage
    let unit: MinhBachContent.Unit
    let parent: MinhBachContent.Unit?
    let period: Period
    var vi: Bool { language == .vi }

    init(language: DiagnosticLanguage, unit: MinhBachContent.Unit, parent: MinhBachContent.Unit?, period: Period) {
        self.language = language; self.unit = unit; self.parent = parent; self.period = period
    }

    func number(_ f: Figure) -> String {
        f.render(decimalSeparator: vi ? "," : ".", groupSeparator: vi ? "." : ",", decimals: nil)
    }

    /// "UBND PHƯỜNG HIỆP TÂN": the name in capitals, as the decree writes an issuer.
    func authority(_ u: MinhBachContent.Unit) -> String {
        vi ? "UBND " + u.name.uppercased() : u.name.uppercased() + " PEOPLE'S COMMITTEE"
    }

    /// "UBND phường Hiệp Tân" inside a sentence.
    var committee: String { vi ? "UBND " + lowerFirst(unit.name) : "the People's Committee of " + unit.name }

    /// A blank number keeps the decree's symbol for a notice (TB) of a people's committee.
    func number(_ recorded: String?) -> String {
        let label = vi ? "Số: " : "No.: "
        return label + (recorded ?? "       /TB-UBND")
    }

    var nation: String { vi ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "SOCIALIST REPUBLIC OF VIET NAM" }
    var motto: String { vi ? "Độc lập - Tự do - Hạnh phúc" : "Independence - Freedom - Happiness" }
    var kind: String { vi ? "THÔNG BÁO" : "NOTICE" }

    /// The place is the name of the unit where the issuer sits (the decree: the commune's own
    /// name for a commune's committee, as the seed writes "Hiệp Tân"); the date is the day the
    /// notice is signed, which no figure tells: it is left blank unless the result records the
    /// notice's date. The month's end would be wrong: the figures close after it.
    func placeAndDate(_ date: Day?) -> String {
        let place = placeName
        guard let date else { return vi ? "\(place), ngày      tháng      năm 20   " : "\(place), date:              " }
        guard vi else { return "\(place), \(date.day) \(Self.englishMonths[date.month - 1]) \(date.year)" }
        // The decree: a day below 10 and a month below 3 take a leading zero.
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
        return "\(place), ngày \(day) tháng \(month) năm \(date.year)"
    }

    /// "Hiệp Tân" for "Phường Hiệp Tân"; a name that is only a number ("Phường 1") keeps its kind.
    var placeName: String {
        let name = unit.name, kind = unit.kind.trimmingWhitespace()
        guard !kind.isEmpty, name.lowercased().hasPrefix(kind.lowercased() + " ") else { return name }
        let rest = String(name.dropFirst(kind.count + 1)).trimmingWhitespace()
        return rest.isEmpty || rest.allSatisfy(\.isNumber) ? name : rest
    }

    func subject(_ index: IndexDefinition) -> String {
        vi ? "V/v công bố kết quả \(index.name) tháng \(monthName)"
           : "Re: the results of the \(index.name) for \(monthName)"
    }

    /// "6/2023", "June 2023".
    var monthName: String { vi ? "\(period.month)/\(period.year)" : "\(Self.englishMonths[period.month - 1]) \(period.year)" }

    /// "12/6/2023", as the notices write a day in a sentence.
    func day(_ d: Day) -> String { vi ? "\(d.day)/\(d.month)/\(d.year)" : "\(d.day) \(Self.englishMonths[d.month - 1]) \(d.year)" }

    var recipientsHeading: String { vi ? "Nơi nhận:" : "Recipients:" }

    var recipients: [String] {
        let parentLine = parent.map { vi ? "UBND \(lowerFirst($0.name));" : "the People's Committee of \($0.name);" }
        let rest = vi ? ["CT, các PCT UBND \(lowerFirst(unit.kind));", "Các công chức chuyên môn;", "Lưu: VT."]
                      : ["the Chairperson and Vice-Chairpersons;", "the specialist officials;", "archived: office."]
        return ([parentLine].compactMap { $0 } + rest).map { "- " + $0 }
    }

    var signature: [String] { vi ? ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] : ["ON BEHALF OF THE PEOPLE'S COMMITTEE", "CHAIRPERSON"] }

    func lowerFirst(_ s: String) -> String { s.prefix(1).lowercased() + s.dropFirst() }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"]
}
