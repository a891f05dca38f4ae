import Testing
import MinhBachArchive
import MinhBachContent
import MinhBachCore

@Suite("Ranking among siblings")
struct RankingTests {
    func archive(_ site: TemporarySite) throws -> Archive {
        let outcome = ContentLoader.load(from: site.content)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.map(\.formatted))")
        return Archive(content: try #require(outcome.content))
    }

    @Test func tiesShareARankAndAreListedAlphabetically() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/units/chau.md", "---\nname: \"Phường Châu\"\nkind: phường\nparent: thi-xa\n---\n")
        site.write("Content/results/2023-06/dong.md", "---\nscore: 80\n---\n")      // Xã Đông, tied with An
        site.write("Content/results/2023-06/chau.md", "---\nscore: \"69,81\"\n---\n") // tied with Bình
        let a = try archive(site)
        let june = Period("2023-06")!
        let ranking = try #require(a.rankings[june]?[a.root])
        let table = ranking.ranked.map { (a.units[$0].name, a.standing($0, in: june)!.rank!) }
        #expect(table.map(\.0) == ["Phường An", "Xã Đông", "Phường Bình", "Phường Châu"])
        #expect(table.map(\.1) == [1, 1, 3, 3])
        #expect(a.standing(a.unit("an")!, in: june)?.rankedAmong == 4)
    }

    @Test func aUnitWithoutFiguresIsListedNotRankedLast() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let a = try archive(site)
        let june = Period("2023-06")!
        let ranking = try #require(a.rankings[june]?[a.root])
        #expect(ranking.ranked.map { a.units[$0].slug } == ["an", "binh"])
        #expect(ranking.withoutData.map { a.units[$0].slug } == ["dong"])
        #expect(a.standing(a.unit("dong")!, in: june) == nil)
        let binh = try #require(a.standing(a.unit("binh")!, in: june))
        #expect(binh.computedRank == 2)
        // Two of three: the month is incomplete, and 2nd of two is not its ranking.
        #expect((binh.withData, binh.expected, binh.shownRank) == (2, 3, nil))
    }

    @Test func aParentWithoutItsOwnFileShowsTheMeanOfItsChildren() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        let a = try archive(site)
        let s = try #require(a.standing(a.root, in: Period("2023-06")!))
        #expect(s.score.description == "74.91") // (80 + 69.81) / 2 = 74.905 → 74.91
        #expect(s.source == .average(count: 2))
        #expect(s.rank == nil)
    }

    @Test func changeAgainstThePreviousMonth() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-05/an.md", "---\nscore: 70\n---\n")
        site.write("Content/results/2023-05/binh.md", "---\nscore: \"71,5\"\n---\n")
        site.write("Content/results/2023-05/dong.md", "---\nscore: 50\n---\n")
        site.write("Content/results/2023-06/dong.md", "---\nscore: 50\n---\n")
        let a = try archive(site)
        let binh = try #require(a.standing(a.unit("binh")!, in: Period("2023-06")!))
        #expect(binh.scoreChange?.description == "-1.69")
        #expect(binh.rankChange == -1) // 1st in May, 2nd in June
        let an = try #require(a.standing(a.unit("an")!, in: Period("2023-06")!))
        #expect(an.rankChange == 1)
    }

    @Test func aPublishedRankThatDiffersIsAWarningNamingBoth() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-06/binh.md", "---\nscore: \"69,81\"\nrank: 1\nof: 3\n---\n")
        site.write("Content/results/2023-06/dong.md", "---\nscore: 50\n---\n")
        let a = try archive(site)
        let warning = try #require(a.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 3)
        #expect(warning.message == "published rank 1/3 differs from the rank computed from this site's files, 2/3")
    }

    @Test func yearAveragesOverMonthsWithFigures() throws {
        let site = TemporarySite()
        defer { site.cleanUp() }
        site.write("Content/results/2023-05/an.md", "---\nscore: 70\n---\n")
        let a = try archive(site)
        let an = try #require(a.yearAverages[2023]?.first { a.units[$0.unit].slug == "an" })
        #expect(an.average.description == "75")
        #expect(an.months == 2)
    }
}
