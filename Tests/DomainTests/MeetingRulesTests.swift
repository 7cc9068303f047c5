import Testing
@testable import Domain

/// 议事协商 (实施意见 二(五)) and the basis of a deduction (附件三 积分规则说明 3), table-driven.
@Suite struct MeetingRulesTests {
    let rules = Fixtures.rules
    let day = LocalDate(year: 2026, month: 11, day: 20)!
    let november = Month(year: 2026, month: 11)!

    func meeting(_ kind: MeetingKind = .committeeBoard, attendees: [String] = ["王秀兰", "李建国"], topic: String = "居民投诉处理",
                 place: String = "居委会会议室", date: LocalDate? = nil, decisions: [String] = ["扣分 3 分"]) -> Meeting {
        Meeting(id: 12, kind: kind, date: date ?? day, place: place, topic: topic, attendees: attendees,
                outsideParties: ["物业公司"], decisions: Meeting.numbered(decisions))
    }

    // MARK: - A meeting's record

    @Test(arguments: [
        (["王秀兰", "李建国"], MeetingKind.committeeBoard, true),
        (["王秀兰"], .committeeBoard, false),   // one person is no collective decision (board_minimum = 2)
        (["王秀兰"], .hearing, true),           // the minimum is the board's alone
        ([], .routine, false),
        (["王秀兰", "王秀兰"], .joint, false),
    ])
    func attendees(names: [String], kind: MeetingKind, kept: Bool) {
        #expect(MeetingRules.problems(meeting(kind, attendees: names), today: day, rules: rules).isEmpty == kept)
    }

    @Test func aBoardWithTooFewSaysTheNumbersAndTheLocalValue() throws {
        let verdict = try #require(MeetingRules.problems(meeting(attendees: ["王秀兰"]), today: day, rules: rules).first)
        #expect(verdict.rule == .deductionDecision && verdict.number("least") == 2 && verdict.number("attendees") == 1)
        #expect(verdict.message.contains("本程序取值") && verdict.message.hasSuffix("（附件三 积分规则说明 3）"))
    }

    @Test func topicPlaceDateAndEmptyDecisionsAreRefusedCitingTwoFive() {
        let cases = [meeting(topic: " "), meeting(place: ""), meeting(date: day.adding(days: 1)), meeting(decisions: ["定了", " "])]
        for bad in cases {
            let problems = MeetingRules.problems(bad, today: day, rules: rules)
            #expect(problems.count == 1 && problems[0].severity == .refusal && problems[0].message.hasSuffix("（实施意见 二(五)）"))
        }
    }

    @Test func kindsAreNamedAsTheStandardWritesThem() {
        #expect(MeetingKind.allCases.map(\.title) == ["听证会", "协调会", "评议会", "联席会议", "居委会班子会议", "党员会议", "居民代表会议", "例会"])
        #expect(MeetingKind.named("班子会议") == .committeeBoard && MeetingKind.named(" 评议会 ") == .appraisal && MeetingKind.named("茶话会") == nil)
    }

    @Test(arguments: [("#12-2", 12, 2), ("＃3-1", 3, 1), (" #7-10 ", 7, 10)])
    func codes(text: String, meeting: Int64, number: Int) throws {
        let found = try #require(DecisionCitation.reference(in: text))
        #expect(found.meeting == meeting && found.number == number)
    }

    @Test(arguments: ["12-2", "#12", "#0-1", "#a-1", "2026-11-20 班子会议记录", "#12-2-3"])
    func notCodes(text: String) { #expect(DecisionCitation.reference(in: text) == nil) }

    // MARK: - A deduction's basis

    enum Basis { case none, typed, decisionOf(MeetingKind) }

    @Test(arguments: [
        // basis, meetings kept since, refused?
        (Basis.none, nil as Month?, true),
        (.typed, nil, false),                                  // no meeting kept yet: the typed record stands
        (.typed, Month(year: 2026, month: 12), false),           // a month before the meetings were kept
        (.typed, Month(year: 2026, month: 11), true),            // the month the meetings began: a decision is needed
        (.typed, Month(year: 2026, month: 1), true),
        (.decisionOf(.committeeBoard), Month(year: 2026, month: 1), false),
        (.decisionOf(.residentRepresentatives), Month(year: 2026, month: 1), true),
        (.decisionOf(.routine), nil, true),
    ])
    func deduction(basis: Basis, since: Month?, refused: Bool) {
        for item in [PointsItem.complaint, .dispute, .breach] {
            let claim: PointsClaim = item == .breach ? .breach : .deduction(item == .complaint ? -30 : -50)
            var line = PointsLine(item, claim, evidence: "")
            switch basis {
            case .none: break
            case .typed: line.meetingRecord = "2026-11-20 班子会议记录"
            case .decisionOf(let kind): line.decision = meeting(kind).citation(of: 1)
            }
            let verdict = DeductionBasis.problem(line, month: november, meetingsSince: since, rules: rules)
            #expect((verdict != nil) == refused, "\(item) \(basis) \(String(describing: since))")
            if let verdict { #expect(verdict.message.contains("须") && verdict.message.hasSuffix("（附件三 积分规则说明 3）")) }
        }
    }

    @Test func otherItemsNeedNoDecision() {
        let line = PointsLine(.training, .count(2), evidence: "培训通知")
        #expect(DeductionBasis.problem(line, month: november, meetingsSince: november, rules: rules) == nil)
    }

    @Test func theCardShowsADecisionApartFromATypedRecord() throws {
        let citation = try #require(meeting().citation(of: 1))
        #expect(citation.code == "#12-1" && citation.label == "#12-1 2026-11-20 居委会班子会议决定")
        let chosen = PointsLine(.complaint, .deduction(-30), evidence: "", decision: citation)
        let typed = PointsLine(.complaint, .deduction(-30), evidence: "", meetingRecord: "11-20 班子会议")
        #expect(chosen.basis == citation.label && typed.basis == "11-20 班子会议")
        #expect(PointsScorer.score(chosen, rules: rules).verdict.message.contains("会议记录：#12-1 2026-11-20 居委会班子会议决定"))
        #expect(meeting().citation(of: 2) == nil)
    }
}
