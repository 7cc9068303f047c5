import Foundation
import Testing
@testable import Domain

/// 附件一 二(一)、二(二)2: who an expense benefits and what kind of cost it is. Staff benefit and a
/// property company's costs never from the party fund; rent and a large renovation from no fund;
/// 大型 is the rule set's value (本程序取值), never a clause's; a record without an answer passes.
@Suite struct FundNatureTests {
    let rules = Fixtures.rules

    @Test("a staff meal is refused from the party fund, citing 附件一 二(二)2")
    func staffBenefitFromThePartyFund() {
        let verdict = FundRules.beneficiary(fund: .party, .staff, rules: rules)
        #expect(verdict.severity == .refusal && verdict.rule == .fundBeneficiary)
        #expect(verdict.message.hasPrefix("党组织服务群众专项经费不得用于工作人员工资福利和其他津补贴"))
        #expect(verdict.message.hasSuffix("（附件一 二(二)2）"))
    }

    @Test("residents, or another fund, pass", arguments: [(FundKind.party, Beneficiary.residents), (.party, .other),
                                                          (.committee, .staff), (.foundation, .residents)])
    func otherBeneficiariesPass(fund: FundKind, beneficiary: Beneficiary) {
        #expect(FundRules.beneficiary(fund: fund, beneficiary, rules: rules).isOK)
    }

    @Test("rent is refused from each of the three funds, citing 附件一 二(一)", arguments: FundKind.allCases)
    func rentFromEveryFund(fund: FundKind) {
        let verdict = FundRules.costKind(fund: fund, .rent, amount: 100, rules: rules)
        #expect(verdict.severity == .refusal && verdict.rule == .fundOutside)
        #expect(verdict.message.contains("房屋租赁不能列支：办公用房、活动室等房屋的租赁及大型装修费用由街道、镇在 30 万元之外保障，不得挤占、挪用居民区工作经费"))
        #expect(verdict.message.hasSuffix("（附件一 二(一)）"))
    }

    @Test("a renovation is large above the rule set's line, said as 本程序取值, not a clause",
          arguments: FundKind.allCases)
    func largeRenovation(fund: FundKind) {
        let line = rules.money.largeRenovation
        #expect(FundRules.costKind(fund: fund, .renovation, amount: line, rules: rules).isOK)
        let verdict = FundRules.costKind(fund: fund, .renovation, amount: line + 1, rules: rules)
        #expect(verdict.severity == .refusal)
        #expect(verdict.number("limit") == line && verdict.number("amount") == line + 1)
        #expect(verdict.message.contains("视为大型装修"))
        #expect(verdict.message.hasSuffix("（附件一 二(一)；“大型”以 \(Money.yuan(line)) 元为界，本程序取值，可在规则文件中修改）"))
    }

    @Test("the shipped large-renovation line is 10,000 yuan, read from the rule-set file")
    func shippedLine() throws {
        #expect(rules.money.largeRenovation == 1_000_000)
        var text = try BundledText.read("putuo-2017", "toml")
        text = text.replacingOccurrences(of: "large_renovation = \"10000.00\"", with: "large_renovation = \"3000.00\"")
        #expect(try RuleSet.parse(text, file: "t.toml").money.largeRenovation == 300_000)
    }

    @Test("a property company's cost is refused from the party fund only")
    func propertyBorne() {
        let party = FundRules.costKind(fund: .party, .propertyBorne, amount: 100, rules: rules)
        #expect(party.severity == .refusal && party.message.hasSuffix("应由物业单位承担的费用（附件一 二(二)2）"))
        #expect(FundRules.costKind(fund: .committee, .propertyBorne, amount: 100, rules: rules).isOK)
        #expect(FundRules.costKind(fund: .party, .ordinary, amount: 100_000_000, rules: rules).isOK)
    }

    @Test("a record without answers (未登记) passes: nothing is guessed from its purpose")
    func unrecordedPasses() {
        let e = Expense(id: 1, fund: .party, category: .massActivity, amount: 30_000, payee: "长寿路食府",
                        purpose: "工作人员聚餐", date: LocalDate(iso: "2024-03-01")!, requesterID: 1)
        #expect(FundRules.nature(e, rules: rules).allSatisfy { $0.isOK })
        #expect(ExpenseNature.title(e.beneficiary) == "未登记" && ExpenseNature.title(e.costKind) == "未登记")
        var staff = e
        staff.beneficiary = .staff
        #expect(ExpenseCheck.evaluate(staff, context: .init(), rules: rules).worst == .refusal)
        #expect(ExpenseCheck.evaluate(e, context: .init(), rules: rules).problems.allSatisfy { $0.rule != .fundBeneficiary })
    }

    @Test("a request carries its answers into the expense the rules see")
    func requestCarriesAnswers() {
        let r = ExpenseRequest(fund: .party, category: .massActivity, project: "", amount: 100, payee: "x", purpose: "y",
                               payment: .cash, date: LocalDate(iso: "2024-03-01")!, beneficiary: .staff, costKind: .rent)
        let e = r.expense(id: 1, requesterID: 2)
        #expect(e.beneficiary == .staff && e.costKind == .rent)
    }
}
