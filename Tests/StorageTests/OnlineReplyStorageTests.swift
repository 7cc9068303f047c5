import Domain
import Foundation
import Testing
@testable import Storage

/// Online replies through the real migrator: written once and audited, read back by month, and
/// scored by the rule set only when answered in full and the resident was satisfied.
@Suite struct OnlineReplyStorageTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }
    let rules = try! RuleBook.bundled().ruleSets.last!

    init() throws { fixture = try DatabaseFixture() }

    static func at(_ iso: String, hour: Int = 10) -> Date { ReceptionStorageTests.at(iso, hour: hour) }

    func draft(on day: String = "2026-11-27", answered: Bool = true, satisfied: Bool? = true) -> OnlineReplyDraft {
        OnlineReplyDraft(receivedAt: Self.at(day, hour: 9), channel: "云平台", question: "垃圾分类投放时间？",
                         answer: answered ? "每日 7:00–9:00、18:00–20:00" : "", answererID: answered ? admin.id : nil,
                         answeredAt: answered ? Self.at(day, hour: 11) : nil, satisfied: answered ? satisfied : nil)
    }

    @Test func aReplyIsReadBackWithItsAnswererAndAudited() throws {
        let r = try db.addOnlineReply(draft(), by: admin.id, at: Self.at("2026-11-27", hour: 12))
        #expect(r.content == draft() && r.answererName == "王书记" && r.enteredByName == "王书记")
        #expect(try db.onlineReplies(in: Month(year: 2026, month: 11)!).map(\.id) == [r.id])
        #expect(try db.onlineReplies(in: Month(year: 2026, month: 12)!).isEmpty)
        #expect(try db.rawString("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "online_reply.add")
        #expect(try db.verifyAuditChain().isIntact)
    }

    @Test func rowsAreAppendOnlyAndAHalfAnswerIsRefused() throws {
        let r = try db.addOnlineReply(draft(), by: admin.id, at: Self.at("2026-11-27", hour: 12))
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE online_reply SET satisfied = 0 WHERE id = ?", [r.id]) }
        #expect(throws: (any Error).self) { try db.rawWrite("DELETE FROM online_reply WHERE id = ?", [r.id]) }
        var half = draft()
        half.answeredAt = nil
        #expect(storageErrorKind { _ = try db.addOnlineReply(half, by: admin.id, at: Self.at("2026-11-27")) } == .invalidInput)
        #expect(try db.onlineReplies().count == 1)
    }

    @Test func onlyAFullySatisfiedAnswerEarnsHalfAPoint() throws {
        let good = try db.addOnlineReply(draft(), by: admin.id, at: Self.at("2026-11-27", hour: 12))
        let unhappy = try db.addOnlineReply(draft(satisfied: false), by: admin.id, at: Self.at("2026-11-27", hour: 12))
        let open = try db.addOnlineReply(draft(answered: false), by: admin.id, at: Self.at("2026-11-27", hour: 12))
        #expect(OnlineReplyPoints.evaluate(good, rules: rules).number("points") == 5)
        #expect(OnlineReplyPoints.evaluate(good, rules: rules).message.contains("计 0.5 分"))
        #expect(OnlineReplyPoints.evaluate(unhappy, rules: rules).number("points") == 0)
        #expect(OnlineReplyPoints.evaluate(open, rules: rules).number("points") == 0)
        let all = try db.onlineReplies()
        #expect(OnlineReplyPoints.count(of: admin.id, in: Month(year: 2026, month: 11)!, replies: all) == 1)
        #expect(OnlineReplyPoints.monthly(of: admin.id, in: Month(year: 2026, month: 11)!, replies: all, rules: rules).message
                == "本月完整解答且群众满意 1 次 × 0.5 = 0.5 分（附件三 线上反馈）")
    }
}
