/// One setting of a fund's budget for the year, as kept: the amount, who set it and when. The
/// latest counts; every earlier one stays and is shown when the budget is edited again.
public struct BudgetChange: Sendable, Equatable {
    public var fund: FundKind
    public var amount: Int64
    public var setBy: String
    /// When it was set, in Shanghai time ("2026-03-01 09:30").
    public var setAt: String

    public init(fund: FundKind, amount: Int64, setBy: String, setAt: String) {
        self.fund = fund
        self.amount = amount
        self.setBy = setBy
        self.setAt = setAt
    }

    /// "2026-03-01 09:30 王秀兰 设为 ¥100,000.00".
    public var summary: String { "\(setAt) \(setBy) 设为 \(Money.format(amount))" }
}

extension FundsBook {
    /// The settings of `fund`'s budget this year, newest first.
    public func budgetHistory(_ fund: FundKind) -> [BudgetChange] {
        budgetChanges.filter { $0.fund == fund }.reversed()
    }
}
