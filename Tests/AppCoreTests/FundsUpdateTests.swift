import AppCore
import Foundation
import Domain
import ScreenKit
import Testing

/// The funds tab's update: the form's route, who may open what, and the effects asked for.
@Suite struct FundsUpdateTests {
    @Test("entering the tab loads the year's books")
    func enterLoads() {
        var s = Fixtures.mainState()
        #expect(Fixtures.send([.char("4")], to: &s) == [.funds(.load)])
    }

    @Test("coming back to the tab asks to read the books only if they changed since; unchanged, the books stay and the forms take the clock's day")
    func comingBackAsksWhetherTheBooksChanged() {
        var s = Fixtures.mainState()
        _ = Fixtures.send([.char("4")], to: &s)
        let version = DataVersion([2026, 3, 7])
        _ = AppUpdate.update(&s, .funds(.loaded(FundsFixtures.book, rules: FundsFixtures.rules, version: version)))
        _ = Fixtures.send([.char("1")], to: &s)
        #expect(Fixtures.send([.char("4")], to: &s) == [.funds(.loadUnlessUnchanged(since: version))])
        let tomorrow = FundsFixtures.today.adding(days: 1)
        s.now = s.now.addingTimeInterval(24 * 3600)
        _ = AppUpdate.update(&s, .funds(.unchanged(rules: FundsFixtures.rules)))
        #expect(s.main?.funds.book == FundsFixtures.book && s.main?.funds.version == version)
        #expect(Fixtures.screenText(s).contains("#2"), "the held books are still drawn")
        _ = Fixtures.send([.char("a")], to: &s)
        #expect(s.main?.funds.editor?.form["date"].text == tomorrow.iso, "the request is dated by the app's clock, not a day the tab kept")
    }

    @Test("the route appears once the amount is valid: 500.00 local, 500.01 street, with the clause",
          arguments: [("500", "≤ 500.00 元：书记、主任共同审批（附件一 三(二)）"), ("500.01", "> 500.00 元：须先经街道、镇审核（附件一 三(二)）"),
                      ("¥1,200.50", "> 500.00 元：须先经街道、镇审核")])
    func route(typed: String, expected: String) {
        var s = FundsFixtures.state(Fixtures.worker)
        Fixtures.send([.char("a"), .tab, .tab, .tab], to: &s)
        #expect(!Fixtures.screenText(s).contains("审批路线"))
        Fixtures.type(typed, into: &s)
        #expect(Fixtures.screenText(s).contains(expected))
    }

    @Test("the category offers only the chosen fund's uses")
    func categoriesFollowTheFund() {
        var s = FundsFixtures.state(Fixtures.worker)
        Fixtures.send([.char("a"), .right], to: &s)
        #expect(s.activeForm?["category"].options == FundKind.party.categories.map(\.title))
        Fixtures.send([.right], to: &s)
        #expect(s.activeForm?["category"].options.count == 7)
    }

    @Test("a complete request asks storage to record it; a bad amount stays in the form with the domain's words")
    func submitRequest() {
        var s = FundsFixtures.state(Fixtures.worker)
        Fixtures.send([.char("a"), .tab, .tab], to: &s)
        Fixtures.type("敬老", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("5o0", into: &s)
        Fixtures.send([.tab], to: &s); Fixtures.type("好邻居", into: &s)
        Fixtures.send([.tab], to: &s); Fixtures.type("茶点", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.activeForm?["amount"].error != nil)
        Fixtures.send([.backspace, .backspace, .backspace], to: &s)
        Fixtures.type("500", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty, "a new payee: 单位 or 个人 is asked first")
        #expect(s.activeForm?["payeeKind"].error != nil)
        Fixtures.send([.right, .right], to: &s)  // the focus is on 收款方类型: 个人
        #expect(Fixtures.send([.enter], to: &s).isEmpty, "受益对象 is asked next")
        Fixtures.send([.right], to: &s)  // the focus is on 受益对象: 居民群众
        let effects = Fixtures.send([.enter], to: &s)
        guard case .funds(.request(let request, let by))? = effects.first else {
            Issue.record("expected a request effect, got \(effects)")
            return
        }
        #expect(request.amount == 50_000 && request.fund == .committee && request.category == .office)
        #expect(request.payee == "好邻居" && request.date == FundsFixtures.today && by == Fixtures.worker.id)
        #expect(request.payeeKind == .person)
    }

    @Test("a request dated after today, or before the standard's year, stays in the form with the date's words (issue 17 item 5)",
          arguments: [(1, "晚于今天"), (-365 * 12, "早于 2017-01-01")])
    func requestDatedOutsideTheRange(days: Int, words: String) {
        var s = FundsFixtures.state(Fixtures.worker)
        Fixtures.send([.char("a"), .tab, .tab, .tab], to: &s)
        Fixtures.type("500", into: &s)
        Fixtures.send([.tab], to: &s); Fixtures.type("好邻居", into: &s)
        Fixtures.send([.tab], to: &s); Fixtures.type("茶点", into: &s)
        Fixtures.send([.tab, .tab, .tab, .tab], to: &s)
        Fixtures.send(Array(repeating: .backspace, count: 10), to: &s)
        Fixtures.type(FundsFixtures.today.adding(days: days).iso, into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.activeForm?["date"].error?.contains(words) == true, "\(s.activeForm?["date"].error ?? "no error")")
    }

    @Test("a worker cannot open the approval; the secretary approves with a reason")
    func approve() {
        var worker = FundsFixtures.state(Fixtures.worker)
        Fixtures.send([.char("y")], to: &worker)
        #expect(worker.message?.text.contains("只有书记、主任可以审批") == true)
        var s = FundsFixtures.state(book: waiting())
        Fixtures.send([.char("y")], to: &s)
        Fixtures.send([.tab, .tab], to: &s)
        Fixtures.type("活动必需", into: &s)
        #expect(Fixtures.send([.enter], to: &s) == [.funds(.decide(expenseID: 9, approve: true, role: .secretary,
                                                                   reason: "活动必需", by: Fixtures.secretary.id))])
    }

    @Test("above 500 the approval waits for the street review, and says so with the rule")
    func streetFirst() {
        var s = FundsFixtures.state()
        Fixtures.send([.char("y")], to: &s)
        #expect(s.message?.text.contains("须先经街道、镇相关科室审核") == true)
        #expect(s.main?.funds.editor == nil)
    }

    @Test("only the bookkeeper pays, and only a complete route")
    func pay() {
        var s = FundsFixtures.state(book: waiting())
        Fixtures.send([.char("p")], to: &s)
        #expect(s.message?.text.contains("只有报账员") == true)
        var b = FundsFixtures.state(FundsFixtures.bookkeeper, book: waiting())
        Fixtures.send([.char("p")], to: &b)
        #expect(b.message?.text.contains("审批路线未完成") == true)
    }

    @Test("a saved change closes the form, says so and loads again")
    func saved() {
        var s = FundsFixtures.state()
        Fixtures.send([.char("a")], to: &s)
        let effects = AppUpdate.update(&s, .funds(.saved("已提交")))
        #expect(effects == [.funds(.load)] && s.activeForm == nil && s.message?.text == "已提交")
    }

    /// The fixture's book with a new 300-yuan request #9 from the worker, waiting for approval.
    private func waiting() -> FundsBook {
        var book = FundsFixtures.book
        book.records.append(ExpenseRecord(expense: FundsFixtures.expense(9, 30_000, payee: "曹杨超市", date: "2026-11-28"),
                                          project: "", receipts: "", requester: Fixtures.worker))
        return book
    }
}
