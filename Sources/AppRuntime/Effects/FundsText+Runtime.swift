import AppCore
import Domain
import Foundation
import Storage

/// The funds text of the runtime (what a funds effect did, the report command's own sentences): part of
/// `FundsText`, the one home of the funds feature's Chinese.
extension FundsText {
    static func requested(_ r: ExpenseRecord, rules: RuleSet) -> String {
        "已提交支出申请 #\(r.id)（\(Money.format(r.expense.amount))）：" + RouteSentence.of(r, rules: rules)
    }

    static func decided(_ r: ExpenseRecord, rules: RuleSet) -> String {
        let last = r.decisions.last.map { $0.summary + "；" } ?? ""
        return "#\(r.id) 已记录 \(last)现状：\(r.status(rules: rules).title)"
    }

    static func reviewed(_ r: ExpenseRecord, rules: RuleSet) -> String {
        "#\(r.id) 已登记街道审核（文号 \(r.review?.reference ?? "")），现状：\(r.status(rules: rules).title)"
    }

    static func streetApproved(_ r: ExpenseRecord, rules: RuleSet) -> String {
        "#\(r.id) 已登记街道审批（文号 \(r.review?.approval?.reference ?? "")），现状：\(r.status(rules: rules).title)"
    }

    static func verbal(_ r: ExpenseRecord, today: LocalDate, rules: RuleSet) -> String {
        "#\(r.id) 已登记口头批准，可先行支付；" + (r.emergencyVerdict(today: today, rules: rules)?.message ?? "")
    }

    static func batchRequested(_ r: ExpenseRecord, rules: RuleSet) -> String {
        "已提交集中申请 #\(r.id)（总额 \(Money.format(r.expense.amount))）：" + RouteSentence.of(r, rules: rules)
    }

    static func instalment(_ r: ExpenseRecord, remaining: Int64) -> String {
        "已登记分批报销 #\(r.id) \(Money.format(r.expense.amount))（集中申请 #\(r.batch?.id ?? 0)），剩余 \(Money.format(remaining))，待报账员支付"
    }

    static func planLine(_ l: PlanLine) -> String {
        (l.revises == nil ? "已列入年度经费计划：" : "已修订计划（原版本保留）：") + "\(l.project) \(Money.format(l.amount))"
    }

    static func planReport(_ r: PlanReport, year: Int) -> String { "已记录：\(year) 年度经费计划于 \(r.date) 向\(r.meeting.title)报告" }

    static func budget(_ fund: FundKind, _ amount: Int64, year: Int) -> String {
        "已设定 \(year) 年度\(fund.title)预算 \(Money.format(amount))"
    }

    static func caseDecision(_ r: ExpenseRecord) -> String {
        "#\(r.id) 已登记一事一议决定（\(r.expense.caseDecision?.reference ?? "")），可按审批路线支付"
    }

    static func paid(_ e: LedgerEntry, balance: Int64) -> String {
        "已支付 #\(e.expenseID) \(Money.format(e.amount))（\(e.date)，\(e.method?.title ?? "")，\(PaymentDetails.voucherName) \(e.voucher ?? "")），"
            + "\(e.fund.title)余额 \(Money.format(balance))"
    }

    static func reversed(_ e: LedgerEntry, balance: Int64) -> String {
        "已冲销 #\(e.expenseID) \(Money.format(-e.amount))（\(e.reason)），\(e.fund.title)余额 \(Money.format(balance))"
    }

    static func projectNote(_ n: ProjectNote) -> String {
        "已登记“\(n.project)”的\(n.kind.title)（\(n.date)，\(n.recordedBy)），将列入居务公开"
    }

    static func payeeCorrected(_ c: PayeeCorrection) -> String {
        "已更正：收款方“\(FieldText.echo(c.payee))”登记为\(c.kind.title)，原登记保留；居务公开按\(c.kind.title)显示"
    }

    static func noRules(_ day: LocalDate) -> String { "\(day) 没有适用的规则集" }

    // MARK: - `baishihui import expenses`

    /// What the ledger holds for a paid row the file gave no 付款凭证号.
    static let unvouchedStored = "台账不记\(PaymentDetails.voucherName)，注明“\(voucherNotImported)”"

    // MARK: - `baishihui report funds`

    static let noCommittee = "数据库中还没有居委会信息（请先运行 baishihui init）"
    static let onePeriod = "请给出且只给出一个期间：--quarter YYYY-Qn、--half YYYY-Hn 或 --year YYYY"
    static func badPeriod(_ text: String) -> String { "期间写法不对：“\(text)”（如 2024-Q3、2024-H1、2024）" }
}
