import Foundation
import Testing
@testable import Domain

/// The reception log's rules: the reply due date on the holiday calendar, overdue follow-ups,
/// the points only a signed record earns, and the checks of a record's content.
@Suite struct ReceptionTests {
    static func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
    static func at(_ iso: String, hour: Int = 10) -> Date {
        ShanghaiCalendar.startOfDay(day(iso)).addingTimeInterval(TimeInterval(hour * 3600))
    }

    static func record(id: Int64 = 1, on iso: String = "2026-11-27", outcome: ReceptionOutcome = .awaitingReply,
                       due: String? = "2026-12-02", signed: Bool = false, reply: Bool = false) -> ReceptionRecord {
        let draft = ReceptionDraft(at: at(iso), residentName: "张桂英", room: "12号楼301室", category: "社会救助",
                                   question: "低保怎么申请", outcome: outcome, replyDue: due.map(day))
        return ReceptionRecord(id: id, workerID: 1, workerName: "王秀兰", original: draft,
                               signature: signed ? .init(at: at(iso), byName: "王秀兰") : nil,
                               reply: reply ? .init(at: at(iso), byName: "王秀兰", text: "已答复", satisfaction: .satisfied) : nil)
    }

    // MARK: - Due date

    @Test(arguments: [
        ("2026-11-27", "2026-12-02"),   // a Friday: Monday, Tuesday, Wednesday
        ("2026-11-30", "2026-12-03"),   // a Monday
        ("2026-09-30", "2026-10-10"),   // before the National Day week: the 8th, the 9th and the make-up Saturday
    ])
    func dueDateCountsWorkingDays(_ day: String, _ due: String) {
        #expect(ReplyDeadline.due(after: Self.day(day), calendar: Fixtures.calendar, rules: Fixtures.rules) == Self.day(due))
    }

    @Test func theNumberOfDaysIsTheRuleSetsAndExplainsItself() throws {
        let rules = try Fixtures.rules(replacing: "reply_working_days = 3", with: "reply_working_days = 5")
        #expect(ReplyDeadline.due(after: Self.day("2026-11-27"), calendar: Fixtures.calendar, rules: rules) == Self.day("2026-12-04"))
        let verdict = ReplyDeadline.explain(after: Self.day("2026-11-27"), calendar: Fixtures.calendar, rules: Fixtures.rules)
        #expect(verdict.message == "答复期限：接待日后 3 个工作日（节假日顺延），即 2026-12-02（本程序取值，可在规则文件中修改）")
    }

    // MARK: - Follow-ups

    @Test func overdueIsAWarningWithTheDaysLate() {
        let r = Self.record()
        #expect(ReplyDeadline.evaluate(r, today: Self.day("2026-12-02"), rules: Fixtures.rules)?.isOK == true)
        let late = ReplyDeadline.evaluate(r, today: Self.day("2026-12-04"), rules: Fixtures.rules)
        #expect(late?.severity == .warning && late?.number("overdue") == 2)
        #expect(late?.message == "已逾期 2 天：应于 2026-12-02 前答复居民（本程序取值，可在规则文件中修改）")
    }

    @Test func aReplyClosesTheRecordAndOtherOutcomesWaitForNothing() {
        #expect(ReplyDeadline.evaluate(Self.record(reply: true), today: Self.day("2026-12-09"), rules: Fixtures.rules) == nil)
        #expect(ReplyDeadline.evaluate(Self.record(outcome: .done, due: nil), today: Self.day("2026-12-09"), rules: Fixtures.rules) == nil)
    }

    @Test func followUpsPutTheMostOverdueFirst() {
        let list = ReplyDeadline.followUps([Self.record(id: 1, due: "2026-12-03"), Self.record(id: 2, due: "2026-12-01"),
                                            Self.record(id: 3, reply: true), Self.record(id: 4, outcome: .done, due: nil)])
        #expect(list.map(\.id) == [2, 1])
    }

    // MARK: - Points

    @Test func onlyASignedRecordEarnsThePoints() {
        let signed = ReceptionPoints.evaluate(Self.record(outcome: .done, due: nil, signed: true), rules: Fixtures.rules)
        #expect(signed.number("points") == 2 && signed.isOK)
        let unsigned = ReceptionPoints.evaluate(Self.record(outcome: .done, due: nil), rules: Fixtures.rules)
        #expect(unsigned.number("points") == 0 && unsigned.severity == .needs)
        #expect(unsigned.message.hasSuffix("方得 0.2 分（附件三 首问接待）"))
    }

    @Test func theMonthCountsCompletedSignedRecordsOfTheWorker() {
        let records = [Self.record(id: 1, signed: true, reply: true), Self.record(id: 2, outcome: .done, due: nil, signed: true),
                       Self.record(id: 3, outcome: .done, due: nil), Self.record(id: 4, on: "2026-10-30", outcome: .done, due: nil, signed: true)]
        let month = Month(year: 2026, month: 11)!
        #expect(ReceptionPoints.count(of: 1, in: month, records: records) == 2)
        #expect(ReceptionPoints.monthly(of: 1, in: month, records: records, rules: Fixtures.rules).message
            == "本月办结并签字确认 2 次 × 0.2 = 0.4 分；未签字 1 次不计分（附件三 首问接待）")
    }

    /// 每接待完成1次咨询办事: a matter handed on, put off or still waiting for its answer is not completed.
    @Test(arguments: [(ReceptionOutcome.referred, false), (.appointment, false), (.awaitingReply, false), (.done, true)])
    func onlyACompletedConsultationCounts(_ outcome: ReceptionOutcome, _ counts: Bool) {
        let r = Self.record(outcome: outcome, due: outcome == .awaitingReply ? "2026-12-02" : nil, signed: true)
        #expect(r.pointsFact.counts == counts)
        let verdict = ReceptionPoints.evaluate(r, rules: Fixtures.rules)
        #expect(verdict.number("points") == (counts ? 2 : 0))
        if !counts { #expect(verdict.message.hasPrefix("本次咨询\(outcome.title)，尚未接待完成，不计分")) }
        let month = Month(year: 2026, month: 11)!
        #expect(ReceptionPoints.count(of: 1, in: month, records: [r]) == (counts ? 1 : 0))
    }

    @Test func aReplyCompletesAWaitingConsultation() {
        let month = Month(year: 2026, month: 11)!
        let waiting = Self.record(signed: true), answered = Self.record(id: 2, signed: true, reply: true)
        #expect(ReceptionPoints.count(of: 1, in: month, records: [waiting, answered]) == 1)
        #expect(ReceptionPoints.monthly(of: 1, in: month, records: [waiting, answered], rules: Fixtures.rules).message
            == "本月办结并签字确认 1 次 × 0.2 = 0.2 分；未办结 1 次不计分（附件三 首问接待）")
    }

    // MARK: - Content

    @Test func aDraftNeedsItsDueDateOrDepartmentByOutcome() {
        var d = Self.record().original
        d.replyDue = nil
        #expect(d.validated().failureMessage == "待回复的事项须填写答复期限")
        d.outcome = .referred
        #expect(d.validated().failureMessage == "转办部门不能为空")
        d.department = " 街道社区事务受理服务中心 "
        let ok = try? d.validated().get()
        #expect(ok?.department == "街道社区事务受理服务中心" && ok?.replyDue == nil)
    }

    @Test func anAmendmentReplacesTheContentAndKeepsTheOriginal() {
        var r = Self.record()
        var corrected = r.original
        corrected.question = "低保和临时救助怎么申请"
        r.amendments = [.init(at: Self.at("2026-11-28"), byName: "王秀兰", reason: "漏记临时救助", content: corrected)]
        #expect(r.content.question == "低保和临时救助怎么申请" && r.original.question == "低保怎么申请")
    }

    @Test(arguments: ReceptionOutcome.allCases)
    func outcomesReadBackFromTheirTitles(_ outcome: ReceptionOutcome) {
        #expect((try? ReceptionOutcome.parse(outcome.title).get()) == outcome)
    }
}

extension Result {
    var failureMessage: String? {
        if case .failure(let error) = self { return (error as? InputError)?.message }
        return nil
    }
}
