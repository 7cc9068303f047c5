import Domain
import Foundation
import GRDB

/// The SQL of the reception log's tables, used inside transactions of `AppDatabase`: rows to and
/// from `ReceptionRecord`, with each record's signature, reply and amendments.
enum ReceptionTable {
    static let select = """
        SELECT r.*, w.name AS worker_name, s.at AS signed_at, sp.name AS signed_by,
               rp.at AS reply_at, rpp.name AS reply_by, rp.text AS reply_text, rp.satisfaction AS reply_satisfaction,
               rr.level AS rating_level, rr.reason AS rating_reason, rr.rated_at AS rating_at
        FROM reception r JOIN person w ON w.id = r.worker_id
        LEFT JOIN reception_signature s ON s.reception_id = r.id LEFT JOIN person sp ON sp.id = s.by_id
        LEFT JOIN reception_reply rp ON rp.reception_id = r.id LEFT JOIN person rpp ON rpp.id = rp.by_id
        LEFT JOIN reception_rating rr ON rr.reception_id = r.id
        """

    // MARK: - Reading

    /// How the log is read for a condition.
    enum ReadOrder {
        /// As SQLite's planner chooses (a day, a policy item: their own indexes).
        case planner
        /// In the order of the results (`reception_by_time`), stopping at the limit: for a condition
        /// that many records meet, such as a common word of the history search.
        case newestFirst
        /// The ids the condition's `r.id IN (…)` names, looked up and sorted: for a condition few meet.
        case byIDs
    }

    /// The records the `where` clause picks, newest first, with their amendments.
    static func fetch(where condition: String, _ arguments: StatementArguments, limit: Int = -1, order: ReadOrder = .planner,
                      in db: Database) throws -> [ReceptionRecord] {
        let from = switch order {
        case .planner: select
        case .newestFirst: select.replacingOccurrences(of: "FROM reception r ", with: "FROM reception r INDEXED BY reception_by_time ")
        case .byIDs: select.replacingOccurrences(of: "FROM reception r ", with: "FROM reception r NOT INDEXED ")
        }
        let sql = "\(from) WHERE \(condition) ORDER BY r.at DESC, r.id DESC LIMIT \(limit)"
        // Cached: an import reads back each record it writes, and the search runs on every Enter.
        var records = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map(record(from:))
        let amendments = try self.amendments(of: records.map(\.id), in: db)
        for i in records.indices { records[i].amendments = amendments[records[i].id] ?? [] }
        return records
    }

    static func fetch(id: Int64, in db: Database) throws -> ReceptionRecord? {
        try fetch(where: "r.id = ?", [id], in: db).first
    }

    /// The amendments of the records `ids`, oldest first, by record.
    static func amendments(of ids: [Int64], in db: Database) throws -> [Int64: [ReceptionAmendment]] {
        guard !ids.isEmpty else { return [:] }
        // One record (an import reading back what it wrote) takes a cached statement.
        let list = ids.count == 1 ? "?" : ids.map(String.init).joined(separator: ",")
        let sql = """
            SELECT a.*, p.name AS by_name FROM reception_amendment a JOIN person p ON p.id = a.by_id
            WHERE a.reception_id IN (\(list)) ORDER BY a.id
            """
        var out: [Int64: [ReceptionAmendment]] = [:]
        let rows = ids.count == 1 ? try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [ids[0]]) : try Row.fetchAll(db, sql: sql)
        for row in rows {
            let content = try JSONDecoder().decode(ReceptionDraft.self, from: Data((row["content"] as String).utf8))
            out[row["reception_id"], default: []].append(
                ReceptionAmendment(at: row["at"], byName: row["by_name"], reason: row["reason"], content: content))
        }
        return out
    }

    static func record(from row: Row) -> ReceptionRecord {
        let draft = ReceptionDraft(
            at: row["at"], residentName: row["resident_name"], room: row["room"], phone: row["phone"],
            category: row["category"], policyID: row["policy_id"], policyTitle: row["policy_title"],
            question: row["question"], actionTaken: row["action_taken"],
            outcome: ReceptionOutcome(rawValue: row["outcome"]) ?? .done, department: row["department"],
            replyDue: (row["reply_due"] as String?).flatMap(LocalDate.init(iso:)))
        var record = ReceptionRecord(id: row["id"], workerID: row["worker_id"], workerName: row["worker_name"], original: draft)
        if let at: Date = row["signed_at"] { record.signature = .init(at: at, byName: row["signed_by"]) }
        if let at: Date = row["reply_at"] {
            record.reply = ReceptionReply(at: at, byName: row["reply_by"], text: row["reply_text"],
                                          satisfaction: Satisfaction(rawValue: row["reply_satisfaction"]) ?? .satisfied)
        }
        if let at: Date = row["rating_at"], let level = KioskRatingLevel(rawValue: row["rating_level"]) {
            record.rating = ResidentRating(level: level, reason: row["rating_reason"], at: at)
        }
        return record
    }

    // MARK: - Writing

    /// Inserts a checked draft by `worker` and returns its id.
    static func insert(_ d: ReceptionDraft, worker: Int64, at: Date, in db: Database) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO reception (at, day, worker_id, resident_name, room, phone, category, policy_id, policy_title,
                question, action_taken, outcome, department, reply_due, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [d.at, d.date.iso, worker, d.residentName, d.room, d.phone, d.category, d.policyID,
                             d.policyTitle, d.question, d.actionTaken, d.outcome.rawValue, d.department,
                             d.replyDue?.iso, at])
        return db.lastInsertedRowID
    }

    static func insertAmendment(_ content: ReceptionDraft, of id: Int64, reason: String, by actor: Int64, at: Date,
                                in db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(content), as: UTF8.self)
        try db.execute(sql: "INSERT INTO reception_amendment (reception_id, at, by_id, reason, content) VALUES (?, ?, ?, ?, ?)",
                       arguments: [id, at, actor, reason, json])
    }
}
