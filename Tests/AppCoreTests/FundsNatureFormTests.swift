import AppCore
import Domain
import ScreenKit
import Testing

/// The request form asks who benefits (受益对象, unanswered until chosen) and what kind of cost it
/// is (费用性质); the party fund's refusal of staff benefit and every fund's refusal of rent explain
/// themselves under the field, whole at 80×24 (issue 19).
@Suite struct FundsNatureFormTests {
    /// A party-fund request for a staff meal typed up to 用途, the new payee's type chosen.
    func staffMeal() -> AppState {
        var s = FundsFixtures.state(Fixtures.worker)
        Fixtures.send([.char("a"), .right, .tab, .tab], to: &s)
        Fixtures.type("重阳节敬老", into: &s)
        Fixtures.send([.tab], to: &s); Fixtures.type("300", into: &s)
        Fixtures.send([.tab], to: &s); Fixtures.type("长寿路食府", into: &s)
        Fixtures.send([.tab], to: &s); Fixtures.type("工作人员聚餐", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        Fixtures.send([.right, .enter], to: &s)   // 收款方类型：单位
        return s
    }

    @Test("the beneficiary is asked, never assumed; the answers reach the request")
    func beneficiaryIsAsked() {
        var s = staffMeal()
        #expect(s.activeForm?["beneficiary"].error?.hasPrefix("请选择受益对象") == true)
        #expect(s.activeForm?["beneficiary"].options.first == "未选")
        let asked = Fixtures.render(s).textLines().map { $0.replacingOccurrences(of: " ", with: "") }.joined()
        #expect(asked.contains((s.activeForm?["beneficiary"].error ?? "-").replacingOccurrences(of: " ", with: "")), "the question whole at 80×24")
        #expect(asked.contains("（附件一三(一)、三(二)）"), "the rules' lines under it still whole")
        Fixtures.send([.right], to: &s)   // 居民群众
        let effects = Fixtures.send([.enter], to: &s)
        guard case .funds(.request(let request, _))? = effects.first else {
            Issue.record("expected a request effect, got \(effects)"); return
        }
        #expect(request.beneficiary == .residents && request.costKind == .ordinary)
    }

    @Test("staff benefit from the party fund is refused under the field with its clause, whole at 80×24")
    func staffBenefitRefused() {
        var s = staffMeal()
        Fixtures.send([.right, .right], to: &s)   // 工作人员
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        let error = s.activeForm?["beneficiary"].error ?? ""
        #expect(error.hasPrefix("党组织服务群众专项经费不得用于工作人员工资福利和其他津补贴") && error.hasSuffix("（附件一 二(二)2）"))
        let screen = Fixtures.render(s)
        #expect(screen.textLines().map { $0.replacingOccurrences(of: " ", with: "") }.joined().contains(error.replacingOccurrences(of: " ", with: "")))
        Golden.assert(screen, named: "funds-request-staff-refused")
    }

    @Test("rent is refused from the committee fund too, the rule's words under the route as it is chosen")
    func rentShownAsChosen() {
        var s = FundsFixtures.state(Fixtures.worker)
        Fixtures.send([.char("a"), .tab, .tab], to: &s)
        Fixtures.type("活动室", into: &s)
        Fixtures.send([.tab], to: &s); Fixtures.type("3000", into: &s)
        for _ in 0..<9 { Fixtures.send([.tab], to: &s) }
        Fixtures.send([.right], to: &s)   // 费用性质：房屋租赁
        #expect(s.activeForm?["costKind"].chosen.first == "房屋租赁")
        let text = Fixtures.render(s).textLines().map { $0.replacingOccurrences(of: " ", with: "") }.joined()
        let refusal = FundRules.costKind(fund: .committee, .rent, amount: 300_000, rules: FundsFixtures.rules).message
        #expect(text.contains(refusal.replacingOccurrences(of: " ", with: "")), "the whole refusal, clause included, at 80×24")
        Golden.assert(Fixtures.render(s), named: "funds-request-rent")
    }
}
