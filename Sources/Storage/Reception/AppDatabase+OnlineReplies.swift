import Domain
import Foundation
import GRDB

/// Online replies (线上反馈): questions from the community platform with their answers, entered
/// on the 首问接待 tab or imported; each write is audited and no row is changed afterwards.
extension AppDatabase {
    // MARK: - Reading

    /// The replies whose question came in during `month` (nil: all), newest first.
    public func onlineReplies(in month: Month? = nil, limit: Int = -1) throws -> [OnlineReply] {
        var condition = "1"
        var arguments = StatementArguments()
        if let month {
            condition = "o.day BETWEEN ? AND ?"
            arguments = [month.firstDay.iso, month.lastDay.iso]
        }
        let sql = "\(Self.onlineReplySelect) WHERE \(condition) ORDER BY o.received_at DESC, o.id DESC LIMIT \(limit)"
        return try pool.read { db in try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.onlineReply(from:)) }
    }

    /// The questions still waiting for an answer, the longest waiting first.
    public func onlineRepliesWaiting() throws -> [OnlineReply] {
        let sql = "\(Self.onlineReplySelect) WHERE o.answer = '' ORDER BY o.received_at, o.id"
        return try pool.read { db in OnlineReplyWaiting.waiting(try Row.fetchAll(db, sql: sql).map(Self.onlineReply(from:))) }
    }

    // MARK: - Recording

    /// Records one platform question (and its answer, if given) entered by `actor`; the answerer must be an active worker.
    public func addOnlineReply(_ draft: OnlineReplyDraft, by actor: Int64, at: Date) throws -> OnlineReply {
        let draft = try draft.validated().mapError(StorageError.invalid).get()
        return try audited(by: actor, at: at) { db in
            try Self.requireActivePerson(actor, in: db)
            if let answerer = draft.answererID { try Self.requireActivePerson(answerer, in: db) }
            let reply = try Self.insertOnlineReply(draft, by: actor, at: at, in: db)
            return (reply, [Self.onlineReplyEvent(reply, source: "manual")])
        }
    }

    /// Answers question `id`, recorded earlier without its answer, by `answer.answererID` (an
    /// active person), entered by `actor`; refused for a question already answered.
    public func answerOnlineReply(_ id: Int64, _ answer: OnlineReplyAnswer, by actor: Int64, at: Date) throws -> OnlineReply {
        try audited(by: actor, at: at) { db in
            try Self.requireActivePerson(actor, in: db)
            try Self.requireActivePerson(answer.answererID, in: db)
            let row = try Row.fetchOne(db, sql: "\(Self.onlineReplySelect) WHERE o.id = ?", arguments: [id])
            guard let before = row.map(Self.onlineReply(from:)) else {
                throw StorageError(.notFound, ReceptionText.onlineNotFound(id))
            }
            let d = try answer.applied(to: before.content).mapError(StorageError.invalid).get()
            try db.execute(sql: """
                INSERT INTO online_reply_answer (reply_id, answer, answerer_id, answered_at, satisfied, entered_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, d.answer, d.answererID, d.answeredAt, d.satisfied, actor, at])
            let reply = try Self.requireOnlineReply(id, in: db)
            let detail = ["day": reply.date.iso, "answerer": reply.answererName,
                          "satisfied": reply.content.satisfied.map { $0 ? "是" : "否" } ?? "未评价"]
            return (reply, [AuditEvent(action: "online_reply.answer", entity: "online_reply", entityID: id, detail: detail)])
        }
    }

    // MARK: - SQL

    static let onlineReplySelect = """
        SELECT o.*, a.name AS answerer_name, e.name AS entered_by_name
        FROM online_reply_current o JOIN person e ON e.id = o.entered_by LEFT JOIN person a ON a.id = o.answerer_id
        """

    static func insertOnlineReply(_ d: OnlineReplyDraft, by actor: Int64, at: Date, in db: Database) throws -> OnlineReply {
        try db.execute(sql: """
            INSERT INTO online_reply (received_at, day, channel, question, answer, answerer_id, answered_at, satisfied,
                entered_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [d.receivedAt, ShanghaiCalendar.day(of: d.receivedAt).iso, d.channel, d.question, d.answer,
                             d.answererID, d.answeredAt, d.satisfied, actor, at])
        return try requireOnlineReply(db.lastInsertedRowID, in: db)
    }

    static func requireOnlineReply(_ id: Int64, in db: Database) throws -> OnlineReply {
        let row = try Row.fetchOne(db, sql: "\(onlineReplySelect) WHERE o.id = ?", arguments: [id])
        guard let row else { throw StorageError(.notFound, ReceptionText.onlineNotFound(id)) }
        return onlineReply(from: row)
    }

    static func onlineReply(from row: Row) -> OnlineReply {
        let satisfied: Int64? = row["satisfied"]
        let content = OnlineReplyDraft(receivedAt: row["received_at"], channel: row["channel"], question: row["question"],
                                       answer: row["answer"], answererID: row["answerer_id"], answeredAt: row["answered_at"],
                                       satisfied: satisfied.map { $0 == 1 })
        return OnlineReply(id: row["id"], content: content, answererName: row["answerer_name"] ?? "",
                           enteredByName: row["entered_by_name"])
    }

    static func onlineReplyEvent(_ reply: OnlineReply, source: String) -> AuditEvent {
        AuditEvent(action: "online_reply.add", entity: "online_reply", entityID: reply.id,
                   detail: ["day": reply.date.iso, "source": source,
                            "satisfied": reply.content.satisfied.map { $0 ? "是" : "否" } ?? "未评价"])
    }
}
