import Foundation

/// One question a resident asked on the community platform (“社区治理云平台”, its app included)
/// and the committee's answer, as entered on the 首问接待 tab or imported: 收到时间, 渠道, 问询内容,
/// 答复内容, 答复人, 答复时间, 是否满意.
public struct OnlineReplyDraft: Sendable, Equatable {
    /// 收到时间.
    public var receivedAt: Date
    /// 渠道: where it came in (云平台, 移动端, …).
    public var channel: String
    /// 问询内容.
    public var question: String
    /// 答复内容, "" while unanswered.
    public var answer: String
    /// 答复人: a worker of the committee, nil while unanswered.
    public var answererID: Int64?
    /// 答复时间, nil while unanswered.
    public var answeredAt: Date?
    /// 是否满意: nil while the resident has not said.
    public var satisfied: Bool?

    public init(receivedAt: Date, channel: String, question: String, answer: String = "", answererID: Int64? = nil,
                answeredAt: Date? = nil, satisfied: Bool? = nil) {
        self.receivedAt = receivedAt
        self.channel = channel
        self.question = question
        self.answer = answer
        self.answererID = answererID
        self.answeredAt = answeredAt
        self.satisfied = satisfied
    }

    /// Answered in full: an answer, who gave it and when.
    public var isFullyAnswered: Bool { !answer.isEmpty && answererID != nil && answeredAt != nil }

    /// The draft with its texts trimmed and checked, or the first Chinese reason it is refused:
    /// an answer needs its answerer and time (and the other way round), not before the question came.
    public func validated() -> Result<OnlineReplyDraft, InputError> {
        var d = self
        do throws(InputError) {
            d.channel = try TextField.validate(channel, label: "渠道", required: true, maxLength: 20).get()
            d.question = try TextField.validate(question, label: "问询内容", required: true).get()
            d.answer = try TextField.validate(answer, label: "答复内容", required: false).get()
        } catch { return .failure(error) }
        let parts = [!d.answer.isEmpty, d.answererID != nil, d.answeredAt != nil]
        if parts.contains(true) && parts.contains(false) {
            return .failure(InputError("答复内容、答复人和答复时间须一并填写"))
        }
        if let answeredAt = d.answeredAt, answeredAt < d.receivedAt {
            return .failure(InputError("答复时间早于收到时间"))
        }
        if d.satisfied != nil && d.answer.isEmpty { return .failure(InputError("尚未答复，不能填写是否满意")) }
        return .success(d)
    }
}

/// An online reply as stored, with the answerer's name and who entered it.
public struct OnlineReply: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var content: OnlineReplyDraft
    public var answererName: String
    public var enteredByName: String

    public init(id: Int64, content: OnlineReplyDraft, answererName: String = "", enteredByName: String = "") {
        self.id = id
        self.content = content
        self.answererName = answererName
        self.enteredByName = enteredByName
    }

    /// The Shanghai day the question came in, which decides its month.
    public var date: LocalDate { ShanghaiCalendar.day(of: content.receivedAt) }
}
