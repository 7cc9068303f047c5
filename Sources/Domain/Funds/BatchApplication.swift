/// A batch application with staged reimbursement (集中申请、分批报销, 附件一 三(二)): one approved
/// application with a total, paid in instalments. Each instalment is checked against what
/// remains; the sum never exceeds the total. The application goes to the street office whatever
/// its total ("居委会可集中向街道、镇提出用款申请"), and its instalments follow it.
public struct BatchApplication: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var fund: FundKind
    public var purpose: String
    /// The approved total, in fen.
    public var total: Int64
    public var requesterID: Int64
    /// Approvals recorded on the application; they do not approve it (it goes to the street).
    public var approvals: [Approval]
    /// The street office's review, which approves the application.
    public var review: StreetReview?

    public init(id: Int64, fund: FundKind, purpose: String, total: Int64, requesterID: Int64,
                approvals: [Approval] = [], review: StreetReview? = nil) {
        self.id = id
        self.fund = fund
        self.purpose = purpose
        self.total = total
        self.requesterID = requesterID
        self.approvals = approvals
        self.review = review
    }

    /// Why a batch application goes to the street whatever its total (附件一 三(二)).
    public static let streetWhy = "集中申请向街道、镇提出，不论总额"

    /// The route of the whole application: the street's, whatever its total.
    public func route(rules: RuleSet) -> ApprovalRoute { .street }

    /// What remains after `paid` instalments.
    public func remaining(after paid: [Int64]) -> Int64 { total - paid.reduce(0, +) }

    // MARK: - Verdicts

    /// Whether the application itself is approved on its route.
    public func approval(rules: RuleSet) -> Verdict {
        ExpenseApproval.evaluate(amount: total, requesterID: requesterID, approvals: approvals, review: review,
                                 rules: rules, subject: "集中申请总额", streetBecause: Self.streetWhy)
    }

    /// Whether an instalment of `amount` may be paid after the instalments `paid`.
    public func checkInstalment(_ amount: Int64, paid: [Int64], rules: RuleSet) -> Verdict {
        let approved = approval(rules: rules)
        guard approved.isOK else { return approved }
        let before = paid.reduce(0, +)
        let after = before + amount
        let numbers: [Figure] = [.fen("amount", amount), .fen("paid", before), .fen("total", total)]
        let head = "本次 \(Money.yuan(amount)) 元 + 已报 \(Money.yuan(before)) 元 = \(Money.yuan(after)) 元"
        if after > total {
            return Verdict(.batch, in: rules, .refusal,
                           "\(head) > 集中申请总额 \(Money.yuan(total)) 元，超出 \(Money.yuan(after - total)) 元", numbers: numbers)
        }
        return Verdict(.batch, in: rules, .ok,
                       "\(head) ≤ 集中申请总额 \(Money.yuan(total)) 元，剩余 \(Money.yuan(total - after)) 元（按\(route(rules: rules).title)路线）",
                       numbers: numbers)
    }
}
