import Foundation

/// A platform question waiting for its answer (线上反馈): the answer given later, and the list of
/// questions still waiting, oldest first, each with how long it has waited.
public enum OnlineReplyWaiting {
    /// The questions of `replies` not yet answered, the longest waiting first.
    public static func waiting(_ replies: [OnlineReply]) -> [OnlineReply] {
        replies.filter { !$0.content.isFullyAnswered }.sorted { ($0.content.receivedAt, $0.id) < ($1.content.receivedAt, $1.id) }
    }

    /// "3 天 2 小时", "5 小时", "40 分钟": how long a question received at `received` has waited by `now`.
    public static func waited(since received: Date, now: Date) -> String {
        let minutes = max(0, Int(now.timeIntervalSince(received) / 60))
        let (days, hours) = (minutes / 1_440, minutes % 1_440 / 60)
        if days > 0 { return hours > 0 ? "\(days) 天 \(hours) 小时" : "\(days) 天" }
        return hours > 0 ? "\(hours) 小时" : "\(minutes) 分钟"
    }
}

/// The answer to a platform question given after it was recorded: what was said, by whom, when,
/// and whether the resident was satisfied (nil while they have not said).
public struct OnlineReplyAnswer: Sendable, Equatable {
    public var answer: String
    public var answererID: Int64
    public var answeredAt: Date
    public var satisfied: Bool?

    public init(answer: String, answererID: Int64, answeredAt: Date, satisfied: Bool?) {
        self.answer = answer
        self.answererID = answererID
        self.answeredAt = answeredAt
        self.satisfied = satisfied
    }

    /// The question `draft` with this answer, checked whole; refused when it was answered before
    /// (an answer is never edited in place) or the answer is empty or earlier than the question.
    public func applied(to draft: OnlineReplyDraft) -> Result<OnlineReplyDraft, InputError> {
        guard !draft.isFullyAnswered else { return .failure(InputError("该问询已答复，答复内容不得修改")) }
        guard !answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .failure(InputError("答复内容不能为空")) }
        var d = draft
        d.answer = answer
        d.answererID = answererID
        d.answeredAt = answeredAt
        d.satisfied = satisfied
        return d.validated()
    }
}
