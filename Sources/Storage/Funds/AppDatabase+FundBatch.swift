import Domain
import Foundation
import GRDB

/// Batch applications (集中申请、分批报销, 附件一 三(二)): for a large project the committee asks
/// once for a total, approved on the route of that total; then each instalment is recorded
/// against it and paid through the ledger, never above what remains.
extension AppDatabase {
    // MARK: - The application

    /// Records a batch application whose amount is the total; it is approved like any request.
    @discardableResult
    public func requestBatch(_ request: ExpenseRequest, by actor: Int64, at: Date, rules: RuleSet) throws -> ExpenseRecord {
        let request = try Self.validated(request, rules: rules)
        return try audited(by: actor, at: at) { db in
            let person = try PersonTable.require(actor, in: db)
            guard person.isActive else { throw StorageError(.notPermitted, FundsText.requesterInactive) }
            let payee = try PayeeTable.remember(request, required: true, by: actor, at: at, in: db)
            let id = try FundTables.insertExpense(request, requester: actor, at: at, in: db)
            try db.execute(sql: "INSERT INTO batch_application (expense_id) VALUES (?)", arguments: [id])
            let (_, record) = try Self.record(id, rules: rules, in: db)
            return (record, [.requested(request, id: id, source: "batch")] + [payee].compactMap { $0 })
        }
    }

    // MARK: - Instalments

    /// Records an instalment of `amount` against approved batch application `batchID`; refused
    /// with the rule's sentence when it would take the instalments above the total.
    @discardableResult
    public func requestInstalment(of batchID: Int64, amount: Int64, date: LocalDate, receipts: String, by actor: Int64,
                                  at: Date, rules: RuleSet) throws -> ExpenseRecord {
        try audited(by: actor, at: at) { db in
            let person = try PersonTable.require(actor, in: db)
            guard person.isActive else { throw StorageError(.notPermitted, FundsText.requesterInactive) }
            let (book, application) = try Self.record(batchID, rules: rules, in: db)
            guard application.isBatchApplication else { throw StorageError(.invalidInput, FundsText.notABatch(batchID)) }
            guard date.year == book.year else { throw StorageError(.invalidInput, FundsText.instalmentOtherYear(book.year)) }
            let verdict = FundsBook.application(application)
                .checkInstalment(amount, paid: book.instalmentAmounts(of: batchID), rules: rules)
            guard application.refusal == nil, verdict.severity < .needs else { throw StorageError(.notPermitted, verdict.message) }
            let n = book.instalments(of: batchID).count + 1
            let e = application.expense
            let request = ExpenseRequest(fund: e.fund, category: e.category, project: application.project, amount: amount,
                                         payee: e.payee, purpose: FundsText.instalmentPurpose(e.purpose, n), payment: e.payment,
                                         date: date, receipts: receipts.trimmingCharacters(in: .whitespacesAndNewlines),
                                         spendingItem: e.spendingItem, beneficiary: e.beneficiary, costKind: e.costKind)   // as the application
            let id = try FundTables.insertExpense(request, requester: actor, at: at, in: db)
            try db.execute(sql: "INSERT INTO batch_instalment (expense_id, batch_id) VALUES (?, ?)", arguments: [id, batchID])
            let (_, record) = try Self.record(id, rules: rules, in: db)
            var event = AuditEvent.requested(request, id: id, source: "instalment")
            event.detail["batch"] = String(batchID)
            return (record, [event])
        }
    }
}

// MARK: - Text of batch applications
