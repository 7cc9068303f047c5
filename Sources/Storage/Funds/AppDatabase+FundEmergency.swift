import Domain
import Foundation
import GRDB

/// Emergency spending (先行支出、后补手续, 附件一 三(二)): for a sudden emergency the committee may
/// spend on a verbal approval and file the written application afterwards. The verbal approval
/// (who, when) is recorded once on an open request; the bookkeeper may then pay it, and the
/// written application counts as filed when the normal route completes.
extension AppDatabase {
    /// Records that `approval.person` (an active 书记 or 主任, chosen from the people) approved expense
    /// `id` verbally on `approval.date`, entered by a secretary, director or bookkeeper; refused above
    /// the rule set's emergency limit. The name stored is the person's, whatever `approval` says.
    @discardableResult
    public func recordVerbalApproval(_ approval: VerbalApproval, for id: Int64, by actor: Int64, at: Date,
                                     rules: RuleSet) throws -> ExpenseRecord {
        guard let approverID = approval.person?.id else { throw StorageError(.invalidInput, FundsText.verbalApproverEmpty) }
        return try audited(by: actor, at: at) { db in
            try PersonTable.require(.recordDecisions, by: actor, in: db)
            let approver = try PersonTable.require(approverID, in: db)
            let approval = VerbalApproval(by: approver, date: approval.date)
            let (_, record) = try Self.record(id, rules: rules, in: db)
            let verdict = PaymentRoute.emergency(approval, for: record.expense, payer: nil, rules: rules)
            if !approver.isActive || !verdict.isOK {
                throw StorageError(.notPermitted, approver.isActive ? verdict.message : FundsText.verbalApproverInactive)
            }
            if record.verbalApproval != nil { throw StorageError(.notPermitted, FundsText.verbalAlready) }
            let status = record.status(rules: rules)
            guard [.awaitingApproval, .awaitingReview, .awaitingStreetApproval].contains(status) else {
                throw StorageError(.notPermitted, FundsText.verbalNotOpen(status))
            }
            try FundTables.insertVerbalApproval(approval, expense: id, by: actor, at: at, in: db)
            let (_, updated) = try Self.record(id, rules: rules, in: db)
            return (updated, [.expense("expense.verbal", id, ["approver": approval.approver, "approverID": String(approverID),
                                                              "date": approval.date.iso])])
        }
    }
}

// MARK: - Text of emergency spending
