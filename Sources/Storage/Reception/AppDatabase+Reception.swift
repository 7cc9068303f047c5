import Domain
import Foundation
import GRDB

/// The reception log (首问接待记录册): recording a consultation, the resident's signature, the
/// reply to a 待回复 matter and corrections; reading a day, the follow-ups and the history.
extension AppDatabase {
    // MARK: - Reading

    /// The records matching `query`, newest first.
    ///
    /// A search by name, room, category or text finds the ids through the trigram index (a term
    /// too common for it by `instr`); when a term is rare or every match is asked for, the log is read
    /// by those ids, else newest first, stopping at the limit (`ReceptionSearchIndex.fewIDs`).
    public func receptions(_ query: ReceptionQuery) throws -> [ReceptionRecord] {
        try pool.read { db in
            var fewest = Int.max
            let (condition, arguments) = try query.condition(indexed: true) { term, columns in
                let count = try ReceptionSearchIndex.occurrences(term, in: columns, db)
                if count <= ReceptionSearchIndex.scanAbove { fewest = min(fewest, count) }
                return count > ReceptionSearchIndex.scanAbove
            }
            let order: ReceptionTable.ReadOrder = !query.hasTerms ? .planner
                : fewest <= ReceptionSearchIndex.fewIDs || query.limit < 0 ? .byIDs : .newestFirst
            return try ReceptionTable.fetch(where: condition, arguments, limit: query.limit, order: order, in: db)
        }
    }

    /// The records of one Shanghai day, newest first.
    public func receptions(on day: LocalDate) throws -> [ReceptionRecord] {
        try receptions(ReceptionQuery(from: day, through: day, limit: -1))
    }

    /// The record `id`, or nil.
    public func reception(id: Int64) throws -> ReceptionRecord? {
        try pool.read { db in try ReceptionTable.fetch(id: id, in: db) }
    }

    // The records waiting for a reply: `receptionFollowUps(today:offset:limit:)`, a page at a time.

    // MARK: - Recording

    /// Records a consultation received by `worker`; the draft is checked by Domain first.
    public func addReception(_ draft: ReceptionDraft, by worker: Int64, at: Date) throws -> ReceptionRecord {
        let draft = try draft.validated().mapError(StorageError.invalid).get()
        return try audited(by: worker, at: at) { db in
            try Self.requireActivePerson(worker, in: db)
            let id = try ReceptionTable.insert(draft, worker: worker, at: at, in: db)
            let record = try Self.requireReception(id, in: db)
            return (record, [.reception("reception.add", record, ["resident": draft.residentName, "source": "manual"])])
        }
    }

    /// Records that the resident signed the paper log for record `id` (居民已签字); only once.
    public func signReception(_ id: Int64, by actor: Int64, at: Date) throws -> ReceptionRecord {
        try audited(by: actor, at: at) { db in
            try Self.requireActivePerson(actor, in: db)
            guard !(try Self.requireReception(id, in: db).isSigned) else {
                throw StorageError(.invalidInput, ReceptionText.alreadySigned(id))
            }
            try db.execute(sql: "INSERT INTO reception_signature (reception_id, at, by_id) VALUES (?, ?, ?)",
                           arguments: [id, at, actor])
            let record = try Self.requireReception(id, in: db)
            return (record, [.reception("reception.sign", record, [:])])
        }
    }

    /// Records the reply to a 待回复 record and the resident's satisfaction, which closes it.
    public func replyReception(_ id: Int64, text: String, satisfaction: Satisfaction, by actor: Int64, at: Date)
        throws -> ReceptionRecord {
        let text = try TextField.validate(text, label: "答复内容", required: true).mapError(StorageError.invalid).get()
        return try audited(by: actor, at: at) { db in
            try Self.requireActivePerson(actor, in: db)
            guard try Self.requireReception(id, in: db).awaitsReply else {
                throw StorageError(.invalidInput, ReceptionText.notAwaitingReply(id))
            }
            try db.execute(sql: "INSERT INTO reception_reply (reception_id, at, by_id, text, satisfaction) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, at, actor, text, satisfaction.rawValue])
            let record = try Self.requireReception(id, in: db)
            return (record, [.reception("reception.reply", record, ["satisfaction": satisfaction.title])])
        }
    }

    /// Corrects record `id` with the whole `content` and a reason; the original is kept and shown.
    public func amendReception(_ id: Int64, content: ReceptionDraft, reason: String, by actor: Int64, at: Date)
        throws -> ReceptionRecord {
        let content = try content.validated().mapError(StorageError.invalid).get()
        let reason = try TextField.validate(reason, label: "更正理由", required: true).mapError(StorageError.invalid).get()
        return try audited(by: actor, at: at) { db in
            try Self.requireActivePerson(actor, in: db)
            guard try Self.requireReception(id, in: db).content != content else {
                throw StorageError(.invalidInput, ReceptionText.nothingChanged)
            }
            try ReceptionTable.insertAmendment(content, of: id, reason: reason, by: actor, at: at, in: db)
            let record = try Self.requireReception(id, in: db)
            return (record, [.reception("reception.amend", record, ["reason": reason])])
        }
    }

    // MARK: - Checks

    static func requireReception(_ id: Int64, in db: Database) throws -> ReceptionRecord {
        guard let record = try ReceptionTable.fetch(id: id, in: db) else {
            throw StorageError(.notFound, ReceptionText.notFound(id))
        }
        return record
    }
}

extension AuditEvent {
    /// A change to one reception record.
    static func reception(_ action: String, _ record: ReceptionRecord, _ detail: [String: String]) -> AuditEvent {
        AuditEvent(action: action, entity: "reception", entityID: record.id,
                   detail: detail.merging(["day": record.content.date.iso], uniquingKeysWith: { a, _ in a }))
    }
}
