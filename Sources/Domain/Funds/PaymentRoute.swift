/// Whether this person may pay this expense now (附件一 三(二)、三(三)): the one who records the
/// payment holds 报账员; the route is complete by the people the standard names and neither step of the street's
/// record (审核, 审批) counted on it was entered by the payer; or, for emergency spending (先行支出), the verbal
/// approval was given by a 书记 or 主任 (chosen from the people, not the payer) for no more than the
/// rule set's limit. Storage asks this at every payment, `check` for every paid expense (with each
/// person's roles on the day), the screen before it sends a payment.
public enum PaymentRoute {
    /// `.ok` when `payer` may pay `record` on its route; otherwise the first rule that stands in the way.
    public static func evaluate(_ record: ExpenseRecord, payer: Person, rules: RuleSet) -> Verdict {
        let role = Permission.recordPayment.verdict(for: payer)
        if !role.isOK { return role }
        let route = record.approvalVerdict(rules: rules)
        if route.isOK {
            if let review = countedReview(record, rules: rules), let step = stepEntered(by: payer, in: review) {
                return Verdict.local(.approval, .refusal, "街道\(step)记录由 \(payer.name) 本人登记，不能再由其支付：须由书记或主任登记，报账员支付",
                                     why: Permission.streetReviewWhy)
            }
            return route
        }
        guard let verbal = record.verbalApproval, record.refusal == nil else { return route }
        return emergency(verbal, for: record.expense, payer: payer, rules: rules)
    }

    /// Whether a verbal approval lets `expense` be paid before its route completes: given by an active
    /// 书记 or 主任 chosen from the people, neither the requester (whose own approval never counts) nor
    /// the payer (when known), for no more than the rule set's limit.
    public static func emergency(_ verbal: VerbalApproval, for expense: Expense, payer: Person?, rules: RuleSet) -> Verdict {
        let amount = expense.amount, limit = rules.money.emergencyLimit
        let numbers: [Figure] = [.fen("amount", amount), .fen("limit", limit)]
        guard let person = verbal.person, Permission.approveExpense.isHeld(by: person) else {
            return Verdict(.emergency, in: rules, .refusal,
                           "先行支出的口头批准须由书记或主任给出，本笔的口头批准人不是在册的书记、主任：须按审批路线办完后再支付",
                           numbers: numbers)
        }
        if person.id == expense.requesterID {
            return Verdict(.emergency, in: rules, .refusal, "\(person.name) 是本笔支出的申请人，本人的口头批准不计入：须由其他书记或主任批准",
                           numbers: numbers)
        }
        if let payer, payer.id == person.id {
            return Verdict(.emergency, in: rules, .refusal, "\(person.name) 口头批准了本笔先行支出，不能再由其支付", numbers: numbers)
        }
        if amount > limit {
            return Verdict(.emergency, in: rules, .refusal,
                           "单笔 \(Money.yuan(amount)) 元 > 先行支出上限 \(Money.yuan(limit)) 元（上限为本程序取值，原文未给数额）：口头批准不足以先行支付，须按审批路线办完后再支付",
                           numbers: numbers)
        }
        let title = person.has(.secretary) ? Role.secretary.title : Role.director.title
        return Verdict(.emergency, in: rules, .ok,
                       "先行支出：\(title) \(person.name) \(verbal.date) 口头批准，单笔 \(Money.yuan(amount)) 元 ≤ 上限 \(Money.yuan(limit)) 元（本程序取值）",
                       numbers: numbers)
    }

    /// "审核" or "审批" when `payer` entered that step of the street's record, else nil.
    private static func stepEntered(by payer: Person, in review: StreetReview) -> String? {
        if review.recordedBy?.id == payer.id { return "审核" }
        return review.approval?.recordedBy?.id == payer.id ? "审批" : nil
    }

    /// The street review the route counts on: the batch application's for an instalment, else the
    /// record's own, when its route is the street's.
    static func countedReview(_ record: ExpenseRecord, rules: RuleSet) -> StreetReview? {
        if let batch = record.batch { return batch.review }
        return record.route(rules: rules) == .street ? record.review : nil
    }
}
