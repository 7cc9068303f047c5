import Domain
import Foundation
import Testing
@testable import Storage

/// The points card through the real migrator: computed items from records entered by the visits
/// and duty code, the secretary's lines checked by the rules, signing and amendments.
@Suite struct PointsStorageTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    let november = Month(year: 2026, month: 11)!
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }

    init() throws { fixture = try DatabaseFixture() }

    /// 2026-11-`day` at `hour`:00 in Shanghai.
    func shanghai(_ day: Int, _ hour: Int, month: Int = 11) -> Date {
        ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: month, day: day)!).addingTimeInterval(TimeInterval(hour * 3600))
    }

    var late: Date { shanghai(30, 22) }
    /// The first morning after November, when its cards can be signed.
    var afterMonth: Date { shanghai(1, 9, month: 12) }

    /// `count` distinct households visited by `worker` through the visits code (one repeat visit too).
    func visit(_ count: Int, by worker: Person) throws {
        for n in 1...count {
            let draft = VisitDraft(at: shanghai(1 + n % 28, 10), residentName: "张阿姨", room: "\(n)号楼101室",
                                   members: "独居", reason: "日常走访", kind: .general)
            _ = try db.addVisit(draft, by: worker.id, at: late, addHousehold: true)
        }
        let again = VisitDraft(at: shanghai(29, 10), residentName: "张阿姨", room: "1号楼101室", members: "", reason: "回访", kind: .general)
        _ = try db.addVisit(again, by: worker.id, at: late, addHousehold: false)
    }

    func line(_ card: PointsCard, _ item: PointsItem) -> PointsScorer.ScoredLine? {
        CardTotal.of(card, rules: rules).lines.first { $0.line.item == item }
    }

    func card(_ worker: Person) throws -> PointsCard {
        try db.pointsCard(worker: worker.id, month: november, now: late, rules: rules)
    }

    // MARK: - Computed items

    @Test(arguments: [(29, 95), (30, 100), (31, 103)])
    func visitsScoreByTheQuota(households: Int, tenths: Int) throws {
        let worker = try db.addWorker("李明", by: admin)
        try visit(households, by: worker)
        let scored = try #require(line(try card(worker), .visits))
        #expect(scored.line.claim == .households(households))
        #expect(scored.points == tenths)
        #expect(scored.verdict.message.contains("走访 \(households) 户"))
    }

    @Test("首问接待 counts only the month's records the resident signed; 线上反馈 only satisfied complete answers")
    func receptionCountsSignedRecords() throws {
        let worker = try db.addWorker("李明", by: admin)
        for (day, signed) in [(3, true), (4, true), (5, false)] {
            let draft = ReceptionDraft(at: shanghai(day, 9), residentName: "张阿姨", room: "12号楼301室",
                                       category: "社会救助", question: "低保怎么申请")
            let record = try db.addReception(draft, by: worker.id, at: shanghai(day, 9))
            if signed { _ = try db.signReception(record.id, by: worker.id, at: shanghai(day, 10)) }
        }
        let october = ReceptionDraft(at: shanghai(30, 9, month: 10), residentName: "王伯", room: "1号楼101室",
                                     category: "社会救助", question: "上月的事")
        _ = try db.signReception(try db.addReception(october, by: worker.id, at: shanghai(30, 9, month: 10)).id,
                                 by: worker.id, at: shanghai(30, 10, month: 10))
        let total = CardTotal.of(try card(worker), rules: rules)
        let reception = try #require(total.lines.first { $0.line.item == .reception })
        #expect(reception.line.claim == .count(2))
        #expect(reception.points == 4)
        #expect(reception.line.evidence == "《首问接待记录册》办结并经居民签字 2/3 条")
        for satisfied in [true, false] {
            let reply = OnlineReplyDraft(receivedAt: shanghai(6, 9), channel: "社区治理云平台", question: "垃圾分类时间？",
                                         answer: "每天 7–9 点、18–20 点", answererID: worker.id, answeredAt: shanghai(6, 11),
                                         satisfied: satisfied)
            _ = try db.addOnlineReply(reply, by: worker.id, at: shanghai(6, 11))
        }
        let withReplies = CardTotal.of(try card(worker), rules: rules)
        let replies = try #require(withReplies.lines.first { $0.line.item == .onlineReply })
        #expect(replies.line.claim == .count(1))
        #expect(replies.points == 5)
        #expect(replies.line.evidence == "“社区治理云平台”线上反馈：满意答复 1 条")
        #expect(total.lines.map(\.line.item) == [.reception, .onlineReply, .visits, .duty])
    }

    @Test("首问接待 counts a signed record only once the consultation is completed: not 转办, 预约 or an unanswered 待回复")
    func receptionCountsOnlyCompletedRecords() throws {
        let worker = try db.addWorker("李明", by: admin)
        var waiting: Int64 = 0
        for (day, outcome) in [(3, ReceptionOutcome.referred), (4, .appointment), (5, .awaitingReply), (6, .done)] {
            let draft = ReceptionDraft(at: shanghai(day, 9), residentName: "张阿姨", room: "12号楼301室", category: "社会救助",
                                       question: "低保怎么申请", outcome: outcome, department: outcome == .referred ? "受理中心" : "",
                                       replyDue: outcome == .awaitingReply ? LocalDate(iso: "2026-11-10") : nil)
            let record = try db.addReception(draft, by: worker.id, at: shanghai(day, 9))
            _ = try db.signReception(record.id, by: worker.id, at: shanghai(day, 10))
            if outcome == .awaitingReply { waiting = record.id }
        }
        let before = try #require(CardTotal.of(try card(worker), rules: rules).lines.first { $0.line.item == .reception })
        #expect(before.line.claim == .count(1))
        #expect(before.line.evidence == "《首问接待记录册》办结并经居民签字 1/4 条")
        _ = try db.replyReception(waiting, text: "可以申请", satisfaction: .satisfied, by: worker.id, at: shanghai(7, 9))
        let after = try #require(CardTotal.of(try card(worker), rules: rules).lines.first { $0.line.item == .reception })
        #expect(after.line.claim == .count(2))
    }

    @Test func aLateShiftIsNotCounted() throws {
        let worker = try db.addWorker("李明", by: admin)
        let span = { (text: String) in try! TimeSpan.parse(text).get() }
        var shifts: [Shift] = []
        for day in ["2026-11-10", "2026-11-17"] {
            shifts.append(try db.addShift(ShiftDraft(date: LocalDate(iso: day)!, span: span("17:00-20:00"), kind: .weekdayEvening,
                                                     workers: [worker.id]), rules: rules, by: admin.id, at: Fixture.start))
        }
        _ = try db.signDuty(person: worker.id, now: shifts[0].startInstant.addingTimeInterval(5 * 60), rules: rules)
        _ = try db.signDuty(person: worker.id, now: shifts[0].endInstant, rules: rules)
        _ = try db.signDuty(person: worker.id, now: shifts[1].startInstant.addingTimeInterval(40 * 60), rules: rules)
        _ = try db.signDuty(person: worker.id, now: shifts[1].endInstant, rules: rules)
        let scored = try #require(line(try card(worker), .duty))
        #expect(scored.line.claim == .count(1))
        #expect(scored.points == 5)
        #expect(scored.line.evidence == "《值班签到表》按时 1/2 次")
    }

    // MARK: - The secretary's lines

    @Test func aDeductionOutsideItsRangeIsRefusedAndNothingIsSaved() throws {
        let worker = try db.addWorker("李明", by: admin)
        let outside = PointsLine(.complaint, .deduction(-60), evidence: "", meetingRecord: "2026-11-20 班子会议记录")
        #expect(storageErrorKind { try db.addPointsLine(outside, worker: worker.id, month: november, by: admin.id, at: late, rules: rules) } == .invalidInput)
        let noRecord = PointsLine(.complaint, .deduction(-30), evidence: "")
        #expect(storageErrorKind { try db.addPointsLine(noRecord, worker: worker.id, month: november, by: admin.id, at: late, rules: rules) } == .invalidInput)
        #expect(try db.rawInt("SELECT count(*) FROM points_entry") == 0)
        let inside = PointsLine(.complaint, .deduction(-30), evidence: "", meetingRecord: "2026-11-20 班子会议记录")
        try db.addPointsLine(inside, worker: worker.id, month: november, by: admin.id, at: late, rules: rules)
        #expect(line(try card(worker), .complaint)?.points == -30)
        #expect(try db.rawInt("SELECT count(*) FROM audit_log WHERE action = 'points.line.add'") == 1)
    }

    @Test func onlyTheSecretaryEntersAndComputedItemsAreNeverTyped() throws {
        let worker = try db.addWorker("李明", by: admin)
        let training = PointsLine(.training, .count(2), evidence: "区社工培训通知")
        #expect(storageErrorKind { try db.addPointsLine(training, worker: worker.id, month: november, by: worker.id, at: late, rules: rules) } == .notPermitted)
        let typedVisits = PointsLine(.visits, .households(40), evidence: "手填")
        #expect(storageErrorKind { try db.addPointsLine(typedVisits, worker: worker.id, month: november, by: admin.id, at: late, rules: rules) } == .invalidInput)
    }

    @Test func aBreachZeroesTheMonth() throws {
        let worker = try db.addWorker("李明", by: admin)
        try visit(30, by: worker)
        try db.addPointsLine(PointsLine(.training, .count(2), evidence: "区社工培训通知"), worker: worker.id, month: november,
                             by: admin.id, at: late, rules: rules)
        #expect(CardTotal.of(try card(worker), rules: rules).total == 110)
        try db.addPointsLine(PointsLine(.breach, .breach, evidence: "", meetingRecord: "2026-11-25 班子会议记录"), worker: worker.id,
                             month: november, by: admin.id, at: late, rules: rules)
        let total = CardTotal.of(try card(worker), rules: rules)
        #expect(total.zeroed && total.sum == 110 && total.total == 0)
        #expect(total.explanation.last?.contains("当月积分清零") == true)
    }

    // MARK: - Signature and amendments

    @Test func aSignedCardIsFinalAndAnAmendmentKeepsTheOriginal() throws {
        let worker = try db.addWorker("李明", by: admin)
        try visit(30, by: worker)
        #expect(storageErrorKind { try db.signPointsCard(worker: worker.id, month: november, by: worker.id, at: afterMonth, rules: rules) } == .notPermitted)
        let signed = try db.signPointsCard(worker: worker.id, month: november, by: admin.id, at: afterMonth, rules: rules)
        #expect(signed.signature?.name == "王书记")
        // A visit recorded later does not change what was signed.
        _ = try db.addVisit(VisitDraft(at: shanghai(30, 11), residentName: "陈伯", room: "99号楼101室", members: "", reason: "走访", kind: .general),
                            by: worker.id, at: afterMonth, addHousehold: true)
        #expect(line(try card(worker), .visits)?.line.claim == .households(30))
        let training = PointsLine(.training, .count(1), evidence: "区社工培训通知")
        #expect(storageErrorKind { try db.addPointsLine(training, worker: worker.id, month: november, by: admin.id, at: afterMonth, rules: rules) } == .notPermitted)
        #expect(storageErrorKind { try db.amendPointsCard(worker: worker.id, month: november, lines: signed.lines + [training], reason: " ",
                                                          by: admin.id, at: afterMonth, rules: rules) } == .invalidInput)
        try db.amendPointsCard(worker: worker.id, month: november, lines: signed.lines + [training], reason: "漏记 11 月培训",
                               by: admin.id, at: afterMonth, rules: rules)
        let reread = try card(worker)
        let total = CardTotal.of(reread, rules: rules)
        #expect(reread.lines == signed.lines && reread.amendments.count == 1)
        #expect(total.signedTotal == 100 && total.total == 105 && total.isAmended)
        #expect(total.explanation.last == "2026-12-01 王书记 更正，理由：漏记 11 月培训；更正后合计 10.5 分（签名时 10.0 分）")
        #expect(try db.rawInt("SELECT count(*) FROM audit_log WHERE action IN ('points.sign', 'points.amend')") == 2)
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE points_signature SET signer_name = '某人'") }
        #expect(throws: (any Error).self) { try db.rawWrite("DELETE FROM points_amendment") }
    }

    @Test func aMonthIsSignedForEveryWorkerAndEarlierUnsignedMonthsAreListed() throws {
        let worker = try db.addWorker("李明", by: admin)
        try visit(3, by: worker)
        let december = november.next
        #expect(try db.unsignedPointsMonths(before: december).map { "\($0.worker.name) \($0.month)" } == ["李明 2026-11", "王书记 2026-11"])
        let cards = try db.signPointsMonth(november, by: admin.id, at: afterMonth, rules: rules)
        #expect(cards.count == 2)
        #expect(try db.unsignedPointsMonths(before: december).isEmpty)
        #expect(storageErrorKind { try db.signPointsCard(worker: worker.id, month: december, by: admin.id, at: afterMonth, rules: rules) } == .invalidInput)
    }

    /// 按月填写 (积分规则说明 1): a month is signed once it has ended (本程序的做法), by one card or all
    /// at once; on its last evening both are refused and nothing is written.
    @Test func aMonthIsNotSignedBeforeItHasEnded() throws {
        let worker = try db.addWorker("李明", by: admin)
        try visit(3, by: worker)
        let audited = try db.rawInt("SELECT count(*) FROM audit_log")
        let signs: [() throws -> Void] = [{ _ = try db.signPointsCard(worker: worker.id, month: november, by: admin.id, at: late, rules: rules) },
                                          { _ = try db.signPointsMonth(november, by: admin.id, at: late, rules: rules) }]
        for sign in signs {
            let error = #expect(throws: StorageError.self) { try sign() }
            #expect(error?.kind == .invalidInput)
            #expect(error?.message.hasPrefix("2026年11月尚未结束，2026-12-01 起才能签名") == true)
        }
        #expect(try db.rawInt("SELECT count(*) FROM points_signature") == 0)
        #expect(try db.rawInt("SELECT count(*) FROM audit_log") == audited)
    }
}
