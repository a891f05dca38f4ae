import Testing
import MinhBachCore

@Suite("Vietnamese alphabetical order")
struct CollationTests {
    @Test func hoaThanhsWardsInVietnameseOrder() {
        let names = ["Xã Trường Tây", "Phường Long Hoa", "Xã Trường Đông", "Phường Hiệp Tân", "Xã Trường Hòa",
                     "Phường Long Thành Trung", "Xã Long Thành Nam", "Phường Long Thành Bắc"]
        #expect(names.sorted(by: VietnameseCollation.lessThan) == [
            "Phường Hiệp Tân", "Phường Long Hoa", "Phường Long Thành Bắc", "Phường Long Thành Trung",
            "Xã Long Thành Nam", "Xã Trường Đông", "Xã Trường Hòa", "Xã Trường Tây",
        ])
    }

    @Test func lettersWithMarksFollowTheirBase() {
        // a < ă < â < b; d < đ < e; o < ô < ơ; u < ư
        #expect(["b", "â", "ă", "a"].sorted(by: VietnameseCollation.lessThan) == ["a", "ă", "â", "b"])
        #expect(["e", "đ", "d"].sorted(by: VietnameseCollation.lessThan) == ["d", "đ", "e"])
        #expect(["ơ", "ô", "o"].sorted(by: VietnameseCollation.lessThan) == ["o", "ô", "ơ"])
        #expect(["Đông", "Dương", "Điền"].sorted(by: VietnameseCollation.lessThan) == ["Dương", "Điền", "Đông"])
    }

    @Test func tonesBreakTiesAfterLetters() {
        // ma, mà, má, mả, mã, mạ; and tone never outranks a letter: "mạ" < "mb"
        #expect(["mạ", "mã", "mả", "má", "mà", "ma"].sorted(by: VietnameseCollation.lessThan) == ["ma", "mà", "má", "mả", "mã", "mạ"])
        #expect(VietnameseCollation.lessThan("mạ", "mb"))
    }

    @Test func numbersCompareByValue() {
        #expect(["Phường 10", "Phường 2", "Phường 1"].sorted(by: VietnameseCollation.lessThan) == ["Phường 1", "Phường 2", "Phường 10"])
    }

    @Test func foldingForSearchAndSlugs() {
        #expect(VietnameseCollation.folded("Phường Hiệp Tân") == "phuong hiep tan")
        #expect(VietnameseCollation.folded("TRƯỜNG ĐÔNG") == "truong dong")
        #expect(Slug.suggest(from: "Phường Hiệp Tân") == "phuong-hiep-tan")
        #expect(Slug.isValid("long-thanh-bac"))
        #expect(!Slug.isValid("../etc"))
        #expect(!Slug.isValid("Hiep-Tan"))
    }
}
