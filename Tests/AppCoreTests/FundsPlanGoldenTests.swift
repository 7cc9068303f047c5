import AppCore
import Domain
import ScreenKit
import Testing

/// Golden screens at 80×24 of what issue 7 added last: an emergency payment whose written
/// application is overdue, a batch application with an instalment, and the plan page with a
/// revised line.
@Suite struct FundsPlanGoldenTests {
    /// The fixture's books plus #4 paid on a verbal approval on 2026-11-20 (due 11-27, overdue on
    /// 11-29) and #5, a 900-yuan batch reviewed and approved by the street, with #6 an instalment of 400.
    static var book: FundsBook {
        var book = FundsFixtures.book
        let e4 = FundsFixtures.expense(4, 30_000, payee: "长寿维修队", fund: .party, category: .urgentNeeds, date: "2026-11-20")
        let p4 = FundsFixtures.entry(4, e4, 30_000, after: 78_000, date: "2026-11-20")
        let e5 = FundsFixtures.expense(5, 90_000, payee: "曹杨体育用品", fund: .foundation, category: .residentProjects,
                                       date: "2026-11-21")
        let e6 = FundsFixtures.expense(6, 40_000, payee: "曹杨体育用品", fund: .foundation, category: .residentProjects,
                                       date: "2026-11-25")
        let approval = StreetApproval(approver: "长寿路街道办事处", reference: "长街批〔2026〕8号", date: LocalDate(iso: "2026-11-22")!,
                                      recordedBy: Fixtures.secretary)
        let review = StreetReview(reviewer: "长寿路街道 自治办", reference: "长街审〔2026〕8号", date: LocalDate(iso: "2026-11-22")!,
                                  recordedBy: Fixtures.secretary, approval: approval)
        var batch = ExpenseRecord(expense: e5, project: "社区运动会", receipts: "", requester: Fixtures.worker, review: review)
        batch.isBatchApplication = true
        var instalment = ExpenseRecord(expense: e6, project: "社区运动会", receipts: "No.0107", requester: Fixtures.worker)
        instalment.batch = FundsBook.application(batch)
        book.records += [
            ExpenseRecord(expense: e4, project: "楼道水管抢修", receipts: "", requester: Fixtures.worker, payment: p4,
                          verbalApproval: VerbalApproval(approver: "王秀兰（电话）", date: LocalDate(iso: "2026-11-20")!,
                                                        person: Fixtures.secretary)),
            batch, instalment,
        ]
        book.entries.append(p4)
        book.plan = FundPlan(lines: [
            PlanLine(id: 1, fund: .party, category: .massActivity, project: "重阳节敬老", amount: 800_000),
            PlanLine(id: 2, fund: .foundation, category: .residentProjects, project: "社区运动会", amount: 100_000),
            PlanLine(id: 3, fund: .party, category: .massActivity, project: "重阳节敬老", amount: 950_000, revises: 1,
                     reason: "参加人数增加"),
        ], report: PlanReport(meeting: .residents, date: LocalDate(iso: "2026-03-15")!))
        return book
    }

    @Test func overdueEmergencyIsListedWithTheRule() {
        var s = FundsFixtures.state(book: Self.book)
        Fixtures.send([.down, .down], to: &s)
        let screen = Fixtures.render(s)
        #expect(screen.textLines().joined().contains("先行支出逾期未补书面申请（7 天，本程序取值）：#4 逾期 2 天"))
        Golden.assert(screen, named: "funds-emergency-overdue")
    }

    @Test func instalmentShowsWhatRemains() {
        let s = FundsFixtures.state(book: Self.book)
        let screen = Fixtures.render(s)
        #expect(screen.textLines().joined().contains("剩余 500.00 元"))
        Golden.assert(screen, named: "funds-instalment")
    }

    @Test func planPageShowsTheRevision() {
        var s = FundsFixtures.state(book: Self.book)
        Fixtures.send([.char("l"), .char("l"), .char("l"), .char("l")], to: &s)
        let screen = Fixtures.render(s)
        #expect(screen.textLines().joined().contains("第 2 版 ¥9,500.00，原 ¥8,000.00：参加人数增加"), "the revised line keeps its place, first")
        Golden.assert(screen, named: "funds-plan")
    }
}
