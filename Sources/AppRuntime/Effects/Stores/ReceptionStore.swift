import Domain
import Foundation
import Storage

/// What the reception log's effects need of storage: the log, its follow-ups and the online replies.
public protocol ReceptionStore {
    // MARK: - Reading

    func receptions(on day: LocalDate) throws -> [ReceptionRecord]
    func receptions(_ query: ReceptionQuery) throws -> [ReceptionRecord]
    func receptionFollowUps(today: LocalDate, offset: Int, limit: Int) throws -> FollowUpPage
    func onlineReplies(in month: Month?, limit: Int) throws -> [OnlineReply]
    func onlineRepliesWaiting() throws -> [OnlineReply]
    func people(includeInactive: Bool) throws -> [Person]
    func isPointsCardSigned(worker: Int64, month: Month) throws -> Bool

    // MARK: - Writing

    func addReception(_ draft: ReceptionDraft, by worker: Int64, at: Date) throws -> ReceptionRecord
    func signReception(_ id: Int64, by actor: Int64, at: Date) throws -> ReceptionRecord
    func replyReception(_ id: Int64, text: String, satisfaction: Satisfaction, by actor: Int64, at: Date) throws -> ReceptionRecord
    func amendReception(_ id: Int64, content: ReceptionDraft, reason: String, by actor: Int64, at: Date) throws -> ReceptionRecord
    func addOnlineReply(_ draft: OnlineReplyDraft, by actor: Int64, at: Date) throws -> OnlineReply
    func answerOnlineReply(_ id: Int64, _ answer: OnlineReplyAnswer, by actor: Int64, at: Date) throws -> OnlineReply
}

extension AppDatabase: ReceptionStore {}
