import Domain
import Foundation
import Testing
@testable import Storage

/// 签名后新增: records that reach a signed month later are listed on the card (what, when, the
/// points they would add) and never count until the secretary recomputes the item, which is a new
/// amendment pointing at the signed card, with its reason, in the audit log.
@Suite struct PointsLateAdditionTests {
    let fixture: DatabaseFixture
    let rules = try! RuleSet.bundledPutuo2017()
    let november = Month(year: 2026, month: 11)!
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }

    init() throws { fixture = try DatabaseFixture() }

    func shanghai(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: month, day: day)!).addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    /// 李明 with one signed reception of November 3 and one of November 28 the resident signs only
    /// on December 3, after the card was signed on December 1.
    func cardSignedBeforeTheResident() throws -> (Person, PointsCard, Int64) {
        let li = try db.addWorker("李明", by: admin)
        for day in [3, 28] {
            let draft = ReceptionDraft(at: shanghai(11, day, 9), residentName: "张阿姨", room: "12号楼301室",
                                       category: "社会救助", question: "低保怎么申请")
            let record = try db.addReception(draft, by: li.id, at: shanghai(11, day, 9))
            if day == 3 { _ = try db.signReception(record.id, by: li.id, at: shanghai(11, day, 10)) }
        }
        let signed = try db.signPointsCard(worker: li.id, month: november, by: admin.id, at: shanghai(12, 1, 9), rules: rules)
        let late = try #require(try db.rawInt("SELECT max(id) FROM reception"))
        _ = try db.signReception(Int64(late), by: li.id, at: shanghai(12, 3, 14, 20))
        return (li, signed, Int64(late))
    }

    func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let error as StorageError { return error.message } catch { return "\(error)" }
    }

    /// The line the confirmation shows the secretary for 李明's receptions now.
    func shown(_ li: Person, at: Date? = nil) throws -> PointsLine {
        let read = try db.pointsCardWithRecords(worker: li.id, month: november, now: at ?? shanghai(12, 4, 9), rules: rules)
        return try #require(read.late.first { $0.item == .reception }).recomputed
    }

    /// One more reception of November 29 for 李明, signed by the resident at `signed`.
    func receptionSigned(_ li: Person, at signed: Date) throws -> Int64 {
        let draft = ReceptionDraft(at: shanghai(11, 29, 9), residentName: "张阿姨", room: "12号楼301室",
                                   category: "社会救助", question: "低保怎么申请")
        let record = try db.addReception(draft, by: li.id, at: shanghai(11, 29, 9))
        _ = try db.signReception(record.id, by: li.id, at: signed)
        return record.id
    }

    @Test func aRecordArrivingBetweenTheDialogAndTheSaveIsRefusedAndNothingWritten() throws {
        let (li, _, _) = try cardSignedBeforeTheResident()
        let dialog = try shown(li)   // what the confirmation shows: 2 receptions
        _ = try receptionSigned(li, at: shanghai(12, 4, 9, 30))   // arrives before the secretary says yes
        let audit = try db.rawInt("SELECT count(*) FROM audit_log")
        let message = refusal {
            try db.recomputePointsItem(as: dialog, worker: li.id, month: november, reason: "补签", by: admin.id,
                                       at: shanghai(12, 4, 10), rules: rules)
        }
        #expect(message?.contains("确认时为 2 次 0.4 分，现为 3 次 0.6 分") == true && message?.contains("未重算") == true)
        #expect(try db.rawInt("SELECT count(*) FROM points_amendment") == 0)
        #expect(try db.rawInt("SELECT count(*) FROM audit_log") == audit)
        // Asked again with what the records now prove, it goes through.
        let card = try db.recomputePointsItem(as: try shown(li, at: shanghai(12, 4, 10)), worker: li.id, month: november,
                                              reason: "补签", by: admin.id, at: shanghai(12, 4, 10), rules: rules)
        #expect(CardTotal.of(card, rules: rules).total == 6)
    }

    @Test func aSecondRecomputationListsOnlyWhatItNewlyTakesIn() throws {
        let (li, _, first) = try cardSignedBeforeTheResident()
        try db.recomputePointsItem(as: try shown(li), worker: li.id, month: november, reason: "补签一",
                                   by: admin.id, at: shanghai(12, 4, 10), rules: rules)
        let second = try receptionSigned(li, at: shanghai(12, 5, 9))
        let read = try db.pointsCardWithRecords(worker: li.id, month: november, now: shanghai(12, 6, 9), rules: rules)
        let late = try #require(read.late.first)
        #expect(late.records.map(\.recordID) == [second])   // the dialog lists only the new one
        #expect(LateAddition.recordIDs(.reception, in: read.late) == [second])
        try db.recomputePointsItem(as: late.recomputed, worker: li.id, month: november, reason: "补签二",
                                   by: admin.id, at: shanghai(12, 6, 9), rules: rules)
        let audit = try #require(try db.rawString("SELECT detail FROM audit_log WHERE action = 'points.amend' ORDER BY id DESC LIMIT 1"))
        #expect(audit.contains("第 \(second) 号接待记录"))
        #expect(!audit.contains("第 \(first) 号接待记录"))
    }

    @Test func aRecordSignedAfterTheCardIsListedAndDoesNotCount() throws {
        let (li, signed, id) = try cardSignedBeforeTheResident()
        let read = try db.pointsCardWithRecords(worker: li.id, month: november, now: shanghai(12, 4, 9), rules: rules)
        #expect(read.card == signed)   // the signed card is not changed by the late record
        #expect(CardTotal.of(read.card, rules: rules).total == 2)
        let late = try #require(read.late.first)
        #expect(read.late.count == 1 && late.item == .reception && late.pointsAdded == 2)
        #expect(late.inForce?.claim == .count(1) && late.recomputed.claim == .count(2))
        #expect(late.records.map(\.sentence) == ["第 \(id) 号接待记录（11-28）居民签字 12-03 14:20"])
        #expect(LateAddition.recordIDs(.reception, in: read.late) == [id])
        #expect(late.summary(rules: rules) == "首问接待 1 次 0.2 分 → 2 次 0.4 分，+0.2 分")
    }

    @Test func recomputingTakesTheLateRecordInAsANewAmendment() throws {
        let (li, signed, id) = try cardSignedBeforeTheResident()
        let at = shanghai(12, 4, 10)
        let line = try shown(li)
        let card = try db.recomputePointsItem(as: line, worker: li.id, month: november, reason: "居民12月3日补签",
                                              by: admin.id, at: at, rules: rules)
        #expect(card.lines == signed.lines && card.signature == signed.signature)
        let amendment = try #require(card.amendments.last)
        #expect(amendment.recomputed && amendment.change == .change && amendment.reason == "居民12月3日补签")
        let total = CardTotal.of(card, rules: rules)
        #expect(total.signedTotal == 2 && total.total == 4)
        #expect(total.lineChanges.map(\.sentence) == ["2026-12-04 王书记 重算 首问接待：原 1 次 0.2 分 → 2 次 0.4 分（理由：居民12月3日补签）"])
        let reread = try db.pointsCardWithRecords(worker: li.id, month: november, now: at, rules: rules)
        #expect(reread.card == card && reread.late.isEmpty)
        #expect(try db.rawInt("SELECT recomputed FROM points_amendment") == 1)
        let audit = try #require(try db.rawString("SELECT detail FROM audit_log WHERE action = 'points.amend'"))
        #expect(audit.contains("第 \(id) 号接待记录（11-28）居民签字") && audit.contains("\"after\":\"0.4\""))
        #expect(try db.auditCoverageProblems() == [])
        // Nothing new since: a second recomputation is refused, and nothing is written.
        #expect(storageErrorKind {
            try db.recomputePointsItem(as: line, worker: li.id, month: november, reason: "再算", by: admin.id, at: at, rules: rules)
        } == .invalidInput)
        #expect(try db.rawInt("SELECT count(*) FROM points_amendment") == 1)
    }

    @Test func onlyTheSecretaryRecomputesAndOnlyComputedItemsWithAReason() throws {
        let (li, _, _) = try cardSignedBeforeTheResident()
        let at = shanghai(12, 4, 10)
        #expect(storageErrorKind {
            try db.recomputePointsItem(as: try shown(li), worker: li.id, month: november, reason: "补签", by: li.id, at: at, rules: rules)
        } == .notPermitted)
        #expect(storageErrorKind {
            try db.recomputePointsItem(as: try shown(li), worker: li.id, month: november, reason: "  ", by: admin.id, at: at, rules: rules)
        } == .invalidInput)
        #expect(storageErrorKind {
            try db.recomputePointsItem(as: PointsLine(.training, .count(1), evidence: "培训"), worker: li.id, month: november, reason: "补", by: admin.id, at: at, rules: rules)
        } == .invalidInput)
        #expect(try db.rawInt("SELECT count(*) FROM points_amendment") == 0)
    }

    @Test func anUnsignedCardHasNoLateAdditions() throws {
        let li = try db.addWorker("李明", by: admin)
        let draft = ReceptionDraft(at: shanghai(11, 28, 9), residentName: "张阿姨", room: "12号楼301室", category: "社会救助", question: "问")
        _ = try db.signReception(try db.addReception(draft, by: li.id, at: shanghai(11, 28, 9)).id, by: li.id, at: shanghai(12, 3, 9))
        let read = try db.pointsCardWithRecords(worker: li.id, month: november, now: shanghai(12, 4, 9), rules: rules)
        #expect(read.late.isEmpty && CardTotal.of(read.card, rules: rules).total == 2)
    }
}
