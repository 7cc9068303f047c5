import AppCore
import Domain
import ScreenKit
import Testing

/// `p` on an approved expense (issue 19): a payment form (date, 付款凭证号, method), then a dialog that
/// says what the payment freezes; a cash request of an item on the official-card list is payable
/// by card or transfer; the request form asks whether a new payee is a 单位 or a 个人.
@Suite struct FundsPaymentTests {
    /// #4: 300.00 for 印刷费 (on the official-card list), requested as cash, approved on 11-25, not paid.
    static func book(payment: PaymentMethod = .cash, item: String? = "印刷费") -> FundsBook {
        var book = FundsFixtures.book
        var e = FundsFixtures.expense(4, 30_000, payee: "曹杨印刷厂", date: "2026-11-24")
        e.payment = payment
        e.spendingItem = item
        book.records.append(ExpenseRecord(expense: e, project: "重阳节敬老", receipts: "", requester: Fixtures.worker,
                                          decisions: FundsFixtures.approvedBy("2026-11-25")))
        return book
    }

    /// The bookkeeper on the funds tab with #4 (the newest, first row) selected, after `keys`.
    static func paying(_ keys: [Key], book: FundsBook = book()) -> (AppState, [Effect]) {
        var s = FundsFixtures.state(FundsFixtures.bookkeeper, book: book)
        let effects = Fixtures.send([.char("p")] + keys, to: &s)
        return (s, effects)
    }

    @Test("p opens the form instead of paying: nothing is written by the key alone")
    func pOpensTheForm() {
        let (s, effects) = Self.paying([])
        #expect(effects.isEmpty)
        #expect(s.main?.funds.editor?.form["date"].text == "2026-11-29")
        #expect(Fixtures.screenText(s).contains("付款凭证号必填"))
    }

    @Test("the payment's number is 付款凭证号 on the form and the confirmation, never the request's 票据号")
    func voucherHasItsOwnName() {
        let (form, _) = Self.paying([])
        #expect(form.activeForm?["voucher"].label == "付款凭证号")
        let (confirm, _) = Self.paying([.tab] + "FP-1".map { .char($0) } + [.enter])
        let text = Fixtures.screenText(confirm)
        #expect(text.contains("付款凭证号 FP-1") && !text.contains("票据号"), "\(text)")
        var request = FundsFixtures.state()
        _ = Fixtures.send([.char("a")], to: &request)
        #expect(request.activeForm?["receipts"].label == "票据号", "the request's receipts keep the standard's word")
    }

    @Test("without a 付款凭证号 the form stays, with what is accepted under the field")
    func voucherRequired() {
        let (s, effects) = Self.paying([.enter])
        #expect(effects.isEmpty && s.main?.funds.paying == nil)
        #expect(s.activeForm?["voucher"].error?.contains("发票号码或收据编号") == true)
    }

    @Test("a date before the approval, or after today, is refused under the date field", arguments: ["2026-11-24", "2026-11-30"])
    func dateBounds(date: String) {
        var keys: [Key] = Array(repeating: .backspace, count: 10) + date.map { .char($0) } + [.tab]
        keys += "FP-1".map { .char($0) } + [.enter]
        let (s, effects) = Self.paying(keys)
        #expect(effects.isEmpty && s.main?.funds.paying == nil)
        #expect(s.activeForm?["date"].error != nil, "\(date)")
    }

    @Test("a date before the approval says which day under its field, whole at 80×24")
    func dateBeforeApprovalGolden() {
        var keys: [Key] = Array(repeating: .backspace, count: 10) + "2026-11-24".map { .char($0) } + [.tab]
        keys += "FP-1".map { .char($0) } + [.enter]
        let (s, _) = Self.paying(keys)
        #expect(Fixtures.screenText(s).contains("✗ 支付日期 2026-11-24 早于审批日 2026-11-25"))
        Golden.assert(Fixtures.render(s), named: "funds-pay-date-refused")
    }

    @Test("a cash request of an official-card item is offered only 公务卡 or 银行转账, with the rule and its clause")
    func cardOnlyItemIsPayable() {
        let (s, _) = Self.paying([])
        #expect(s.activeForm?["method"].options == ["公务卡", "银行转账"])
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("“印刷费”属公务卡强制结算目录"))
        #expect(screen.contains("申请写的是现金"))
        Golden.assert(Fixtures.render(s), named: "funds-pay-form-card-only")
    }

    @Test("the expense itself says how a cash request of a card-only item is paid")
    func theDetailNamesTheWayForward() {
        let s = FundsFixtures.state(FundsFixtures.bookkeeper, book: Self.book())
        #expect(Fixtures.screenText(s).contains("申请写的现金不影响支付：报账员按 p 支付时选公务卡或银行转账"))
    }

    @Test("Enter asks first, saying what the payment freezes and how it is corrected; y pays, with the details typed")
    func confirmThenPay() {
        var (s, effects) = Self.paying([.tab] + "FP-2026-0042".map { .char($0) } + [.tab, .right, .enter])
        #expect(effects.isEmpty)
        #expect(s.main?.funds.paying != nil)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("只能由报账员按 c 另记一笔") && screen.contains("本程序的做法：台账只增不"), "\(screen)")
        Golden.assert(Fixtures.render(s), named: "funds-pay-confirm")
        effects = Fixtures.send([.char("y")], to: &s)
        let details = PaymentDetails(date: FundsFixtures.today, voucher: "FP-2026-0042", method: .bankTransfer)
        #expect(effects == [.funds(.pay(expenseID: 4, details, by: FundsFixtures.bookkeeper.id))])
    }

    @Test("n goes back to the form with what was typed; nothing is paid")
    func denyKeepsTheForm() {
        var (s, _) = Self.paying([.tab] + "FP-1".map { .char($0) } + [.enter])
        let effects = Fixtures.send([.char("n")], to: &s)
        #expect(effects.isEmpty && s.main?.funds.paying == nil)
        #expect(s.activeForm?["voucher"].text == "FP-1")
    }

    @Test("a request with a new payee asks whether it is a 单位 or a 个人; a recorded payee is not asked again")
    func newPayeeIsAsked() {
        func request(_ book: FundsBook) -> (AppState, [Effect]) {
            var s = FundsFixtures.state(Fixtures.worker, book: book)
            var keys: [Key] = [.char("a"), .tab, .tab, .tab] + "80".map { .char($0) } + [.tab] + "长寿路食府".map { .char($0) }
            keys += [.tab] + "茶点".map { .char($0) } + Array(repeating: Key.tab, count: 6) + [.right, .enter]   // 受益对象：居民群众
            let effects = Fixtures.send(keys, to: &s)
            return (s, effects)
        }
        let (s, effects) = request(FundsFixtures.book)
        #expect(effects.isEmpty)
        #expect(s.activeForm?["payeeKind"].error?.contains("请选择单位或个人") == true)
        var known = FundsFixtures.book
        known.payeeKinds["长寿路食府"] = .organisation
        guard case .funds(.request(let r, _))? = request(known).1.first else { Issue.record("no request"); return }
        #expect(r.payee == "长寿路食府")
    }
}
