import AppCore
import Domain
import ScreenKit
import Testing

/// The request form's plan-line picker, the disclosure page with the projects' progress and
/// results, and the dialogs that show what was set before (budgets, plan versions), at 80×24.
@Suite struct FundsResultsGoldenTests {
    static func state(_ user: Person = Fixtures.worker) -> AppState { FundsFixtures.state(user, book: FundsFixtures.plannedBook) }

    // MARK: - The picker

    @Test func enterOnTheProjectFieldListsTheFundsPlanLinesAndTypingFilters() {
        var s = Self.state()
        Fixtures.send([.char("a"), .right, .tab, .tab, .enter], to: &s)
        #expect(Fixtures.screenText(s).contains("困难家庭慰问") && Fixtures.screenText(s).contains("重阳节敬老"))
        Fixtures.type("敬老", into: &s)
        let screen = Fixtures.screenText(s)
        #expect(!screen.contains("困难家庭慰问") && screen.contains("计划外") && screen.contains("按一事一议：提交后按 d 登记决定"))
        Golden.assert(Fixtures.render(s), named: "funds-request-picker")
    }

    @Test func choosingALineFillsTheProjectAndItsCategoryAndMovesOn() {
        var s = Self.state()
        Fixtures.send([.char("a"), .right, .tab, .tab, .enter, .down, .enter], to: &s)
        let editor = s.main!.funds.editor!
        #expect(editor.picker == nil)
        #expect(editor.form["project"].text == "困难家庭慰问")
        #expect(editor.form["category"].chosen == ["关爱帮扶类项目"])
        #expect(editor.form.focused.id == "amount")
    }

    @Test func theOutsideRowKeepsWhatWasTypedAndSaysTheCaseByCaseWay() {
        var s = Self.state()
        Fixtures.send([.char("a"), .right, .tab, .tab], to: &s)
        Fixtures.type("楼道", into: &s)
        Fixtures.send([.enter, .enter], to: &s)
        #expect(s.main!.funds.editor!.form["project"].text == "楼道")
        #expect(s.message?.text.contains("须按“一事一议”上报确定：提交后按 d 登记决定") == true)
        #expect(s.main!.funds.editor!.form.focused.id == "amount")
        Fixtures.type("300", into: &s)
        #expect(Fixtures.screenText(s).contains("没有列入年度经费计划的支出原则上不予拨款"))
    }

    @Test func escClosesThePickerAndKeepsTheForm() {
        var s = Self.state()
        Fixtures.send([.char("a"), .right, .tab, .tab, .enter, .escape], to: &s)
        #expect(s.main!.funds.editor != nil && s.main!.funds.editor!.picker == nil)
    }

    @Test func aFundWithoutPlanLinesSubmitsOnEnterAsBefore() {
        var s = Self.state()
        Fixtures.send([.char("a"), .tab, .tab, .enter], to: &s)
        #expect(s.main!.funds.editor!.picker == nil)
        #expect(s.main!.funds.editor!.form["amount"].error != nil, "Enter submitted and the amount is missing")
    }

    // MARK: - The disclosure page

    @Test func theDisclosurePageShowsTheProjectsWithTheirProgressAndResults() {
        var s = Self.state(Fixtures.secretary)
        Fixtures.send([.char("l"), .char("l"), .char("l"), .char("l"), .char("l")], to: &s)
        #expect(Fixtures.screenText(s).contains("居务公开 · 2026年第四季度"))
        Fixtures.send([.pageDown, .pageDown], to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("2026-10-15 成效：10 月 11 日举办，到场 86 人，满意度 97%（登记：王秀兰）"))
        #expect(screen.contains("（登记：王秀兰）"))
        Golden.assert(Fixtures.render(s), named: "funds-disclosure-results")
    }

    @Test func thePublicEditionOnThePageHidesWhoRecordedAndPrivatePayees() {
        var s = Self.state(Fixtures.secretary)
        Fixtures.send([.char("l"), .char("l"), .char("l"), .char("l"), .char("l"), .char("o"), .char("t")], to: &s)
        #expect(Fixtures.screenText(s).contains("2026年下半年（2026-07-01 至 2026-12-31）· 对外公开"))
        Fixtures.send([.pageDown, .pageDown], to: &s)
        #expect(!Fixtures.screenText(s).contains("登记："))
        Fixtures.send([.char("["), .char("t"), .char("t")], to: &s)
        #expect(Fixtures.screenText(s).contains("2026年第一季度"))
    }

    // MARK: - The expenses list

    @Test func homeAndEndReachTheEndsOfTheListAndADecidedCaseShowsItsDecision() {
        var book = FundsFixtures.plannedBook
        book.records[0].expense.inPlan = false
        book.records[0].expense.caseDecision = CaseDecision(reference: "居民会议纪要〔2026〕5号", date: LocalDate(iso: "2026-10-08")!)
        var s = FundsFixtures.state(Fixtures.secretary, book: book)
        Fixtures.send([.end], to: &s)
        #expect(s.main!.funds.selected?.id == 1)
        #expect(Fixtures.screenText(s).contains("计划外支出，已按“一事一议”上报确定（居民会议纪要〔2026〕5号，2026-10-08）"))
        Fixtures.send([.home], to: &s)
        #expect(s.main!.funds.selected?.id == 3)
    }

    // MARK: - The printed report and its CSV

    @Test func theYearsPrintedPageListsEachProjectsProgressAndResults() {
        let report = FundsReport(book: FundsFixtures.plannedBook, period: ReportPeriod(text: "2026")!, isPublic: false,
                                 rules: FundsFixtures.rules)
        Golden.assert(text: FundsReportTests.page(report), named: "funds-report-2026-results")
        let csv = FundsReportCSV.text(report)
        #expect(csv.hasPrefix("\u{FEFF}部分,"))
        #expect(csv.contains("项目,党组织服务群众专项经费,,重阳节敬老,,,800.00,480.00,480.00,,已支付 1 笔，未完成 0 笔,,\r\n"))
        #expect(csv.contains("成效,党组织服务群众专项经费,,重阳节敬老,2026-10-15,,,,,,10 月 11 日举办，到场 86 人，满意度 97%（登记：王秀兰）,,\r\n"))
        let publicCSV = FundsReportCSV.text(FundsReport(book: FundsFixtures.plannedBook, period: ReportPeriod(text: "2026")!,
                                                        isPublic: true, rules: FundsFixtures.rules))
        #expect(publicCSV.contains(",10 月 11 日举办，到场 86 人，满意度 97%,,\r\n") && !publicCSV.contains("登记："))
        #expect(publicCSV.contains("进展、成效不列登记人"))
    }

    // MARK: - The ledger and the plan page

    @Test func theLedgerShowsTheSelectedEntrysReceiptsApprovalsAndThePlanAgainstSpending() {
        var s = Self.state(Fixtures.secretary)
        Fixtures.send([.char("l"), .char("l")], to: &s)
        var screen = Fixtures.screenText(s)
        #expect(screen.contains("#1 票据 No.0031 · 审批 书记 王秀兰、主任 张建华 · 报账员 刘会计"))
        #expect(screen.contains("群众活动类项目") && screen.contains("计划 ¥800.00  已支 ¥480.00  余 ¥320.00"))
        #expect(screen.contains("便民利民类项目") && screen.contains("未列计划  已支 ¥0.00"))
        Fixtures.send([.down, .down], to: &s)
        screen = Fixtures.screenText(s)
        #expect(screen.contains("#3 票据 No.0031 · 审批 书记 王秀兰、主任 张建华 · 报账员 刘会计 · 冲销理由"))
        #expect(screen.contains("重复报销"))
    }

    @Test func thePlanPageShowsTheSelectedLinesBalanceVersionsAndEntries() {
        var s = Self.state(Fixtures.secretary)
        Fixtures.send([.char("l"), .char("l"), .char("l"), .char("l")], to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("#3 重阳节敬老：计划 ¥800.00，已支 ¥480.00，余额 ¥320.00"))
        #expect(screen.contains("2026-10-15 成效：10 月 11 日举办"))
        Golden.assert(Fixtures.render(s), named: "funds-plan-results")
    }

    // MARK: - What was set before

    @Test func theBudgetFormShowsTheEarlierBudgetsOfTheChosenFund() {
        var s = Self.state(Fixtures.secretary)
        Fixtures.send([.char("g")], to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("2026-06-30 16:20 王秀兰 设为 ¥120,000.00"))
        #expect(screen.contains("2026-01-05 09:00 王秀兰 设为 ¥100,000.00"))
        Fixtures.send([.right], to: &s)
        #expect(Fixtures.screenText(s).contains("党组织服务群众专项经费本年度预算尚未设定，现按规则集默认 ¥100,000.00"))
    }

    @Test func theRevisionFormShowsEveryVersionWithWhoAndWhen() {
        var s = Self.state(Fixtures.secretary)
        Fixtures.send([.char("l"), .char("l"), .char("l"), .char("l")], to: &s)
        Fixtures.send([.char("e")], to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("第 2 版 ¥800.00，原 ¥600.00：参加人数增加（张建华 2026-09-15 14:05）"))
        #expect(screen.contains("第 1 版 ¥600.00（王秀兰 2026-03-02 09:30）"))
    }

    @Test func rOnAPlanLineOpensItsProgressFormAndSubmitsAnEntry() {
        var s = Self.state()
        Fixtures.send([.char("l"), .char("l"), .char("l"), .char("l"), .char("r")], to: &s)
        #expect(Fixtures.screenText(s).contains("项目进展和成效 · 党组织专项经费 · 重阳节敬老"))
        #expect(Fixtures.screenText(s).contains("2026-10-02 进展：已预订社区活动室，报名 80 人（李明）"))
        Fixtures.send([.tab], to: &s)
        Fixtures.type("已发放邀请函", into: &s)
        let effects = Fixtures.send([.enter], to: &s)
        let expected = ProjectNote(fund: .party, project: "重阳节敬老", kind: .progress, text: "已发放邀请函", date: FundsFixtures.today)
        #expect(effects == [.funds(.projectNote(expected, by: Fixtures.worker.id))])
    }
}
