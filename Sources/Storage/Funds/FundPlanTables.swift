import Domain
import Foundation
import GRDB

/// The SQL of the plan tables (附件一 三(一)): plan lines with their revisions, the report to a
/// meeting and the 一事一议 decisions; used inside transactions of `AppDatabase`.
enum FundPlanTables {
    // MARK: - Reading

    /// The plan of `year`: every version of every line and the latest report.
    static func plan(year: Int, in db: Database) throws -> FundPlan {
        let lines = try Row.fetchAll(db, sql: """
            SELECT l.*, p.name FROM plan_line l JOIN person p ON p.id = l.set_by WHERE l.year = ? ORDER BY l.id
            """, arguments: [year]).map { row in
            PlanLine(id: row["id"], fund: FundKind(rawValue: row["fund"]) ?? .committee,
                     category: ExpenseCategory(rawValue: row["category"]) ?? .office, project: row["project"],
                     amount: row["amount"], revises: row["revises_id"], reason: row["reason"], setBy: row["name"],
                     setAt: FundResultsTables.shanghaiTime(row["created_at"]))
        }
        let report = try Row.fetchOne(db, sql: "SELECT * FROM plan_report WHERE year = ? ORDER BY id DESC LIMIT 1", arguments: [year])
            .map { PlanReport(meeting: PlanReport.Meeting(rawValue: $0["meeting"]) ?? .residents, date: FundTables.date($0["date"])) }
        return FundPlan(lines: lines, report: report)
    }

    /// Puts the plan into `book` and marks each expense in or outside it, with its 一事一议 decision.
    /// Without any plan line every expense of the year is outside the plan (原则上不予拨款, 一事一议 still open).
    static func apply(to book: inout FundsBook, in db: Database) throws {
        book.plan = try plan(year: book.year, in: db)
        let decisions = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
            SELECT c.* FROM case_decision c JOIN expense e ON e.id = c.expense_id WHERE e.year = ?
            """, arguments: [book.year]).map {
            ($0["expense_id"] as Int64, CaseDecision(reference: $0["reference"], date: FundTables.date($0["date"])))
        })
        let line = book.plan.lineFinder()
        let projects = Dictionary(book.records.map { ($0.id, $0.project) }, uniquingKeysWith: { first, _ in first })
        for i in book.records.indices {
            let r = book.records[i]
            let project = r.batch.flatMap { projects[$0.id] } ?? r.project
            book.records[i].expense.inPlan = line(r.expense.fund, project) != nil
            book.records[i].expense.yearHasPlan = !book.plan.isEmpty
            book.records[i].expense.caseDecision = decisions[r.id] ?? r.batch.flatMap { decisions[$0.id] }
        }
    }

    // MARK: - Writing

    static func insertLine(_ line: PlanLine, year: Int, by actor: Int64, at: Date, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO plan_line (year, fund, category, project, amount, revises_id, reason, set_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [year, line.fund.rawValue, line.category.rawValue, line.project, line.amount, line.revises,
                             line.reason, actor, at])
        return db.lastInsertedRowID
    }

    static func insertReport(_ report: PlanReport, year: Int, by actor: Int64, at: Date, in db: Database) throws {
        try db.execute(sql: "INSERT INTO plan_report (year, meeting, date, recorded_by, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [year, report.meeting.rawValue, report.date.iso, actor, at])
    }

    static func insertDecision(_ d: CaseDecision, expense: Int64, by actor: Int64, at: Date, in db: Database) throws {
        try db.execute(sql: "INSERT INTO case_decision (expense_id, reference, date, recorded_by, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [expense, d.reference, d.date.iso, actor, at])
    }
}
