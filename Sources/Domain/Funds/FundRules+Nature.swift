/// The rules on who an expense benefits and what kind of cost it is: the party fund pays no staff
/// benefit and no property company's costs (附件一 二(二)2); no fund pays rent or a large renovation
/// (附件一 二(一)). What counts as 大型 is the rule set's `large_renovation` (本程序取值), said so in
/// every message that uses it. A record without an answer (未登记, from before the question) passes:
/// nothing is guessed from its purpose.
extension FundRules {
    /// Both verdicts on `expense`'s recorded answers.
    public static func nature(_ expense: Expense, rules: RuleSet) -> [Verdict] {
        [beneficiary(fund: expense.fund, expense.beneficiary, rules: rules),
         costKind(fund: expense.fund, expense.costKind, amount: expense.amount, rules: rules)]
    }

    /// Whether `fund` may pay for the benefit of `beneficiary`.
    public static func beneficiary(fund: FundKind, _ beneficiary: Beneficiary?, rules: RuleSet) -> Verdict {
        guard let beneficiary else {
            return Verdict(.fundBeneficiary, in: rules, .ok, "受益对象\(ExpenseNature.unrecorded)")
        }
        if fund == .party && beneficiary == .staff {
            return Verdict(.fundBeneficiary, in: rules, .refusal,
                           "党组织服务群众专项经费不得用于工作人员工资福利和其他津补贴：受益对象为工作人员的支出（如工作人员聚餐）不能列支")
        }
        return Verdict(.fundBeneficiary, in: rules, .ok, "受益对象：\(beneficiary.title)")
    }

    /// Whether `fund` may pay a cost of `kind` of `amount` fen.
    public static func costKind(fund: FundKind, _ kind: CostKind?, amount: Int64, rules: RuleSet) -> Verdict {
        let limit = rules.money.largeRenovation
        switch kind {
        case nil:
            return Verdict(.fundOutside, in: rules, .ok, "费用性质\(ExpenseNature.unrecorded)")
        case .rent?:
            return Verdict(.fundOutside, in: rules, .refusal, outsideFunds("房屋租赁"))
        case .renovation? where amount > limit:
            return Verdict(rule: .fundOutside, clause: rules.clause(.fundOutside), severity: .refusal,
                           numbers: [Figure("amount", amount, .fen), Figure("limit", limit, .fen)],
                           message: "单笔装修 \(Money.yuan(amount)) 元 > \(Money.yuan(limit)) 元，视为大型装修，" + outsideFunds("大型装修")
                               + "（\(rules.clause(.fundOutside))；“大型”以 \(Money.yuan(limit)) 元为界，\(RuleSet.localValue)）")
        case .propertyBorne? where fund == .party:
            return Verdict(.fundBeneficiary, in: rules, .refusal, "党组织服务群众专项经费不得用于应由物业单位承担的费用")
        case let kind?:
            return Verdict(.fundOutside, in: rules, .ok, "费用性质：\(kind.title)")
        }
    }

    /// "房屋租赁不能列支：办公用房、活动室等房屋的租赁及大型装修费用由街道、镇在 30 万元之外保障，不得挤占、挪用居民区工作经费".
    static func outsideFunds(_ what: String) -> String {
        "\(what)不能列支：办公用房、活动室等房屋的租赁及大型装修费用由街道、镇在 30 万元之外保障，不得挤占、挪用居民区工作经费"
    }
}
