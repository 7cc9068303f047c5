import Testing
@testable import Domain

/// The one rule a payment's details pass (issue 19), the methods an item may be paid by, and the
/// payee as the public disclosure shows it.
@Suite struct PaymentDetailsRuleTests {
    static let rules = try! RuleSet.bundledPutuo2017()
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// 120.00 for 印刷费 requested as cash on 11-20, approved by two on 11-22.
    static var record: ExpenseRecord {
        let e = Expense(id: 1, fund: .committee, category: .office, amount: 12_000, payee: "曹杨印刷厂", purpose: "通知",
                        date: day("2026-11-20"), requesterID: 9, payment: .cash, spendingItem: "印刷费")
        let decisions = [Role.secretary, .director].enumerated().map { i, role in
            ExpenseDecision(person: Person(id: Int64(i + 1), name: "审批\(i)", roles: [role]), role: role, approved: true, reason: "",
                            date: day("2026-11-22"))
        }
        return ExpenseRecord(expense: e, project: "", receipts: "", requester: Person(id: 9, name: "社工", roles: [.worker]),
                             decisions: decisions)
    }

    @Test(arguments: [
        ("2026-11-22", "FP-1", PaymentMethod.officialCard, nil as String?),
        ("2026-11-21", "FP-1", .officialCard, "支付日期 2026-11-21 早于审批日 2026-11-22"),
        ("2026-11-30", "FP-1", .officialCard, "支付日期 2026-11-30 晚于今天 2026-11-29"),
        ("2026-11-29", " ", .bankTransfer, "没有付款凭证号：请填发票号码或收据编号"),
    ])
    func theBoundaries(date: String, voucher: String, method: PaymentMethod, problem: String?) {
        let details = PaymentDetails(date: Self.day(date), voucher: voucher, method: method)
        #expect(details.problem(for: Self.record, today: Self.day("2026-11-29"), rules: Self.rules) == problem)
    }

    @Test("spending on a verbal approval is paid on the day it was spent, before the catch-up approvals")
    func verbalSpendingIsPayableBeforeItsPaperwork() {
        var record = Self.record
        record.verbalApproval = VerbalApproval(approver: "王秀兰", date: Self.day("2026-11-20"))
        let details = PaymentDetails(date: Self.day("2026-11-20"), voucher: "FP-1", method: .officialCard)
        #expect(record.payableFrom == Self.day("2026-11-20"))
        #expect(details.problem(for: record, today: Self.day("2026-11-29"), rules: Self.rules) == nil)
        #expect(details.problem(for: Self.record, today: Self.day("2026-11-29"), rules: Self.rules) != nil)
    }

    @Test func cashForAnOfficialCardItemIsRefusedWithTheRulesClause() {
        let details = PaymentDetails(date: Self.day("2026-11-29"), voucher: "FP-1", method: .cash)
        #expect(details.problem(for: Self.record, today: Self.day("2026-11-29"), rules: Self.rules)?.hasSuffix("（附件一 三(三)）") == true)
    }

    @Test func anOfficialCardItemIsOfferedCardOrTransferOthersEveryMethod() {
        #expect(FundRules.paymentMethods(spendingItem: "印刷费", rules: Self.rules) == [.officialCard, .bankTransfer])
        #expect(FundRules.paymentMethods(spendingItem: "慰问品", rules: Self.rules) == [.officialCard, .bankTransfer, .cash])
        #expect(FundRules.paymentMethods(spendingItem: nil, rules: Self.rules).count == PaymentMethod.allCases.count)
    }

    @Test func theRequestedCashDoesNotRefuseACardPayment() {
        var book = FundsBook.empty(year: 2026, rules: Self.rules)
        book.records = [Self.record]
        #expect(book.paymentRefusal(Self.record, rules: Self.rules)?.contains("不得使用现金") == true)
        #expect(book.paymentRefusal(Self.record, method: .officialCard, rules: Self.rules)?.contains("不得使用现金") != true)
    }

    @Test func thePublicReportShowsTheRecordedTypeNeverAGuess() {
        #expect(PayeeDisclosure.shown("长寿路食府", kind: .organisation, inPublic: true) == "长寿路食府")
        #expect(PayeeDisclosure.shown("张桂英", kind: .person, inPublic: true) == "个人")
        #expect(PayeeDisclosure.shown("长寿路食府", kind: nil, inPublic: true) == "未登记")
        #expect(PayeeDisclosure.shown("张桂英", kind: .person, inPublic: false) == "张桂英")
    }
}
