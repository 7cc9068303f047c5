import Foundation

/// Split detection (附件一 三(二)): small expenses from the same fund to the same payee, or for the
/// same purpose, within the rule set's window (30 days), each within the local limit but
/// together above it, get a warning "疑似拆分" that names the others and the route the combined
/// amount would need.
public enum SplitDetector {
    // MARK: - Relatedness

    /// Whether `other` is looked at together with `expense`: same fund, same payee or purpose,
    /// both within the limit, dated less than the window apart.
    public static func related(_ expense: Expense, _ other: Expense, rules: RuleSet) -> Bool {
        Relatedness(expense, rules: rules).holds(for: other)
    }

    /// `related` with `expense`'s payee and purpose keys made once, for a scan of a whole fund
    /// (15,000 expenses a year on the district's file, at every redraw of the funds tab).
    struct Relatedness {
        let expense: Expense, rules: RuleSet, payee: String, purpose: String

        init(_ expense: Expense, rules: RuleSet) {
            (self.expense, self.rules) = (expense, rules)
            (payee, purpose) = (SplitDetector.key(expense.payee), SplitDetector.key(expense.purpose))
        }

        func holds(for other: Expense) -> Bool {
            let limit = rules.money.localLimit
            guard other.id != expense.id, other.fund == expense.fund,
                  expense.amount <= limit, other.amount <= limit,
                  abs(other.date.days(since: expense.date)) < rules.money.splitWindowDays else { return false }
            return (!payee.isEmpty && payee == SplitDetector.key(other.payee))
                || (!purpose.isEmpty && purpose == SplitDetector.key(other.purpose))
        }
    }

    /// A payee or purpose as compared: no spaces, lower case, full-width made ASCII.
    static func key(_ text: String) -> String {
        TypedNumber.normalize(text).lowercased().filter { !$0.isWhitespace }
    }

    // MARK: - Verdict

    /// The verdict on `expense` against the fund's other expenses.
    public static func check(_ expense: Expense, against others: [Expense], rules: RuleSet) -> Verdict {
        let limit = rules.money.localLimit
        let related = Relatedness(expense, rules: rules)
        let group = others.filter(related.holds(for:)).sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let combined = group.reduce(expense.amount) { $0 + $1.amount }
        let numbers: [Figure] = [.fen("amount", expense.amount), .fen("combined", combined), .fen("limit", limit),
                                 .count("related", group.count)]
        guard !group.isEmpty, combined > limit else {
            return Verdict(.split, in: rules, .ok, "未发现疑似拆分的支出", numbers: numbers)
        }
        let names = group.map { "#\($0.id)（\($0.date)，\($0.payee)，\($0.purpose)，\(Money.yuan($0.amount)) 元）" }
        let route = ExpenseApproval.route(for: combined, rules: rules)
        let text = "疑似拆分：本笔 \(Money.yuan(expense.amount)) 元与 " + names.joined(separator: "、")
            + "同一经费、同一收款方或同一用途，\(rules.money.splitWindowDays) 天内合计 \(Money.yuan(combined)) 元 > "
            + "\(Money.yuan(limit)) 元，合计金额须经\(route.title)"
        return Verdict(.split, in: rules, .warning, text, numbers: numbers)
    }

    /// The route the combined amount of `expense` and its related expenses needs.
    public static func combinedRoute(_ expense: Expense, against others: [Expense], rules: RuleSet) -> ApprovalRoute {
        let related = Relatedness(expense, rules: rules)
        let combined = others.filter(related.holds(for:)).reduce(expense.amount) { $0 + $1.amount }
        return ExpenseApproval.route(for: combined, rules: rules)
    }
}
