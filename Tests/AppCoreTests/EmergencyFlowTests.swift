import AppCore
import AppRuntime
import Domain
import Foundation
import Storage
import Testing

/// Emergency spending (先行支出) through the screen: a request, the verbal approval recorded with
/// v, paid at once by the bookkeeper, and eight days later listed as overdue with the rule.
@Suite struct EmergencyFlowTests {
    @Test("a verbal approval lets the bookkeeper pay; after 7 days the tab lists it as overdue with the rule")
    func verbalPayOverdue() throws {
        let flow = FundsFlowTests()
        let h = try flow.harness()
        flow.login(h, 1, "1357")
        h.press(.char("a"), .tab, .right, .tab)
        h.type("水管抢修"); h.press(.tab)
        h.type("300")
        h.press(.tab); h.type("长寿维修队"); h.press(.tab); h.type("楼道水管爆裂应急修缮"); h.press(.tab, .tab, .tab, .tab, .tab, .right, .tab, .right, .enter)  // a new payee: 单位; 受益对象：居民群众

        flow.login(h, 3, "1122")
        h.press(.char("p"))
        #expect(h.state.message?.text.contains("审批路线未完成，不能支付") == true, "no verbal approval yet")
        h.press(.char("v"))
        h.type("王秀兰（电话）"); h.press(.enter)
        #expect(h.state.message?.text.contains("已登记口头批准") == true)
        #expect(h.state.message?.text.contains("书面申请须在支出后 7 天内") == true)
        #expect(h.screen.contains("先行待付"))
        h.press(.char("p"), .tab); h.type("FP-0001"); h.press(.enter, .char("y"))  // the payment form, then yes
        #expect(h.state.message?.text.contains("已支付 #1 ¥300.00") == true)
        #expect(h.screen.contains("已付待补"))
        let today = ShanghaiCalendar.day(of: h.clock.now)
        #expect(try h.runner.database.verifyFunds(rules: FundsFixtures.rules, today: today).isEmpty)

        h.clock.now = h.clock.now.addingTimeInterval(8 * 86_400)
        _ = AppUpdate.update(&h.state, .tick(h.clock.now))   // the run loop's tick: the tab reads the day from the app's clock
        h.press(.char("3"), .char("4"))
        #expect(h.screen.contains("先行支出逾期未补书面申请（7 天，本程序取值）：#1 逾期 1 天"))
        #expect(h.screen.contains("已逾期 1 天仍未补交"))
        let later = ShanghaiCalendar.day(of: h.clock.now)
        #expect(try h.runner.database.verifyFunds(rules: FundsFixtures.rules, today: later).count == 1)

        flow.login(h, 0, "2580")
        h.press(.char("y"), .enter)
        #expect(h.state.message?.text.contains("书记 王秀兰 同意") == true, "approvals still open after an emergency payment")
    }
}
