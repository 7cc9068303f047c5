import AppCore
import Domain
import ScreenKit
import Testing

/// Issue 19 (附件一 三(二) "审核后，按街道、镇相关程序审批"): the review key records the street's next
/// step due, its 审核 and then its 审批, the form's title says which, and the detail shows both.
@Suite struct StreetStepScreenTests {
    static let reviewDay = LocalDate(iso: "2026-11-25")!

    /// The fixture's books with #3 (1,200.00) reviewed by the street, and approved too when `approved`.
    static func book(approved: Bool) -> FundsBook {
        var book = FundsFixtures.book
        let approval = approved ? StreetApproval(approver: "长寿路街道办事处", reference: "长街批〔2026〕5号", date: reviewDay,
                                                 recordedBy: Fixtures.secretary) : nil
        book.records[2].review = StreetReview(reviewer: "长寿路街道 自治办", reference: "长街审〔2026〕5号", date: reviewDay,
                                              recordedBy: Fixtures.secretary, approval: approval)
        return book
    }

    @Test func theKeyOpensTheReviewFirst() {
        var s = FundsFixtures.state()
        Fixtures.send([.char("s")], to: &s)
        let text = Fixtures.render(s).textLines().joined()
        #expect(text.contains("街道审核记录 #3") && text.contains("审核文号"))
    }

    @Test func onceReviewedTheKeyOpensTheApprovalAndSendsIt() {
        var s = FundsFixtures.state(book: Self.book(approved: false))
        let detail = Fixtures.render(s)
        #expect(detail.textLines().joined().contains("待街道审批"))
        #expect(detail.textLines().joined().contains("街道审批：未登记"))
        Golden.assert(detail, named: "funds-street-awaiting-approval")
        Fixtures.send([.char("s")], to: &s)
        let form = Fixtures.render(s)
        #expect(form.textLines().joined().contains("街道审批记录 #3"))
        Golden.assert(form, named: "funds-street-approval-form")
        Fixtures.type("长寿路街道办事处", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("长街批 5 号", into: &s)
        let effects = Fixtures.send([.enter], to: &s)
        #expect(effects.contains { "\($0)".contains("streetApproval") && "\($0)".contains("长街批 5 号") })
    }

    @Test func theApprovalIsNotDatedBeforeTheReview() {
        var s = FundsFixtures.state(book: Self.book(approved: false))
        Fixtures.send([.char("s")], to: &s)
        Fixtures.type("长寿路街道办事处", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("长街批 5 号", into: &s)
        Fixtures.send([.tab] + Array(repeating: .backspace, count: 10), to: &s)
        Fixtures.type("2026-11-24", into: &s)
        let effects = Fixtures.send([.enter], to: &s)
        #expect(!effects.contains { "\($0)".contains("streetApproval") })
        #expect(Fixtures.render(s).textLines().joined().contains("街道审批日期不能早于审核日期 2026-11-25"))
    }

    @Test func theDetailShowsBothSteps() {
        var s = FundsFixtures.state(book: Self.book(approved: true))
        let screen = Fixtures.render(s)
        let text = screen.textLines().joined()
        #expect(text.contains("街道审核：长寿路街道 自治办，文号 长街审〔2026〕5号，2026-11-25"))
        #expect(text.contains("街道审批：长寿路街道办事处，文号 长街批〔2026〕5号，2026-11-25"))
        Golden.assert(screen, named: "funds-street-both-steps")
        Fixtures.send([.char("s")], to: &s)
        #expect(s.message?.text.contains("无需登记街道审核或审批") == true)
    }
}

extension StreetStepScreenTests {
    @Test func theApprovalFormKeepsItsOwnDraft() {
        let plain = FundsFixtures.book.records[2], reviewed = Self.book(approved: false).records[2]
        #expect(FundsEditor.Mode.review(plain).draftKey == "funds.review")
        #expect(FundsEditor.Mode.review(reviewed).draftKey == "funds.streetApproval#3")
    }

    /// The key records whichever of the street's two steps is next, so its hint names both, whole, at 80×24:
    /// on the status line (with the keys after it) and in the help popup.
    @Test func theKeyHintNamesBothSteps() {
        var s = FundsFixtures.state()
        #expect(s.width == 80 && s.height == 24)
        let status = Fixtures.render(s).textLines()[s.height - 1]
        #expect(status.contains("s街道审核/审批") && status.contains("l台账"), "\(status)")
        Fixtures.send([.char("?")], to: &s)
        let help = Fixtures.screenText(s)
        #expect(help.contains("【") && help.contains("街道审核/审批"), "\(help)")
    }
}
