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
    /// The active 书记 and 主任, from whom the verbal approver of emergency spending is chosen.
    public var verbalApprovers: [Person] = []
    /// Whether each payee recorded so far (any year) is a 单位 or a 个人, by name.
    public var payeeKinds: [String: PayeeKind] = [:]

    public init(year: Int, budgets: [FundKind: Int64], records: [ExpenseRecord] = [], entries: [LedgerEntry] = []) {
        self.year = year
        self.budgets = budgets
        self.records = records
        self.entries = entries
    }

    /// Marks each record that no two local approvers among `verbalApprovers` can approve
    /// (`ExpenseApproval.hasLocalPair`), so that it goes to the street.
    public mutating func markLocalPairs() {
        for i in records.indices {
            records[i].noLocalPair = !ExpenseApproval.hasLocalPair(excluding: records[i].expense.requesterID, among: verbalApprovers)
        }
    }

    /// An empty book with every fund at the rule set's default budget.
    public static func empty(year: Int, rules: RuleSet) -> FundsBook {
        FundsBook(year: year, budgets: Dictionary(uniqueKeysWithValues: FundKind.allCases.map { ($0, rules.money.fundBudget) }))
    }

    // MARK: - Balances

    public func budget(_ fund: FundKind) -> Int64 { budgets[fund] ?? 0 }

    /// What the fund has paid, net of reversals.
    public func spent(_ fund: FundKind) -> Int64 { spent(fund, nil) }

    /// Budget minus net spending.
    public func balance(_ fund: FundKind) -> Int64 { budget(fund) - spent(fund) }

    /// Net spending of a fund by category, in the order of the fund's categories.
    public func spentByCategory(_ fund: FundKind) -> [(category: ExpenseCategory, spent: Int64)] {
        fund.categories.map { category in
            (category, spent(fund, category))
        }
    }

    /// The ledger entries of one fund, in the order written.
    public func entries(of fund: FundKind) -> [LedgerEntry] { entries.filter { $0.fund == fund } }

    // MARK: - Office spending (附件一 二(一))

    /// Office spending paid from the committee fund, net of reversals.
    public var officeSpent: Int64 {
        spent(.committee, .office)
    }

    /// The office ratio of the committee fund's budget as shown ("19.4%", `OfficeCap.shareText`).
    public var officeRatioText: String { OfficeCap.shareText(spent: officeSpent, budget: budget(.committee)) }

    // MARK: - Rules on one record

    /// Every verdict of the rules library on `record`, in the context of this year's books.
    /// A paid record is judged by the method its payment was made with.
    public func verdicts(on record: ExpenseRecord, rules: RuleSet) -> [Verdict] {
        let record = record.payment?.method.map(record.paying(by:)) ?? record
        var officeBefore: Int64 = 0
        var others: [Expense] = []
        let family = batchFamily(of: record)
        let window = rules.money.splitWindowDays, e = record.expense
        // One pass by index, so no record is copied (a district's year is 15,000 records). Only the
        // split rule reads `others`, and only those of the same fund dated within its window.
        for i in records.indices where records[i].reversal == nil && records[i].refusal == nil && !records[i].isBatchApplication {
            let x = records[i].expense
            if records[i].id != record.id && x.fund == .committee && x.category == .office
                && (records[i].payment != nil || records[i].id < record.id) { officeBefore += x.amount }
            if x.fund == e.fund && abs(x.date.days(since: e.date)) < window && !family.contains(records[i].id) { others.append(x) }
        }
        let context = ExpenseCheck.Context(approvals: record.approvals, review: record.review,
                                           officeSpentThisYear: officeBefore, committeeBudget: budget(.committee),
                                           others: others)
        var verdicts = ExpenseCheck.evaluate(record.expense, context: context, rules: rules)
        if let i = verdicts.firstIndex(where: { $0.rule == .approval }) {
            verdicts[i] = record.batch.map {
                $0.checkInstalment(record.expense.amount, paid: instalmentAmounts(of: $0.id, before: record.id), rules: rules)
            } ?? record.approvalVerdict(rules: rules)
        }
        return verdicts
    }

    /// The record with `id`.
    public func record(_ id: Int64) -> ExpenseRecord? { records.first { $0.id == id } }

    /// Net spending of `fund` (on `category` when given), read by index: a closure over the entries
    /// copied each one, which showed at every redraw of a district's funds tab.
    private func spent(_ fund: FundKind, _ category: ExpenseCategory?) -> Int64 {
        var sum: Int64 = 0
        for i in entries.indices where entries[i].fund == fund && (category == nil || entries[i].category == category) {
            sum += entries[i].amount
        }
        return sum
    }
}
