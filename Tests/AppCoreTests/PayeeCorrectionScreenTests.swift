@testable import AppCore
@testable import Domain
import ScreenKit
import Testing

/// Issue 19: `k` on an expense corrects its payee's 单位/个人 (书记 or 主任), with a reason, after asking
/// what stays and what the disclosure will print.
@Suite struct PayeeCorrectionScreenTests {
    /// The fixture's books with #1's payee recorded, wrongly, as a 个人; #1 selected.
    static func state(_ user: Person = Fixtures.secretary) -> AppState {
        var book = FundsFixtures.book
        book.payeeKinds["好邻居文具店"] = .person
        var s = FundsFixtures.state(user, book: book)
        Fixtures.send([.down, .down], to: &s)
        return s
    }

    @Test func theFormAsksBeforeItSends() {
        var s = Self.state()
        Fixtures.send([.char("k")], to: &s)
        #expect(Fixtures.screenText(s).contains("更正收款方类型：好邻居文具店（现为个人）"))
        Fixtures.send([.tab], to: &s)
        Fixtures.type("文具店是单位，当时误选", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty, "nothing is written before the yes")
        let question = Fixtures.render(s)
        let text = question.textLines().joined()
        #expect(text.contains("收款方“好邻居文具店”由个人更正为单位") && text.contains("原登记和本次更正都保留"))
        Golden.assert(question, named: "funds-payee-correction-confirm")
        let effects = Fixtures.send([.char("y")], to: &s)
        let sent = PayeeCorrection(payee: "好邻居文具店", kind: .organisation, reason: "文具店是单位，当时误选")
        #expect(effects == [.funds(.correctPayeeKind(sent, by: Fixtures.secretary.id))])
    }

    @Test func noGoesBackToTheFormAsTyped() {
        var s = Self.state()
        Fixtures.send([.char("k"), .tab], to: &s)
        Fixtures.type("误选", into: &s)
        Fixtures.send([.enter, .char("n")], to: &s)
        #expect(s.main?.funds.correcting == nil && s.main?.funds.editor?.form["reason"].text == "误选")
    }

    @Test func aReasonIsRequired() {
        var s = Self.state()
        Fixtures.send([.char("k"), .enter], to: &s)
        #expect(s.main?.funds.correcting == nil)
        #expect(Fixtures.screenText(s).contains("请写明更正理由"))
    }

    @Test func aWorkerIsToldWhoMay() {
        var s = Self.state(Fixtures.worker)
        Fixtures.send([.char("k")], to: &s)
        #expect(s.main?.funds.editor == nil)
        #expect(Fixtures.screenText(s).contains("可以更正收款方的单位/个人类型"))
    }
}

/// Issue 19: an imported payment without its 付款凭证号 keeps none and every place says so in its words.
@Suite struct ImportedVoucherScreenTests {
    @Test func theDetailSaysTheImportGaveNone() {
        var book = FundsFixtures.book
        book.records[0].payment?.method = .officialCard
        book.records[0].payment?.voucher = nil
        var s = FundsFixtures.state(book: book)
        Fixtures.send([.down, .down], to: &s)
        #expect(Fixtures.screenText(s).contains("公务卡 · 导入时未附付款凭证号"))
    }

    @Test func theReportSaysTheImportGaveNone() {
        let line = FundsReport.EntryLine(date: FundsFixtures.today, kind: .payment, fund: .party, category: .massActivity, project: "",
                                         payee: "好邻居文具店", amount: 100, method: .bankTransfer, voucher: nil)
        #expect(FundsText.entryNote(line) == "银行转账，导入时未附付款凭证号")
        var given = line
        given.voucher = "FP-1"
        #expect(FundsText.entryNote(given) == "银行转账，付款凭证号 FP-1")
    }
}
