import Testing
import PropertyBased
@testable import Domain

/// 附件一 三(二): emergency spending, batch applications and split detection.
@Suite struct SpendingTests {
    let rules = Fixtures.rules

    // MARK: - Emergency spending

    @Test(arguments: [
        ("2026-11-05", nil, Severity.needs, "先行支出（李强 2026-11-01 口头批准），书面申请须在支出后 7 天内（本程序取值）、即 2026-11-08 前补交：尚未补交，还剩 3 天（附件一 三(二)）"),
        ("2026-11-08", nil, .needs, "先行支出（李强 2026-11-01 口头批准），书面申请须在支出后 7 天内（本程序取值）、即 2026-11-08 前补交：尚未补交，还剩 0 天（附件一 三(二)）"),
        ("2026-11-09", nil, .warning, "先行支出（李强 2026-11-01 口头批准），书面申请须在支出后 7 天内（本程序取值）、即 2026-11-08 前补交：已逾期 1 天仍未补交，已标记（附件一 三(二)）"),
        ("2026-11-20", "2026-11-08", .ok, "先行支出（李强 2026-11-01 口头批准），书面申请须在支出后 7 天内（本程序取值）、即 2026-11-08 前补交：已于 2026-11-08 补交（附件一 三(二)）"),
        ("2026-11-20", "2026-11-10", .warning, "先行支出（李强 2026-11-01 口头批准），书面申请须在支出后 7 天内（本程序取值）、即 2026-11-08 前补交：2026-11-10 才补交，逾期 2 天（附件一 三(二)）"),
    ] as [(String, String?, Severity, String)])
    func emergencyDeadline(today: String, filed: String?, severity: Severity, message: String) {
        let spending = EmergencySpending(verbalApproval: VerbalApproval(approver: "李强", date: Fixtures.day("2026-11-01")),
                                         spentOn: Fixtures.day("2026-11-01"), writtenApplicationOn: filed.map(Fixtures.day))
        let verdict = spending.evaluate(today: Fixtures.day(today), rules: rules)
        #expect(verdict.severity == severity)
        #expect(verdict.message == message)
    }

    @Test func emergencyWithoutAVerbalApprovalIsRefused() {
        let spending = EmergencySpending(verbalApproval: nil, spentOn: Fixtures.day("2026-11-01"))
        #expect(spending.evaluate(today: Fixtures.day("2026-11-01"), rules: rules).severity == .refusal)
    }

    // MARK: - Batch application

    func application(total: String, review: StreetReview? = nil) -> BatchApplication {
        BatchApplication(id: 1, fund: .party, purpose: "重阳节活动", total: Fixtures.yuan(total), requesterID: 4, review: review)
    }

    @Test(arguments: ["12,000.00", "500.00", "300.00"])
    func aBatchGoesToTheStreetWhateverItsTotal(total: String) {
        let app = BatchApplication(id: 1, fund: .party, purpose: "重阳节活动", total: Fixtures.yuan(total), requesterID: 4,
                                   approvals: [Approval(person: Fixtures.secretary, role: .secretary, date: Fixtures.day("2026-10-01")),
                                               Approval(person: Fixtures.director, role: .director, date: Fixtures.day("2026-10-01"))])
        #expect(app.route(rules: rules) == .street)
        let verdict = app.checkInstalment(100, paid: [], rules: rules)
        #expect(verdict.need == .streetReview)
        #expect(verdict.message == "集中申请总额 \(total) 元（集中申请向街道、镇提出，不论总额）：须先经街道、镇相关科室审核（附件一 三(二)）")
    }

    @Test(arguments: [
        ("2,000.00", Severity.ok, "本次 2,000.00 元 + 已报 10,000.00 元 = 12,000.00 元 ≤ 集中申请总额 12,000.00 元，剩余 0.00 元（按街道、镇相关科室审核路线）（附件一 三(二)）"),
        ("2,000.01", .refusal, "本次 2,000.01 元 + 已报 10,000.00 元 = 12,000.01 元 > 集中申请总额 12,000.00 元，超出 0.01 元（附件一 三(二)）"),
    ])
    func instalmentsNeverExceedTheTotal(amount: String, severity: Severity, message: String) {
        let approval = StreetApproval(approver: "街道办事处", reference: "批 12号", date: Fixtures.day("2026-10-02"), recordedBy: Fixtures.director)
        let app = application(total: "12,000.00", review: StreetReview(reviewer: "张科长", reference: "12号", date: Fixtures.day("2026-10-01"),
                                                                         recordedBy: Fixtures.director, approval: approval))
        let verdict = app.checkInstalment(Fixtures.yuan(amount), paid: [600_000, 400_000], rules: rules)
        #expect(verdict.severity == severity)
        #expect(verdict.message == message)
    }

    @Test func acceptedInstalmentsNeverSumAboveTheTotal() async {
        let app = application(total: "5,000.00", review: StreetReview(reviewer: "张科长", reference: "12号", date: Fixtures.day("2026-10-01"), recordedBy: Fixtures.director))
        await propertyCheck(input: Gen.int64(in: 1...200_000).array(of: 1...12)) { amounts in
            var paid: [Int64] = []
            for amount in amounts where app.checkInstalment(amount, paid: paid, rules: rules).isOK { paid.append(amount) }
            #expect(paid.reduce(0, +) <= app.total)
            #expect(app.remaining(after: paid) >= 0)
        }
    }

    // MARK: - Split detection

    func expense(_ id: Int64, _ amount: String, _ date: String, payee: String = "华联超市", purpose: String = "慰问品",
                 fund: FundKind = .party) -> Expense {
        Expense(id: id, fund: fund, category: .careAndHelp, amount: Fixtures.yuan(amount), payee: payee, purpose: purpose,
                date: Fixtures.day(date), requesterID: 4)
    }

    @Test func twoSmallExpensesToOnePayeeAreASuspectedSplit() {
        let first = expense(11, "300.00", "2026-11-03")
        let second = expense(12, "300.00", "2026-11-20", purpose: "活动用品")
        let verdict = SplitDetector.check(second, against: [first], rules: rules)
        #expect(verdict.severity == .warning)
        #expect(verdict.message == "疑似拆分：本笔 300.00 元与 #11（2026-11-03，华联超市，慰问品，300.00 元）同一经费、同一收款方或同一用途，30 天内合计 600.00 元 > 500.00 元，合计金额须经街道、镇相关科室审核（本程序取值，可在规则文件中修改）")
    }

    @Test(arguments: [
        ("2026-12-02", false),  // 29 days after 2026-11-03: within the window
        ("2026-12-03", true),   // 30 days after: outside
    ])
    func theWindowIsThirtyDays(date: String, outside: Bool) {
        let verdict = SplitDetector.check(expense(12, "300.00", date), against: [expense(11, "300.00", "2026-11-03")], rules: rules)
        #expect(verdict.isOK == outside)
    }

    @Test func unrelatedOrTogetherSmallExpensesAreNotSplits() {
        let base = expense(11, "300.00", "2026-11-03")
        #expect(SplitDetector.check(expense(12, "200.00", "2026-11-04"), against: [base], rules: rules).isOK)   // 500.00 in all
        #expect(SplitDetector.check(expense(12, "300.00", "2026-11-04", payee: "联华", purpose: "文具"), against: [base], rules: rules).isOK)
        #expect(SplitDetector.check(expense(12, "300.00", "2026-11-04", fund: .foundation), against: [base], rules: rules).isOK)
        #expect(SplitDetector.check(expense(12, "300.00", "2026-11-04", purpose: "慰 问 品"), against: [base], rules: rules).isOK == false)
    }

    @Test func splittingNeverLowersTheRouteOfTheCombinedAmount() async {
        await propertyCheck(input: Gen.int64(in: 1...50_000).array(of: 2...8)) { parts in
            let expenses = parts.enumerated().map { index, fen in
                Expense(id: Int64(index), fund: .committee, category: .communityService, amount: fen, payee: "同一商户",
                        purpose: "用品\(index)", date: Fixtures.day("2026-11-01").adding(days: index), requesterID: 4)
            }
            let last = expenses[expenses.count - 1]
            let combined = parts.reduce(0, +)
            #expect(SplitDetector.combinedRoute(last, against: expenses, rules: rules) == ExpenseApproval.route(for: combined, rules: rules))
            #expect(SplitDetector.check(last, against: expenses, rules: rules).isOK == (combined <= rules.money.localLimit))
        }
    }
}
