import Testing
import MinhBachCore

@Suite("Numbers as editors write them")
struct FigureTests {
    @Test(arguments: [
        ("69,81", "69.81"), ("69.81", "69.81"), ("18.9", "18.9"), ("00", "0"), ("100", "100"),
        ("92,45", "92.45"), (" 7 ", "7"), ("-1,5", "-1.5"), ("0,0001", "0.0001"), ("51.000", "51"),
    ])
    func parses(text: String, expected: String) throws {
        #expect(try Figure.parse(text).get().description == expected)
    }

    @Test(arguments: ["", "abc", "1.234,5", "69,", ",5", "12%", "1 000", "1e3", "--1", "٣"])
    func refusesWhatIsNotAPlainNumber(text: String) {
        #expect(Figure.parse(text) == .failure(.notANumber))
    }

    @Test func refusesMoreThanFourDecimals() {
        #expect(Figure.parse("1,23456") == .failure(.tooManyDecimals))
    }

    @Test func keepsExactDecimals() throws {
        // 69.81 in binary floating point is 69.8099999…; the figure must stay 69,81.
        let f = try Figure.parse("69,81").get()
        #expect(vietnamese.number(f) == "69,81")
        let sum = try Figure.parse("7").get() + Figure.parse("8").get() + Figure.parse("18.9").get()
        #expect(sum == (try Figure.parse("33,9").get()))
    }

    @Test func vietnameseFormatting() throws {
        #expect(vietnamese.number(Figure(1234)) == "1.234")
        #expect(vietnamese.number(Figure(51)) == "51")
        #expect(vietnamese.number(try Figure.parse("18,90").get()) == "18,9")
        #expect(vietnamese.number(try Figure.parse("2,345").get(), decimals: 2) == "2,35")
        #expect(vietnamese.change(try Figure.parse("-1,55").get()) == "▼ 1,55")
        #expect(vietnamese.change(try Figure.parse("2").get()) == "▲ 2")
        #expect(vietnamese.change(.zero) == "= 0")
    }

    @Test func meanRoundsHalfAwayFromZeroToTwoDecimals() throws {
        let values = try ["69,81", "70", "70"].map { try Figure.parse($0).get() }
        #expect(Figure.mean(values)?.description == "69.94") // 209.81 / 3 = 69.9366…
        #expect(Figure.mean([try Figure.parse("0,005").get()])?.description == "0.01")
        #expect(Figure.mean([]) == nil)
    }
}
