import Domain
import Foundation
import ScreenKit

/// Draws the 线上反馈 list of the 首问接待 tab at 80×24: the platform questions newest first (or
/// only those waiting for an answer, the longest waiting first, with how long they have waited),
/// the rule's verdict on the chosen one, and the card's sentence with the rule set's points.
enum OnlineRepliesView {
    static func render(_ s: ReceptionState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let rules = context.rules, keys = context.keys(.reception)
        let heading = s.replies.waitingOnly ? waitingTitle(s.replies.items.count) : title(s.replies.items.count)
        buffer.put(heading, x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        guard !s.replies.items.isEmpty else {
            buffer.put(s.replies.waitingOnly ? noneWaiting(keys) : empty(keys), x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .muted)
            renderRule(rules, keys: keys, into: &buffer, x: rect.x, y: rect.maxY - 3, width: rect.width)
            return
        }
        let columns: [TableColumn]
        let rows: [[String]]
        if s.replies.waitingOnly {
            columns = [TableColumn(received, width: 16), TableColumn(channel, width: 8), TableColumn(question, width: rect.width - 44),
                       TableColumn(waited, width: 14)]
            rows = s.replies.items.map { r in
                [VisitTime.format(r.content.receivedAt), r.content.channel, r.content.question,
                 OnlineReplyWaiting.waited(since: r.content.receivedAt, now: context.now)]
            }
        } else {
            columns = [TableColumn(received, width: 16), TableColumn(channel, width: 8), TableColumn(question, width: rect.width - 56),
                       TableColumn(answerer, width: 8), TableColumn(satisfied, width: 8), TableColumn(points, width: 6)]
            rows = s.replies.items.map { r in
                [VisitTime.format(r.content.receivedAt), r.content.channel, r.content.question, r.answererName.isEmpty ? "—" : r.answererName,
                 satisfaction(r.content), rules.map { Points.format(Int(OnlineReplyPoints.evaluate(r, rules: $0).number("points") ?? 0)) } ?? ""]
            }
        }
        TableView.render(columns: columns, rows: rows, state: s.replies.list, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 5))
        if s.replies.waitingOnly, let chosen = s.replies.items[safe: s.replies.list.selected] {
            buffer.put(waitingHint(chosen, keys), x: rect.x, y: rect.maxY - 4, maxWidth: rect.width, role: .messageWarning)
        } else if let rules, let chosen = s.replies.items[safe: s.replies.list.selected] {
            let verdict = OnlineReplyPoints.evaluate(chosen, rules: rules)
            buffer.put(verdict.message, x: rect.x, y: rect.maxY - 4, maxWidth: rect.width,
                       role: verdict.isOK ? .messageOK : .messageWarning)
        }
        renderRule(rules, keys: keys, into: &buffer, x: rect.x, y: rect.maxY - 3, width: rect.width)
    }

    /// The card's sentence (附件三 线上反馈) in two lines, then the list's keys unless under the form.
    static func renderRule(_ rules: RuleSet?, keys: KeyNamer?, into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int) {
        let clause = rules.map { "（\($0.clause(.onlineReply))）" } ?? ""
        for (i, line) in TextWrap.lines(OnlineReplyPoints.standard + clause, width: width).prefix(2).enumerated() {
            buffer.put(line, x: x, y: y + i, maxWidth: width, role: .muted)
        }
        if let keys { buffer.put(keyLine(keys), x: x, y: y + 2, maxWidth: width, role: .muted) }
    }

    static func satisfaction(_ c: OnlineReplyDraft) -> String {
        guard c.isFullyAnswered else { return unanswered }
        return c.satisfied.map { $0 ? "满意" : "不满意" } ?? "未评价"
    }

    // MARK: - Text

    static func title(_ count: Int) -> String { "线上反馈（社区治理云平台问询，新的在前）· \(count) 条" }
    static func empty(_ k: KeyNamer) -> String { "尚无线上反馈记录。按 \(k(.add)) 登记一条平台问询。" }
    static func keyLine(_ k: KeyNamer) -> String {
        "\(k(.add)) 登记问询 · \(k(.reply)) 答复 · \(k(.onlineReplies)) 全部/待答复 · ↑↓ 选择 · \(k(.cancel)) 返回"
    }
    static func waitingTitle(_ count: Int) -> String { "待答复的线上问询（等得最久的在前）· \(count) 条" }
    static func noneWaiting(_ k: KeyNamer) -> String { "没有待答复的线上问询。按 \(k(.onlineReplies)) 看全部，\(k(.add)) 登记一条。" }
    static let waited = "已等待"
    static func waitingHint(_ r: OnlineReply, _ k: KeyNamer) -> String { "\(k(.reply)) 答复第 \(r.id) 号：\(r.content.question)" }
    static let answererHint = "默认为登录人"
    static let answerNowHint = "留空为现在"
    static func answerTitle(_ r: OnlineReply) -> String { "答复线上问询第 \(r.id) 号（\(VisitTime.format(r.content.receivedAt)) 收到）：\(r.content.question)" }
    static func alreadyAnswered(_ r: OnlineReply) -> String { "第 \(r.id) 号问询已答复，答复内容不得修改" }
    static func answered(_ r: OnlineReply, rules: RuleSet?) -> String {
        "已答复线上问询第 \(r.id) 号" + (rules.map { "：" + OnlineReplyPoints.evaluate(r, rules: $0).message } ?? "")
    }
    static let unanswered = "未答复"
    static let received = "收到时间"
    static let channel = "渠道"
    static let question = "问询内容"
    static let answer = "答复内容"
    static let answerer = "答复人"
    static let answeredAt = "答复时间"
    static let satisfied = "是否满意"
    static let points = "计分"
    static let defaultChannel = "云平台"
    static let channelHint = "云平台、移动端"
    static let answeredHint = "留空为现在；未答复则两项都空"
    static let satisfactionChoices = ["未评价", "满意", "不满意"]
    static func formTitle(_ user: String) -> String { "登记线上反馈 · 答复人：\(user)" }
    static func saved(_ r: OnlineReply, rules: RuleSet?) -> String {
        "已登记线上反馈第 \(r.id) 号" + (rules.map { "：" + OnlineReplyPoints.evaluate(r, rules: $0).message } ?? "")
    }
}
