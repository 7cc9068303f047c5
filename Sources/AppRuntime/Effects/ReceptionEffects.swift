import AppCore
import Domain
import Foundation
import Storage

/// Runs the reception log's effects against a `ReceptionStore` and hands back what the tab shows.
struct ReceptionEffects {
    let store: any ReceptionStore
    let now: Date

    /// How many online replies the list reads, newest first (本程序取值).
    static let repliesShown = 500

    func run(_ effect: ReceptionEffect) throws -> ReceptionResult {
        switch effect {
        case .today(let day): return .today(try store.receptions(on: day))
        case .save(let draft, let user): return .saved(try store.addReception(draft, by: user.id, at: now), .added)
        case .sign(let id, let user):
            let record = try store.signReception(id, by: user.id, at: now)
            let late = try store.isPointsCardSigned(worker: record.workerID, month: record.content.date.calendarMonth)
            return .saved(record, late ? .signedAfterCard : .signed)
        case .reply(let id, let text, let satisfaction, let user):
            return .saved(try store.replyReception(id, text: text, satisfaction: satisfaction, by: user.id, at: now), .replied)
        case .amend(let id, let content, let reason, let user):
            return .saved(try store.amendReception(id, content: content, reason: reason, by: user.id, at: now), .amended)
        case .followUps(let today, let offset, let limit):
            let size = limit.map { $0 < 0 ? -1 : max($0, AppDatabase.followUpPageSize) } ?? AppDatabase.followUpPageSize
            return .followUps(try store.receptionFollowUps(today: today, offset: offset, limit: size))
        case .search(let query): return .found(try store.receptions(query))
        case .usage(let item):
            guard let id = item.id else { return .usage(item, []) }
            return .usage(item, try store.receptions(ReceptionQuery(policyID: id)))
        case .onlineReplies: return .online(try store.onlineReplies(in: nil, limit: Self.repliesShown))
        case .addOnline(let draft, let user):
            let reply = try store.addOnlineReply(draft, by: user.id, at: now)
            return .onlineSaved(reply, try store.onlineReplies(in: nil, limit: Self.repliesShown))
        case .onlineWaiting: return .online(try store.onlineRepliesWaiting())
        case .answerOnline(let id, let answer, let answerer, let at, let satisfied, let user, let waitingOnly):
            guard let person = try store.people(includeInactive: false).first(where: { $0.name == answerer }) else {
                throw StorageError(.invalidInput, OnlineReplyImport.Text.unknownAnswerer(answerer))
            }
            let answered = OnlineReplyAnswer(answer: answer, answererID: person.id, answeredAt: at, satisfied: satisfied)
            let reply = try store.answerOnlineReply(id, answered, by: user.id, at: now)
            return .onlineSaved(reply, waitingOnly ? try store.onlineRepliesWaiting() : try store.onlineReplies(in: nil, limit: Self.repliesShown))
        }
    }
}
