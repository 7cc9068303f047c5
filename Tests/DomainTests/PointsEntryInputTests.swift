import Testing
@testable import Domain

/// A typed line (form or CSV row) read and checked by the rules of 附件三.
@Suite struct PointsEntryInputTests {
    let rules = Fixtures.rules

    func parse(_ item: String, _ quantity: String, _ points: String, _ evidence: String = "区社工培训通知") -> Result<PointsLine, InputError> {
        PointsEntryInput.parse(item: item, quantity: quantity, points: points, evidence: evidence, rules: rules)
    }

    @Test func aCountWithOrWithoutItsPoints() throws {
        #expect(try parse("学习培训", "2", "").get() == PointsLine(.training, .count(2), evidence: "区社工培训通知"))
        #expect(try parse("学习培训", "2", "1.0").get().claim == .count(2))
        let wrong = try #require(parse("学习培训", "2", "3").failure)
        #expect(wrong.message.contains("与规则不符") && wrong.message.contains("2 次 × 0.5 = 1.0 分"))
    }

    @Test func wordsForAwardsInspectionsAndContests() throws {
        #expect(try parse("获奖情况", "个人市级", "5").get().claim == .award(.individual, .city))
        #expect(try parse("获奖情况", "集体街镇级", "").get().claim == .award(.collective, .street))
        #expect(try parse("督查考评", "居委会", "1").get().claim == .inspection(.committee))
        #expect(try parse("业务提升", "二等奖", "3").get().claim == .contest(.second))
        #expect(parse("获奖情况", "市级", "5").failure != nil)
    }

    @Test func deductionsOnlyWithinRangeAndWithTheMeetingRecord() throws {
        let ok = try parse("居民投诉", "", "-3", "2026-11-20 班子会议记录").get()
        #expect(ok.claim == .deduction(-30) && ok.meetingRecord == "2026-11-20 班子会议记录")
        #expect(parse("居民投诉", "", "-6", "2026-11-20 班子会议记录").failure?.message.contains("-5.0 至 -3.0") == true)
        #expect(parse("矛盾调处", "", "-5", "").failure?.message.contains("会议记录") == true)
        #expect(try parse("安全守纪", "", "清零", "2026-11-25 会议记录").get().claim == .breach)
    }

    @Test func computedAndUnknownItemsAreRefused() {
        #expect(parse("社区走访", "31", "").failure?.message.contains("自动计算") == true)
        #expect(parse("加班", "1", "").failure?.message.contains("不是积分卡上的项目") == true)
    }

    // MARK: - Bounds (issue 17 item 4)

    @Test("a count above a month's 31 is refused with the bound, before any arithmetic",
          arguments: ["32", "2147483648", "1844674407370955161", "9223372036854775807"])
    func countsAreBounded(_ quantity: String) throws {
        let error = try #require(parse("志愿服务", quantity, "").failure)
        #expect(error.message.contains("31"))
        #expect(try parse("志愿服务", "31", "").get().claim == .count(31))
    }

    @Test func evidenceIsBoundedAndClean() throws {
        let long = try #require(parse("学习培训", "2", "", String(repeating: "据", count: 1_000_000)).failure)
        #expect(long.message.hasPrefix("计分依据不能超过 200 个字"))
        #expect(parse("学习培训", "2", "", "培训\u{0}通知").failure?.message.contains("U+0000") == true)
    }
}

extension Result {
    var failure: Failure? { if case .failure(let e) = self { return e } else { return nil } }
}
