import Domain
import Foundation

/// The reception log's work against storage; each comes back as a `ReceptionResult`.
public enum ReceptionEffect: Equatable, Sendable {
    /// The records of `day` (today's list).
    case today(LocalDate)
    /// Records a consultation received by `user`.
    case save(ReceptionDraft, user: Person)
    /// Records the resident's signature on the paper log.
    case sign(id: Int64, user: Person)
    /// Records the reply to a 待回复 matter and the resident's satisfaction.
    case reply(id: Int64, text: String, satisfaction: Satisfaction, user: Person)
    /// Corrects a record with the whole new content and a reason.
    case amend(id: Int64, content: ReceptionDraft, reason: String, user: Person)
    /// A page of the records waiting for a reply from `offset`, with the list's counts on `today`:
    /// `limit` nil for one page, at least `limit` records (to read again what was shown), -1 for all.
    case followUps(today: LocalDate, offset: Int, limit: Int?)
    /// The history search.
    case search(ReceptionQuery)
    /// The records that linked a policy item.
    case usage(PolicyItem)
    /// The online replies (线上反馈), newest first.
    case onlineReplies
    /// Records a platform question (and its answer) entered by `user`.
    case addOnline(OnlineReplyDraft, user: Person)
    /// The platform questions still waiting for an answer, the longest waiting first.
    case onlineWaiting
    /// Answers question `id` later: the answer, the answerer by name (an active person), when,
    /// and the resident's satisfaction; entered by `user`. The list that comes back is the waiting
    /// one when `waitingOnly`.
    case answerOnline(id: Int64, answer: String, answerer: String, at: Date, satisfied: Bool?, user: Person, waitingOnly: Bool)
}

/// What came back for a `ReceptionEffect`.
public enum ReceptionResult: Equatable, Sendable {
    case today([ReceptionRecord])
    /// A record was added or changed, as it now reads.
    case saved(ReceptionRecord, ReceptionChange)
    case followUps(FollowUpPage)
    case found([ReceptionRecord])
    case usage(PolicyItem, [ReceptionRecord])
    case online([OnlineReply])
    /// An online reply was recorded; the list as it now reads.
    case onlineSaved(OnlineReply, [OnlineReply])
}

/// What was done to a record that came back saved.
public enum ReceptionChange: Equatable, Sendable {
    case added, signed, replied, amended
    /// Signed when the worker's card of the record's month was already signed (签名后新增).
    case signedAfterCard
}
