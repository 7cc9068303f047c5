/// One expense as the books keep it: the request, who asked, each approval or refusal with its
/// reason, the street's review and approval, and the payment and its reversal when there are any. Nothing in it
/// is ever changed: a later step is a new entry.
public struct ExpenseRecord: Sendable, Equatable, Identifiable {
    public var expense: Expense
    public var project: String
    public var receipts: String
    public var requester: Person
    public var decisions: [ExpenseDecision]
    public var review: StreetReview?
    public var payment: LedgerEntry?
    public var reversal: LedgerEntry?
    /// The verbal approval of emergency spending (先行支出), when it was recorded.
    public var verbalApproval: VerbalApproval?
    /// Whether this record is a batch application (集中申请): its amount is the total, never paid itself.
    public var isBatchApplication = false
    /// The batch application this record is an instalment of (分批报销); its route is the batch's.
    public var batch: BatchApplication?
    /// Whether the committee has no 书记 and 主任, two different active people other than the
    /// requester, to approve it locally (一肩挑, or the 主任 asked): then it goes to the street.
    /// Set when the books are read (`FundsBook.markLocalPairs`).
    public var noLocalPair = false

    public init(expense: Expense, project: String, receipts: String, requester: Person,
                decisions: [ExpenseDecision] = [], review: StreetReview? = nil,
                payment: LedgerEntry? = nil, reversal: LedgerEntry? = nil, verbalApproval: VerbalApproval? = nil) {
        self.expense = expense
        self.project = project
        self.receipts = receipts
        self.requester = requester
        self.decisions = decisions
        self.review = review
        self.payment = payment
        self.reversal = reversal
        self.verbalApproval = verbalApproval
    }

    public var id: Int64 { expense.id }

    /// The approvals (not the refusals), as the approval rule counts them.
    public var approvals: [Approval] {
        decisions.filter(\.approved).map { Approval(person: $0.person, role: $0.role, date: $0.date) }
    }

    /// The first refusal, if anyone refused.
    public var refusal: ExpenseDecision? { decisions.first { !$0.approved } }

    // MARK: - Route

    /// The route this expense takes: a batch application's (and its instalments') is the street's,
    /// whatever the total; a small one's too when it goes to the street instead (`goesToStreetInstead`);
    /// any other's is set by its amount.
    public func route(rules: RuleSet) -> ApprovalRoute {
        batch != nil || isBatchApplication || goesToStreetInstead(rules: rules) ? .street
            : ExpenseApproval.route(for: expense.amount, rules: rules)
    }

    /// The approval rule's verdict on this expense as it stands.
    public func approvalVerdict(rules: RuleSet) -> Verdict {
        if let batch { return batch.approval(rules: rules) }
        if isBatchApplication { return FundsBook.application(self).approval(rules: rules) }
        return ExpenseApproval.evaluate(amount: expense.amount, requesterID: expense.requesterID, approvals: approvals, review: review,
                                        rules: rules, streetBecause: goesToStreetInstead(rules: rules) ? ExpenseApproval.noLocalPairWhy : nil)
    }

    /// Whether a small expense goes to the street (本程序的做法): it has a street review (it was on
    /// the street's route when that was entered), or no two local approvers can approve it and
    /// they have not already done so.
    private func goesToStreetInstead(rules: RuleSet) -> Bool {
        guard ExpenseApproval.route(for: expense.amount, rules: rules) == .local else { return false }
        if review != nil { return true }
        return noLocalPair && !ExpenseApproval.evaluate(amount: expense.amount, requesterID: expense.requesterID,
                                                        approvals: approvals, review: nil, rules: rules).isOK
    }

    /// Where the expense stands: waiting for the street or the committee, refused, ready, paid, reversed.
    public func status(rules: RuleSet) -> ExpenseStatus {
        if reversal != nil { return .reversed }
        if payment != nil { return .paid }
        return routeStatus(rules: rules)
    }

    /// Where the approval route stands, whether or not the money was paid on a verbal approval.
    public func routeStatus(rules: RuleSet) -> ExpenseStatus {
        if reversal != nil { return .reversed }
        if refusal != nil { return .refused }
        let verdict = approvalVerdict(rules: rules)
        if verdict.isOK { return .approved }
        switch verdict.need {
        case .streetReview: return .awaitingReview
        case .streetApproval: return .awaitingStreetApproval
        default: return .awaitingApproval
        }
    }
}

/// Where an expense stands on its way from request to the ledger.
public enum ExpenseStatus: String, Sendable, CaseIterable, Equatable {
    case awaitingReview, awaitingStreetApproval, awaitingApproval, refused, approved, paid, reversed

    /// "待街道审核", "待街道审批", "待审批", "已拒绝", "待支付", "已支付", "已冲销".
    public var title: String {
        switch self {
        case .awaitingReview: return "待街道审核"
        case .awaitingStreetApproval: return "待街道审批"
        case .awaitingApproval: return "待审批"
        case .refused: return "已拒绝"
        case .approved: return "待支付"
        case .paid: return "已支付"
        case .reversed: return "已冲销"
        }
    }
}

/// An approval or refusal of an expense by the secretary or the director, with its reason.
public struct ExpenseDecision: Sendable, Equatable {
    public var person: Person
    public var role: Role
    public var approved: Bool
    public var reason: String
    public var date: LocalDate

    public init(person: Person, role: Role, approved: Bool, reason: String, date: LocalDate) {
        self.person = person
        self.role = role
        self.approved = approved
        self.reason = reason
        self.date = date
    }

    /// "书记 王芳 同意（2026-11-29）：活动必需".
    public var summary: String {
        let verb = approved ? "同意" : "拒绝"
        return "\(role.title) \(person.name) \(verb)（\(date)）" + (reason.isEmpty ? "" : "：\(reason)")
    }
}
