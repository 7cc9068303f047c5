import Domain

/// The plan page's and the 一事一议 decision's text (附件一 三(一)): part of `FundsText`, the one home of the
/// funds feature's Chinese.
extension FundsText {
    // MARK: - Titles

    static let planLineTitle = "新增计划项目"
    static let planReportTitle = "年度经费计划向会议报告"
    static let budgetTitle = "设定年度预算（书记）"
    static func planKeys(_ k: KeyNamer) -> String {
        "\(k(.add)) 新增 \(k(.planRevise)) 修订 \(k(.projectNote)) 进展 \(k(.planReport)) 会议 \(k(.budget)) 预算 · \(k(.ledger)) 公开页"
    }
    static func noPlan(_ k: KeyNamer) -> String {
        "本年度还没有录入经费计划：按 \(k(.add)) 新增计划项目。没有计划时，每笔支出都在计划外，须按“一事一议”记录决定。"
    }

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

    /// "第 2 版 ¥9,000.00，原 ¥8,000.00：参加人数增加（张建华 2026-05-02 10:15）" for each earlier
    /// version, newest first, then "第 1 版 ¥8,000.00（王秀兰 2026-03-01 09:30）".
    static func history(_ line: PlanLine, _ plan: FundPlan) -> [String] {
        var newer = line
        let earlier = plan.history(of: line)
        let revisions = earlier.enumerated().map { i, old in
            defer { newer = old }
            let version = earlier.count - i + 1
            return "第 \(version) 版 \(Money.format(newer.amount))，原 \(Money.format(old.amount))：\(newer.reason)" + by(newer)
        }
        return revisions + ["第 1 版 \(Money.format(newer.amount))" + by(newer)]
    }

    /// "#3 重阳节敬老：计划 ¥9,500.00，已支 ¥480.00，余额 ¥9,020.00".
    static func lineBalance(_ line: PlanLine, _ book: FundsBook) -> String {
        let spent = book.spent(onLine: line)
        return "#\(line.id) \(line.project)：计划 \(Money.format(line.amount))，已支 \(Money.format(spent))，"
            + "余额 \(Money.format(line.amount - spent))"
    }

    /// "（王秀兰 2026-03-01 09:30）", or nothing for a version not yet saved.
    static func by(_ line: PlanLine) -> String { line.setBy.isEmpty ? "" : "（\(line.setBy) \(line.setAt)）" }

    /// What a dialog shows under its fields: a budget's earlier settings, or a plan line's versions.
    static func earlier(_ editor: FundsEditor, book: FundsBook) -> [String] {
        switch editor.mode {
        case .budget:
            let fund = FundsForms.fund(editor.form)
            let settings = book.budgetHistory(fund)
            if settings.isEmpty { return [budgetNeverSet(fund, book)] }
            return ["\(fund.title)本年度预算的设定（新的在前，最新的生效）："] + settings.map(\.summary)
        case .planLine(let line?):
            return ["本项目的版本（新的在前）："] + history(line, book.plan)
        case .projectNote(let fund, let project):
            let notes = book.notes(fund: fund, project: project)
            return notes.isEmpty ? [] : ["已登记的进展和成效（旧的在前）："] + notes.map(noteLine)
        default: return []
        }
    }

    static func budgetNeverSet(_ fund: FundKind, _ book: FundsBook) -> String {
        "\(fund.title)本年度预算尚未设定，现按规则集默认 \(Money.format(book.budget(fund)))"
    }

    /// "2026-10-12 进展：场地已预订（王芳）".
    static func noteLine(_ n: ProjectNote) -> String { n.summary + (n.recordedBy.isEmpty ? "" : "（\(n.recordedBy)）") }

    // MARK: - Progress and results, the picker and the disclosure page

    static func selectProject(_ k: KeyNamer) -> String { "请先选择一个计划项目（计划页）或一笔列有项目的支出，再按 \(k(.projectNote)) 登记进展或成效" }
    static func pickerHint(_ k: KeyNamer) -> String { "\(k(.submit)) 从年度计划中选择" }
    static func outsidePlanRow(_ k: KeyNamer) -> String { "按一事一议：提交后按 \(k(.caseDecision)) 登记决定" }
    static let outsidePlanKind = "计划外"
    static func outsidePlanChosen(_ k: KeyNamer) -> String { "计划外支出须按“一事一议”上报确定：提交后按 \(k(.caseDecision)) 登记决定，未登记不能支付" }
    static func disclosureKeys(_ k: KeyNamer) -> String {
        "\(k(.previousMonth)) \(k(.nextMonth)) 上/下一期  \(k(.reportKind)) 季度/半年/年度  \(k(.reportPublic)) 对内/公开版  \(k(.pageDown)) 滚动  \(k(.ledger)) 返回"
    }

    static func noteTitle(_ fund: FundKind, _ project: String) -> String { "项目进展和成效 · \(shortTitle(fund)) · \(project)" }

    static func pickerTitle(_ fund: FundKind, _ k: KeyNamer) -> String {
        "\(fund.title)的计划项目（输入筛选 ↑↓ 选择 \(k(.submit)) 填入 \(k(.cancel)) 关闭）"
    }

    static func disclosureTitle(_ r: FundsReport) -> String { "居务公开 · " + FundsText.subtitle(r) }

    // MARK: - Refusals on screen

    static func selectPlanLine(_ k: KeyNamer) -> String { "请先在计划页（\(k(.ledger)) 翻到）选择一个计划项目" }
}
