import Domain
import Foundation
import GRDB

/// The SQL of the duty tables, used inside the transactions of `AppDatabase+Duty`.
enum DutyTable {
    // MARK: - Shifts

    /// The shifts from `first` through `last` with their workers and sign-ins, by date and start;
    /// only those `worker` is on, when given (a points card).
    static func shifts(from first: LocalDate, through last: LocalDate, worker: Int64? = nil, in db: Database) throws -> [Shift] {
        let mine = worker == nil ? "" : " AND id IN (SELECT shift_id FROM duty_assignment WHERE person_id = ?)"
        var arguments: StatementArguments = [first.iso, last.iso]
        if let worker { arguments += [worker] }
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM duty_shift WHERE date BETWEEN ? AND ?\(mine) ORDER BY date, start_min, id",
                                    arguments: arguments)
        let ids = rows.map { $0["id"] as Int64 }
        let assignments = try self.assignments(ofShifts: ids, in: db)
        return rows.compactMap { row in
            shift(from: row, assignments: assignments[row["id"] as Int64] ?? [])
        }
    }

    /// The shifts `ids` with their workers and sign-ins, by date and start.
    static func shifts(ids: [Int64], in db: Database) throws -> [Shift] {
        guard !ids.isEmpty else { return [] }
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM duty_shift WHERE id IN (\(marks)) ORDER BY date, start_min, id",
                                    arguments: StatementArguments(ids))
        let assignments = try self.assignments(ofShifts: ids, in: db)
        return rows.compactMap { row in shift(from: row, assignments: assignments[row["id"] as Int64] ?? []) }
    }

    static func shift(_ id: Int64, in db: Database) throws -> Shift? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM duty_shift WHERE id = ?", arguments: [id]) else { return nil }
        return shift(from: row, assignments: try assignments(ofShifts: [id], in: db)[id] ?? [])
    }

    private static func shift(from row: Row, assignments: [DutyAssignment]) -> Shift? {
        guard let date = LocalDate(iso: row["date"]), let start = ClockTime(minutes: row["start_min"]),
              let end = ClockTime(minutes: row["end_min"]), let span = TimeSpan(start, end),
              let kind = ShiftKind(rawValue: row["kind"]) else { return nil }
        return Shift(id: row["id"], date: date, span: span, kind: kind, assignments: assignments)
    }

    /// The workers of each shift in `ids`, in the order they were put on it.
    private static func assignments(ofShifts ids: [Int64], in db: Database) throws -> [Int64: [DutyAssignment]] {
        guard !ids.isEmpty else { return [:] }
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.id, a.shift_id, a.person_id, p.name, f.name AS from_name,
                   (SELECT at FROM duty_sign WHERE assignment_id = a.id AND kind = 'in') AS sign_in,
                   (SELECT at FROM duty_sign WHERE assignment_id = a.id AND kind = 'out') AS sign_out
            FROM duty_assignment a JOIN person p ON p.id = a.person_id LEFT JOIN person f ON f.id = a.swapped_from
            WHERE a.shift_id IN (\(marks)) ORDER BY a.id
            """, arguments: StatementArguments(ids))
        var out: [Int64: [DutyAssignment]] = [:]
        for row in rows {
            out[row["shift_id"], default: []].append(DutyAssignment(
                id: row["id"], workerID: row["person_id"], workerName: row["name"],
                signIn: row["sign_in"], signOut: row["sign_out"], swappedFrom: row["from_name"]))
        }
        return out
    }

    /// Inserts a shift and its workers; a shift of the same day and times is refused.
    static func insert(_ draft: ShiftDraft, at: Date, in db: Database) throws -> Int64 {
        if try exists(draft, in: db) { throw StorageError(.invalidInput, DutyText.shiftExists(draft)) }
        try db.execute(sql: "INSERT INTO duty_shift (date, start_min, end_min, kind, template_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [draft.date.iso, draft.span.start.minutes, draft.span.end.minutes, draft.kind.rawValue,
                                   draft.templateID, at])
        let id = db.lastInsertedRowID
        for worker in draft.workers {
            try db.execute(sql: "INSERT INTO duty_assignment (shift_id, person_id) VALUES (?, ?)", arguments: [id, worker])
        }
        return id
    }

    /// Whether a shift of `draft`'s day and times exists.
    static func exists(_ draft: ShiftDraft, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM duty_shift WHERE date = ? AND start_min = ? AND end_min = ?",
                          arguments: [draft.date.iso, draft.span.start.minutes, draft.span.end.minutes]) ?? false
    }

    // MARK: - Templates

    static func templates(in db: Database) throws -> [ShiftTemplate] {
        let workers = try Row.fetchAll(db, sql: "SELECT template_id, person_id FROM duty_template_worker ORDER BY position")
        var byTemplate: [Int64: [Int64]] = [:]
        for row in workers { byTemplate[row["template_id"], default: []].append(row["person_id"]) }
        return try Row.fetchAll(db, sql: "SELECT * FROM duty_template ORDER BY id").compactMap { row in
            guard let start = ClockTime(minutes: row["start_min"]), let end = ClockTime(minutes: row["end_min"]),
                  let span = TimeSpan(start, end) else { return nil }
            let recurrence: ShiftTemplate.Recurrence
            if let day = (row["weekday"] as Int?).flatMap(Weekday.init(rawValue:)), let anchor = LocalDate(iso: row["anchor"] ?? "") {
                recurrence = .weekly(day, everyWeeks: row["every_weeks"], anchor: anchor)
            } else {
                recurrence = .holidays
            }
            return ShiftTemplate(id: row["id"], recurrence: recurrence, span: span, workers: byTemplate[row["id"]] ?? [])
        }
    }

    static func insert(_ t: ShiftTemplate, at: Date, in db: Database) throws -> Int64 {
        var weekday: Int?, every = 1, anchor: String?
        if case .weekly(let d, let e, let a) = t.recurrence { (weekday, every, anchor) = (d.rawValue, e, a.iso) }
        try db.execute(sql: "INSERT INTO duty_template (weekday, every_weeks, anchor, start_min, end_min, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [weekday, every, anchor, t.span.start.minutes, t.span.end.minutes, at])
        let id = db.lastInsertedRowID
        for (i, worker) in t.workers.enumerated() {
            try db.execute(sql: "INSERT INTO duty_template_worker (template_id, person_id, position) VALUES (?, ?, ?)",
                           arguments: [id, worker, i])
        }
        return id
    }
}
