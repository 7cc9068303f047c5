/// The plan rule on a recorded expense (附件一 三(一)、三(二)): the one sentence the screen, the
/// import and `check` all give for an expense outside the year's plan without its 一事一议 decision.
extension ExpenseRecord {
    /// In the plan, or outside it with its 一事一议 decision recorded; a refusal otherwise.
    public func planVerdict(rules: RuleSet) -> Verdict {
        FundRules.plan(inPlan: expense.inPlan, caseDecision: expense.caseDecision, yearHasPlan: expense.yearHasPlan, rules: rules)
    }
}
