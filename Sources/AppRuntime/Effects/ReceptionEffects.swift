import AppCore
import Domain
import Foundation
import Storage

/// Runs the reception log's effects against the database and hands back what the tab shows.
enum ReceptionEffects {
    static func run(_ effect: ReceptionEffect, database: AppDatabase, now: Date) throws -> ReceptionResult {
        switch effect {
        case .today(let day): return .today(try database.receptions(on: day))
        case .save(let draft, let user): return .saved(try database.addReception(draft, by: user.id, at: now), .added)
        case .sign(let id, let user): return .saved(try database.signReception(id, by: user.id, at: now), .signed)
        case .reply(let id, let text, let satisfaction, let user):
            return .saved(try database.replyReception(id, text: text, satisfaction: satisfaction, by: user.id, at: now), .replied)
        case .amend(let id, let content, let reason, let user):
            return .saved(try database.amendReception(id, content: content, reason: reason, by: user.id, at: now), .amended)
        case .followUps(let today, let offset, let limit):
            let size = limit.map { $0 < 0 ? -1 : max($0, AppDatabase.followUpPageSize) } ?? AppDatabase.followUpPageSize
            return .followUps(try database.receptionFollowUps(today: today, offset: offset, limit: size))
        case .search(let query): return .found(try database.receptions(query))
        case .usage(let item):
            guard let id = item.id else { return .usage(item, []) }
            return .usage(item, try database.receptions(ReceptionQuery(policyID: id)))
        case .onlineReplies: return .online(try database.onlineReplies(limit: 500))
        case .addOnline(let draft, let user):
            let reply = try database.addOnlineReply(draft, by: user.id, at: now)
            return .onlineSaved(reply, try database.onlineReplies(limit: 500))
        case .onlineWaiting: return .online(try database.onlineRepliesWaiting())
        case .answerOnline(let id, let answer, let answerer, let at, let satisfied, let user, let waitingOnly):
            guard let person = try database.people(includeInactive: false).first(where: { $0.name == answerer }) else {
                throw StorageError(.invalidInput, OnlineReplyImport.Text.unknownAnswerer(answerer))
            }
            let reply = try database.answerOnlineReply(id, OnlineReplyAnswer(answer: answer, answererID: person.id, answeredAt: at,
                                                                             satisfied: satisfied), by: user.id, at: now)
            return .onlineSaved(reply, waitingOnly ? try database.onlineRepliesWaiting() : try database.onlineReplies(limit: 500))
        }
    }
}
