/// A request for money from one fund, as the requester fills it in on screen or a file gives it:
/// everything about the expense except its id and the approvals that follow.
public struct ExpenseRequest: Sendable, Equatable, Codable {
    public var fund: FundKind
    public var category: ExpenseCategory
    /// The project or plan line the money is for ("重阳节敬老活动").
    public var project: String
    /// The amount in fen, as `Money.parse` read it.
    public var amount: Int64
    public var payee: String
    public var purpose: String
    public var payment: PaymentMethod
    public var date: LocalDate
    /// The receipt (票据) numbers, as typed ("No.0012、No.0013").
    public var receipts: String
    /// The spending item (支出科目, "办公费"), checked against the official-card list.
    public var spendingItem: String?
    /// Whether the payee is a 单位 or a 个人: asked when the payee is first used, ignored once it is recorded.
    public var payeeKind: PayeeKind?
    /// Who it benefits and what kind of cost it is (the screen asks; an import may leave them out: 未登记).
    public var beneficiary: Beneficiary?
    public var costKind: CostKind?

    public init(fund: FundKind, category: ExpenseCategory, project: String, amount: Int64, payee: String,
                purpose: String, payment: PaymentMethod, date: LocalDate, receipts: String = "",
                spendingItem: String? = nil, payeeKind: PayeeKind? = nil, beneficiary: Beneficiary? = nil,
                costKind: CostKind? = nil) {
        self.fund = fund
        self.category = category
        self.project = project
        self.amount = amount
        self.payee = payee
        self.purpose = purpose
        self.payment = payment
        self.date = date
        self.receipts = receipts
        self.spendingItem = spendingItem
        self.payeeKind = payeeKind
        self.beneficiary = beneficiary
        self.costKind = costKind
    }

    /// The expense as the fund rules see it, once it has an id and a requester.
    public func expense(id: Int64, requesterID: Int64) -> Expense {
        var e = Expense(id: id, fund: fund, category: category, amount: amount, payee: payee, purpose: purpose,
                        date: date, requesterID: requesterID, payment: payment, spendingItem: spendingItem)
        e.beneficiary = beneficiary
        e.costKind = costKind
        return e
    }
}

/// The approval route sentence shown as soon as an amount is known (附件一 三(二)):
/// "≤ 500 元：书记、主任共同审批（附件一 三(二)）" or "> 500 元：须先经街道、镇审核（…）".
public enum RouteSentence {
    /// The route of `amount` in words, with the limit and the clause.
    public static func of(_ amount: Int64, rules: RuleSet) -> String {
        let limit = Money.yuan(rules.money.localLimit)
        let text = ExpenseApproval.route(for: amount, rules: rules) == .local
            ? "≤ \(limit) 元：书记、主任共同审批"
            : "> \(limit) 元：须先经街道、镇审核"
        return "\(text)（\(rules.clause(.approval))）"
    }

    /// The route of a recorded expense: the street's for a batch application, or for a small expense
    /// no two local approvers can approve (本程序的做法); else the route of its amount.
    public static func of(_ r: ExpenseRecord, rules: RuleSet) -> String {
        if r.isBatchApplication { return batch(rules: rules) }
        let small = ExpenseApproval.route(for: r.expense.amount, rules: rules) == .local
        return small && r.route(rules: rules) == .street ? noLocalPair(rules: rules) : of(r.expense.amount, rules: rules)
    }

    /// The route of a small expense no two local approvers can approve (本程序的做法).
    public static func noLocalPair(rules: RuleSet) -> String {
        "\(ExpenseApproval.noLocalPairWhy)：须先经街道、镇审核（\(rules.clause(.approval))）"
    }

    /// The route of a batch application: the street's, whatever its total.
    public static func batch(rules: RuleSet) -> String {
        "\(BatchApplication.streetWhy)：须先经街道、镇审核（\(rules.clause(.batch))）"
    }
}
