import Domain
import ScreenKit

/// The funds tab (经费管理): this year's books, the selected expense, which page is shown, and an open form.
public struct FundsState: Equatable, Sendable {
    /// The pages of the tab: the expenses with their state, or one fund's ledger.
    public enum Page: Equatable, Sendable {
        case expenses
        case ledger(FundKind)
        /// The year's plan with its revisions, its meeting report and the budgets.
        case plan
        /// The disclosure report (居务公开, 附件一 四(一)) of a period, inside or public, scrolled.
        case report
    }

    public var book: FundsBook?
    /// What the books were read from, to know on coming back to the tab whether to read them again.
    public var version: DataVersion?
    public var rules: RuleSet?
    public var page: Page = .expenses
    public var list = ListState()
    public var ledgerList = ListState()
    public var planList = ListState()
    /// The disclosure page's period (this quarter when first shown), edition and scroll.
    public var report = DisclosureState()
    public var editor: FundsEditor?
    /// A payment typed into the payment form, waiting for the bookkeeper's yes.
    public var paying: PaymentConfirm?
    /// A payee's 单位/个人 correction typed into its form, waiting for the yes.
    public var correcting: PayeeCorrectionConfirm?

    /// Whether a question (a payment's, a payee correction's) has the keyboard.
    var asks: Bool { paying != nil || correcting != nil }

    public init() {}

    /// The year's expenses newest first, as the list shows them: a view over the book, not a copy
    /// (a district's year is 15,000 records).
    public var rows: ReversedCollection<[ExpenseRecord]> { (book?.records ?? []).reversed() }

    /// The expense on row `i` of `rows`, if there is one.
    func row(at i: Int) -> ExpenseRecord? {
        guard let records = book?.records, records.indices.contains(i) else { return nil }
        return records[records.count - 1 - i]
    }

    public var selected: ExpenseRecord? { row(at: list.selected) }

    /// The next page of `l`: expenses, then each fund's ledger in turn.
    var nextPage: Page {
        switch page {
        case .expenses: return .ledger(.committee)
        case .plan: return .report
        case .report: return .expenses
        case .ledger(let fund):
            guard let i = FundKind.allCases.firstIndex(of: fund), i + 1 < FundKind.allCases.count else { return .plan }
            return .ledger(FundKind.allCases[i + 1])
        }
    }
}

/// A form of the funds tab and what it is for.
public struct FundsEditor: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// A new request for money.
        case request
        /// The secretary's or director's approval or refusal of an expense.
        case decide(ExpenseRecord)
        /// The street office's review of an expense above the local limit.
        case review(ExpenseRecord)
        /// The reversal of a payment, with its reason.
        case reverse(ExpenseRecord)
        /// The payment of an approved expense by one of `methods` (those its spending item may be paid by).
        case pay(ExpenseRecord, methods: [PaymentMethod])
        /// The verbal approval of emergency spending: which of `approvers` (the active 书记 and 主任) and when.
        case verbal(ExpenseRecord, approvers: [Person])
        /// A batch application (集中申请): the request form, its amount the total.
        case batch
        /// An instalment against a batch application, with what remains of its total.
        case instalment(ExpenseRecord, remaining: Int64)
        /// A new plan line, or a new version of `revising`.
        case planLine(revising: PlanLine?)
        /// The plan's report to a meeting.
        case planReport
        /// A fund's budget.
        case budget
        /// The 一事一议 decision of an expense outside the plan.
        case caseDecision(ExpenseRecord)
        /// A progress or results entry on a project of a fund (附件一 四(一)).
        case projectNote(FundKind, project: String)
        /// A correction of whether `payee` is a 单位 or a 个人 (`current`: as recorded now, nil if never asked).
        case payeeKind(String, current: PayeeKind?)
    }

    public var mode: Mode
    public var form: FormState
    /// The plan-line picker over the request form, while it is open.
    public var picker: PlanPicker?
    /// Which page of the request form's notes is shown when they do not fit under the fields (turned by PgDn, PgUp).
    public var notesPage = 0

    /// Whether the editor is the full-screen request form (a request or a batch application).
    var isRequestForm: Bool { mode == .request || mode == .batch }

    var title: String {
        switch mode {
        case .request: return FundsText.requestTitle
        case .decide(let r): return FundsText.decideTitle(r)
        case .review(let r): return FundsText.reviewTitle(r)
        case .reverse(let r): return FundsText.reverseTitle(r)
        case .pay(let r, _): return FundsText.payTitle(r)
        case .verbal(let r, _): return FundsText.verbalTitle(r)
        case .batch: return FundsText.batchTitle
        case .instalment(let r, let remaining): return FundsText.instalmentTitle(r, remaining: remaining)
        case .planLine(let old): return old.map(FundsText.reviseTitle) ?? FundsText.planLineTitle
        case .planReport: return FundsText.planReportTitle
        case .budget: return FundsText.budgetTitle
        case .caseDecision(let r): return FundsText.caseTitle(r)
        case .projectNote(let fund, let project): return FundsText.noteTitle(fund, project)
        case .payeeKind(let payee, let current): return FundsText.payeeCorrectionFormTitle(payee, current: current)
        }
    }
}
