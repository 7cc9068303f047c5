import Domain
import Foundation
import GRDB

/// Importing a roster with sign-ins read by `ShiftImport`: all rows or none, in one transaction.
extension AppDatabase {
    /// Adds every shift and sign-in of `rows`, or nothing; returns the number of shifts added.
    ///
    /// Throws `StaffImportFailure` listing each row naming an unknown worker, a shift that already
    /// exists, or a worker twice on one shift; `StorageError` unless `actor` is an approver.
    public func importShifts(_ rows: [ShiftImport.Row], rules: RuleSet, by actor: Int64, at: Date, dryRun: Bool) throws -> Int {
        try audited(by: actor, at: at, dryRun: dryRun) { db in
            try Self.requireApprover(actor, rules, in: db)
            let ids = Dictionary(try PersonTable.fetchAll(includeInactive: false, in: db).map { ($0.name, $0.id) }) { a, _ in a }
            try Self.checkImport(rows, ids: ids, in: db)
            var shiftIDs: [String: Int64] = [:]
            var events: [AuditEvent] = []
            for row in rows {
                let key = "\(row.date.iso) \(row.span)"
                let workers = row.names.map { ids[$0]! }
                if shiftIDs[key] == nil {
                    let draft = ShiftDraft(date: row.date, span: row.span, kind: row.kind, workers: [])
                    shiftIDs[key] = try DutyTable.insert(draft, at: at, in: db)
                    events.append(Self.shiftEvent("duty.shift.import", shiftIDs[key]!, draft))
                }
                for worker in workers { try Self.importAssignment(row, shift: shiftIDs[key]!, worker: worker, in: db) }
            }
            return (shiftIDs.count, events)
        }
    }

    /// Every row's problems with the database and with the other rows, or nothing.
    private static func checkImport(_ rows: [ShiftImport.Row], ids: [String: Int64], in db: Database) throws {
        var problems: [StaffImport.Problem] = []
        var seen: [String: Int] = [:]
        for row in rows {
            let draft = ShiftDraft(date: row.date, span: row.span, kind: row.kind, workers: [])
            if try DutyTable.exists(draft, in: db) { problems.append(.init(line: row.line, message: DutyText.shiftExists(draft))) }
            for name in row.names {
                if ids[name] == nil { problems.append(.init(line: row.line, message: DutyText.unknownWorker(name))) }
                let key = "\(row.date.iso) \(row.span) \(name)"
                if let line = seen[key] { problems.append(.init(line: row.line, message: DutyText.twiceInShift(name, line))) }
                seen[key] = seen[key] ?? row.line
            }
        }
        if !problems.isEmpty { throw StaffImportFailure(problems) }
    }

    private static func importAssignment(_ row: ShiftImport.Row, shift: Int64, worker: Int64, in db: Database) throws {
        try db.execute(sql: "INSERT INTO duty_assignment (shift_id, person_id) VALUES (?, ?)", arguments: [shift, worker])
        let assignment = db.lastInsertedRowID
        for (kind, time) in [("in", row.signIn), ("out", row.signOut)] {
            guard let time else { continue }
            try db.execute(sql: "INSERT INTO duty_sign (assignment_id, kind, at) VALUES (?, ?, ?)",
                           arguments: [assignment, kind, time.instant(on: row.date)])
        }
    }
}
