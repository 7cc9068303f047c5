import Domain
import Foundation
import GRDB

/// The SQL for the `visit` table, used inside transactions of `AppDatabase`.
///
/// A row that a later row corrects is kept but is no longer "current": lists, the quota and each
/// household's last visit read only current rows; `versions` reads a whole chain.
enum VisitTable {
    private static let select = """
        SELECT visit.*, person.name AS worker_name, household.room AS room, corrector.name AS corrector_name,
               (SELECT later.id FROM visit AS later WHERE later.corrects = visit.id) AS corrected_by_id
        FROM visit JOIN person ON person.id = visit.worker_id JOIN household ON household.id = visit.household_id
        LEFT JOIN person AS corrector ON corrector.id = visit.corrected_by
        """
    /// True for a row that no later row corrects.
    private static let current = "NOT EXISTS (SELECT 1 FROM visit AS later WHERE later.corrects = visit.id)"

    // MARK: - Reading

    /// The current visits whose Shanghai day lies in `month`, of one worker or of everyone, newest first.
    static func fetch(in month: Month, worker: Int64?, in db: Database) throws -> [VisitRecord] {
        let who = worker == nil ? "" : "AND visit.worker_id = ?"
        var arguments: StatementArguments = [month.firstDay.iso, month.lastDay.iso]
        if let worker { arguments += [worker] }
        return try Row.fetchAll(db, sql: """
            \(select) WHERE visit.day BETWEEN ? AND ? AND \(current) \(who) ORDER BY visit.at DESC, visit.id DESC
            """, arguments: arguments).map(record(from:))
    }

    /// Every current visit to one household, newest first.
    static func fetch(household: Int64, in db: Database) throws -> [VisitRecord] {
        try Row.fetchAll(db, sql: "\(select) WHERE visit.household_id = ? AND \(current) ORDER BY visit.at DESC, visit.id DESC",
                         arguments: [household]).map(record(from:))
    }

    /// The visit with `id`, current or not, or a `notFound` error.
    static func require(_ id: Int64, in db: Database) throws -> VisitRecord {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "\(select) WHERE visit.id = ?"), arguments: [id]) else {
            throw StorageError(.notFound, VisitsText.visitNotFound(id))
        }
        return record(from: row)
    }

    /// Every version of the record `id` belongs to, oldest first: back through what it corrects,
    /// forward through what corrects it.
    static func versions(of id: Int64, in db: Database) throws -> [VisitRecord] {
        var chain = [try require(id, in: db)]
        while let earlier = chain[0].correction?.corrects { chain.insert(try require(earlier, in: db), at: 0) }
        while let later = chain[chain.count - 1].correctedBy { chain.append(try require(later, in: db)) }
        return chain
    }

    /// The Shanghai day of each household's latest current visit.
    static func lastVisits(in db: Database) throws -> [Int64: LocalDate] {
        let rows = try Row.fetchAll(db, sql: "SELECT household_id, max(day) AS day FROM visit WHERE \(current) GROUP BY household_id")
        return rows.reduce(into: [:]) { last, row in
            if let day = LocalDate(iso: row["day"]) { last[row["household_id"]] = day }
        }
    }

    /// The households of `zone` (all when nil) with a tag, and the first `staleLimit` with no current
    /// visit on or after `staleBefore` (never visited first, then by last visit, then by room), with
    /// the last current visit of each and the number of stale households. A household's last visit is
    /// one backward step in `visit_by_household` (past any corrected rows), so the cost follows the
    /// zone's size, not the visit log's.
    static func dueCandidates(zone: String?, staleBefore: LocalDate, staleLimit: Int, in db: Database) throws -> DueCandidates {
        let stale = "(last_day IS NULL OR last_day < ?2)"
        let rows = try Row.fetchAll(db, sql: """
            WITH c AS MATERIALIZED (
                SELECT h.id, h.room, EXISTS (SELECT 1 FROM household_tag AS t WHERE t.household_id = h.id) AS tagged,
                       (SELECT visit.day FROM visit WHERE visit.household_id = h.id AND \(current)
                        ORDER BY visit.day DESC LIMIT 1) AS last_day
                FROM household AS h WHERE ?1 IS NULL OR h.zone = ?1)
            SELECT id, last_day, NULL AS total FROM c WHERE tagged
            UNION
            SELECT * FROM (SELECT id, last_day, NULL FROM c WHERE \(stale) ORDER BY last_day IS NOT NULL, last_day, room LIMIT ?3)
            UNION ALL
            SELECT NULL, NULL, count(*) FROM c WHERE \(stale)
            """, arguments: [zone, staleBefore.iso, min(staleLimit, Int(Int32.max))])
        let total = rows.first { ($0["id"] as Int64?) == nil }.flatMap { $0["total"] as Int? } ?? 0
        let found = rows.filter { ($0["id"] as Int64?) != nil }
        var last = [Int64: LocalDate]()
        for row in found { if let day = (row["last_day"] as String?).flatMap(LocalDate.init(iso:)) { last[row["id"]] = day } }
        return DueCandidates(households: try HouseholdTable.fetch(ids: found.map { $0["id"] }, in: db), lastVisits: last, staleTotal: total)
    }

    static func record(from row: Row) -> VisitRecord {
        let correction = (row["corrects"] as Int64?).map { corrects in
            VisitCorrection(corrects: corrects, reason: row["correction_reason"], byID: row["corrected_by"],
                            byName: row["corrector_name"] ?? "", at: row["created_at"])
        }
        return VisitRecord(id: row["id"], at: row["at"], workerID: row["worker_id"], workerName: row["worker_name"],
                           householdID: row["household_id"], room: row["room"], residentName: row["resident_name"],
                           members: row["members"], reason: row["reason"], difficulty: row["difficulty"], remark: row["remark"],
                           kind: VisitKind(rawValue: row["kind"]) ?? .general, correction: correction,
                           correctedBy: row["corrected_by_id"])
    }

    // MARK: - Writing

    /// Inserts the visit `draft` by `worker` to `household` and returns it as read back; `correcting`
    /// names the record it replaces, why and who corrects it.
    static func insert(_ draft: VisitDraft, worker: Int64, household: Int64, at: Date,
                       correcting: (id: Int64, reason: String, by: Int64)? = nil, in db: Database) throws -> VisitRecord {
        let id = try insertRow(draft, worker: worker, household: household, createdAt: at.databaseValue,
                               correcting: correcting, in: db)
        return try require(id, in: db)
    }

    /// Inserts the row and returns its id: the one INSERT of both the form and the import.
    /// `createdAt` is the stored form of the write's instant (an import formats it once).
    static func insertRow(_ draft: VisitDraft, worker: Int64, household: Int64, createdAt: DatabaseValue,
                          correcting: (id: Int64, reason: String, by: Int64)? = nil, in db: Database) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO visit (at, day, worker_id, household_id, resident_name, members, reason, difficulty, remark, kind,
                               created_at, corrects, correction_reason, corrected_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [StoredDate.databaseValue(draft.at), ShanghaiCalendar.day(of: draft.at).iso, worker,
                             household, draft.residentName, draft.members, draft.reason, draft.difficulty, draft.remark,
                             draft.kind.rawValue, createdAt, correcting?.id, correcting?.reason ?? "", correcting?.by])
        return db.lastInsertedRowID
    }
}
