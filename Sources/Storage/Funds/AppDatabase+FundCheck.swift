import Domain
import Foundation
import GRDB

/// `baishihui check` for the funds: the ledger's running totals recompute from its entries, each
/// entry and expense agrees with its audit row, every payment was made on a complete route, and
/// the audit chain holds. Returns one Chinese sentence per problem; empty when all is well.
extension AppDatabase {
    /// Every problem found in the books and the audit chain; emergency spending whose written
    /// application is overdue on `today` is one.
    public func verifyFunds(rules: RuleSet, today: LocalDate) throws -> [String] {
        try pool.read { db in
            var problems = [String]()
            let years = try Int.fetchAll(db, sql: "SELECT DISTINCT year FROM expense ORDER BY year")
            let audit = try Self.auditDetails(in: db)
            let history = try RoleHistory.read(in: db)
            for year in years {
                let book = try FundTables.book(year: year, defaultBudget: rules.money.fundBudget, in: db)
                let beforePlan = try Self.paymentsBeforePlan(year: year, in: db)
                problems += Self.runningTotals(book)
                    + Self.routes(book, rules: rules, today: today, beforePlan: beforePlan, history: history)
                problems += Self.againstAudit(book, audit: audit)
            }
            let chain = try AuditLog.verify(in: db)
            if let broken = chain.firstBrokenID { problems.append(FundsText.chainBroken(at: broken, of: chain.count)) }
            return problems
        }
    }

    // MARK: - Checks

    /// Payments recorded before (or, in a test fixture, at the same instant as) the year's first plan line: the screen let them through (a year
    /// without a plan holds no expense to one), so a plan written later does not make them wrong.
    /// The first plan line's time is read once (a subquery on `e.year` ran once per payment: over 15
    /// minutes on the district's file).
    static func paymentsBeforePlan(year: Int, in db: Database) throws -> Set<Int64> {
        Set(try Int64.fetchAll(db, sql: """
            SELECT l.id FROM ledger_entry l JOIN expense e ON e.id = l.expense_id
            WHERE e.year = ? AND l.kind = 'payment'
              AND l.created_at <= (SELECT MIN(created_at) FROM plan_line WHERE year = ?)
            """, arguments: [year, year]))
    }

    /// A paid expense: paid by someone holding 报账员 that day, on a route complete by the people the
    /// standard names as they stood on the day they acted (`PaymentRoute`: the street review entered by
    /// a 书记 or 主任 other than the payer; or a valid verbal approval still within its deadline), and in
    /// the plan or outside it with its 一事一议 decision (the same plan rule as the screen and the import),
    /// judged against the plan as it stood when the payment was recorded (`beforePlan`: none yet); and, unless
    /// reversed, for a 受益对象 and 费用性质 the fund may pay, as recorded (未登记 passes: nothing is guessed).
    static func paid(_ record: ExpenseRecord, _ payment: LedgerEntry, payer: Person?, rules: RuleSet, today: LocalDate,
                     beforePlan: Set<Int64>) -> [String] {
        var problems = [String]()
        let verdict = record.refusal != nil ? record.approvalVerdict(rules: rules)
            : payer.map { PaymentRoute.evaluate(record, payer: $0, rules: rules) } ?? Permission.recordPayment.verdict(for: nil)
        if record.refusal != nil || !verdict.isOK {
            problems.append(FundsText.paidOffRoute(payment, verdict))
        } else if record.isOverdueEmergency(today: today, rules: rules),
                  let overdue = record.emergencyVerdict(today: today, rules: rules) {
            problems.append(FundsText.emergencyOverdue(payment, overdue))
        }
        if record.reversal == nil {
            problems += FundRules.nature(record.expense, rules: rules).problems.map { FundsText.paidOutsideUses(payment, $0) }
        }
        let plan = record.planVerdict(rules: rules)
        if !plan.isOK && record.reversal == nil && !beforePlan.contains(payment.id) { problems.append(FundsText.paidOutsidePlan(payment, record, plan)) }
        return problems
    }

    /// Each fund's running total, recomputed entry by entry, against the total stored with each entry.
    static func runningTotals(_ book: FundsBook) -> [String] {
        var problems = [String]()
        for fund in FundKind.allCases {
            var total: Int64 = 0
            for entry in book.entries(of: fund) {
                total += entry.amount
                if entry.fundSpentAfter != total {
                    problems.append(FundsText.runningTotal(entry, recomputed: total))
                }
            }
        }
        return problems
    }

    /// Every paid expense has its approvals on the right route by people holding the roles on the day
    /// (or a verbal approval of emergency spending, flagged once its written application is overdue),
    /// and every reversal undoes its payment exactly.
    static func routes(_ book: FundsBook, rules: RuleSet, today: LocalDate, beforePlan: Set<Int64>,
                       history: RoleHistory) -> [String] {
        var problems = [String]()
        for record in book.records {
            if let payment = record.payment {
                let payer = payment.recorderID.flatMap { history.person($0, on: payment.date) }
                problems += paid(history.asOnTheDay(record), payment, payer: payer, rules: rules, today: today, beforePlan: beforePlan)
            }
            if record.isBatchApplication {
                let paid = book.instalments(of: record.id).compactMap(\.payment).map(\.amount).reduce(0, +)
                    + book.instalments(of: record.id).compactMap(\.reversal).map(\.amount).reduce(0, +)
                if paid > record.expense.amount {
                    problems.append(FundsText.instalmentsAboveTotal(record.id, paid: paid, total: record.expense.amount))
                }
            }
            if let reversal = record.reversal, reversal.amount != -(record.payment?.amount ?? 0) {
                problems.append(FundsText.reversalMismatch(reversal))
            }
        }
        return problems
    }

    /// Each ledger entry and expense compared with the detail its audit row recorded when it was written.
    static func againstAudit(_ book: FundsBook, audit: [String: [String: String]]) -> [String] {
        var problems = [String]()
        for entry in book.entries {
            let detail = audit["ledger_entry#\(entry.id)"]
            if detail?["amount"] != String(entry.amount) || detail?["expense"] != String(entry.expenseID) {
                problems.append(FundsText.entryDiffersFromAudit(entry, recorded: detail?["amount"]))
            }
        }
        for record in book.records {
            let detail = audit["expense#\(record.id)"]
            let e = record.expense
            if detail?["amount"] != String(e.amount) || detail?["fund"] != e.fund.rawValue || detail?["payee"] != e.payee
                || detail?["beneficiary"] != e.beneficiary?.rawValue || detail?["costKind"] != e.costKind?.rawValue {
                problems.append(FundsText.expenseDiffersFromAudit(e, recorded: detail?["amount"]))
            }
        }
        return problems
    }

    /// The detail of each creating audit row, keyed "ledger_entry#id" or "expense#id".
    static func auditDetails(in db: Database) throws -> [String: [String: String]] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT entity, entity_id, detail FROM audit_log
            WHERE action IN ('expense.request', 'ledger.payment', 'ledger.reversal') ORDER BY id
            """)
        var details = [String: [String: String]]()
        for row in rows {
            let text: String = row["detail"]
            let entity: String = row["entity"]
            let id: Int64? = row["entity_id"]
            if let id, let detail = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8)) {
                details["\(entity)#\(id)"] = detail
            }
        }
        return details
    }
}

// MARK: - Text of the check
