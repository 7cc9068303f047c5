import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Found in the walk through issue #4: a 待回复 record whose reply is recorded reads 已答复 in the
/// lists (today, history, a policy's records), and the follow-up list says how to close one.
@Suite struct ReceptionListMarksTests {
    static func record(id: Int64, replied: Bool) -> ReceptionRecord {
        let draft = ReceptionDraft(at: Fixtures.now.addingTimeInterval(-3_600), residentName: "张桂英", room: "12号楼301室",
                                   category: "社会救助", question: "低保怎么申请", outcome: .awaitingReply,
                                   replyDue: LocalDate(iso: "2026-12-02"))
        return ReceptionRecord(id: id, workerID: 1, workerName: "王秀兰", original: draft,
                               reply: replied ? ReceptionReply(at: Fixtures.now, byName: "王秀兰", text: "已递交", satisfaction: .satisfied) : nil)
    }

    @Test func aRepliedRecordReadsAnsweredInTodaysList() {
        var state = Fixtures.mainState()
        Fixtures.send([.ctrl("t")], to: &state)
        _ = AppUpdate.update(&state, .reception(.today([Self.record(id: 2, replied: true), Self.record(id: 1, replied: false)])))
        let rows = Fixtures.screenText(state).split(separator: "\n").filter { $0.contains("低保怎么申请") }
        #expect(rows.count == 2)
        #expect(rows[0].contains("已答复") && !rows[0].contains("待回复"))
        #expect(rows[1].contains("待回复"))
    }

    @Test func theFollowUpListSaysHowToCloseOne() {
        var state = Fixtures.mainState()
        Fixtures.send([.ctrl("f")], to: &state)
        _ = AppUpdate.update(&state, .reception(.followUps(FollowUpPage(records: [Self.record(id: 1, replied: false)], offset: 0, total: 1, overdue: 0))))
        #expect(Fixtures.screenText(state).contains("r 答复即办结"))
    }
}
