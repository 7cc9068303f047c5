import AppCore
import AppRuntime
import Domain
import Foundation
import Storage
import Testing

/// Batch applications through the screen: b asks for a total, which goes to the street whatever it is
/// (居委会可集中向街道、镇提出用款申请); the director enters the street review once, i records
/// instalments showing what remains, one above it is refused.
@Suite struct BatchFlowTests {
    @Test("a 500-yuan batch goes to the street; instalments of 300 and 200 fit, 200.01 more is refused with the sums")
    func batchAndInstalments() throws {
        let flow = FundsFlowTests()
        let h = try flow.harness()
        flow.login(h, 1, "1357")
        h.press(.char("b"))
        #expect(h.screen.contains("集中申请（金额填总额，向街道、镇提出，不论总额）"))
        h.press(.tab, .right, .tab)
        h.type("社区运动会"); h.press(.tab)
        h.type("500")
        #expect(h.screen.contains("审批路线：集中申请向街道、镇提出，不论总额：须先经街道、镇审核"))
        h.press(.tab); h.type("曹杨体育用品"); h.press(.tab); h.type("运动会器材"); h.press(.tab, .tab, .tab, .tab, .tab, .right, .tab, .right, .enter)  // a new payee: 单位; 受益对象：居民群众
        #expect(h.state.message?.text.contains("已提交集中申请 #1（总额 ¥500.00）：集中申请向街道、镇提出，不论总额：须先经街道、镇审核") == true)

        flow.login(h, 2, "2468")
        #expect(h.screen.contains("待街道审核") && !h.screen.contains("集中已批"))
        h.press(.char("s"))
        #expect(h.screen.contains("街道审核记录 #1"))
        h.type("长寿路街道 自治办"); h.press(.tab); h.type("长街审 8 号"); h.press(.enter)
        #expect(h.screen.contains("待街道审批") && !h.screen.contains("集中已批"))
        h.press(.char("s"))  // the next step due: the street's approval (审核后，按街道、镇相关程序审批)
        #expect(h.screen.contains("街道审批记录 #1") && h.screen.contains("审批文号"))
        h.type("长寿路街道办事处"); h.press(.tab); h.type("长街批 8 号"); h.press(.enter)
        #expect(h.screen.contains("集中已批"))

        flow.login(h, 1, "1357")
        h.press(.char("i"))
        #expect(h.screen.contains("分批报销 · 集中申请 #1 剩余 ¥500.00"))
        h.type("300"); h.press(.enter)
        #expect(h.state.message?.text.contains("剩余 ¥200.00") == true)
        h.press(.down, .char("i"))
        h.type("200.01"); h.press(.enter)
        #expect(h.state.message?.text.contains("超出 0.01 元") == true)
        h.press(.escape)

        flow.login(h, 3, "1122")
        h.press(.char("p"), .tab); h.type("FP-0001"); h.press(.enter, .char("y"))  // the payment form, then yes
        #expect(h.state.message?.text.contains("已支付 #2 ¥300.00") == true)
        #expect(h.screen.contains("剩余 200.00 元"))
        h.press(.char("y"))
        #expect(h.state.message?.text.contains("无需单独审批") == true)
    }
}
