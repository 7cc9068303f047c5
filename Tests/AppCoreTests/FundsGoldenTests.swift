import AppCore
import Domain
import ScreenKit
import Testing

/// Golden screens of the funds tab at 80×24: the request form on each route, the expenses with
/// their states and warnings, and a fund's ledger.
@Suite struct FundsGoldenTests {
    @Test(arguments: [("500", "local"), ("500.01", "street")])
    func requestForm(typed: String, route: String) {
        var s = FundsFixtures.state(Fixtures.worker)
        Fixtures.send([.char("a"), .right, .tab, .tab], to: &s)
        Fixtures.type("重阳节敬老", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type(typed, into: &s)
        Golden.assert(Fixtures.render(s), named: "funds-request-\(route)")
    }

    /// Cash for an item on the official-card list: the rule's refusal under the route, the ten
    /// fields one row each.
    @Test func requestFormRefusesCashForAnOfficialCardItem() {
        var s = FundsFixtures.state(Fixtures.worker)
        Fixtures.send([.char("a"), .tab, .tab], to: &s)
        Fixtures.type("社区活动通知", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("120", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("曹杨印刷厂", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("活动通知印刷", into: &s)
        Fixtures.send([.tab, .right, .right, .tab], to: &s)
        Fixtures.type("印刷费", into: &s)
        let screen = Fixtures.render(s)
        #expect(screen.textLines().joined().contains("不得使用现金，应以公务卡或银行转账支付"))
        Golden.assert(screen, named: "funds-request-cash")
    }

    @Test func expenses() {
        Golden.assert(Fixtures.render(FundsFixtures.state()), named: "funds-expenses")
    }

    @Test func reversedExpenseShowsBothEntries() {
        var s = FundsFixtures.state()
        Fixtures.send([.down], to: &s)
        Golden.assert(Fixtures.render(s), named: "funds-expense-reversed")
    }

    @Test func ledger() {
        var s = FundsFixtures.state()
        Fixtures.send([.char("l"), .char("l")], to: &s)
        Golden.assert(Fixtures.render(s), named: "funds-ledger")
    }

    @Test func splitWarningNamesTheOthers() {
        var book = FundsFixtures.book
        for (i, day) in ["2026-11-02", "2026-11-09", "2026-11-16"].enumerated() {
            let e = FundsFixtures.expense(Int64(10 + i), 20_000, payee: "曹杨超市", fund: .committee,
                                          category: .communityService, date: day)
            book.records.append(ExpenseRecord(expense: e, project: "", receipts: "", requester: Fixtures.worker))
        }
        let s = FundsFixtures.state(book: book)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("疑似拆分"))
        Golden.assert(Fixtures.render(s), named: "funds-split")
    }
}

/// Money is never cut: a large plan against a long category title keeps every digit of the balance.
@Suite struct LedgerMoneyTests {
    @Test("计划 ¥2,000,000.00 beside 居民群众迫切需要的其他服务事项: the balance is on screen to the fen")
    func largeAmountsStayWhole() {
        var book = FundsFixtures.book
        book.plan = FundPlan(lines: [
            PlanLine(id: 1, fund: .party, category: .urgentNeeds, project: "加装电梯配套", amount: 200_000_000, setBy: "王秀兰",
                     setAt: "2026-03-02 09:30"),
        ])
        var s = FundsFixtures.state(book: book)
        Fixtures.send([.char("l"), .char("l")], to: &s)
        let line = Fixtures.render(s).textLines().first { $0.contains("居民群众") } ?? ""
        #expect(line.contains("计划 ¥2,000,000.00  已支 ¥0.00  余 ¥2,000,000.00"), "\(line)")
    }
}
