/// The plan in the year's books: what each current line has spent, net of reversals, from the
/// payments of expenses of its fund and project.
extension FundsBook {
    /// Net spending on `line`.
    public func spent(onLine line: PlanLine) -> Int64 {
        let ids = Set(records.filter { $0.expense.fund == line.fund && $0.project == line.project }.map(\.id))
        return entries.filter { ids.contains($0.expenseID) }.reduce(0) { $0 + $1.amount }
    }

    /// The plan's total of current lines for `fund` in `category`.
    public func planned(_ fund: FundKind, _ category: ExpenseCategory) -> Int64 {
        plan.current.filter { $0.fund == fund && $0.category == category }.reduce(0) { $0 + $1.amount }
    }

    /// The plan's total of current lines for `fund`.
    public func planned(_ fund: FundKind) -> Int64 {
        plan.current.filter { $0.fund == fund }.reduce(0) { $0 + $1.amount }
    }
}
