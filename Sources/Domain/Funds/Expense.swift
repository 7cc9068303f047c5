/// One expense from a neighbourhood fund, as the fund rules see it: amount in fen, fund,
/// category, payee, purpose, Shanghai date, who asked, how it is paid and its place in the plan.
public struct Expense: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var fund: FundKind
    public var category: ExpenseCategory
    /// The amount in fen.
    public var amount: Int64
    public var payee: String
    public var purpose: String
    public var date: LocalDate
    /// The person who asked for the money; their own approval does not count.
    public var requesterID: Int64
    public var payment: PaymentMethod
    /// The spending item (支出科目, "办公费"), checked against the official-card list.
    public var spendingItem: String?
    /// Whether the expense is in the year's approved fund plan.
    public var inPlan: Bool
    /// The 一事一议 decision of an expense outside the plan.
    public var caseDecision: CaseDecision?
    /// Whether the year has a plan at all; without one every expense is outside it (附件一 三(一)).
    public var yearHasPlan = true
    /// Who it benefits and what kind of cost it is, as the requester answered; nil on records from before the question (未登记).
    public var beneficiary: Beneficiary?
    public var costKind: CostKind?

    public init(id: Int64, fund: FundKind, category: ExpenseCategory, amount: Int64, payee: String, purpose: String,
                date: LocalDate, requesterID: Int64, payment: PaymentMethod = .officialCard, spendingItem: String? = nil,
                inPlan: Bool = true, caseDecision: CaseDecision? = nil) {
        self.id = id
        self.fund = fund
        self.category = category
        self.amount = amount
        self.payee = payee
        self.purpose = purpose
        self.date = date
        self.requesterID = requesterID
        self.payment = payment
        self.spendingItem = spendingItem
        self.inPlan = inPlan
        self.caseDecision = caseDecision
    }
}

/// How an expense is paid.
public enum PaymentMethod: String, Sendable, CaseIterable, Codable {
    case cash, officialCard, bankTransfer

    /// "现金", "公务卡", "银行转账".
    public var title: String {
        switch self {
        case .cash: return "现金"
        case .officialCard: return "公务卡"
        case .bankTransfer: return "银行转账"
        }
    }
}

/// The record of a 一事一议 decision that added a project outside the plan.
public struct CaseDecision: Sendable, Equatable, Codable {
    /// The reference of the decision (会议记录 or the street office's reply).
    public var reference: String
    public var date: LocalDate

    public init(reference: String, date: LocalDate) {
        self.reference = reference
        self.date = date
    }
}

/// The street office's record of an expense or application over the local limit, as entered here
/// (the steps themselves happen outside the program): its 审核 and then its 审批 ("审核后，按街道、镇
/// 相关程序审批", 附件一 三(二)), each with who, a reference number and a date.
public struct StreetReview: Sendable, Equatable, Codable {
    public var reviewer: String
    public var reference: String
    public var date: LocalDate
    /// Who entered the review here (the 书记 or 主任, never the person who pays); nil before it is saved.
    public var recordedBy: Person?
    /// The street's 审批 after the review, once it is entered.
    public var approval: StreetApproval?
    /// Whether this record was entered as one step, before the program kept 审核 and 审批 apart (or
    /// imported from a file without the 审批 column): it counts for both and says so (本程序的做法).
    public var oneStep = false

    public init(reviewer: String, reference: String, date: LocalDate, recordedBy: Person? = nil,
                approval: StreetApproval? = nil, oneStep: Bool = false) {
        self.reviewer = reviewer
        self.reference = reference
        self.date = date
        self.recordedBy = recordedBy
        self.approval = approval
        self.oneStep = oneStep
    }

    /// Whether the street's approval step is still to be entered.
    public var awaitsApproval: Bool { approval == nil && !oneStep }
}

/// The street office's 审批 of an expense or application, entered after its 审核.
public struct StreetApproval: Sendable, Equatable, Codable {
    public var approver: String
    public var reference: String
    public var date: LocalDate
    /// Who entered the approval here (the 书记 or 主任, never the person who pays); nil before it is saved.
    public var recordedBy: Person?

    public init(approver: String, reference: String, date: LocalDate, recordedBy: Person? = nil) {
        self.approver = approver
        self.reference = reference
        self.date = date
        self.recordedBy = recordedBy
    }
}
