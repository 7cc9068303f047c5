import Domain
import Foundation
import ScreenKit

/// The 线上反馈 form of the 首问接待 tab: a question from the community platform, typed in as
/// received, with its answer when there is one. Whoever enters the answer is its 答复人.
extension ReceptionEditor {
    /// An empty question received now on the platform, not yet answered.
    static func online(now: Date) -> ReceptionEditor {
        typealias T = OnlineRepliesView
        return ReceptionEditor(mode: .online, form: FormState([
            FormField(id: "received", label: T.received, value: VisitTime.format(now), maxLength: 16, hint: VisitTime.layout, width: 18),
            FormField(id: "channel", label: T.channel, value: T.defaultChannel, maxLength: 20, hint: T.channelHint, width: 14),
            FormField(id: "question", label: T.question, maxLength: TextField.maxLength, width: 56),
            FormField(id: "answer", label: T.answer, maxLength: TextField.maxLength, width: 56),
            FormField(id: "answered", label: T.answeredAt, maxLength: 16, hint: T.answeredHint, width: 18),
            FormField(id: "satisfied", label: T.satisfied, kind: .choice(T.satisfactionChoices)),
        ]), policy: nil, defaultDue: "")
    }

    /// The answer, given later, to `reply`: its text, the answerer (the logged-in worker unless
    /// another name is typed), when (empty for now) and the resident's satisfaction.
    static func answer(_ reply: OnlineReply, user: String) -> ReceptionEditor {
        typealias T = OnlineRepliesView
        return ReceptionEditor(mode: .answer(reply), form: FormState([
            FormField(id: "answer", label: T.answer, maxLength: TextField.maxLength, width: 56),
            FormField(id: "answerer", label: T.answerer, value: user, maxLength: PersonName.maxLength, hint: T.answererHint, width: 14),
            FormField(id: "answered", label: T.answeredAt, maxLength: 16, hint: T.answerNowHint, width: 18),
            FormField(id: "satisfied", label: T.satisfied, kind: .choice(T.satisfactionChoices)),
        ]), policy: nil, defaultDue: "")
    }

    /// The answer as typed, or nil with the problem beside its field (the question's own checks
    /// — not before it came in — are Domain's `OnlineReplyAnswer.applied`, run again by Storage).
    mutating func onlineAnswer(_ reply: OnlineReply, now: Date) -> (answer: String, answerer: String, at: Date, satisfied: Bool?)? {
        form.clearErrors()
        let text = form["answer"].text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { form.fail("answer", "答复内容不能为空"); return nil }
        let answerer = form["answerer"].text.trimmingCharacters(in: .whitespaces)
        guard !answerer.isEmpty else { form.fail("answerer", "请填写答复人"); return nil }
        let typed = form["answered"].text.trimmingCharacters(in: .whitespaces)
        guard let at = form.check("answered", typed.isEmpty ? .success(now) : VisitTime.parse(typed, now: now)) else { return nil }
        guard at >= reply.content.receivedAt else { form.fail("answered", "答复时间早于收到时间"); return nil }
        let choice = form["satisfied"].selected.first ?? 0
        return (text, answerer, at, choice == 0 ? nil : choice == 1)
    }

    /// The reply as typed, answered by `user` if an answer is given, or nil with the problem beside its field.
    mutating func onlineDraft(now: Date, user: Int64) -> OnlineReplyDraft? {
        form.clearErrors()
        guard let received = form.check("received", VisitTime.parse(form["received"].text, now: now)) else { return nil }
        let answer = form["answer"].text.trimmingCharacters(in: .whitespaces)
        var answeredAt: Date?
        if !answer.isEmpty {
            let typed = form["answered"].text.trimmingCharacters(in: .whitespaces)
            guard let at = form.check("answered", typed.isEmpty ? .success(now) : VisitTime.parse(typed, now: now)) else { return nil }
            answeredAt = at
        }
        let choice = form["satisfied"].selected.first ?? 0
        let draft = OnlineReplyDraft(receivedAt: received, channel: form["channel"].text, question: form["question"].text,
                                     answer: answer, answererID: answer.isEmpty ? nil : user, answeredAt: answeredAt,
                                     satisfied: choice == 0 ? nil : choice == 1)
        switch draft.validated() {
        case .success(let checked): return checked
        case .failure(let error):
            let fields = [("渠道", "channel"), ("答复时间", "answered"), ("满意", "satisfied"), ("答复", "answer")]
            form.fail(fields.first { error.message.contains($0.0) }?.1 ?? "question", error.message)
            return nil
        }
    }
}
