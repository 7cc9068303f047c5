import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// A platform question recorded without its answer waits on the 待答复 list (o on 线上反馈), oldest
/// first with how long it has waited; r answers it (the logged-in worker by default), and an
/// answered one is not edited again.
@Suite struct OnlineReplyWaitingTests {
    var state = Fixtures.mainState()
    var reception: ReceptionState { state.main!.reception }

    static func waiting(_ id: Int64, hoursAgo: Double, _ question: String) -> OnlineReply {
        OnlineReply(id: id, content: OnlineReplyDraft(receivedAt: Fixtures.now.addingTimeInterval(-hoursAgo * 3600), channel: "云平台",
                                                      question: question), enteredByName: "王秀兰")
    }

    static let queue = [waiting(4, hoursAgo: 74, "电梯什么时候修好？"), waiting(7, hoursAgo: 5, "停车位怎么申请？")]

    mutating func openWaiting() {
        #expect(Fixtures.send([.ctrl("o")], to: &state) == [.reception(.onlineReplies)])
        #expect(Fixtures.send([.char("o")], to: &state) == [.reception(.onlineWaiting)])
        _ = AppUpdate.update(&state, .reception(.online(Self.queue)))
    }

    @Test("o on the 线上反馈 list shows the questions waiting, oldest first, with how long each has waited")
    mutating func theWaitingList() {
        openWaiting()
        #expect(reception.replies.waitingOnly && reception.screen == .online)
        let screen = Fixtures.screenText(state)
        #expect(screen.contains("待答复的线上问询（等得最久的在前）· 2 条"))
        #expect(screen.contains("3 天 2 小时") && screen.contains("5 小时"))
        Golden.assert(Fixtures.render(state), named: "reception-online-waiting")
        #expect(Fixtures.send([.char("o")], to: &state) == [.reception(.onlineReplies)])
        #expect(!reception.replies.waitingOnly)
    }

    @Test("r answers the chosen question: the user answers by default, now unless typed; the list comes back without it")
    mutating func answerOne() {
        openWaiting()
        Fixtures.send([.char("r")], to: &state)
        guard case .answer(let chosen)? = reception.editor?.mode else { Issue.record("no answer form"); return }
        #expect(chosen.id == 4 && reception.editor?.form["answerer"].text == "王秀兰")
        Fixtures.type("正在报修，预计下周一修好", into: &state)
        Golden.assert(Fixtures.render(state), named: "reception-online-answer")
        Fixtures.send([.tab, .tab, .tab, .right], to: &state)
        let effects = Fixtures.send([.enter], to: &state)
        #expect(effects == [.reception(.answerOnline(id: 4, answer: "正在报修，预计下周一修好", answerer: "王秀兰", at: Fixtures.now,
                                                     satisfied: true, user: Fixtures.secretary, waitingOnly: true))])
        var answered = Self.queue[0]
        answered.content.answer = "正在报修，预计下周一修好"
        answered.content.answererID = 1
        answered.content.answeredAt = Fixtures.now
        answered.content.satisfied = true
        answered.answererName = "王秀兰"
        _ = AppUpdate.update(&state, .reception(.onlineSaved(answered, [Self.queue[1]])))
        #expect(reception.screen == .online && reception.editor == nil && reception.replies.items.map(\.id) == [7])
        #expect(state.message?.text == "已答复线上问询第 4 号：已完整解答，居民满意：计 0.5 分（答复人 王秀兰）（附件三 线上反馈）")
    }

    @Test("an empty answer or a time before the question stays in the form; an answered question is not answered again")
    mutating func refusals() {
        openWaiting()
        Fixtures.send([.char("r")], to: &state)
        #expect(Fixtures.send([.enter], to: &state).isEmpty)
        #expect(reception.editor?.form["answer"].error == "答复内容不能为空")
        Fixtures.type("已答复", into: &state)
        Fixtures.send([.tab, .tab], to: &state)
        Fixtures.type("2026-11-01 08:00", into: &state)
        #expect(Fixtures.send([.enter], to: &state).isEmpty)
        #expect(reception.editor?.form["answered"].error == "答复时间早于收到时间")
        Fixtures.send([.escape], to: &state)
        #expect(reception.screen == .online && reception.editor == nil)
        _ = AppUpdate.update(&state, .reception(.online([OnlineRepliesUpdateTests.reply(id: 1, satisfied: true)])))
        #expect(Fixtures.send([.enter], to: &state).isEmpty && reception.editor == nil && state.message == nil)
        #expect(Fixtures.send([.char("r")], to: &state).isEmpty)
        #expect(state.message?.text == "第 1 号问询已答复，答复内容不得修改")
    }
}
