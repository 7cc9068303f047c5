import Domain
import Foundation
import GRDB

/// The SQL of the project entries (附件一 四(一)) and the budgets' history, used inside
/// transactions of `AppDatabase`; rows become Domain types with people's names.
enum FundResultsTables {
    // MARK: - Reading

    /// Puts the year's project entries and every budget setting into `book`.
    static func apply(to book: inout FundsBook, in db: Database) throws {
        book.notes = try Row.fetchAll(db, sql: """
            SELECT n.*, p.name FROM project_note n JOIN person p ON p.id = n.recorded_by WHERE n.year = ? ORDER BY n.date, n.id
            """, arguments: [book.year]).map { row in
            ProjectNote(id: row["id"], fund: FundKind(rawValue: row["fund"]) ?? .committee, project: row["project"],
                        kind: ProjectNote.Kind(rawValue: row["kind"]) ?? .progress, text: row["text"],
                        date: FundTables.date(row["date"]), recordedBy: row["name"])
        }
        book.budgetChanges = try Row.fetchAll(db, sql: """
            SELECT b.fund, b.amount, b.created_at, p.name FROM fund_budget b JOIN person p ON p.id = b.set_by
            WHERE b.year = ? ORDER BY b.id
            """, arguments: [book.year]).map { row in
            BudgetChange(fund: FundKind(rawValue: row["fund"]) ?? .committee, amount: row["amount"], setBy: row["name"],
                         setAt: shanghaiTime(row["created_at"]))
        }
    }

    /// "2026-03-01 09:30": when a row was written, in Shanghai.
    static func shanghaiTime(_ date: Date?) -> String {
        guard let date else { return "" }
        let c = ShanghaiCalendar.calendar.dateComponents([.hour, .minute], from: date)
        return ShanghaiCalendar.day(of: date).iso + " " + String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    // MARK: - Writing

    static func insertNote(_ note: ProjectNote, by actor: Int64, at: Date, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO project_note (year, fund, project, kind, text, date, recorded_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [note.date.year, note.fund.rawValue, note.project, note.kind.rawValue, note.text, note.date.iso, actor, at])
        return db.lastInsertedRowID
    }
}
