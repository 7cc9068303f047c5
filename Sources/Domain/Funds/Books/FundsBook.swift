/// The books of one year: the three funds' budgets, every expense with its steps, and the
/// ledger. Balances are always computed from the ledger entries, never stored alone.
public struct FundsBook: Sendable, Equatable {
    public var year: Int
    /// Each fund's budget this year, in fen.
    public var budgets: [FundKind: Int64]
    /// Every expense of the year, oldest first.
    public var records: [ExpenseRecord]
    /// Every ledger entry of the year, in the order written.
    public var entries: [LedgerEntry]
    /// The year's plan with every revision and its report to a meeting.
    public var plan = FundPlan()
    /// The progress and results entries of the year's projects, oldest first (附件一 四(一)).
    public var notes: [ProjectNote] = []
    /// Every setting of the year's budgets, oldest first (the latest of each fund counts).
    public var budgetChanges: [BudgetChange] = []

    public init(year: Int, budgets: [FundKind: Int64], records: [ExpenseRecord] = [], entries: [LedgerEntry] = []) {
        self.year = year
        self.budgets = budgets
        self.records = records
        self.entries = entries
    }

    /// An empty book with every fund at the rule set's default budget.
    public static func empty(year: Int, rules: RuleSet) -> FundsBook {
        FundsBook(year: year, budgets: Dictionary(uniqueKeysWithValues: FundKind.allCases.map { ($0, rules.money.fundBudget) }))
    }

    // MARK: - Balances

    public func budget(_ fund: FundKind) -> Int64 { budgets[fund] ?? 0 }

    /// What the fund has paid, net of reversals.
    public func spent(_ fund: FundKind) -> Int64 {
        entries.reduce(0) { $1.fund == fund ? $0 + $1.amount : $0 }
    }

    /// Budget minus net spending.
    public func balance(_ fund: FundKind) -> Int64 { budget(fund) - spent(fund) }

    /// Net spending of a fund by category, in the order of the fund's categories.
    public func spentByCategory(_ fund: FundKind) -> [(category: ExpenseCategory, spent: Int64)] {
        fund.categories.map { category in
            (category, entries.reduce(0) { $1.fund == fund && $1.category == category ? $0 + $1.amount : $0 })
        }
    }

    /// The ledger entries of one fund, in the order written.
    public func entries(of fund: FundKind) -> [LedgerEntry] { entries.filter { $0.fund == fund } }

    // MARK: - Office spending (附件一 二(一))

    /// Office spending paid from the committee fund, net of reversals.
    public var officeSpent: Int64 {
        entries.reduce(0) { $1.fund == .committee && $1.category == .office ? $0 + $1.amount : $0 }
    }

    /// The office ratio of the committee fund's budget, in tenths of a percent (35.0% → 350).
    public var officeRatioPermille: Int64 {
        let budget = budget(.committee)
        return budget > 0 ? officeSpent * 1000 / budget : 0
    }

    // MARK: - Rules on one record

    /// Every verdict of the rules library on `record`, in the context of this year's books.
    public func verdicts(on record: ExpenseRecord, rules: RuleSet) -> [Verdict] {
        let officeBefore = records.reduce(Int64(0)) { sum, r in
            r.id != record.id && !r.isBatchApplication && r.expense.fund == .committee && r.expense.category == .office
                && r.reversal == nil && r.refusal == nil && (r.payment != nil || r.id < record.id) ? sum + r.expense.amount : sum
        }
        let family = batchFamily(of: record)
        // Only the split rule reads `others`, and only those of the same fund dated within its window:
        // the rest are left out here rather than copied (a district's year is 15,000 records).
        let window = rules.money.splitWindowDays, e = record.expense
        let others = records.lazy.filter { r in
            r.expense.fund == e.fund && abs(r.expense.date.days(since: e.date)) < window
                && r.reversal == nil && r.refusal == nil && !r.isBatchApplication && !family.contains(r.id)
        }.map(\.expense)
        let context = ExpenseCheck.Context(approvals: record.approvals, review: record.review,
                                           officeSpentThisYear: officeBefore, committeeBudget: budget(.committee),
                                           others: Array(others))
        var verdicts = ExpenseCheck.evaluate(record.expense, context: context, rules: rules)
        if let batch = record.batch, let i = verdicts.firstIndex(where: { $0.rule == .approval }) {
            verdicts[i] = batch.checkInstalment(record.expense.amount, paid: instalmentAmounts(of: batch.id, before: record.id),
                                                rules: rules)
        }
        return verdicts
    }

    /// The record with `id`.
    public func record(_ id: Int64) -> ExpenseRecord? { records.first { $0.id == id } }
}
