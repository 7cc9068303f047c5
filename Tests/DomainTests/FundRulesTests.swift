import Testing
@testable import Domain

/// 附件一 二、三: categories, the 35% office cap, the plan, cash and the official card.
@Suite struct FundRulesTests {
    let rules = Fixtures.rules

    // MARK: - Categories

    @Test func eachFundOffersItsOwnCategories() {
        #expect(FundKind.committee.categories.count == 3)
        #expect(FundKind.party.categories.count == 5)
        #expect(FundKind.foundation.categories.count == 7)
        for fund in FundKind.allCases {
            for category in fund.categories {
                #expect(FundRules.scope(fund: fund, category: category, rules: rules).isOK)
            }
        }
    }

    @Test(arguments: [ExpenseCategory.office, .wages, .allowances, .propertyCosts])
    func thePartyFundRefusesOfficeWagesAllowancesAndPropertyCosts(category: ExpenseCategory) {
        let verdict = FundRules.scope(fund: .party, category: category, rules: rules)
        #expect(verdict.severity == .refusal)
        #expect(verdict.message.hasPrefix("党组织服务群众专项经费不得用于财政已核定的居委会办公开支"))
        #expect(verdict.message.hasSuffix("“\(category.title)”不能列支（附件一 二(二)）"))
    }

    @Test func anotherFundsCategoryIsRefusedWithTheChoices() {
        let verdict = FundRules.scope(fund: .committee, category: .relief, rules: rules)
        #expect(verdict.message == "“社区救助服务”不在居委会工作经费的使用范围内；可选：办公、社区服务、组织自治（附件一 二(二)）")
        #expect(FundRules.scope(fund: .committee, category: .wages, rules: rules).message.hasPrefix("居民区工作者经费由街道、镇"))
    }

    // MARK: - Office cap

    @Test(arguments: [
        ("31,499.99", Severity.ok),       // just under 90% of the 35,000.00 cap
        ("31,500.00", .warning),          // 90% of the cap: nearing it
        ("35,000.00", .warning),          // at the cap: allowed (不高于)
        ("35,000.01", .refusal),
    ])
    func officeCapBoundaries(total: String, severity: Severity) {
        let verdict = OfficeCap.evaluate(amount: 100, spentThisYear: Fixtures.yuan(total) - 100, rules: rules)
        #expect(verdict.severity == severity)
        #expect(verdict.number("cap") == 3_500_000)
    }

    @Test func officeCapSentences() {
        let over = OfficeCap.evaluate(amount: 120_000, spentThisYear: 3_400_000, rules: rules)
        #expect(over.message == "办公经费本年累计 34,000.00 元 + 本笔 1,200.00 元 = 35,200.00 元 > 居委会工作经费 100,000.00 元的 35%（35,000.00 元），超出 200.00 元（附件一 二(一)）")
        let near = OfficeCap.evaluate(amount: 50_000, spentThisYear: 3_200_000, rules: rules)
        #expect(near.message == "办公经费本年累计 32,000.00 元 + 本笔 500.00 元 = 32,500.00 元，已达上限的 90% 以上（提醒线为本程序取值），接近居委会工作经费 100,000.00 元的 35%（35,000.00 元），仅余 2,500.00 元（附件一 二(一)）")
    }

    @Test func aSmallerBudgetLowersTheCap() {
        let verdict = OfficeCap.evaluate(amount: 100, spentThisYear: 2_800_000, budget: 8_000_000, rules: rules)
        #expect(verdict.severity == .refusal)
        #expect(verdict.number("cap") == 2_800_000)
    }

    // MARK: - Plan

    @Test func outsideThePlanNeedsACaseDecision() {
        #expect(FundRules.plan(inPlan: true, caseDecision: nil, rules: rules).isOK)
        let refused = FundRules.plan(inPlan: false, caseDecision: nil, rules: rules)
        #expect(refused.severity == .refusal)
        #expect(refused.message == "没有列入年度经费计划的支出原则上不予拨款；另行增加的项目须按“一事一议”上报确定并记录决定（附件一 三(一)、三(二)）")
        let decided = FundRules.plan(inPlan: false, caseDecision: CaseDecision(reference: "2026-09 居民会议", date: Fixtures.day("2026-09-10")), rules: rules)
        #expect(decided.message == "计划外支出，已按“一事一议”上报确定（2026-09 居民会议，2026-09-10）（附件一 三(一)、三(二)）")
    }

    // MARK: - Cash

    @Test func cashIsRefusedForAnOfficialCardItem() {
        let verdict = FundRules.payment(.cash, spendingItem: "办公费", rules: rules)
        #expect(verdict.severity == .refusal)
        #expect(verdict.message == "“办公费”属《普陀区关于进一步完善公务卡制度切实减少现金使用的实施意见》公务卡强制结算目录的支出，不得使用现金，应以公务卡或银行转账支付（附件一 三(三)）")
        #expect(FundRules.payment(.officialCard, spendingItem: "办公费", rules: rules).isOK)
        #expect(FundRules.payment(.cash, spendingItem: "慰问品", rules: rules).isOK)
    }

    // MARK: - All together

    @Test func expenseCheckRunsEveryRule() {
        let expense = Expense(id: 7, fund: .committee, category: .office, amount: 62_000, payee: "华联超市", purpose: "办公用品",
                              date: Fixtures.day("2026-11-20"), requesterID: 4, payment: .cash, spendingItem: "办公费")
        let verdicts = ExpenseCheck.evaluate(expense, context: .init(officeSpentThisYear: 3_100_000), rules: rules)
        #expect(verdicts.map(\.rule) == [.fundScope, .fundPlan, .officialCard, .fundBeneficiary, .fundOutside, .officeCap, .approval, .split])
        #expect(verdicts.worst == .refusal)
        #expect(verdicts.problems.map(\.rule) == [.officialCard, .officeCap, .approval])
    }
}
