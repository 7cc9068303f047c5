import Domain

/// The funds tab's work against storage; each comes back as a `FundsResult`.
public enum FundsEffect: Equatable, Sendable {
    /// Load this year's books and the rule set in force today (the day itself is the tab context's clock).
    case load
    /// The same, unless the books are still as they were when `version` was read: then only the
    /// rules come back (`unchanged`), and the tab keeps the books it holds.
    case loadUnlessUnchanged(since: DataVersion)
    case request(ExpenseRequest, by: Int64)
    case decide(expenseID: Int64, approve: Bool, role: Role, reason: String, by: Int64)
    case review(expenseID: Int64, StreetReview, by: Int64)
    /// The street office's approval (审批) after its review.
    case streetApproval(expenseID: Int64, StreetApproval, by: Int64)
    /// The verbal approval of emergency spending (先行支出).
    case verbal(expenseID: Int64, VerbalApproval, by: Int64)
    /// A batch application (集中申请) whose amount is the total.
    case requestBatch(ExpenseRequest, by: Int64)
    /// An instalment (分批报销) against an approved batch application.
    case instalment(batchID: Int64, amount: Int64, date: LocalDate, receipts: String, by: Int64)
    /// A plan line, or a new version of one (附件一 三(一)).
    case savePlanLine(PlanLine, year: Int, by: Int64)
    /// The plan's report to a meeting.
    case planReport(PlanReport, year: Int, by: Int64)
    /// A fund's budget for the year, set by the secretary.
    case setBudget(FundKind, amount: Int64, year: Int, by: Int64)
    /// The 一事一议 decision of an expense outside the plan.
    case caseDecision(expenseID: Int64, CaseDecision, by: Int64)
    case pay(expenseID: Int64, PaymentDetails, by: Int64)
    case reverse(expenseID: Int64, reason: String, by: Int64)
    /// A progress or results entry on a project (附件一 四(一)), appended by the person logged in.
    case projectNote(ProjectNote, by: Int64)
    /// A payee's 单位/个人 corrected: a new record beside the first answer.
    case correctPayeeKind(PayeeCorrection, by: Int64)
}

/// The results of the funds tab's effects.
public enum FundsResult: Equatable, Sendable {
    /// The year's books and the rules in force today.
    case loaded(FundsBook, rules: RuleSet, version: DataVersion? = nil)
    /// The books are as the tab holds them; the rules in force today.
    case unchanged(rules: RuleSet)
    /// A change was saved: close the form, say so, load again.
    case saved(String)
}
