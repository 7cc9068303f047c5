import Testing
import PropertyBased
@testable import Domain

/// 附件三: the fourteen items, deductions, a breach, the total, signing and amendments.
@Suite struct PointsCardTests {
    let rules = Fixtures.rules
    let month = Month(year: 2026, month: 11)!

    func line(_ item: PointsItem, _ claim: PointsClaim, record: String? = nil) -> PointsLine {
        PointsLine(item, claim, evidence: item.evidenceDocument + " 2026-11", meetingRecord: record)
    }

    // MARK: - Items

    @Test(arguments: [
        (PointsItem.reception, PointsClaim.count(12), 24),
        (.onlineReply, .count(3), 15),
        (.visits, .households(31), 103),
        (.duty, .count(4), 20),
        (.campaign, .count(2), 10),
        (.volunteering, .count(1), 5),
        (.awards, .award(.individual, .city), 50),
        (.awards, .award(.individual, .district), 40),
        (.awards, .award(.individual, .street), 30),
        (.awards, .award(.collective, .city), 30),
        (.awards, .award(.collective, .district), 20),
        (.awards, .award(.collective, .street), 10),
        (.publicity, .count(2), 20),
        (.inspection, .inspection(.individual), 30),
        (.inspection, .inspection(.committee), 10),
        (.training, .count(3), 15),
        (.contest, .contest(nil), 10),
        (.contest, .contest(.first), 40),
        (.contest, .contest(.second), 30),
        (.contest, .contest(.third), 20),
    ])
    func everyItemIsScoredByTheRuleSet(item: PointsItem, claim: PointsClaim, tenths: Int) {
        let scored = PointsScorer.score(line(item, claim), rules: rules)
        #expect(scored.points == tenths)
        #expect(scored.verdict.isOK)
        #expect(scored.verdict.clause == rules.clause(item.rule))
    }

    @Test func theCardHasFourteenItemsInFourGroups() {
        #expect(PointsItem.allCases.count == 14)
        #expect(PointsItem.allCases.filter(\.isDeduction).map(\.title) == ["居民投诉", "矛盾调处", "安全守纪"])
        #expect(Set(PointsItem.allCases.map(\.group)).count == 4)
    }

    @Test func lineExplanations() {
        #expect(PointsScorer.score(line(.reception, .count(12)), rules: rules).verdict.message
                == "首问接待 12 次 × 0.2 = 2.4 分；依据：《首问接待记录册》 2026-11（附件三 首问接待）")
        #expect(PointsScorer.score(line(.contest, .contest(.first)), rules: rules).verdict.message
                == "业务提升：参赛 1 次 1.0 分 + 一等奖 3.0 分 = 4.0 分；依据：技能竞赛结果 2026-11（附件三 业务提升）")
    }

    // MARK: - Deductions

    @Test(arguments: [
        (PointsItem.complaint, -30, true), (.complaint, -50, true), (.complaint, -35, true), (.complaint, 0, true),
        (.complaint, -29, false), (.complaint, -51, false), (.complaint, 10, false),
        (.dispute, -50, true), (.dispute, -100, true), (.dispute, -49, false), (.dispute, -101, false),
    ])
    func deductionsOnlyInTheirRange(item: PointsItem, tenths: Int, accepted: Bool) {
        let scored = PointsScorer.score(line(item, .deduction(tenths), record: "2026-11-25 班子会议记录"), rules: rules)
        #expect(scored.verdict.isOK == accepted)
        #expect(scored.points == (accepted ? tenths : 0))
    }

    @Test func deductionRefusalsSayWhy() {
        let low = PointsScorer.score(line(.complaint, .deduction(-20), record: "会议 1"), rules: rules).verdict
        #expect(low.message == "“居民投诉”扣分须在 -5.0 至 -3.0 分之间，-2.0 分不在范围内（附件三 居民投诉；积分规则说明 3）")
        let positive = PointsScorer.score(line(.dispute, .deduction(10), record: "会议 1"), rules: rules).verdict
        #expect(positive.message == "“矛盾调处”只能填写负数或 0，不能是 1.0 分（附件三 矛盾调处；积分规则说明 3）")
    }

    @Test func aDeductionNeedsTheMeetingRecord() {
        let verdict = PointsScorer.score(line(.complaint, .deduction(-30)), rules: rules).verdict
        #expect(verdict.need == .meetingRecord)
        #expect(verdict.message == "“居民投诉”须经居委会班子成员集体讨论决定，请填写会议记录（附件三 居民投诉；积分规则说明 3）")
        #expect(PointsScorer.score(line(.breach, .breach, record: "  "), rules: rules).verdict.need == .meetingRecord)
    }

    @Test func everyLineNeedsEvidenceAndTheRightClaim() {
        let bare = PointsScorer.score(PointsLine(.duty, .count(2), evidence: " "), rules: rules)
        #expect(bare.verdict.need == .evidence)
        #expect(bare.points == 0)
        #expect(PointsScorer.score(line(.duty, .households(2)), rules: rules).verdict.severity == .refusal)
        #expect(PointsScorer.score(line(.duty, .count(-1)), rules: rules).verdict.severity == .refusal)
    }

    // MARK: - Total

    var goodLines: [PointsLine] {
        [line(.reception, .count(12)), line(.visits, .households(29)), line(.duty, .count(4)),
         line(.complaint, .deduction(-30), record: "2026-11-25 班子会议记录")]
    }

    @Test func theTotalIsExplainedLineByLine() {
        let total = CardTotal.of(PointsCard(workerID: 4, month: month, lines: goodLines), rules: rules)
        #expect(total.total == 24 + 95 + 20 - 30)
        #expect(total.explanation.count == 5)
        #expect(total.explanation[1] == "社区走访：走访 29 户，比任务 30 户少 1 户，每户扣 0.5 分：10.0 − 0.5 = 9.5 分；依据：《居民区走访记录》 2026-11（附件二 四(二)；附件三 社区走访）")
        #expect(total.explanation[3] == "居民投诉：扣 3.0 分；会议记录：2026-11-25 班子会议记录（附件三 居民投诉；积分规则说明 3）")
        #expect(total.explanation.last == "当月积分合计 10.9 分")
    }

    @Test func aBreachZeroesAPositiveMonth() {
        let lines = goodLines + [line(.breach, .breach, record: "2026-11-28 班子会议记录")]
        let total = CardTotal.of(PointsCard(workerID: 4, month: month, lines: lines), rules: rules)
        #expect(total.sum == 109)
        #expect(total.total == 0)
        #expect(total.zeroed)
        #expect(total.explanation.last == "各项合计 10.9 分；安全守纪：当月积分清零，当月积分合计 0.0 分（附件三 安全守纪；积分规则说明 3）")
    }

    @Test func aBreachNeverRaisesANegativeMonth() {
        let lines = [line(.dispute, .deduction(-80), record: "2026-11-25 班子会议记录"), line(.duty, .count(2)),
                     line(.breach, .breach, record: "2026-11-28 班子会议记录")]
        let total = CardTotal.of(PointsCard(workerID: 4, month: month, lines: lines), rules: rules)
        #expect(total.sum == -70)
        #expect(total.total == -70)
        #expect(total.zeroed)
        #expect(total.explanation.last == "各项合计 -7.0 分；安全守纪：当月积分清零；合计已为负，清零不提高分数（本程序的读法），当月积分合计 -7.0 分（附件三 安全守纪；积分规则说明 3）")
        let withoutBreach = CardTotal.of(PointsCard(workerID: 4, month: month, lines: Array(lines.prefix(2))), rules: rules)
        #expect(total.total <= withoutBreach.total)
    }

    // MARK: - Signing and amending

    @Test func aSignedCardIsFinal() throws {
        let card = PointsCard(workerID: 4, month: month, lines: goodLines)
        #expect(card.signed(by: Fixtures.worker, on: Fixtures.day("2026-12-01"), rules: rules)
                == .failure(InputError("只有书记可以签名确认积分卡（附件三 积分卡“党总支书记签名”；积分规则说明 1）")))
        let signed = try card.signed(by: Fixtures.secretary, on: Fixtures.day("2026-12-01"), rules: rules).get()
        #expect(signed.editing(lines: []) == .failure(InputError("积分卡已由书记签名，内容不得涂改（积分规则说明 4）；如须修改，请另记更正并写明理由（本程序的做法）")))
        #expect(signed.amended(lines: [], reason: " ", by: Fixtures.secretary, on: Fixtures.day("2026-12-02"), rules: rules)
                == .failure(InputError("更正已签名的积分卡须写明理由")))
    }

    @Test func aMonthIsSignedOnlyAfterItHasEnded() throws {
        let december = PointsCard(workerID: 4, month: Month(year: 2026, month: 12)!, lines: goodLines)
        for day in ["2026-12-04", "2026-12-31"] {   // 4 December for December (issue 19), and its last day
            #expect(december.signed(by: Fixtures.secretary, on: Fixtures.day(day), rules: rules)
                    == .failure(InputError("2026年12月尚未结束，2027-01-01 起才能签名（积分卡按月填写，积分规则说明 1；月末后签名是本程序的做法）")))
        }
        let signed = try december.signed(by: Fixtures.secretary, on: Fixtures.day("2027-01-01"), rules: rules).get()
        #expect(signed.signature?.date == Fixtures.day("2027-01-01"))
        #expect(PointsCard.signingRefusal(Month(year: 2026, month: 11)!, on: Fixtures.day("2026-12-01")) == nil)
    }

    @Test func aCardWithAnUnscorableLineCannotBeSigned() {
        let card = PointsCard(workerID: 4, month: month, lines: [line(.complaint, .deduction(-30))])
        #expect(card.signed(by: Fixtures.secretary, on: Fixtures.day("2026-12-01"), rules: rules)
                == .failure(InputError("“居民投诉”须经居委会班子成员集体讨论决定，请填写会议记录（附件三 居民投诉；积分规则说明 3）")))
    }

    @Test func anAmendmentShowsBothTotals() throws {
        let signed = try PointsCard(workerID: 4, month: month, lines: goodLines)
            .signed(by: Fixtures.secretary, on: Fixtures.day("2026-12-01"), rules: rules).get()
        let amended = try signed.amended(lines: Array(goodLines.prefix(3)), reason: "投诉经核实不成立",
                                         by: Fixtures.secretary, on: Fixtures.day("2026-12-05"), rules: rules).get()
        let total = CardTotal.of(amended, rules: rules)
        #expect(total.signedTotal == 109)
        #expect(total.total == 139)
        #expect(total.isAmended)
        #expect(Array(total.explanation.suffix(2)) == [
            "书记 王芳 于 2026-12-01 签名确认，合计 10.9 分",
            "2026-12-05 王芳 更正，理由：投诉经核实不成立；更正后合计 13.9 分（签名时 10.9 分）",
        ])
    }

    @Test func anAmendmentNeverChangesASignedTotalSilently() async throws {
        let signed = try PointsCard(workerID: 4, month: month, lines: goodLines)
            .signed(by: Fixtures.secretary, on: Fixtures.day("2026-12-01"), rules: rules).get()
        let signedText = "合计 \(Points.format(CardTotal.of(signed, rules: rules).total)) 分"
        await propertyCheck(input: Gen.int(in: 0...60), Gen.int(in: 0...20)) { households, receptions in
            let lines = [line(.reception, .count(receptions)), line(.visits, .households(households))]
            guard case .success(let amended) = signed.amended(lines: lines, reason: "补录", by: Fixtures.secretary2,
                                                               on: Fixtures.day("2026-12-03"), rules: rules) else { return }
            let total = CardTotal.of(amended, rules: rules)
            #expect(total.signedTotal == 109)
            #expect(total.explanation.contains { $0.contains(signedText) })
            #expect(total.explanation.last?.contains("理由：补录；更正后合计 \(Points.format(total.total)) 分") == true)
        }
    }

    // MARK: - Overflow (issue 17 item 4)

    @Test func storedCountsBeyondAnyMonthNeitherCrashNorScore() {
        let huge = [line(.volunteering, .count(1_844_674_407_370_955_161)), line(.volunteering, .count(1_844_674_407_370_955_161)),
                    line(.reception, .count(Int.max)), line(.training, .count(2))]
        let total = CardTotal.of(PointsCard(workerID: 4, month: month, lines: huge), rules: rules)
        #expect(total.total == 10, "only the sensible line scores")
        #expect(total.problems.count == 3)
        #expect(total.problems.allSatisfy { $0.message.contains("上限") })
    }

    @Test func sumsSaturateInsteadOfOverflowing() {
        #expect(Points.sum([Int.max, 1]) == Int.max)
        #expect(Points.sum([Int.min, -1]) == Int.min)
        #expect(Points.sum([10, 20, -5]) == 25)
    }
}
