import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The 线上反馈 list on the 首问接待 tab: Ctrl-O shows it, n enters a platform question with its
/// answer (the user is the answerer), and each row says what it earns under the card's rule.
@Suite struct OnlineRepliesUpdateTests {
    var state = Fixtures.mainState()
    var reception: ReceptionState { state.main!.reception }

    static func reply(id: Int64, satisfied: Bool?, answered: Bool = true) -> OnlineReply {
        let content = OnlineReplyDraft(receivedAt: Fixtures.now.addingTimeInterval(-7_200 * Double(id)), channel: "云平台",
                                       question: "垃圾分类投放时间？", answer: answered ? "每日 7:00–9:00" : "",
                                       answererID: answered ? 1 : nil, answeredAt: answered ? Fixtures.now : nil,
                                       satisfied: answered ? satisfied : nil)
        return OnlineReply(id: id, content: content, answererName: answered ? "王秀兰" : "", enteredByName: "王秀兰")
    }

    static let replies = [reply(id: 1, satisfied: true), reply(id: 2, satisfied: false), reply(id: 3, satisfied: nil, answered: false)]

    @Test("Ctrl-O shows the list; the chosen row's verdict and the card's sentence are on screen")
    mutating func theList() {
        #expect(Fixtures.send([.ctrl("o")], to: &state) == [.reception(.onlineReplies)])
        _ = AppUpdate.update(&state, .reception(.online(Self.replies)))
        Golden.assert(Fixtures.render(state), named: "reception-online")
        let screen = Fixtures.screenText(state)
        #expect(screen.contains("已完整解答，居民满意：计 0.5 分"))
        #expect(screen.contains("得到群众满意回复，得0.5分（附件三 线上反馈）"))
        Fixtures.send([.down], to: &state)
        #expect(Fixtures.screenText(state).contains("居民不满意，不计分"))
        Fixtures.send([.escape], to: &state)
        #expect(reception.screen == .search)
    }

    @Test("n on the list opens the form; an answer makes the user its answerer; Enter records it")
    mutating func enterOne() {
        Fixtures.send([.ctrl("o")], to: &state)
        Fixtures.send([.char("n")], to: &state)
        #expect(reception.screen == .form && reception.editor?.mode == .online)
        Golden.assert(Fixtures.render(state), named: "reception-online-form")
        Fixtures.send([.tab, .tab], to: &state)
        Fixtures.type("垃圾分类投放时间？", into: &state)
        Fixtures.send([.tab], to: &state)
        Fixtures.type("每日 7:00–9:00", into: &state)
        Fixtures.send([.tab, .tab, .right], to: &state)
        let effects = Fixtures.send([.enter], to: &state)
        guard case .reception(.addOnline(let draft, let user)) = effects.first else { Issue.record("no add: \(effects)"); return }
        #expect(user == Fixtures.secretary && draft.answererID == 1 && draft.satisfied == true && draft.answeredAt == Fixtures.now)
        #expect(draft.question == "垃圾分类投放时间？" && draft.channel == "云平台")
        _ = AppUpdate.update(&state, .reception(.onlineSaved(Self.replies[0], Self.replies)))
        #expect(reception.screen == .online && reception.editor == nil)
        #expect(Fixtures.screenText(state).contains("已登记线上反馈第 1 号"))
    }

    @Test("a satisfaction without an answer stays in the form with the reason beside it; Esc goes back to the list")
    mutating func refused() {
        Fixtures.send([.ctrl("o"), .char("n"), .tab, .tab], to: &state)
        Fixtures.type("几点开门？", into: &state)
        Fixtures.send([.tab, .tab, .tab, .right], to: &state)
        #expect(Fixtures.send([.enter], to: &state).isEmpty)
        #expect(reception.editor?.form["satisfied"].error == "尚未答复，不能填写是否满意")
        Fixtures.send([.escape], to: &state)
        #expect(reception.screen == .online && reception.editor == nil)
    }
}
