/// The use rules of the three funds (附件一 二、三): each fund pays only its own categories (the
/// party fund never office costs, wages, allowances or property costs); office spending from
/// the committee fund stays within 35% of its budget; spending outside the year's plan needs a
/// 一事一议 decision; items on the official-card list are never paid in cash.
public enum FundRules {
    // MARK: - Categories (附件一 二(二))

    /// Whether `fund` may pay for `category`.
    public static func scope(fund: FundKind, category: ExpenseCategory, rules: RuleSet) -> Verdict {
        if fund.categories.contains(category) {
            return Verdict(.fundScope, in: rules, .ok, "\(category.title)属于\(fund.title)的使用范围")
        }
        let refusal: String
        switch (fund, category) {
        case (.party, .office), (.party, .wages), (.party, .allowances), (.party, .propertyCosts):
            refusal = "党组织服务群众专项经费不得用于财政已核定的居委会办公开支、工作人员工资福利和其他津补贴，"
                + "以及应由物业单位承担的费用：“\(category.title)”不能列支"
        case (_, .wages), (_, .allowances):
            refusal = "居民区工作者经费由街道、镇在居民区工作经费之外保障，不得挤占居民区工作经费：“\(category.title)”不能列支"
        default:
            refusal = "“\(category.title)”不在\(fund.title)的使用范围内；可选："
                + fund.categories.map(\.title).joined(separator: "、")
        }
        return Verdict(.fundScope, in: rules, .refusal, refusal)
    }

    // MARK: - Plan (附件一 三(一)、三(二))

    /// Whether the expense may be paid with regard to the year's plan. Without a plan for the year
    /// every expense is outside it ("没有列入计划的支出原则上不予拨款"): 原则上, so it still goes
    /// through with its 一事一议 decision, as any expense outside a plan does.
    public static func plan(inPlan: Bool, caseDecision: CaseDecision?, yearHasPlan: Bool = true, rules: RuleSet) -> Verdict {
        if inPlan && yearHasPlan { return Verdict(.fundPlan, in: rules, .ok, "已列入年度经费计划") }
        let outside = yearHasPlan ? "计划外支出" : "计划外支出（本年度尚未登记经费计划）"
        if let decision = caseDecision, !decision.reference.trimmed.isEmpty {
            return Verdict(.fundPlan, in: rules, .ok, "\(outside)，已按“一事一议”上报确定（\(decision.reference)，\(decision.date)）")
        }
        let head = yearHasPlan ? "" : "本年度尚未登记经费计划，每笔支出都在计划外："
        return Verdict(.fundPlan, in: rules, .refusal,
                       head + "没有列入年度经费计划的支出原则上不予拨款；另行增加的项目须按“一事一议”上报确定并记录决定")
    }

    // MARK: - Official card (附件一 三(三))

    /// Whether paying `spendingItem` by `payment` is allowed: cash is refused for the items on
    /// the official-card list.
    public static func payment(_ payment: PaymentMethod, spendingItem: String?, rules: RuleSet) -> Verdict {
        let listed = spendingItem.map { item in rules.money.officialCardItems.contains(item.trimmed) } ?? false
        guard payment == .cash, listed, let item = spendingItem?.trimmed else {
            return Verdict(.officialCard, in: rules, .ok, "以\(payment.title)支付")
        }
        return Verdict(.officialCard, in: rules, .refusal,
                       "“\(item)”属\(rules.money.officialCardRuleName)的支出，不得使用现金，应以公务卡或银行转账支付")
    }

    /// The methods `spendingItem` may be paid by, in the order the payment form offers them: an item on
    /// the official-card list only by 公务卡 or 银行转账 (the text: "应以公务卡或银行转账方式支出").
    public static func paymentMethods(spendingItem: String?, rules: RuleSet) -> [PaymentMethod] {
        [PaymentMethod.officialCard, .bankTransfer, .cash].filter { payment($0, spendingItem: spendingItem, rules: rules).isOK }
    }
}
