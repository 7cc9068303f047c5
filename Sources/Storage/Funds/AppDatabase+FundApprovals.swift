import Domain
import Foundation
import GRDB

/// Approving and reviewing expenses (附件一 三(二)): the secretary and the director each approve
/// or refuse, as themselves, never their own request and never twice; above the local limit the
/// street office's review must be recorded first, then its approval. Checked here, whatever the screen shows.
extension AppDatabase {
    // MARK: - Decisions

    /// Records `actor`'s approval or refusal of expense `id` in `role` (书记 or 主任), with a reason.
    @discardableResult
    public func decideExpense(_ id: Int64, approve: Bool, as role: Role, reason: String, on date: LocalDate,
                              by actor: Int64, at: Date, rules: RuleSet) throws -> ExpenseRecord {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return try audited(by: actor, at: at) { db in
            let person = try PersonTable.require(.approveExpense, by: actor, in: db)
            let (_, record) = try Self.record(id, rules: rules, in: db)
            try Self.requireDecidable(record, by: person, as: role, rules: rules)
            if !approve && reason.isEmpty { throw StorageError(.invalidInput, FundsText.refusalNeedsReason) }
            let decision = ExpenseDecision(person: person, role: role, approved: approve, reason: reason, date: date)
            try FundTables.insertDecision(decision, expense: id, at: at, in: db)
            let (_, updated) = try Self.record(id, rules: rules, in: db)
            return (updated, [.expense(approve ? "expense.approve" : "expense.refuse", id,
                                       ["role": role.rawValue, "reason": reason, "date": date.iso])])
        }
    }

    // MARK: - Street review

    /// Records the street office's review of an expense above the local limit (reviewer, reference,
    /// date), entered by the 书记 or 主任 (`Permission.recordStreetReview`), never the bookkeeper.
    @discardableResult
    public func recordStreetReview(_ review: StreetReview, for id: Int64, by actor: Int64, at: Date,
                                   rules: RuleSet) throws -> ExpenseRecord {
        let review = StreetReview(reviewer: review.reviewer.trimmingCharacters(in: .whitespacesAndNewlines),
                                  reference: review.reference.trimmingCharacters(in: .whitespacesAndNewlines), date: review.date)
        return try recordStreetStep(for: id, who: review.reviewer, reference: review.reference, incomplete: FundsText.reviewIncomplete,
                                    by: actor, at: at, rules: rules,
                                    event: ("expense.review", ["reviewer": review.reviewer, "reference": review.reference,
                                                               "date": review.date.iso])) { record, db in
            try Self.requireReviewable(record, rules: rules)
            try FundTables.insertReview(review, expense: id, by: actor, at: at, in: db)
        }
    }

    /// Records the street office's approval (审批) after its review of expense `id` (approver, reference,
    /// date, not before the review's), entered by the 书记 or 主任 (`Permission.recordStreetReview`).
    @discardableResult
    public func recordStreetApproval(_ approval: StreetApproval, for id: Int64, by actor: Int64, at: Date,
                                     rules: RuleSet) throws -> ExpenseRecord {
        let approval = StreetApproval(approver: approval.approver.trimmingCharacters(in: .whitespacesAndNewlines),
                                      reference: approval.reference.trimmingCharacters(in: .whitespacesAndNewlines), date: approval.date)
        return try recordStreetStep(for: id, who: approval.approver, reference: approval.reference,
                                    incomplete: FundsText.approvalIncomplete, by: actor, at: at, rules: rules,
                                    event: ("expense.street-approval", ["approver": approval.approver, "reference": approval.reference,
                                                                        "date": approval.date.iso])) { record, db in
            try Self.requireStreetApprovable(record, on: approval.date, rules: rules)
            try FundTables.insertStreetApproval(approval, expense: id, by: actor, at: at, in: db)
        }
    }

    /// One step of the street's route entered here: who and the reference required, the recorder a 书记
    /// or 主任, the step's own check and write, then the record as it now stands and its audit event.
    private func recordStreetStep(for id: Int64, who: String, reference: String, incomplete: String, by actor: Int64, at: Date,
                                  rules: RuleSet, event: (action: String, detail: [String: String]),
                                  _ write: (ExpenseRecord, Database) throws -> Void) throws -> ExpenseRecord {
        if who.isEmpty || reference.isEmpty { throw StorageError(.invalidInput, incomplete) }
        return try audited(by: actor, at: at) { db in
            try PersonTable.require(.recordStreetReview, by: actor, in: db)
            let (_, record) = try Self.record(id, rules: rules, in: db)
            try write(record, db)
            let (_, updated) = try Self.record(id, rules: rules, in: db)
            return (updated, [.expense(event.action, id, event.detail)])
        }
    }

    // MARK: - The rules of a decision and a review (the screen and the import both go through these)

    /// Throws unless `person` may decide `record` in `role`: a secretary or director holding it, the
    /// street review first above the limit, never their own request, never twice.
    static func requireDecidable(_ record: ExpenseRecord, by person: Person, as role: Role, rules: RuleSet) throws {
        let approving = Permission.approveExpense
        guard approving.roles.contains(role) else { throw StorageError(.notPermitted, approving.verdict(for: nil).message) }
        guard person.has(role) else { throw StorageError(.notPermitted, FundsText.notHolding(person, role)) }
        if record.batch != nil { throw StorageError(.notPermitted, FundsText.instalmentFollowsBatch) }
        try requireOpen(record, rules: rules)
        let verdict = record.approvalVerdict(rules: rules)
        if verdict.need == .streetReview { throw StorageError(.notPermitted, FundsText.streetFirst(verdict)) }
        if record.expense.requesterID == person.id { throw StorageError(.notPermitted, FundsText.ownRequest(person)) }
        if record.decisions.contains(where: { $0.person.id == person.id }) {
            throw StorageError(.notPermitted, FundsText.alreadyDecided(person))
        }
    }

    /// Throws unless a street review may be recorded for `record`: on the street's route (above the
    /// limit, or a batch application whatever its total), once, while open.
    static func requireReviewable(_ record: ExpenseRecord, rules: RuleSet) throws {
        if record.batch != nil { throw StorageError(.notPermitted, FundsText.instalmentFollowsBatch) }
        if record.route(rules: rules) == .local {
            throw StorageError(.invalidInput, FundsText.reviewOnlyForStreet)
        }
        if record.review != nil { throw StorageError(.notPermitted, FundsText.alreadyReviewed) }
        try requireOpen(record, rules: rules)
    }

    /// Throws unless the street's approval may be recorded for `record` on `date`: reviewed (as two
    /// steps), not yet approved, open, and not dated before the review.
    static func requireStreetApprovable(_ record: ExpenseRecord, on date: LocalDate, rules: RuleSet) throws {
        if record.batch != nil { throw StorageError(.notPermitted, FundsText.instalmentFollowsBatch) }
        guard let review = record.review else { throw StorageError(.notPermitted, FundsText.reviewBeforeApproval) }
        if !review.awaitsApproval { throw StorageError(.notPermitted, FundsText.alreadyStreetApproved) }
        if date < review.date { throw StorageError(.invalidInput, FundsText.approvalBeforeReview(date, review.date)) }
        try requireOpen(record, rules: rules)
    }

    // MARK: - Helpers

    /// The year's book and the record `id` in it, or `notFound`.
    static func record(_ id: Int64, rules: RuleSet, in db: Database) throws -> (FundsBook, ExpenseRecord) {
        let year = try FundTables.year(ofExpense: id, in: db)
        let book = try FundTables.book(year: year, defaultBudget: rules.money.fundBudget, in: db)
        guard let record = book.record(id) else { throw StorageError(.notFound, FundsText.expenseNotFound(id)) }
        return (book, record)
    }

    /// Throws unless the expense is still waiting for decisions (not refused, paid or reversed).
    /// An expense paid on a verbal approval stays open until its written route completes.
    static func requireOpen(_ record: ExpenseRecord, rules: RuleSet) throws {
        let status = record.openStatus(rules: rules)
        if [.refused, .paid, .reversed].contains(status) { throw StorageError(.notPermitted, FundsText.closed(status)) }
    }
}
