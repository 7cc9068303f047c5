import Domain
import Foundation
import Testing
@testable import Storage

/// A platform question recorded before it is answered: it waits on the list (oldest first), is
/// answered once later, and only then — answered in full and satisfied — counts on the card.
@Suite struct OnlineReplyAnswerTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }
    let rules = try! RuleSet.bundledPutuo2017()
    let november = Month(year: 2026, month: 11)!

    init() throws { fixture = try DatabaseFixture() }

    static func at(_ day: Int, _ hour: Int) -> Date { ReceptionStorageTests.at("2026-11-\(String(format: "%02d", day))", hour: hour) }

    func question(_ day: Int, _ text: String) throws -> OnlineReply {
        try db.addOnlineReply(OnlineReplyDraft(receivedAt: Self.at(day, 9), channel: "云平台", question: text), by: admin.id,
                              at: Self.at(day, 9))
    }

    func answer(_ worker: Int64, day: Int = 27, satisfied: Bool? = true) -> OnlineReplyAnswer {
        OnlineReplyAnswer(answer: "每日 7:00–9:00", answererID: worker, answeredAt: Self.at(day, 15), satisfied: satisfied)
    }

    func onlinePoints(_ worker: Person) throws -> Int {
        let card = try db.pointsCard(worker: worker.id, month: november, now: Self.at(30, 20), rules: rules)
        return CardTotal.of(card, rules: rules).lines.first { $0.line.item == .onlineReply }?.points ?? -1
    }

    @Test func waitingQuestionsAreListedOldestFirstAndLeaveWhenAnswered() throws {
        let later = try question(26, "电梯什么时候修好？")
        let first = try question(20, "垃圾分类投放时间？")
        #expect(try db.onlineRepliesWaiting().map(\.id) == [first.id, later.id])
        let li = try db.addWorker("李明", by: admin)
        let answered = try db.answerOnlineReply(first.id, answer(li.id), by: admin.id, at: Self.at(27, 16))
        #expect(answered.answererName == "李明" && answered.content.isFullyAnswered && answered.content.satisfied == true)
        #expect(answered.enteredByName == "王书记")
        #expect(try db.onlineRepliesWaiting().map(\.id) == [later.id])
        #expect(try db.onlineReplies().first { $0.id == first.id }?.content.answer == "每日 7:00–9:00")
        #expect(try db.rawString("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "online_reply.answer")
        #expect(try db.verifyAuditChain().isIntact)
    }

    @Test func anAnswerIsGivenOnceAndNeverEditedInPlace() throws {
        let q = try question(20, "垃圾分类投放时间？")
        _ = try db.answerOnlineReply(q.id, answer(admin.id), by: admin.id, at: Self.at(27, 16))
        #expect(storageErrorKind { _ = try db.answerOnlineReply(q.id, answer(admin.id, satisfied: false), by: admin.id, at: Self.at(28, 9)) }
                == .invalidInput)
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE online_reply_answer SET satisfied = 0") }
        #expect(throws: (any Error).self) { try db.rawWrite("DELETE FROM online_reply_answer") }
        let complete = try db.addOnlineReply(OnlineReplyDraft(receivedAt: Self.at(20, 9), channel: "云平台", question: "几点开门？",
                                                              answer: "8 点", answererID: admin.id, answeredAt: Self.at(20, 10),
                                                              satisfied: true), by: admin.id, at: Self.at(20, 10))
        #expect(storageErrorKind { _ = try db.answerOnlineReply(complete.id, answer(admin.id), by: admin.id, at: Self.at(28, 9)) } == .invalidInput)
        // Even around the API, the database keeps a question recorded with its answer from a second one.
        #expect(throws: (any Error).self) {
            try db.rawWrite("INSERT INTO online_reply_answer VALUES (?, 'x', ?, '2026-11-28 01:00:00.000', 1, ?, '2026-11-28 01:00:00.000')",
                            [complete.id, admin.id, admin.id])
        }
    }

    @Test func badAnswersAreRefusedAndChangeNothing() throws {
        let q = try question(20, "垃圾分类投放时间？")
        var early = answer(admin.id)
        early.answeredAt = Self.at(19, 9)
        #expect(storageErrorKind { _ = try db.answerOnlineReply(q.id, early, by: admin.id, at: Self.at(27, 16)) } == .invalidInput)
        var empty = answer(admin.id)
        empty.answer = "  "
        #expect(storageErrorKind { _ = try db.answerOnlineReply(q.id, empty, by: admin.id, at: Self.at(27, 16)) } == .invalidInput)
        #expect(storageErrorKind { _ = try db.answerOnlineReply(999, answer(admin.id), by: admin.id, at: Self.at(27, 16)) } == .notFound)
        #expect(try db.onlineRepliesWaiting().map(\.id) == [q.id])
    }

    @Test("the card counts an answer given later only when the resident was satisfied")
    func theCardReadsLaterAnswers() throws {
        let li = try db.addWorker("李明", by: admin)
        let wang = try db.addWorker("王芳", by: admin)
        let happy = try question(20, "垃圾分类投放时间？")
        let unhappy = try question(21, "电梯什么时候修好？")
        let unrated = try question(22, "停车位怎么申请？")
        _ = try question(23, "还没人答的问题")
        #expect(try onlinePoints(li) == 0)
        _ = try db.answerOnlineReply(happy.id, answer(li.id), by: admin.id, at: Self.at(27, 16))
        _ = try db.answerOnlineReply(unhappy.id, answer(li.id, satisfied: false), by: admin.id, at: Self.at(27, 16))
        _ = try db.answerOnlineReply(unrated.id, answer(wang.id, satisfied: nil), by: admin.id, at: Self.at(27, 16))
        #expect(try onlinePoints(li) == 5)
        #expect(try onlinePoints(wang) == 0)
    }

    @Test("import replies: a row with an empty 答复内容 is a waiting question, answerable later")
    func anImportedWaitingQuestion() throws {
        let csv = """
            收到时间,渠道,问询内容,答复内容,答复人,答复时间,是否满意
            2026-11-20 09:00,云平台,垃圾分类投放时间？,,,,
            2026-11-21 09:00,云平台,几点开门？,8 点,王书记,2026-11-21 10:00,是
            """
        let rows = try OnlineReplyImport.parse(csv).get()
        let imported = try db.importOnlineReplies(rows, by: admin.id, at: Self.at(27, 9), dryRun: false)
        #expect(try db.onlineRepliesWaiting().map(\.id) == [imported[0].id])
        _ = try db.answerOnlineReply(imported[0].id, answer(admin.id), by: admin.id, at: Self.at(27, 16))
        #expect(try db.onlineRepliesWaiting().isEmpty)
        #expect(try onlinePoints(admin) == 10)
    }
}
