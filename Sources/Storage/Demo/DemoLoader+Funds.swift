import Domain
import Foundation
import GRDB

/// The funds of a demo batch: each expense with its approvals or street review and approval and its payment,
/// and for each the audit event the program itself writes, which `check` compares them with.
extension DemoLoader {
    func insertExpenses(_ expenses: [DemoBatch.Expense], _ db: Database) throws {
        let expense = try db.cachedStatement(sql: """
            INSERT INTO expense (id, year, date, fund, category, project, amount, payee, purpose, payment, receipts,
                                 spending_item, requester_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', NULL, ?, ?)
            """)
        let decision = try db.cachedStatement(sql: """
            INSERT INTO expense_decision (expense_id, person_id, role, approved, reason, date, created_at)
            VALUES (?, ?, ?, 1, '', ?, ?)
            """)
        let review = try db.cachedStatement(sql: """
            INSERT INTO street_review (expense_id, reviewer, reference, date, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let approval = try db.cachedStatement(sql: """
            INSERT INTO street_approval (expense_id, approver, reference, date, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for e in expenses {
            let at = DemoTime.date(DemoTime.instant(e.date, minute: 9 * 60 + 30))
            years.insert(e.date.year)
            try expense.execute(arguments: [e.id, e.date.year, e.date.iso, e.fund.rawValue, e.category.rawValue, e.project,
                                            e.amount, e.payee, e.purpose, e.payment.rawValue, e.requester, at])
            try audit(AuditEvent(action: "expense.request", entity: "expense", entityID: e.id, detail: [
                "fund": e.fund.rawValue, "category": e.category.rawValue, "amount": String(e.amount), "payee": e.payee,
                "purpose": e.purpose, "date": e.date.iso, "source": "demo",
            ]), actor: e.requester, at: at, in: db)
            for a in e.approvals {
                try decision.execute(arguments: [e.id, a.person, a.role.rawValue, a.date.iso, DemoTime.date(DemoTime.instant(a.date, minute: 600))])
            }
            if let r = e.review {
                try review.execute(arguments: [e.id, r.reviewer, r.reference, r.date.iso, e.reviewRecordedBy ?? e.requester,
                                               DemoTime.date(DemoTime.instant(r.date, minute: 900))])
            }
            if let a = e.streetApproval {
                try approval.execute(arguments: [e.id, a.approver, a.reference, a.date.iso, e.reviewRecordedBy ?? e.requester,
                                                 DemoTime.date(DemoTime.instant(a.date, minute: 960))])
            }
            if let paidOn = e.paidOn, let ledgerID = e.ledgerID { try pay(e, on: paidOn, entry: ledgerID, db) }
        }
    }

    /// The invented 付款凭证号 of demo ledger entry `entry`: "FP-2026-000123".
    static func voucher(_ entry: Int64, on date: LocalDate) -> String {
        String(format: "FP-%d-%06lld", date.year, entry)
    }

    private func pay(_ e: DemoBatch.Expense, on date: LocalDate, entry: Int64, _ db: Database) throws {
        let key = "\(e.fund.rawValue)-\(e.date.year)"
        let after = (spent[key] ?? 0) + e.amount
        spent[key] = after
        let at = DemoTime.date(DemoTime.instant(date, minute: 14 * 60))
        try db.cachedStatement(sql: """
            INSERT INTO ledger_entry (id, expense_id, kind, amount, date, reason, reverses_id, fund_spent_after, recorded_by, created_at,
                                      voucher, method)
            VALUES (?, ?, 'payment', ?, ?, '', NULL, ?, ?, ?, ?, ?)
            """).execute(arguments: [entry, e.id, e.amount, date.iso, after, e.paidBy, at, Self.voucher(entry, on: date), e.payment.rawValue])
        var event = AppDatabase.ledgerEvent("ledger.payment", entry, expense: e.id, amount: e.amount, after: after, date: date)
        event.detail["voucher"] = Self.voucher(entry, on: date)
        event.detail["method"] = e.payment.rawValue
        try audit(event, actor: e.paidBy, at: at, in: db)
    }
}
