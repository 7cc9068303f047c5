import Domain
import Foundation
import GRDB

/// The SQL of the funds tables, used inside transactions of `AppDatabase`; rows become Domain types.
enum FundTables {
    // MARK: - Reading a year

    /// Every table `book(year:…)` reads, for `AppDatabase.fundsVersion`; `FundsVersionTests` checks that
    /// each kind of funds write moves it and that every one but `person` refuses UPDATE.
    static let versionTables = ["expense", "expense_decision", "street_review", "street_approval", "verbal_approval", "ledger_entry",
                                "batch_application", "batch_instalment", "fund_budget", "plan_line", "plan_report",
                                "case_decision", "project_note", "person"]

    /// The year's books: budgets (the rule set's default where none was set), records and ledger.
    static func book(year: Int, defaultBudget: Int64, in db: Database) throws -> FundsBook {
        var book = FundsBook(year: year, budgets: try budgets(year: year, defaultBudget: defaultBudget, in: db))
        let people = Dictionary(uniqueKeysWithValues: try PersonTable.fetchAll(includeInactive: true, in: db).map { ($0.id, $0) })
        book.entries = try entries(year: year, people: people, in: db)
        let decisions = try Self.decisions(year: year, people: people, in: db)
        let reviews = try Self.reviews(year: year, people: people, in: db)
        let verbal = try Self.verbalApprovals(year: year, people: people, in: db)
        book.verbalApprovers = people.values.filter(Permission.approveExpense.allows)
            .sorted { $0.id < $1.id }
        // The first payment and the first reversal of each expense, found once rather than by a
        // scan of the whole ledger per record (15,000 records a year on the district's file).
        var payments: [Int64: LedgerEntry] = [:], reversals: [Int64: LedgerEntry] = [:]
        for entry in book.entries {
            switch entry.kind {
            case .payment: if payments[entry.expenseID] == nil { payments[entry.expenseID] = entry }
            case .reversal: if reversals[entry.expenseID] == nil { reversals[entry.expenseID] = entry }
            }
        }
        // Rows are read through a cursor by column position: looking each column up by name, row by
        // row, was most of the time of reading a district's year (15,000 expenses).
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, fund, category, amount, payee, purpose, date, requester_id, payment, spending_item, project, receipts,
                   beneficiary, cost_kind
            FROM expense WHERE year = ? ORDER BY id
            """, arguments: [year])
        while let row = try rows.next() {
            let id: Int64 = row[0], requesterID: Int64 = row[7]
            var expense = Expense(id: id, fund: FundKind(rawValue: row[1]) ?? .committee,
                                  category: ExpenseCategory(rawValue: row[2]) ?? .office, amount: row[3], payee: row[4],
                                  purpose: row[5], date: date(row[6]), requesterID: requesterID,
                                  payment: PaymentMethod(rawValue: row[8]) ?? .officialCard, spendingItem: row[9])
            expense.beneficiary = (row[12] as String?).flatMap(Beneficiary.init(rawValue:))
            expense.costKind = (row[13] as String?).flatMap(CostKind.init(rawValue:))
            book.records.append(ExpenseRecord(expense: expense, project: row[10], receipts: row[11],
                                              requester: people[requesterID] ?? Person(id: requesterID, name: "?", roles: []),
                                              decisions: decisions[id] ?? [], review: reviews[id],
                                              payment: payments[id], reversal: reversals[id], verbalApproval: verbal[id]))
        }
        book.payeeKinds = try PayeeTable.kinds(in: db)
        book.markLocalPairs()
        try linkBatches(&book, in: db)
        try FundPlanTables.apply(to: &book, in: db)
        try FundResultsTables.apply(to: &book, in: db)
        return book
    }

    static func budgets(year: Int, defaultBudget: Int64, in db: Database) throws -> [FundKind: Int64] {
        var budgets = Dictionary(uniqueKeysWithValues: FundKind.allCases.map { ($0, defaultBudget) })
        for row in try Row.fetchAll(db, sql: "SELECT fund, amount FROM fund_budget WHERE year = ? ORDER BY id", arguments: [year]) {
            if let fund = FundKind(rawValue: row["fund"]) { budgets[fund] = row["amount"] }
        }
        return budgets
    }

    private static func decisions(year: Int, people: [Int64: Person], in db: Database) throws -> [Int64: [ExpenseDecision]] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT d.expense_id, d.person_id, d.role, d.approved, d.reason, d.date
            FROM expense_decision d JOIN expense e ON e.id = d.expense_id WHERE e.year = ? ORDER BY d.id
            """, arguments: [year])
        var decisions: [Int64: [ExpenseDecision]] = [:]
        while let row = try rows.next() {
            let personID: Int64 = row[1]
            decisions[row[0], default: []].append(
                ExpenseDecision(person: people[personID] ?? Person(id: personID, name: "?", roles: []),
                                role: Role(rawValue: row[2]) ?? .worker, approved: row[3], reason: row[4], date: date(row[5])))
        }
        return decisions
    }

    private static func reviews(year: Int, people: [Int64: Person], in db: Database) throws -> [Int64: StreetReview] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.*, a.approver, a.reference AS approval_reference, a.date AS approval_date, a.recorded_by AS approval_recorded_by
            FROM street_review r JOIN expense e ON e.id = r.expense_id LEFT JOIN street_approval a ON a.expense_id = r.expense_id
            WHERE e.year = ?
            """, arguments: [year])
        return Dictionary(uniqueKeysWithValues: rows.map { row in
            let approval = (row["approver"] as String?).map {
                StreetApproval(approver: $0, reference: row["approval_reference"], date: date(row["approval_date"]),
                               recordedBy: people[row["approval_recorded_by"] as Int64])
            }
            return (row["expense_id"] as Int64, StreetReview(reviewer: row["reviewer"], reference: row["reference"], date: date(row["date"]),
                                                             recordedBy: people[row["recorded_by"] as Int64], approval: approval,
                                                             oneStep: row["one_step"]))
        })
    }

    /// Marks the year's batch applications and gives each instalment its application.
    private static func linkBatches(_ book: inout FundsBook, in db: Database) throws {
        let batches = Set(try Int64.fetchAll(db, sql: "SELECT expense_id FROM batch_application"))
        let links = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT * FROM batch_instalment").map {
            ($0["expense_id"] as Int64, $0["batch_id"] as Int64)
        })
        for i in book.records.indices { book.records[i].isBatchApplication = batches.contains(book.records[i].id) }
        for i in book.records.indices {
            guard let batchID = links[book.records[i].id], let application = book.record(batchID) else { continue }
            book.records[i].batch = FundsBook.application(application)
        }
    }

    /// Each verbal approval with its approver as a person (nil on rows from before `approver_id`).
    private static func verbalApprovals(year: Int, people: [Int64: Person], in db: Database) throws -> [Int64: VerbalApproval] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT v.* FROM verbal_approval v JOIN expense e ON e.id = v.expense_id WHERE e.year = ?
            """, arguments: [year])
        return Dictionary(uniqueKeysWithValues: rows.map {
            ($0["expense_id"] as Int64, VerbalApproval(approver: $0["approver"], date: date($0["date"]),
                                                       person: ($0["approver_id"] as Int64?).flatMap { people[$0] }))
        })
    }

    static func entries(year: Int, people: [Int64: Person], in db: Database) throws -> [LedgerEntry] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT l.id, l.expense_id, l.kind, e.fund, e.category, l.amount, e.payee, e.receipts, l.date, l.reason,
                   l.reverses_id, l.fund_spent_after, l.recorded_by, l.voucher, l.method
            FROM ledger_entry l JOIN expense e ON e.id = l.expense_id WHERE e.year = ? ORDER BY l.id
            """, arguments: [year])
        var entries: [LedgerEntry] = []
        while let row = try rows.next() {
            let recorder: Int64 = row[12]
            entries.append(LedgerEntry(id: row[0], expenseID: row[1], kind: LedgerEntry.Kind(rawValue: row[2]) ?? .payment,
                                       fund: FundKind(rawValue: row[3]) ?? .committee,
                                       category: ExpenseCategory(rawValue: row[4]) ?? .office, amount: row[5],
                                       payee: row[6], receipts: row[7], date: date(row[8]), reason: row[9],
                                       reversesID: row[10], fundSpentAfter: row[11], recordedBy: people[recorder]?.name ?? "?",
                                       recorderID: recorder, voucher: ExpenseImport.voucher(stored: row[13]),
                                       method: (row[14] as String?).flatMap(PaymentMethod.init(rawValue:))))
        }
        return entries
    }

    /// A stored ISO date; the table's CHECK keeps it well formed.
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text) ?? LocalDate(dayNumber: 0) }

    /// The year of the expense with `id`, or a `notFound` error.
    static func year(ofExpense id: Int64, in db: Database) throws -> Int {
        guard let year = try Int.fetchOne(db, sql: "SELECT year FROM expense WHERE id = ?", arguments: [id]) else {
            throw StorageError(.notFound, FundsText.expenseNotFound(id))
        }
        return year
    }

    // MARK: - Writing

    static func insertExpense(_ r: ExpenseRequest, requester: Int64, at: Date, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO expense (year, date, fund, category, project, amount, payee, purpose, payment, receipts,
                                 spending_item, requester_id, created_at, beneficiary, cost_kind)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [r.date.year, r.date.iso, r.fund.rawValue, r.category.rawValue, r.project, r.amount, r.payee,
                             r.purpose, r.payment.rawValue, r.receipts, r.spendingItem, requester, at,
                             r.beneficiary?.rawValue, r.costKind?.rawValue])
        return db.lastInsertedRowID
    }

    static func insertDecision(_ d: ExpenseDecision, expense: Int64, at: Date, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO expense_decision (expense_id, person_id, role, approved, reason, date, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [expense, d.person.id, d.role.rawValue, d.approved, d.reason, d.date.iso, at])
    }

    static func insertReview(_ r: StreetReview, expense: Int64, by actor: Int64, at: Date, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO street_review (expense_id, reviewer, reference, date, recorded_by, created_at, one_step) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [expense, r.reviewer, r.reference, r.date.iso, actor, at, r.oneStep])
    }

    static func insertStreetApproval(_ a: StreetApproval, expense: Int64, by actor: Int64, at: Date, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO street_approval (expense_id, approver, reference, date, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [expense, a.approver, a.reference, a.date.iso, actor, at])
    }

    static func insertVerbalApproval(_ v: VerbalApproval, expense: Int64, by actor: Int64, at: Date, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO verbal_approval (expense_id, approver, date, recorded_by, created_at, approver_id) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [expense, v.approver, v.date.iso, actor, at, v.person?.id])
    }

    /// Appends a ledger entry with the fund's running total after it; returns the new id and that total.
    /// A payment carries its `details` (付款凭证号 and method); a reversal none.
    static func insertEntry(expense: Int64, kind: LedgerEntry.Kind, amount: Int64, date: LocalDate, reason: String,
                            reverses: Int64?, details: PaymentDetails? = nil, by actor: Int64, at: Date,
                            in db: Database) throws -> (Int64, Int64) {
        let after = try spent(fundOfExpense: expense, in: db) + amount
        try db.execute(sql: """
            INSERT INTO ledger_entry (expense_id, kind, amount, date, reason, reverses_id, fund_spent_after, recorded_by, created_at,
                                      voucher, method, voucher_missing)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [expense, kind.rawValue, amount, date.iso, reason, reverses, after, actor, at,
                             details?.voucherMissing == true ? nil : details?.voucher, details?.method.rawValue,
                             details?.voucherMissing == true])
        return (db.lastInsertedRowID, after)
    }

    /// The net spending so far of the fund and year of `expense`.
    private static func spent(fundOfExpense expense: Int64, in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            SELECT coalesce(sum(l.amount), 0) FROM ledger_entry l JOIN expense e ON e.id = l.expense_id
            JOIN expense x ON x.id = ? WHERE e.fund = x.fund AND e.year = x.year
            """, arguments: [expense]) ?? 0
    }
}
