import Testing
@testable import Domain

/// 附件一 四(一) and 三(一): progress and results entries on the year's projects, the disclosure
/// report listing them under each project (the plan's lines included), the plan-line choices of
/// the request form, and the one payment question the screen, the import and storage ask.
@Suite struct ProjectResultsTests {
    let rules = Fixtures.rules
    let today = LocalDate(iso: "2024-06-30")!

    /// A 2024 book with a party plan of two lines and one paid expense on the first.
    var book: FundsBook {
        var book = FundsBook.empty(year: 2024, rules: rules)
        book.plan = FundPlan(lines: [
            PlanLine(id: 1, fund: .party, category: .massActivity, project: "重阳节敬老", amount: 80_000),
            PlanLine(id: 2, fund: .party, category: .careAndHelp, project: "困难家庭慰问", amount: 100_000),
        ])
        let e = Expense(id: 1, fund: .party, category: .massActivity, amount: 30_000, payee: "张桂英", purpose: "茶点",
                        date: LocalDate(iso: "2024-05-02")!, requesterID: 9)
        let paid = LedgerEntry(id: 1, expenseID: 1, kind: .payment, fund: .party, category: .massActivity, amount: 30_000,
                               payee: "张桂英", receipts: "", date: LocalDate(iso: "2024-05-03")!, fundSpentAfter: 30_000,
                               recordedBy: "钱会计")
        book.records = [ExpenseRecord(expense: e, project: "重阳节敬老", receipts: "", requester: Person(id: 9, name: "陈杰", roles: [.worker]),
                                      payment: paid)]
        book.entries = [paid]
        book.notes = [
            ProjectNote(id: 1, fund: .party, project: "重阳节敬老", kind: .progress, text: "场地已预订", date: LocalDate(iso: "2024-05-10")!,
                        recordedBy: "王芳"),
            ProjectNote(id: 2, fund: .party, project: "重阳节敬老", kind: .result, text: "到场老人 86 人，满意度 97%",
                        date: LocalDate(iso: "2024-10-15")!, recordedBy: "王芳"),
        ]
        return book
    }

    func note(_ project: String, text: String = "已完成", date: String = "2024-06-01") -> ProjectNote {
        ProjectNote(fund: .party, project: project, kind: .progress, text: text, date: LocalDate(iso: date)!)
    }

    // MARK: - The entry rule

    @Test func anEntryOnAPlannedProjectIsAccepted() {
        let v = ProjectNoteRule.check(note("困难家庭慰问"), book: book, today: today, rules: rules)
        #expect(v.isOK && v.clause == "附件一 四(一)")
    }

    @Test(arguments: [("楼道微更新", "已完成", "2024-06-01", "不是党组织服务群众专项经费本年度计划或支出中的项目"),
                      ("重阳节敬老", "  ", "2024-06-01", "须写明内容"),
                      ("重阳节敬老", "已完成", "2024-07-01", "不晚于今天（2024-06-30）"),
                      ("重阳节敬老", "已完成", "2023-12-31", "须在 2024 年度内")])
    func aBadEntryIsRefusedWithTheRule(project: String, text: String, date: String, says: String) {
        let v = ProjectNoteRule.check(note(project, text: text, date: date), book: book, today: today, rules: rules)
        #expect(v.severity == .refusal)
        #expect(v.message.contains(says) && v.message.hasSuffix("（附件一 四(一)）"))
    }

    // MARK: - The report

    @Test func theReportListsThePlansLinesWithTheirEntriesToThePeriodsEnd() {
        let h1 = FundsReport(book: book, period: ReportPeriod(text: "2024-H1")!, isPublic: false, rules: rules)
        let party = h1.projects.filter { $0.fund == .party }
        #expect(party.map(\.project) == ["重阳节敬老", "困难家庭慰问"])
        #expect(party[0].planned == 80_000 && party[0].spentToDate == 30_000 && party[1].spentToDate == 0)
        #expect(party[0].notes.map(\.text) == ["场地已预订"], "the result of October is after the first half")
        let year = FundsReport(book: book, period: ReportPeriod(text: "2024")!, isPublic: false, rules: rules)
        #expect(year.projects[0].notes.map(\.kind) == [.progress, .result])
        #expect(year.projects[0].notes.allSatisfy { $0.recordedBy == "王芳" })
    }

    @Test func thePublicReportLeavesOutWhoRecordedAnEntry() {
        let report = FundsReport(book: book, period: ReportPeriod(text: "2024")!, isPublic: true, rules: rules)
        #expect(report.projects[0].notes.count == 2 && report.projects[0].notes.allSatisfy { $0.recordedBy.isEmpty })
        #expect(report.entries.map(\.payee) == ["未登记"], "a payee whose type was never recorded is never guessed")
    }

    // MARK: - The picker's choices

    @Test func aRevisedLineKeepsItsPlaceInThePlan() {
        var plan = book.plan
        plan.lines.append(PlanLine(id: 3, fund: .party, category: .massActivity, project: "重阳节敬老", amount: 90_000, revises: 1,
                                   reason: "人数增加"))
        #expect(plan.current.map(\.id) == [3, 2])
    }

    @Test func theLineInForceIsFoundByFundAndTrimmedProject() {
        var plan = book.plan
        plan.lines += [
            PlanLine(id: 3, fund: .party, category: .massActivity, project: "重阳节敬老", amount: 90_000, revises: 1, reason: "人数增加"),
            PlanLine(id: 4, fund: .committee, category: .massActivity, project: "楼组活动", amount: 5_000),
            PlanLine(id: 5, fund: .committee, category: .massActivity, project: "楼组活动", amount: 0, revises: 4, reason: "取消"),
            PlanLine(id: 6, fund: .foundation, category: .careAndHelp, project: "困难家庭慰问", amount: 20_000),
        ]
        let find = plan.lineFinder()
        let expected: [FundKind: [String: Int64]] = [
            .party: ["重阳节敬老": 3, " 重阳节敬老 ": 3, "困难家庭慰问": 2], .foundation: ["困难家庭慰问": 6],
        ]
        for fund in FundKind.allCases {
            for project in ["重阳节敬老", " 重阳节敬老 ", "困难家庭慰问", "楼组活动", "", "  ", "其他"] {
                #expect(find(fund, project)?.id == expected[fund]?[project], "\(fund) \(project)")
                #expect(plan.line(fund: fund, project: project)?.id == expected[fund]?[project], "\(fund) \(project)")
            }
        }
        #expect(find(.party, " 重阳节敬老 ")?.id == 3, "the revision in force, the project trimmed")
        #expect(find(.committee, "楼组活动") == nil, "a line revised to zero is out of the plan")
    }

    @Test func thePlanOffersTheFundsCurrentLinesFilteredByWhatIsTyped() {
        var plan = book.plan
        plan.lines.append(PlanLine(id: 3, fund: .party, category: .careAndHelp, project: "困难家庭慰问", amount: 0, revises: 2,
                                   reason: "并入重阳"))
        #expect(plan.choices(fund: .party).map(\.id) == [1])
        #expect(book.plan.choices(fund: .party, filter: "慰问").map(\.id) == [2])
        #expect(book.plan.choices(fund: .party, filter: "关爱").map(\.id) == [2], "the category's name filters too")
        #expect(book.plan.choices(fund: .committee).isEmpty)
    }

    // MARK: - Paying outside the plan

    @Test func outsideThePlanTheOnePaymentQuestionGivesThePlanRule() {
        var book = self.book
        let e = Expense(id: 2, fund: .party, category: .massActivity, amount: 20_000, payee: "好邻居文具店", purpose: "布置",
                        date: LocalDate(iso: "2024-05-02")!, requesterID: 9, inPlan: false)
        let approvals = [ExpenseDecision(person: Person(id: 1, name: "王书记", roles: [.secretary]), role: .secretary, approved: true,
                                         reason: "", date: e.date),
                         ExpenseDecision(person: Person(id: 2, name: "李主任", roles: [.director]), role: .director, approved: true,
                                         reason: "", date: e.date)]
        var record = ExpenseRecord(expense: e, project: "楼道微更新", receipts: "", requester: book.records[0].requester,
                                   decisions: approvals)
        book.records.append(record)
        let refusal = book.paymentRefusal(record, rules: rules)
        #expect(refusal?.hasPrefix("本笔支出审批路线已完成，但不能支付：没有列入年度经费计划的支出原则上不予拨款") == true)
        #expect(refusal?.contains("附件一 三(一)、三(二)") == true)
        #expect(record.planVerdict(rules: rules).severity == .refusal)
        var verbal = record
        verbal.decisions = []
        verbal.verbalApproval = VerbalApproval(by: Fixtures.secretary, date: e.date)
        #expect(book.paymentRefusal(verbal, rules: rules)?.hasPrefix("本笔支出已口头批准先行支出，但不能支付：没有列入年度经费计划") == true,
                "a verbal approval stands in for the route, not for the plan")
        record.expense.caseDecision = CaseDecision(reference: "居民会议纪要 2024-5", date: e.date)
        book.records[1] = record
        #expect(book.paymentRefusal(record, rules: rules) == nil)
        #expect(record.planVerdict(rules: rules).isOK)
    }

    @Test func budgetSettingsAreListedNewestFirst() {
        var book = self.book
        book.budgetChanges = [BudgetChange(fund: .party, amount: 10_000_000, setBy: "王书记", setAt: "2024-01-05 09:00"),
                              BudgetChange(fund: .committee, amount: 9_000_000, setBy: "王书记", setAt: "2024-01-05 09:01"),
                              BudgetChange(fund: .party, amount: 12_000_000, setBy: "王书记", setAt: "2024-04-01 10:30")]
        #expect(book.budgetHistory(.party).map(\.amount) == [12_000_000, 10_000_000])
        #expect(book.budgetHistory(.party)[0].summary == "2024-04-01 10:30 王书记 设为 ¥120,000.00")
    }
}
