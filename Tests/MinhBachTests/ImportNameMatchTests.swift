import Foundation
import Testing
import MinhBachCore
@testable import MinhBachEditor

/// Which unit a row of the portal's table is, by its name: new Tây Ninh has both Xã Tân Thành
/// and Xã Tân Thạnh, and a national site has old Xã Tân An (dissolved in 2025) beside new ones.
@Suite("minhbach import, a row's unit by its name")
struct ImportNameMatchTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let cell: String
        /// The slug the row becomes, or the start of the error.
        let slug: String?
        let error: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "with its marks, one of two names that differ only by them", cell: "Xã Tân Thạnh", slug: "tan-thanh-2", error: nil),
        Case(name: "without the kind, with marks", cell: "Tân Thành", slug: "tan-thanh", error: nil),
        Case(name: "without marks, a name two units share so", cell: "Xa Tan Thanh", slug: nil,
             error: "“Xa Tan Thanh” could be any of Xã Tân Thành (`tan-thanh`), Xã Tân Thạnh (`tan-thanh-2`)"),
        Case(name: "without marks, a name only one unit has", cell: "HIEP TAN", slug: "hiep-tan-moi", error: nil),
        Case(name: "the unit of the month, not the one dissolved before it", cell: "Phường Hiệp Tân", slug: "hiep-tan-moi", error: nil),
    ]

    @Test(arguments: cases)
    func findsTheUnitOrSaysWhyNot(_ c: Case) throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/tan-thanh.md", "---\nname: \"Xã Tân Thành\"\nkind: xã\nparent: thi-xa\n---\n")
        site.write("Content/units/tan-thanh-2.md", "---\nname: \"Xã Tân Thạnh\"\nkind: xã\nparent: thi-xa\n---\n")
        site.write("Content/units/hiep-tan-cu.md", "---\nname: \"Phường Hiệp Tân\"\nkind: phường\nparent: thi-xa\ndissolved: 2023-01-01\n---\n")
        site.write("Content/units/hiep-tan-moi.md", "---\nname: \"Phường Hiệp Tân\"\nkind: phường\nparent: thi-xa\nestablished: 2023-01-01\n---\n")
        site.write("table.csv", "Tên đơn vị;Tổng điểm\n\(c.cell);80\n")
        let outcome = try Importer.run(.init(content: site.content, csv: site.folder + "/table.csv", period: "2023-07")).get()
        #expect(outcome.rows.map(\.unit) == (c.slug.map { [$0] } ?? []))
        #expect(outcome.problems.map { $0.formatted(in: .en) }.first { $0.contains("error") }.map { text in c.error.map { text.contains($0) } ?? false }
                ?? (c.error == nil), "\(outcome.problems.map { $0.formatted(in: .en) })")
    }
}
