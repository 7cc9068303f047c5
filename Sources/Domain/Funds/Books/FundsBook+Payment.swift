/// Whether the bookkeeper may pay an expense now (附件一 三): its route complete, or emergency
/// spending on a recorded verbal approval, and no rule refusing it (category, plan without its
/// 一事一议 decision, cash on the official-card list, office cap). The screen, the import and the
/// storage all ask this one question and give its one sentence.
extension FundsBook {
    /// Nil when `record` may be paid now, else the sentence saying why not, with each rule's own.
    /// With `payer`, also whether that person may pay it (`PaymentRoute`: 报账员, not the one who
    /// entered the street review or gave the verbal approval).
    /// With `method`, the expense is judged as paid that way (the payment form's choice), not as requested.
    public func paymentRefusal(_ record: ExpenseRecord, payer: Person? = nil, method: PaymentMethod? = nil, rules: RuleSet) -> String? {
        if record.isBatchApplication { return Self.batchNotPaidItself }
        let record = method.map(record.paying(by:)) ?? record
        var verdicts = verdicts(on: record, rules: rules)
        if let verbal = record.verbalApproval, !record.approvalVerdict(rules: rules).isOK {
            verdicts.removeAll { $0.rule == .approval }
            verdicts.append(PaymentRoute.emergency(verbal, for: record.expense, payer: payer, rules: rules))
        }
        var blocking = verdicts.filter { $0.severity >= .needs }
        if let payer, case let who = PaymentRoute.evaluate(record, payer: payer, rules: rules),
           who.severity >= .needs, !blocking.contains(who) {
            blocking.append(who)
        }
        if record.isPayable(rules: rules) && blocking.isEmpty { return nil }
        let status = record.status(rules: rules)
        let head: String
        if status == .approved {
            head = "本笔支出审批路线已完成，但不能支付"
        } else if record.isPayable(rules: rules) {
            head = "本笔支出已口头批准先行支出，但不能支付"
        } else {
            head = "本笔支出\(status.title)，审批路线未完成，不能支付"
        }
        return head + (blocking.isEmpty ? "" : "：" + blocking.map(\.message).joined(separator: "；"))
    }

    /// Why a batch application itself is never paid.
    public static let batchNotPaidItself = "集中申请本身不支付：请按分批报销逐笔登记，每笔在剩余额度内支付（附件一 三(二)）"
}
