import Domain

/// The funds disclosure report's text (screen, print and CSV): part of `FundsText`, the one home of the
/// funds feature's Chinese.
extension FundsText {
    static let reportTitle = "居民区工作经费使用情况"
    static let fundsHeading = "一、各项经费（单位：元）"
    static let fundsColumns = ["经费 / 用途类别", "年度预算", "本期支出", "累计支出", "余额"]
    static let projectsHeading = "二、项目进展和成效（单位：元；进展、成效按登记日期列在项目下）"
    static let projectsColumns = ["经费", "项目", "计划", "本期支出", "累计支出", "已付", "在办"]
    static let entriesHeading = "三、支出明细（单位：元；冲销以负数列出）"
    static let entriesColumns = ["日期", "用途类别", "项目", "收款方", "金额"]
    static let noProjects = "（本期没有项目支出）"
    static let reportNoEntries = "（本期没有支付或冲销）"
    static let source = "说明：本表依据台账生成，累计支出为本年度截至期末的支出。"
    static let publicNote = "本公开版不含个人信息：收款方为个人的，显示为“个人”；未登记单位或个人的，显示为“未登记”；进展、成效不列登记人。"
    static let csvColumns = ["部分", "经费类别", "用途类别", "项目", "日期", "收款方", "年度预算", "本期支出", "累计支出", "余额", "说明",
                             "受益对象", "费用性质"]
    static let csvFund = "经费"
    static let csvCategory = "用途类别"
    static let csvProject = "项目"
    static let csvEntry = "明细"
    static let csvNote = "说明"

    /// "2026-10-12 进展：场地已预订（登记：王芳）"; the public report has no recorder.
    static func note(_ n: ProjectNote) -> String {
        n.summary + (n.recordedBy.isEmpty ? "" : "（登记：\(n.recordedBy)）")
    }

    /// "2024年上半年（2024-01-01 至 2024-06-30）· 对外公开".
    static func subtitle(_ report: FundsReport) -> String {
        "\(report.period.title)（\(report.period.firstDay) 至 \(report.period.lastDay)）· " + edition(report)
    }

    /// "对外公开" for the public report, "季度对内通报" / "半年通报" / "年度报告" inside.
    static func edition(_ report: FundsReport) -> String {
        if report.isPublic { return "对外公开" }
        switch report.period.kind {
        case .quarter: return "季度对内通报"
        case .half: return "半年通报"
        case .year: return "年度报告"
        }
    }

    /// "办公经费累计 80.00 元，占居委会工作经费预算 100,000.00 元的 0.1%（上限 35%，附件一 二(一)；比例保留一位小数，向上取，本程序取值）".
    static func officeShare(_ report: FundsReport, clause: String) -> String {
        let budget = report.committeeBudget
        return "办公经费累计 \(Money.yuan(report.officeSpentToDate)) 元，占居委会工作经费预算 \(Money.yuan(budget)) 元的 "
            + "\(OfficeCap.shareText(spent: report.officeSpentToDate, budget: budget))（上限 \(report.officeCapPercent)%，\(clause)；"
            + "比例\(OfficeCap.shareRounding)）"
    }

    static func progress(_ p: FundsReport.ProjectLine) -> String { "已支付 \(p.paidCount) 笔，未完成 \(p.openCount) 笔" }

    static func footer(_ committee: Committee, made: LocalDate) -> String {
        "\(committee.name)（\(committee.streetOffice)）  制表日期：\(made)"
    }

    /// "冲销", or a payment's "公务卡，付款凭证号 FP-0001" ("公务卡，导入时未附付款凭证号" for an import that
    /// gave none; empty for a payment from before they were asked).
    static func entryNote(_ e: FundsReport.EntryLine) -> String {
        if e.kind == .reversal { return "冲销" }
        guard let method = e.method else { return "" }
        return "\(method.title)，" + (e.voucher.map { "\(PaymentDetails.voucherName) \($0)" } ?? voucherNotImported)
    }
}
