import Domain
import Foundation
import GRDB

/// The SQL for the `visit` table, used inside transactions of `AppDatabase`.
enum VisitTable {
    private static let select = """
        SELECT visit.*, person.name AS worker_name, household.room AS room FROM visit
        JOIN person ON person.id = visit.worker_id JOIN household ON household.id = visit.household_id
        """

    // MARK: - Reading

    /// The visits whose Shanghai day lies in `month`, of one worker or of everyone, newest first.
    static func fetch(in month: Month, worker: Int64?, in db: Database) throws -> [VisitRecord] {
        let who = worker == nil ? "" : "AND visit.worker_id = ?"
        var arguments: StatementArguments = [month.firstDay.iso, month.lastDay.iso]
        if let worker { arguments += [worker] }
        return try Row.fetchAll(db, sql: "\(select) WHERE visit.day BETWEEN ? AND ? \(who) ORDER BY visit.at DESC, visit.id DESC",
                                arguments: arguments).map(record(from:))
    }

    /// Every visit to one household, newest first.
    static func fetch(household: Int64, in db: Database) throws -> [VisitRecord] {
        try Row.fetchAll(db, sql: "\(select) WHERE visit.household_id = ? ORDER BY visit.at DESC, visit.id DESC",
                         arguments: [household]).map(record(from:))
    }

    /// The visit with `id`, or a `notFound` error.
    static func require(_ id: Int64, in db: Database) throws -> VisitRecord {
        guard let row = try Row.fetchOne(db, sql: "\(select) WHERE visit.id = ?", arguments: [id]) else {
            throw StorageError(.notFound, VisitStorageMessages.visitNotFound(id))
        }
        return record(from: row)
    }

    /// The Shanghai day of each household's latest visit.
    static func lastVisits(in db: Database) throws -> [Int64: LocalDate] {
        let rows = try Row.fetchAll(db, sql: "SELECT household_id, max(day) AS day FROM visit GROUP BY household_id")
        return rows.reduce(into: [:]) { last, row in
            if let day = LocalDate(iso: row["day"]) { last[row["household_id"]] = day }
        }
    }

    static func record(from row: Row) -> VisitRecord {
        VisitRecord(id: row["id"], at: row["at"], workerID: row["worker_id"], workerName: row["worker_name"],
                    householdID: row["household_id"], room: row["room"], residentName: row["resident_name"],
                    members: row["members"], reason: row["reason"], difficulty: row["difficulty"], remark: row["remark"],
                    kind: VisitKind(rawValue: row["kind"]) ?? .general)
    }

    // MARK: - Writing

    /// Inserts the visit `draft` by `worker` to `household` and returns it as read back.
    static func insert(_ draft: VisitDraft, worker: Int64, household: Int64, at: Date, in db: Database) throws -> VisitRecord {
        try db.execute(sql: """
            INSERT INTO visit (at, day, worker_id, household_id, resident_name, members, reason, difficulty, remark, kind, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [draft.at, ShanghaiCalendar.day(of: draft.at).iso, worker, household, draft.residentName,
                             draft.members, draft.reason, draft.difficulty, draft.remark, draft.kind.rawValue, at])
        return try require(db.lastInsertedRowID, in: db)
    }
}
