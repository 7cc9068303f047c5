import Domain
import Foundation
import Testing
@testable import Storage

/// The reception log through the real migrator: records are append-only, the signature, the
/// reply and corrections are rows of their own, and the history finds records by their parts.
@Suite struct ReceptionStorageTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }

    init() throws { fixture = try DatabaseFixture() }

    static func at(_ iso: String, hour: Int = 10) -> Date {
        ShanghaiCalendar.startOfDay(LocalDate(iso: iso)!).addingTimeInterval(TimeInterval(hour * 3600))
    }

    static func draft(_ name: String = "张桂英", on day: String = "2026-11-27", outcome: ReceptionOutcome = .awaitingReply,
                      question: String = "低保怎么申请", policy: Int64? = nil) -> ReceptionDraft {
        ReceptionDraft(at: at(day), residentName: name, room: "12号楼301室", phone: "13812341234", category: "社会救助",
                       policyID: policy, policyTitle: policy == nil ? "" : "低保申请", question: question,
                       outcome: outcome, replyDue: outcome == .awaitingReply ? LocalDate(iso: day)!.adding(days: 5) : nil)
    }

    @discardableResult
    func add(_ draft: ReceptionDraft = draft()) throws -> ReceptionRecord {
        try db.addReception(draft, by: admin.id, at: Self.at("2026-11-27", hour: 11))
    }

    @Test func aRecordIsReadBackWithItsWorkerAndAudited() throws {
        let r = try add()
        #expect(r.workerName == "王书记" && r.original == Self.draft() && !r.isSigned && r.awaitsReply)
        #expect(try db.receptions(on: LocalDate(iso: "2026-11-27")!).map(\.id) == [r.id])
        #expect(try db.rawString("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "reception.add")
        #expect(try db.verifyAuditChain().isIntact)
    }

    @Test func theSchemaRefusesAChangeOrADeletionOfARecord() throws {
        let r = try add()
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE reception SET question = 'x' WHERE id = ?", [r.id]) }
        #expect(throws: (any Error).self) { try db.rawWrite("DELETE FROM reception WHERE id = ?", [r.id]) }
        #expect(throws: (any Error).self) {
            try db.rawWrite("INSERT INTO reception (at, day, worker_id, resident_name, category, question, outcome, created_at) "
                            + "VALUES ('x', '2026-11-27', 1, 'a', 'b', 'c', 'awaitingReply', 'x')")
        }
    }

    @Test func aSignatureIsRecordedOnce() throws {
        let r = try add()
        let signed = try db.signReception(r.id, by: admin.id, at: Self.at("2026-11-27", hour: 12))
        #expect(signed.signature?.byName == "王书记")
        #expect(storageErrorKind { _ = try db.signReception(r.id, by: admin.id, at: Self.at("2026-11-27", hour: 12)) } == .invalidInput)
    }

    @Test func aCorrectionKeepsTheOriginalAndNeedsAReason() throws {
        let r = try add()
        _ = try db.signReception(r.id, by: admin.id, at: Self.at("2026-11-27", hour: 12))
        var corrected = r.original
        corrected.question = "低保和临时救助怎么申请"
        #expect(storageErrorKind { _ = try db.amendReception(r.id, content: corrected, reason: " ", by: admin.id, at: Self.at("2026-11-28")) }
            == .invalidInput)
        #expect(storageErrorKind { _ = try db.amendReception(r.id, content: r.original, reason: "无", by: admin.id, at: Self.at("2026-11-28")) }
            == .invalidInput)
        let amended = try db.amendReception(r.id, content: corrected, reason: "漏记临时救助", by: admin.id, at: Self.at("2026-11-28"))
        #expect(amended.original.question == "低保怎么申请" && amended.content.question == "低保和临时救助怎么申请")
        #expect(amended.amendments.map(\.reason) == ["漏记临时救助"] && amended.isSigned)
        #expect(try db.receptions(ReceptionQuery(text: "临时救助")).map(\.id) == [r.id], "found by its corrected text")
    }

    @Test func aReplyClosesAFollowUpAndOnlyAWaitingOne() throws {
        let late = try add(Self.draft("李国强", on: "2026-11-20"))
        let waiting = try add()
        let done = try add(Self.draft("陈伯", outcome: .done))
        #expect(try db.receptionFollowUps().map(\.id) == [late.id, waiting.id], "the older due date first")
        #expect(storageErrorKind { _ = try db.replyReception(done.id, text: "已答复", satisfaction: .satisfied, by: admin.id, at: Self.at("2026-11-28")) }
            == .invalidInput)
        let replied = try db.replyReception(waiting.id, text: "已电话告知所需材料", satisfaction: .fairlySatisfied, by: admin.id,
                                            at: Self.at("2026-11-28"))
        #expect(replied.reply?.satisfaction == .fairlySatisfied && !replied.awaitsReply)
        #expect(try db.receptionFollowUps().map(\.id) == [late.id])
    }

    @Test func theHistoryFindsByNameRoomCategoryTextDatesAndPolicy() throws {
        let a = try add(Self.draft("张桂英", on: "2026-11-02", question: "廉租房申请条件", policy: 7))
        let b = try add(Self.draft("李国强", on: "2026-11-20", outcome: .done, question: "老年综合津贴"))
        #expect(try db.receptions(ReceptionQuery(name: "国强")).map(\.id) == [b.id])
        #expect(try db.receptions(ReceptionQuery(room: "301")).map(\.id) == [b.id, a.id])
        #expect(try db.receptions(ReceptionQuery(text: "津贴")).map(\.id) == [b.id])
        #expect(try db.receptions(ReceptionQuery(category: "救助", through: LocalDate(iso: "2026-11-10"))).map(\.id) == [a.id])
        #expect(try db.receptions(ReceptionQuery(policyID: 7)).map(\.id) == [a.id])
        #expect(try db.receptions(ReceptionQuery(text: "低保申请")).map(\.id) == [a.id], "the linked policy's title is searched")
    }

    @Test func aRefusedDraftWritesNothing() throws {
        var d = Self.draft()
        d.phone = "12a"
        #expect(storageErrorKind { try add(d) } == .invalidInput)
        #expect(try db.rawInt("SELECT count(*) FROM reception") == 0)
    }
}
