import Domain

/// The Chinese strings of the plan page and the 一事一议 decision (附件一 三(一)), kept together.
extension FundsText {
    // MARK: - Titles

    static let planLineTitle = "新增计划项目"
    static let planReportTitle = "年度经费计划向会议报告"
    static let budgetTitle = "设定年度预算（书记）"
    static let planKeys = "a 新增 e 修订 m 会议 g 预算 · l 返回"
    static let noPlan = "本年度还没有录入经费计划：按 a 新增计划项目。未录入计划前，支出不按计划检查。"

    static func planTitle(_ year: Int) -> String { "年度经费计划 · \(year) 年度" }
    static func reviseTitle(_ l: PlanLine) -> String { "修订计划 #\(l.id) \(l.project) \(Money.format(l.amount))" }
    static func caseTitle(_ r: ExpenseRecord) -> String { "一事一议决定 #\(r.id) \(r.project)" }

    // MARK: - Lines

    /// "已于 2026-03-15 向居民会议报告" or why it is still needed, with the clause.
    static func planReport(_ plan: FundPlan, rules: RuleSet) -> String {
        guard let report = plan.report else {
            return "经费计划尚未向党员会议或居民会议报告：须在会议上向党员代表或居民代表报告（\(rules.clause(.fundPlan))）"
        }
        return "经费计划已于 \(report.date) 向\(report.meeting.title)报告（\(rules.clause(.fundPlan))）"
    }

    /// "居委会工作经费          预算 ¥100,000.00  计划 ¥9,500.00  待安排 ¥90,500.00".
    static func budget(_ fund: FundKind, _ book: FundsBook) -> String {
        let budget = book.budget(fund), planned = book.planned(fund)
        return "预算 \(Money.format(budget))  计划 \(Money.format(planned))  待安排 \(Money.format(budget - planned))"
    }

    /// "第 2 版，原 ¥8,000.00：参加人数增加" for each earlier version, newest first.
    static func history(_ line: PlanLine, _ plan: FundPlan) -> [String] {
        var newer = line
        return plan.history(of: line).enumerated().map { i, old in
            defer { newer = old }
            let version = plan.history(of: line).count - i + 1
            return "第 \(version) 版 \(Money.format(newer.amount))，原 \(Money.format(old.amount))：\(newer.reason)"
        }
    }

    // MARK: - Refusals on screen

    static let budgetSecretaryOnly = "只有书记可以设定经费预算"
    static let planRoleOnly = "年度经费计划由书记、主任录入和修订（附件一 三(一)）"
    static let selectPlanLine = "请先在计划页（l 翻到）选择一个计划项目"
    static let caseNotNeeded = "本笔支出已列入年度经费计划，无需一事一议"
    static let caseAlready = "本笔支出已登记一事一议决定，不能重复登记或修改"
}
