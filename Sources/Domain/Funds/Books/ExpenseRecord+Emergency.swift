/// Emergency spending on an expense record (先行支出、后补手续, 附件一 三(二)): the money may be paid
/// on a recorded verbal approval; the written application counts as filed on the day the normal
/// approval route completes (the last approval or street review), and is due within the rule
/// set's days of the expense's date.
extension ExpenseRecord {
    /// The emergency spending of this record, when a verbal approval was recorded.
    public func emergency(rules: RuleSet) -> EmergencySpending? {
        guard let verbalApproval else { return nil }
        return EmergencySpending(verbalApproval: verbalApproval, spentOn: expense.date,
                                 writtenApplicationOn: routeCompletedOn(rules: rules))
    }

    /// The day the approval route became complete, or nil while it is not.
    public func routeCompletedOn(rules: RuleSet) -> LocalDate? {
        guard refusal == nil, approvalVerdict(rules: rules).isOK else { return nil }
        let days = approvals.map(\.date) + [review?.date].compactMap { $0 }
        return days.max()
    }

    /// Whether the written application is still missing after money went out on a verbal approval.
    public func awaitsWrittenApplication(rules: RuleSet) -> Bool {
        verbalApproval != nil && reversal == nil && refusal == nil && !approvalVerdict(rules: rules).isOK
    }

    /// What approvals and reviews still apply to: the route's state for a record paid on a verbal
    /// approval whose written application is missing, else its plain state.
    public func openStatus(rules: RuleSet) -> ExpenseStatus {
        payment != nil && awaitsWrittenApplication(rules: rules) ? routeStatus(rules: rules) : status(rules: rules)
    }

    /// Whether the bookkeeper may pay now: the route complete, or an emergency on a verbal approval
    /// by a 书记 or 主任 within the rule set's limit (who pays is `PaymentRoute`'s question).
    public func isPayable(rules: RuleSet) -> Bool {
        guard payment == nil, !isBatchApplication else { return false }
        let status = status(rules: rules)
        guard status != .approved else { return true }
        guard let verbalApproval, [.awaitingApproval, .awaitingReview, .awaitingStreetApproval].contains(status) else { return false }
        return PaymentRoute.emergency(verbalApproval, for: expense, payer: nil, rules: rules).isOK
    }

    /// The emergency verdict on `today`, when the record is emergency spending.
    public func emergencyVerdict(today: LocalDate, rules: RuleSet) -> Verdict? {
        emergency(rules: rules)?.evaluate(today: today, rules: rules)
    }

    /// Whether the written application is overdue and still not filed on `today`.
    public func isOverdueEmergency(today: LocalDate, rules: RuleSet) -> Bool {
        guard reversal == nil, refusal == nil, let e = emergency(rules: rules), e.writtenApplicationOn == nil else { return false }
        return e.evaluate(today: today, rules: rules).severity == .warning
    }
}

extension FundsBook {
    /// The emergency spendings whose written application is overdue on `today`, oldest first.
    public func overdueEmergencies(today: LocalDate, rules: RuleSet) -> [ExpenseRecord] {
        // Only a verbally approved spending can be one; testing that first spares copying every record.
        records.indices.filter { records[$0].verbalApproval != nil && records[$0].isOverdueEmergency(today: today, rules: rules) }
            .map { records[$0] }
    }
}
