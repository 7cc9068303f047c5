/// The office-spending cap (附件一 二(一)): office spending from the committee working fund may not
/// exceed 35% of that fund's budget. A warning once the year's office total reaches the rule
/// set's share of the cap (90%: "接近"), a refusal above the cap.
public enum OfficeCap {
    // MARK: - Amounts

    /// The cap for a committee fund budget, in fen (rounded down).
    public static func cap(budget: Int64, rules: RuleSet) -> Int64 {
        budget * Int64(rules.money.officeCapPercent) / 100
    }

    /// The office total from which the warning is given, in fen (rounded up).
    public static func warningLevel(budget: Int64, rules: RuleSet) -> Int64 {
        let cap = cap(budget: budget, rules: rules)
        return (cap * Int64(rules.money.officeWarnPercentOfCap) + 99) / 100
    }

    // MARK: - Share

    /// How the office share is written, said wherever it is shown: one decimal, rounded up, so a
    /// share above the cap never reads as within it (the standard gives the cap, not the rounding).
    public static let shareRounding = "保留一位小数，向上取，本程序取值"

    /// The share of `spent` in the committee fund's `budget` in tenths of a percent, rounded up
    /// (19.38% → 194, 35.01% → 351); 0 without a budget or spending.
    public static func sharePermille(spent: Int64, budget: Int64) -> Int64 {
        guard budget > 0, spent > 0 else { return 0 }
        return (spent * 1000 + budget - 1) / budget
    }

    /// "19.4%": the share as the ledger page and the reports both show it.
    public static func shareText(spent: Int64, budget: Int64) -> String {
        let p = sharePermille(spent: spent, budget: budget)
        return "\(p / 10).\(p % 10)%"
    }

    // MARK: - Verdict

    /// The verdict on adding `amount` of office spending to `spentThisYear`.
    /// - Parameter budget: the committee fund's budget this year (the rule set's default when nil).
    public static func evaluate(amount: Int64, spentThisYear: Int64, budget: Int64? = nil, rules: RuleSet) -> Verdict {
        let budget = budget ?? rules.money.fundBudget
        let cap = cap(budget: budget, rules: rules)
        let after = spentThisYear + amount
        let numbers: [Figure] = [.fen("amount", amount), .fen("officeTotal", after), .fen("cap", cap), .fen("budget", budget),
                                 Figure("capPercent", Int64(rules.money.officeCapPercent), .percent)]
        let head = "办公经费本年累计 \(Money.yuan(spentThisYear)) 元 + 本笔 \(Money.yuan(amount)) 元 = \(Money.yuan(after)) 元"
        let limit = "居委会工作经费 \(Money.yuan(budget)) 元的 \(rules.money.officeCapPercent)%（\(Money.yuan(cap)) 元）"
        if after > cap {
            return Verdict(.officeCap, in: rules, .refusal, "\(head) > \(limit)，超出 \(Money.yuan(after - cap)) 元", numbers: numbers)
        }
        if after >= warningLevel(budget: budget, rules: rules) {
            return Verdict(.officeCap, in: rules, .warning,
                           "\(head)，已达上限的 \(rules.money.officeWarnPercentOfCap)% 以上（提醒线为本程序取值），接近\(limit)，仅余 \(Money.yuan(cap - after)) 元",
                           numbers: numbers)
        }
        return Verdict(.officeCap, in: rules, .ok, "\(head) ≤ \(limit)，尚余 \(Money.yuan(cap - after)) 元", numbers: numbers)
    }
}
