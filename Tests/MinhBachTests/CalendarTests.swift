import Testing
import MinhBachCore

@Suite("Dates, months and times")
struct CalendarTests {
    @Test func acceptsBothWrittenForms() throws {
        #expect(try Day.parse("2023-06-12").get().description == "2023-06-12")
        #expect(try Day.parse("12/6/2023").get().description == "2023-06-12")
        #expect(try Day.parse("05/07/2023").get().description == "2023-07-05")
    }

    @Test func catchesTheSeedsThirtyFirstOfJune() {
        #expect(Day.parse("31/6/2023") == .failure(.impossible(reason: "month 6/2023 has only 30 days")))
    }

    @Test func leapYears() {
        #expect((try? Day.parse("29/02/2024").get()) != nil)
        #expect(Day.parse("29/02/2023") == .failure(.impossible(reason: "month 2/2023 has only 28 days")))
        #expect(Day.parse("2023-13-01") == .failure(.impossible(reason: "there is no month 13")))
    }

    @Test(arguments: ["2023/06/12", "12-06-2023", "2023-6-1", "June 12", "12/06/23"])
    func refusesOtherForms(text: String) {
        #expect(Day.parse(text) == .failure(.format))
    }

    @Test func timestamps() throws {
        #expect(try Timestamp.parse("2023-06-30 15:10").get().description == "2023-06-30 15:10")
        #expect(try Timestamp.parse("30/06/2023 9:05").get().description == "2023-06-30 09:05")
        #expect(Timestamp.parse("2023-06-30 25:10") == .failure(.time))
        #expect(Timestamp.parse("31/6/2023 15:10") == .failure(.day(.impossible(reason: "month 6/2023 has only 30 days"))))
        #expect(Timestamp.parse("2023-06-30") == .failure(.format))
    }

    @Test func periods() {
        #expect(Period("2023-06")?.description == "2023-06")
        #expect(Period("2023-6") == nil)
        #expect(Period("2023-13") == nil)
        #expect(Period("2023-01")?.previous.description == "2022-12")
        #expect(VietnameseFormat.month(Period("2023-06")!) == "Tháng 6/2023")
        #expect(VietnameseFormat.date(Day(year: 2023, month: 7, day: 5)!) == "05/07/2023")
    }
}
