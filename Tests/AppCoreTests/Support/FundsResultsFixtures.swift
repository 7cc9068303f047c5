import AppCore
import Domain

/// The tab's fixture year with a party plan of two lines (one revised, by whom and when) and
/// progress and results entries on the first.
extension FundsFixtures {
    static var plannedBook: FundsBook {
        var book = book
        book.plan = FundPlan(lines: [
            PlanLine(id: 1, fund: .party, category: .massActivity, project: "重阳节敬老", amount: 60_000, setBy: "王秀兰",
                     setAt: "2026-03-02 09:30"),
            PlanLine(id: 2, fund: .party, category: .careAndHelp, project: "困难家庭慰问", amount: 100_000, setBy: "王秀兰",
                     setAt: "2026-03-02 09:31"),
            PlanLine(id: 3, fund: .party, category: .massActivity, project: "重阳节敬老", amount: 80_000, revises: 1,
                     reason: "参加人数增加", setBy: "张建华", setAt: "2026-09-15 14:05"),
        ], report: PlanReport(meeting: .residents, date: LocalDate(iso: "2026-03-10")!))
        book.notes = [
            ProjectNote(id: 1, fund: .party, project: "重阳节敬老", kind: .progress, text: "已预订社区活动室，报名 80 人",
                        date: LocalDate(iso: "2026-10-02")!, recordedBy: "李明"),
            ProjectNote(id: 2, fund: .party, project: "重阳节敬老", kind: .result,
                        text: "10 月 11 日举办，到场 86 人，满意度 97%", date: LocalDate(iso: "2026-10-15")!, recordedBy: "王秀兰"),
        ]
        book.budgetChanges = [
            BudgetChange(fund: .committee, amount: 10_000_000, setBy: "王秀兰", setAt: "2026-01-05 09:00"),
            BudgetChange(fund: .committee, amount: 12_000_000, setBy: "王秀兰", setAt: "2026-06-30 16:20"),
        ]
        book.budgets[.committee] = 12_000_000
        return book
    }
}
