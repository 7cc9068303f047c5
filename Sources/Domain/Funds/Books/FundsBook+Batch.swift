/// Batch applications in the year's books (集中申请、分批报销, 附件一 三(二)): the instalments of
/// each application, what they add up to and what remains of the approved total. An instalment
/// counts until its payment is reversed.
extension FundsBook {
    /// The instalments of batch application `batchID`, oldest first.
    public func instalments(of batchID: Int64) -> [ExpenseRecord] {
        records.filter { $0.batch?.id == batchID }
    }

    /// The amounts of the instalments of `batchID` that still count (not reversed), those before
    /// record `before` only when it is given.
    public func instalmentAmounts(of batchID: Int64, before: Int64? = nil) -> [Int64] {
        instalments(of: batchID).filter { r in r.reversal == nil && before.map { r.id < $0 } ?? true }.map(\.expense.amount)
    }

    /// What remains of the application's total after its instalments that count.
    public func remaining(ofBatch batchID: Int64) -> Int64 {
        guard let application = record(batchID) else { return 0 }
        return application.expense.amount - instalmentAmounts(of: batchID).reduce(0, +)
    }

    /// The application and its instalments' ids: they are one approved spending, not a split.
    func batchFamily(of record: ExpenseRecord) -> Set<Int64> {
        guard let batchID = record.isBatchApplication ? record.id : record.batch?.id else { return [] }
        return Set([batchID] + instalments(of: batchID).map(\.id))
    }

    /// The batch application `r` as the instalment rule sees it: its total and its route's approvals.
    public static func application(_ r: ExpenseRecord) -> BatchApplication {
        BatchApplication(id: r.id, fund: r.expense.fund, purpose: r.expense.purpose, total: r.expense.amount,
                         requesterID: r.expense.requesterID, approvals: r.approvals, review: r.review)
    }
}
