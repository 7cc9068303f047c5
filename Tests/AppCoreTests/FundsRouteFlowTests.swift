import AppCore
import AppRuntime
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// Issue 17 item 1 on screen, through the real storage: the bookkeeper who asked for 6,140.28
/// cannot enter the street review, cannot pay on a verbal approval above the limit, and cannot pay
/// at all; a verbal approval is chosen from the 书记 and 主任, never typed.
@Suite struct FundsRouteFlowTests {
    let flow = FundsFlowTests()

    /// Logged in as the bookkeeper (刘会计), who asks for `amount` herself.
    func bookkeeperAsks(_ h: FundsFlowTests.Harness, _ amount: String) {
        h.press(.char("a"), .tab, .right, .tab)
        h.type("楼道抢修"); h.press(.tab)
        h.type(amount)
        h.press(.tab); h.type("长寿维修队"); h.press(.tab); h.type("水管抢修"); h.press(.tab, .tab, .tab, .tab, .tab, .right, .tab, .right, .enter)  // a new payee: 单位; 受益对象：居民群众
    }

    @Test("the bookkeeper alone cannot review, verbally approve above the limit, or pay 6,140.28")
    func bookkeeperAlonePaysNothing() throws {
        let h = try flow.harness()
        flow.login(h, 3, "1122")
        bookkeeperAsks(h, "6140.28")
        #expect(h.state.message?.text.contains("已提交支出申请 #1") == true)
        h.press(.char("s"))
        #expect(h.state.message?.text.contains("只有书记、主任可以登记街道审核（本程序的做法：原文未规定由谁登记街道的审核") == true)
        h.press(.escape, .char("v"))
        #expect(h.state.message?.text.contains("单笔 6,140.28 元 > 先行支出上限 2,000.00 元") == true)
        h.press(.escape, .char("p"))
        #expect(h.state.message?.text.contains("审批路线未完成，不能支付") == true)
        #expect(try h.runner.database.fundsBook(year: ShanghaiCalendar.day(of: h.clock.now).year, rules: FundsFixtures.rules).entries.isEmpty)
    }

    @Test("a verbal approval is chosen from the secretary and the director, then the bookkeeper pays")
    func verbalApproverIsChosen() throws {
        let h = try flow.harness()
        flow.login(h, 3, "1122")
        bookkeeperAsks(h, "300")
        h.press(.char("v"))
        #expect(h.screen.contains("书记 王秀兰"))
        h.press(.right)
        #expect(h.screen.contains("主任 张建华"))
        h.press(.enter)
        #expect(h.state.message?.text.contains("已登记口头批准") == true)
        let record = try h.runner.database.fundsBook(year: ShanghaiCalendar.day(of: h.clock.now).year, rules: FundsFixtures.rules).records.first
        #expect(record?.verbalApproval?.person?.name == "张建华")
        h.press(.char("p"), .tab); h.type("FP-0001"); h.press(.enter, .char("y"))  // the payment form, then yes
        #expect(h.state.message?.text.contains("已支付 #1") == true)
    }

    @Test("the director asks for 300 and no other director can approve: it goes to the street, said as the program's reading")
    func directorsOwnRequestGoesToTheStreet() throws {
        let h = try flow.harness()
        flow.login(h, 2, "2468")
        bookkeeperAsks(h, "300")
        #expect(h.state.message?.text.contains("已提交支出申请 #1（¥300.00）：本程序的做法：本居没有两位可审批的书记、主任（一肩挑或本人申请），改送街道、镇审批") == true)
        flow.login(h, 0, "2580")
        #expect(h.screen.contains("待街道审核"))
        h.press(.char("y"))
        #expect(h.state.message?.text.contains("本程序的做法") == true)
        h.press(.escape, .char("s"))
        h.type("长寿路街道 自治办"); h.press(.tab); h.type("长街审 9 号"); h.press(.enter)
        #expect(h.screen.contains("街道审批：未登记"))
        h.press(.char("s"))
        h.type("长寿路街道办事处"); h.press(.tab); h.type("长街批 9 号"); h.press(.enter)
        #expect(h.screen.contains("街道审批：长寿路街道办事处，文号 长街批 9 号"))
        flow.login(h, 3, "1122")
        h.press(.char("p"), .tab); h.type("FP-0001"); h.press(.enter, .char("y"))  // the payment form, then yes
        #expect(h.state.message?.text.contains("已支付 #1") == true)
    }
}
