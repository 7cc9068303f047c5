import Foundation
import Testing
@testable import Domain

/// A platform question waits until answered: the waiting list, oldest first, the time waited,
/// and the answer given later, checked whole.
@Suite struct OnlineReplyQueueTests {
    let received = Date(timeIntervalSince1970: 1_795_000_000)

    func reply(_ id: Int64, minutesAgo: Double, answered: Bool = false) -> OnlineReply {
        OnlineReply(id: id, content: OnlineReplyDraft(receivedAt: received.addingTimeInterval(-minutesAgo * 60), channel: "云平台",
                                                      question: "问题\(id)", answer: answered ? "答" : "", answererID: answered ? 1 : nil,
                                                      answeredAt: answered ? received : nil))
    }

    @Test func theWaitingListIsOldestFirstWithoutTheAnswered() {
        let list = [reply(1, minutesAgo: 10), reply(2, minutesAgo: 300), reply(3, minutesAgo: 5_000, answered: true)]
        #expect(OnlineReplyWaiting.waiting(list).map(\.id) == [2, 1])
    }

    @Test(arguments: [(0.0, "0 分钟"), (59, "59 分钟"), (60, "1 小时"), (150, "2 小时"), (1_440, "1 天"), (4_440, "3 天 2 小时")])
    func theTimeWaited(minutes: Double, text: String) {
        #expect(OnlineReplyWaiting.waited(since: received, now: received.addingTimeInterval(minutes * 60)) == text)
    }

    @Test func anAnswerIsCheckedWholeAndOnlyOnce() {
        let question = reply(1, minutesAgo: 60).content
        let good = OnlineReplyAnswer(answer: "十点关门", answererID: 2, answeredAt: received, satisfied: true)
        let applied = try? good.applied(to: question).get()
        #expect(applied?.isFullyAnswered == true && applied?.satisfied == true && applied?.question == question.question)
        func message(_ a: OnlineReplyAnswer, _ d: OnlineReplyDraft) -> String? {
            if case .failure(let e) = a.applied(to: d) { return e.message } else { return nil }
        }
        #expect(message(OnlineReplyAnswer(answer: " ", answererID: 2, answeredAt: received, satisfied: nil), question) == "答复内容不能为空")
        #expect(message(OnlineReplyAnswer(answer: "x", answererID: 2, answeredAt: received.addingTimeInterval(-7_200), satisfied: nil), question)
                == "答复时间早于收到时间")
        #expect(message(good, applied ?? question) == "该问询已答复，答复内容不得修改")
    }
}
