/// All the fund rules on one expense, in the order a bookkeeper meets them: category, plan,
/// payment, who benefits and what kind of cost, office cap, approval and split detection. Screens show the verdicts as they are;
/// the worst severity decides whether the expense can be paid.
public enum ExpenseCheck {
    /// What the rules need to know besides the expense.
    public struct Context: Sendable, Equatable {
        public var approvals: [Approval]
        public var review: StreetReview?
        /// Office spending already made from the committee fund this year, in fen.
        public var officeSpentThisYear: Int64
        /// The committee fund's budget this year (the rule set's default when nil).
        public var committeeBudget: Int64?
        /// The other expenses of the year, for split detection.
        public var others: [Expense]

        public init(approvals: [Approval] = [], review: StreetReview? = nil, officeSpentThisYear: Int64 = 0,
                    committeeBudget: Int64? = nil, others: [Expense] = []) {
            self.approvals = approvals
            self.review = review
            self.officeSpentThisYear = officeSpentThisYear
            self.committeeBudget = committeeBudget
            self.others = others
        }
    }

    /// Every verdict on `expense`, by the rule set in force on its date.
    public static func evaluate(_ expense: Expense, context: Context, rules: RuleSet) -> [Verdict] {
        var verdicts = [
            FundRules.scope(fund: expense.fund, category: expense.category, rules: rules),
            FundRules.plan(inPlan: expense.inPlan, caseDecision: expense.caseDecision, yearHasPlan: expense.yearHasPlan, rules: rules),
            FundRules.payment(expense.payment, spendingItem: expense.spendingItem, rules: rules),
        ] + FundRules.nature(expense, rules: rules)
        if expense.fund == .committee && expense.category == .office {
            verdicts.append(OfficeCap.evaluate(amount: expense.amount, spentThisYear: context.officeSpentThisYear,
                                               budget: context.committeeBudget, rules: rules))
        }
        verdicts.append(ExpenseApproval.evaluate(amount: expense.amount, requesterID: expense.requesterID,
                                                 approvals: context.approvals, review: context.review, rules: rules))
        verdicts.append(SplitDetector.check(expense, against: context.others, rules: rules))
        return verdicts
    }
}
