import Domain
import Foundation
import GRDB

/// The funds (附件一): the year's books, budgets and expense requests. Role rules are checked
/// here, not only on screen: only the secretary sets budgets; any active person may ask.
extension AppDatabase {
    // MARK: - Reading

    /// The books of `year`, with each fund's budget (the rule set's default where none was set).
    public func fundsBook(year: Int, rules: RuleSet) throws -> FundsBook {
        try pool.read { db in try FundTables.book(year: year, defaultBudget: rules.money.fundBudget, in: db) }
    }

    /// Marks that change whenever the books of `year` could read differently: the year, then the
    /// largest row id of each table they are read from. The funds tables are append-only (their
    /// triggers refuse UPDATE and DELETE), so a new row is the only change they can have; a
    /// person's name, the one thing read from `person`, is never changed. Read these before the
    /// books: a change in between then only costs one more read later, never a stale book.
    public func fundsVersion(year: Int) throws -> [Int64] {
        try pool.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT " + FundTables.versionTables.map { "(SELECT max(rowid) FROM \($0))" }
                .joined(separator: ", "))
            return [Int64(year)] + (0..<FundTables.versionTables.count).map { (row?[$0] as Int64?) ?? 0 }
        }
    }

    // MARK: - Budgets

    /// Sets a fund's budget for a year (a new row; the latest counts), as the secretary.
    public func setBudget(_ amount: Int64, fund: FundKind, year: Int, by actor: Int64, at: Date) throws {
        try audited(by: actor, at: at) { db in
            try PersonTable.require(.setBudget, by: actor, in: db)
            try db.execute(sql: "INSERT INTO fund_budget (year, fund, amount, set_by, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [year, fund.rawValue, amount, actor, at])
            return ((), [AuditEvent(action: "fund.budget", entity: "fund_budget", entityID: db.lastInsertedRowID,
                                    detail: ["year": String(year), "fund": fund.rawValue, "amount": String(amount)])])
        }
    }

    // MARK: - Requests

    /// Records a request by `actor`; refused when the category is outside the fund's uses, or the fund may not
    /// pay for its beneficiary or kind of cost (`FundRules.nature`).
    @discardableResult
    public func requestExpense(_ request: ExpenseRequest, by actor: Int64, at: Date, rules: RuleSet,
                               dryRun: Bool = false) throws -> ExpenseRecord {
        let request = try Self.validated(request, rules: rules)
        return try audited(by: actor, at: at, dryRun: dryRun) { db in
            let person = try PersonTable.require(actor, in: db)
            guard person.isActive else { throw StorageError(.notPermitted, FundsText.requesterInactive) }
            let payee = try PayeeTable.remember(request, required: true, by: actor, at: at, in: db)
            let id = try FundTables.insertExpense(request, requester: actor, at: at, in: db)
            var record = ExpenseRecord(expense: request.expense(id: id, requesterID: actor), project: request.project,
                                       receipts: request.receipts, requester: person)
            record.noLocalPair = !ExpenseApproval.hasLocalPair(excluding: actor, among: try PersonTable.fetchAll(includeInactive: false, in: db))
            return (record, [.requested(request, id: id)] + [payee].compactMap { $0 })
        }
    }

    /// The request trimmed, or refused with the rule's own sentence.
    static func validated(_ request: ExpenseRequest, rules: RuleSet) throws -> ExpenseRequest {
        var r = request
        r.payee = r.payee.trimmingCharacters(in: .whitespacesAndNewlines)
        r.purpose = r.purpose.trimmingCharacters(in: .whitespacesAndNewlines)
        r.project = r.project.trimmingCharacters(in: .whitespacesAndNewlines)
        r.receipts = r.receipts.trimmingCharacters(in: .whitespacesAndNewlines)
        if r.payee.isEmpty { throw StorageError(.invalidInput, FundsText.payeeEmpty) }
        if r.purpose.isEmpty { throw StorageError(.invalidInput, FundsText.purposeEmpty) }
        try refuseBadText(r)
        if !Money.accepts(r.amount) { throw StorageError(.invalidInput, Money.outOfRange) }
        let expense = r.expense(id: 0, requesterID: 0)
        for verdict in [FundRules.scope(fund: r.fund, category: r.category, rules: rules)] + FundRules.nature(expense, rules: rules)
        where !verdict.isOK {
            throw StorageError(.notPermitted, verdict.message)
        }
        return r
    }
}

extension AppDatabase {
    /// Refuses a request whose texts hold a control character or exceed their length (`FieldText`,
    /// 本程序取值): the screen, a batch and an import all pass here, so a megabyte 项目 never
    /// reaches the funds tab.
    static func refuseBadText(_ r: ExpenseRequest) throws {
        let fields = [("收款方", r.payee, FieldText.shortLength), ("项目", r.project, FieldText.shortLength),
                      ("用途", r.purpose, FieldText.noteLength), ("票据号", r.receipts, FieldText.noteLength),
                      ("支出科目", r.spendingItem ?? "", FieldText.shortLength)]
        for (label, text, limit) in fields {
            if let error = FieldText.problem(text, label: label, maxLength: limit) { throw StorageError.invalid(error) }
        }
    }
}

// MARK: - Audit events about the funds

extension AuditEvent {
    /// Something happened to an expense or its ledger entries.
    static func expense(_ action: String, _ id: Int64, _ detail: [String: String]) -> AuditEvent {
        AuditEvent(action: action, entity: "expense", entityID: id, detail: detail)
    }

    /// A request was recorded: what `check` later compares the stored expense with.
    static func requested(_ request: ExpenseRequest, id: Int64, source: String? = nil) -> AuditEvent {
        var detail = ["fund": request.fund.rawValue, "category": request.category.rawValue, "amount": String(request.amount),
                      "payee": request.payee, "purpose": request.purpose, "date": request.date.iso]
        detail["source"] = source
        detail["beneficiary"] = request.beneficiary?.rawValue
        detail["costKind"] = request.costKind?.rawValue
        return .expense("expense.request", id, detail)
    }
}
