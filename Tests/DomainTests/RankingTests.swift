import Testing
import PropertyBased
@testable import Domain

/// 积分规则说明 2: the year's sum, competition ranking per street office, the 20% rule.
@Suite struct RankingTests {
    let rules = Fixtures.rules

    func entries(_ totals: [Int], office: String = "长征镇") -> [YearRanking.Entry] {
        totals.enumerated().map { .init(workerID: Int64($0.offset), name: "社工\($0.offset)", streetOffice: office, total: $0.element) }
    }

    @Test func theYearIsTheSumOfItsMonths() {
        var totals: [Month: Int] = [:]
        for month in Month.all(of: 2026) { totals[month] = 100 }
        totals[Month(year: 2025, month: 12)!] = 999
        #expect(YearRanking.yearTotal(totals, year: 2026) == 1200)
    }

    @Test func equalTotalsShareARank() {
        let ranked = YearRanking.rankOneOffice(entries([300, 500, 400, 400]), rules: rules)
        #expect(ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(ranked.map(\.entry.total) == [500, 400, 400, 300])
    }

    @Test(arguments: [(7, 1), (10, 2), (11, 2), (4, 0), (5, 1), (15, 3)])
    func theCutoffIsTwentyPercentRoundedDown(count: Int, cutoff: Int) {
        #expect(YearRanking.excellentCutoff(count: count, rules: rules) == cutoff)
        let ranked = YearRanking.rankOneOffice(entries(Array(stride(from: 1000, to: 1000 - count * 10, by: -10))), rules: rules)
        #expect(ranked.filter(\.isExcellentEligible).count == cutoff)
    }

    @Test func aTieAtTheBoundaryKeepsBothEligible() {
        // 10 workers, cutoff 2: the second and third share rank 2.
        let ranked = YearRanking.rankOneOffice(entries([900, 800, 800, 700, 600, 500, 400, 300, 200, 100]), rules: rules)
        #expect(ranked.prefix(3).allSatisfy { $0.isExcellentEligible })
        #expect(!ranked[3].isExcellentEligible)
        #expect(ranked[2].verdict.message == "社工2 年度积分 80.0 分，长征镇第 2 名（共 10 人）；前 20% 为第 2 名以内（⌊20% × 10⌋ = 2），可参与年度考核优秀等次推荐（附件三 积分规则说明 2）")
        // 10 workers, a tie for rank 2 broken below: rank 3 is out.
        let tieBelow = YearRanking.rankOneOffice(entries([900, 800, 700, 700, 600, 500, 400, 300, 200, 100]), rules: rules)
        #expect(tieBelow.map(\.isExcellentEligible).prefix(4) == [true, true, false, false])
        #expect(tieBelow[2].verdict.message.hasSuffix("第 3 名（共 10 人）；前 20% 为第 2 名以内（⌊20% × 10⌋ = 2），不在推荐范围内（附件三 积分规则说明 2）"))
    }

    @Test func eachStreetOfficeIsRankedOnItsOwn() {
        let all = entries([500, 400], office: "长征镇") + entries([100, 100, 100, 100, 100], office: "真如镇街道")
        let ranking = YearRanking.rank(all, rules: rules)
        #expect(ranking["长征镇"]?.map(\.rank) == [1, 2])
        #expect(ranking["真如镇街道"]?.map(\.rank) == [1, 1, 1, 1, 1])
        #expect(ranking["真如镇街道"]?.allSatisfy { $0.isExcellentEligible } == true)
    }

    @Test func ranksAreCompetitionRanks() async {
        await propertyCheck(input: Gen.int(in: 0...20).array(of: 1...15)) { totals in
            let ranked = YearRanking.rankOneOffice(entries(totals), rules: rules)
            for worker in ranked {
                #expect(worker.rank == 1 + totals.filter { $0 > worker.entry.total }.count)
            }
        }
    }
}
