import Domain
import Foundation
import GRDB

/// The ledger (台账, 附件一 三(三)): the bookkeeper records the payment of an expense whose route is
/// complete, and corrects a payment only by a reversing entry with its reason; both stay.
extension AppDatabase {
    // MARK: - Payment

    /// Records the payment of expense `id` by `actor`, a 报账员, with its date, 付款凭证号 and method; refused
    /// unless the approval route is complete by the people the standard names (`PaymentRoute`), no rule
    /// refuses the expense paid that way (category, plan, official card, office cap) and the details
    /// pass `PaymentDetails.problem` (a 付款凭证号, a date between the approval and today).
    @discardableResult
    public func recordPayment(for id: Int64, _ details: PaymentDetails, by actor: Int64, at: Date, rules: RuleSet) throws -> LedgerEntry {
        try audited(by: actor, at: at) { db in
            let payer = try PersonTable.require(.recordPayment, by: actor, in: db)
            let (year, event) = try Self.insertPayment(of: id, details, by: payer, at: at, rules: rules, in: db)
            return (try Self.entry(event.entityID ?? 0, year: year, in: db), [event])
        }
    }

    /// The one place a payment is written (the screen and the import both come here): `payer` must
    /// be allowed to pay `id` now by the details' method (`FundsBook.paymentRefusal`), and the details
    /// must pass `PaymentDetails.problem`; returns the year of the books and the audit event of the new entry.
    static func insertPayment(of id: Int64, _ details: PaymentDetails, by payer: Person, at: Date, rules: RuleSet,
                              in db: Database) throws -> (Int, AuditEvent) {
        let (book, record) = try Self.record(id, rules: rules, in: db)
        let details = details.trimmed
        if let problem = details.problem(for: record, today: nil, rules: rules) {
            throw StorageError(.invalidInput, problem)
        }
        if let refusal = book.paymentRefusal(record, payer: payer, method: details.method, rules: rules) {
            throw StorageError(.notPermitted, refusal)
        }
        let amount = record.expense.amount
        let (entryID, after) = try FundTables.insertEntry(expense: id, kind: .payment, amount: amount, date: details.date,
                                                          reason: "", reverses: nil, details: details, by: payer.id, at: at, in: db)
        var event = Self.ledgerEvent("ledger.payment", entryID, expense: id, amount: amount, after: after, date: details.date)
        if details.voucherMissing { event.detail["voucher_missing"] = "import" } else { event.detail["voucher"] = details.voucher }
        event.detail["method"] = details.method.rawValue
        return (book.year, event)
    }

    // MARK: - Reversal

    /// Reverses the payment of expense `id` with a reason: a new negative entry; the payment stays.
    @discardableResult
    public func reversePayment(of id: Int64, reason: String, on date: LocalDate, by actor: Int64, at: Date,
                               rules: RuleSet) throws -> LedgerEntry {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { throw StorageError(.invalidInput, FundsText.reversalNeedsReason) }
        return try audited(by: actor, at: at) { db in
            try PersonTable.require(.recordPayment, by: actor, in: db)
            let (book, record) = try Self.record(id, rules: rules, in: db)
            guard let payment = record.payment else { throw StorageError(.notPermitted, FundsText.notPaid) }
            if record.reversal != nil { throw StorageError(.notPermitted, FundsText.alreadyReversed) }
            let (entryID, after) = try FundTables.insertEntry(expense: id, kind: .reversal, amount: -payment.amount, date: date,
                                                              reason: reason, reverses: payment.id, by: actor, at: at, in: db)
            var event = Self.ledgerEvent("ledger.reversal", entryID, expense: id, amount: -payment.amount, after: after, date: date)
            event.detail["reason"] = reason
            event.detail["reverses"] = String(payment.id)
            return (try Self.entry(entryID, year: book.year, in: db), [event])
        }
    }

    // MARK: - Helpers

    static func entry(_ id: Int64, year: Int, in db: Database) throws -> LedgerEntry {
        let people = Dictionary(uniqueKeysWithValues: try PersonTable.fetchAll(includeInactive: true, in: db).map { ($0.id, $0) })
        guard let entry = try FundTables.entries(year: year, people: people, in: db).first(where: { $0.id == id }) else {
            throw StorageError(.notFound, FundsText.expenseNotFound(id))
        }
        return entry
    }

    /// The audit event of a ledger entry: what `check` compares the stored row with.
    static func ledgerEvent(_ action: String, _ id: Int64, expense: Int64, amount: Int64, after: Int64,
                            date: LocalDate) -> AuditEvent {
        AuditEvent(action: action, entity: "ledger_entry", entityID: id, detail: [
            "expense": String(expense), "amount": String(amount), "spentAfter": String(after), "date": date.iso,
        ])
    }
}
