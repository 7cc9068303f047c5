/// A disclosure report of the funds for one period (附件一 四(一)): each fund's budget, spending
/// in the period and to its end, and balance, by category; the projects with their progress;
/// and each ledger entry of the period. The public version shows private payees as "个人" and unrecorded
/// ones as "未登记" (the program's own reading, `PayeeDisclosure`; the clause does not say how payees appear).
/// Built from the year's books only, so it always agrees with the ledger.
public struct FundsReport: Sendable, Equatable {
    /// One fund's figures.
    public struct FundLine: Sendable, Equatable {
        public var fund: FundKind
        public var budget: Int64
        public var spentInPeriod: Int64
        public var spentToDate: Int64
        public var categories: [CategoryLine]

        /// Budget minus spending up to the period's end.
        public var balance: Int64 { budget - spentToDate }
    }

    /// One category of a fund.
    public struct CategoryLine: Sendable, Equatable {
        public var category: ExpenseCategory
        public var spentInPeriod: Int64
        public var spentToDate: Int64
    }

    /// One project (a plan line or the expenses' project), how far its money has gone, and its
    /// progress and results entries up to the period's end.
    public struct ProjectLine: Sendable, Equatable {
        public var fund: FundKind
        public var project: String
        /// The plan's amount for the project, when it is a current plan line.
        public var planned: Int64?
        /// Progress and results recorded by the period's end, oldest first.
        public var notes: [ProjectNote] = []
        public var spentInPeriod: Int64
        public var spentToDate: Int64
        /// Expenses of the project paid (and not reversed) by the period's end.
        public var paidCount: Int
        /// Expenses of the project asked for by the period's end and still waiting.
        public var openCount: Int
    }

    /// One ledger entry of the period, with its payee as the report shows it.
    public struct EntryLine: Sendable, Equatable {
        public var date: LocalDate
        public var kind: LedgerEntry.Kind
        public var fund: FundKind
        public var category: ExpenseCategory
        public var project: String
        public var payee: String
        public var amount: Int64
        /// How a payment was paid and its 付款凭证号, when it records them.
        public var method: PaymentMethod? = nil
        public var voucher: String? = nil
        /// Who the expense benefits and what kind of cost it is, as recorded (nil: 未登记).
        public var beneficiary: Beneficiary? = nil
        public var costKind: CostKind? = nil
    }

    public var period: ReportPeriod
    public var isPublic: Bool
    public var funds: [FundLine]
    public var projects: [ProjectLine]
    public var entries: [EntryLine]
    /// Office spending of the committee fund to the period's end, and its budget (附件一 二(一)).
    public var officeSpentToDate: Int64
    public var officeCapPercent: Int

    /// The report of `period` from `book` (the books of the period's year).
    public init(book: FundsBook, period: ReportPeriod, isPublic: Bool, rules: RuleSet) {
        self.period = period
        self.isPublic = isPublic
        let toDate = book.entries.filter { $0.date <= period.lastDay }
        let inPeriod = toDate.filter { period.contains($0.date) }
        func sum(_ entries: [LedgerEntry], _ include: (LedgerEntry) -> Bool) -> Int64 {
            entries.filter(include).reduce(0) { $0 + $1.amount }
        }
        funds = FundKind.allCases.map { fund in
            FundLine(fund: fund, budget: book.budget(fund), spentInPeriod: sum(inPeriod) { $0.fund == fund },
                     spentToDate: sum(toDate) { $0.fund == fund },
                     categories: fund.categories.map { c in
                         CategoryLine(category: c, spentInPeriod: sum(inPeriod) { $0.fund == fund && $0.category == c },
                                      spentToDate: sum(toDate) { $0.fund == fund && $0.category == c })
                     })
        }
        let project = Dictionary(uniqueKeysWithValues: book.records.map { ($0.id, Self.projectName($0)) })
        let asked = book.records.filter { $0.expense.date <= period.lastDay && $0.refusal == nil && !$0.isBatchApplication }
        projects = Self.projectKeys(asked, plan: book.plan).map { key in
            let records = asked.filter { $0.expense.fund == key.fund && Self.projectName($0) == key.project }
            let ids = Set(records.map(\.id))
            let paid = records.filter { r in toDate.contains { $0.expenseID == r.id && $0.kind == .payment }
                && !toDate.contains { $0.expenseID == r.id && $0.kind == .reversal } }
            let open = records.filter { r in !toDate.contains { $0.expenseID == r.id } }
            let notes = book.notes(fund: key.fund, project: key.project).filter { $0.date <= period.lastDay }
            return ProjectLine(fund: key.fund, project: key.project, planned: book.plan.line(fund: key.fund, project: key.project)?.amount,
                               notes: isPublic ? notes.map { var n = $0; n.recordedBy = ""; return n } : notes,
                               spentInPeriod: sum(inPeriod) { ids.contains($0.expenseID) },
                               spentToDate: sum(toDate) { ids.contains($0.expenseID) }, paidCount: paid.count,
                               openCount: open.count)
        }
        entries = inPeriod.chronological().map { e in
            let expense = book.record(e.expenseID)?.expense
            return EntryLine(date: e.date, kind: e.kind, fund: e.fund, category: e.category, project: project[e.expenseID] ?? "",
                             payee: PayeeDisclosure.shown(e.payee, kind: book.payeeKinds[e.payee], inPublic: isPublic), amount: e.amount,
                             method: e.method, voucher: e.voucher, beneficiary: expense?.beneficiary, costKind: expense?.costKind)
        }
        officeSpentToDate = sum(toDate) { $0.fund == .committee && $0.category == .office }
        officeCapPercent = rules.money.officeCapPercent
    }

    /// The committee fund's budget, against which the office share is measured.
    public var committeeBudget: Int64 { funds.first { $0.fund == .committee }?.budget ?? 0 }

    /// "（未列项目）" for an expense without a project.
    static func projectName(_ record: ExpenseRecord) -> String {
        record.project.isEmpty ? unnamedProject : record.project
    }

    public static let unnamedProject = "（未列项目）"

    /// Each fund and project once, in the order of the funds, then the plan's current lines, then
    /// the other projects in the order of first request.
    private static func projectKeys(_ records: [ExpenseRecord], plan: FundPlan) -> [(fund: FundKind, project: String)] {
        var keys = [(fund: FundKind, project: String)]()
        for fund in FundKind.allCases {
            keys += plan.choices(fund: fund).map { (fund, $0.project) }
            for r in records where r.expense.fund == fund && !keys.contains(where: { $0.fund == fund && $0.project == projectName(r) }) {
                keys.append((fund, projectName(r)))
            }
        }
        return keys
    }
}
