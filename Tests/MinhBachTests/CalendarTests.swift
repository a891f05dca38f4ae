import Testing
import MinhBachCore

@Suite("Dates, months and times")
struct CalendarTests {
    @Test func acceptsBothWrittenForms() throws {
        #expect(try Day.parse("2023-06-12").get().description == "2023-06-12")
        #expect(try Day.parse("12/6/2023").get().description == "2023-06-12")
        #expect(try Day.parse("05/07/2023").get().description == "2023-07-05")
    }

    func reason(_ result: Result<Day, Day.ParseProblem>, _ language: DiagnosticLanguage = .en) -> String? {
        if case .failure(.impossible(let reason)) = result { return reason.text(in: language) }
        return nil
    }

    @Test func catchesTheSeedsThirtyFirstOfJune() {
        #expect(reason(Day.parse("31/6/2023")) == "month 6/2023 has only 30 days")
        #expect(reason(Day.parse("31/6/2023"), .vi) == "tháng 6/2023 chỉ có 30 ngày")
    }

    @Test func leapYears() {
        #expect((try? Day.parse("29/02/2024").get()) != nil)
        #expect(reason(Day.parse("29/02/2023")) == "month 2/2023 has only 28 days")
        #expect(reason(Day.parse("2023-13-01")) == "there is no month 13")
    }

    @Test(arguments: ["2023/06/12", "12-06-2023", "2023-6-1", "June 12", "12/06/23"])
    func refusesOtherForms(text: String) {
        #expect(Day.parse(text) == .failure(.format))
    }

    @Test func timestamps() throws {
        #expect(try Timestamp.parse("2023-06-30 15:10").get().description == "2023-06-30 15:10")
        #expect(try Timestamp.parse("30/06/2023 9:05").get().description == "2023-06-30 09:05")
        #expect(Timestamp.parse("2023-06-30 25:10") == .failure(.time))
        if case .failure(.day(.impossible(let r))) = Timestamp.parse("31/6/2023 15:10") {
            #expect(r.text(in: .en) == "month 6/2023 has only 30 days")
        } else {
            Issue.record("31/6/2023 15:10 should be an impossible day")
        }
        #expect(Timestamp.parse("2023-06-30") == .failure(.format))
    }

    @Test func periods() {
        #expect(Period("2023-06")?.description == "2023-06")
        #expect(Period("2023-6") == nil)
        #expect(Period("2023-13") == nil)
        #expect(Period("2023-01")?.previous.description == "2022-12")
        #expect(vietnamese.month(Period("2023-06")!) == "Tháng 6/2023")
        #expect(vietnamese.date(Day(year: 2023, month: 7, day: 5)!) == "05/07/2023")
    }
}
