@testable import AppCore
import Domain
import ScreenKit
import Testing

/// Issue 19, "Nothing a person needs to read is ever cut off", on the funds tab at 80×24 with the
/// longest real content: the request form with four refusals at once, and the detail of a street
/// expense with both of the street's steps, a verbal approval, a long payee and a long purpose.
/// `Fixtures.render` fails on any clipped text; these tests also find every sentence on screen.
@Suite struct FundsCutOffTests {
    static let payee = "上海市普陀区长寿路街道社区文化活动服务中心"
    static let purpose = "楼组文艺汇演的音响、灯光、舞台搭建和演出当天的设备租赁及运输费用"

    /// The screen's text without spaces or line breaks, so a sentence wrapped over rows is found whole.
    static func flat(_ buffer: ScreenBuffer) -> String { buffer.textLines().joined().filter { !$0.isWhitespace } }
    static func flat(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// The party fund, no plan for the year, cash for a card-list item, staff benefit and rent: four refusals.
    static func fourRefusals() -> AppState {
        var s = FundsFixtures.state(Fixtures.worker)
        Fixtures.send([.char("a"), .right, .tab, .tab], to: &s)
        Fixtures.type("社区活动通知", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("120", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type(payee, into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("活动通知印刷", into: &s)
        Fixtures.send([.tab, .right, .right, .tab], to: &s)
        Fixtures.type("印刷费", into: &s)
        Fixtures.send([.tab, .tab, .tab, .right, .tab, .right, .right, .tab, .right], to: &s)
        return s
    }

    static var refusals: [String] {
        let rules = FundsFixtures.rules
        return [FundRules.plan(inPlan: false, caseDecision: nil, yearHasPlan: false, rules: rules),
                FundRules.payment(.cash, spendingItem: "印刷费", rules: rules),
                FundRules.beneficiary(fund: .party, .staff, rules: rules),
                FundRules.costKind(fund: .party, .rent, amount: 12_000, rules: rules)].map(\.message)
    }

    @Test("four refusals at once: a page at a time, every sentence whole on one of the pages")
    func requestFormPagesItsNotes() {
        var s = Self.fourRefusals()
        let first = Fixtures.render(s)
        #expect(Self.refusals.count == 4 && Self.refusals.allSatisfy { !$0.isEmpty })
        #expect(first.textLines().joined().contains("下方提示第 1/"), "the last row says there is more and how to see it")
        var seen = Self.flat(first)
        for _ in 0..<3 {
            Fixtures.send([.pageDown], to: &s)
            seen += Self.flat(Fixtures.render(s))
        }
        for refusal in Self.refusals { #expect(seen.contains(Self.flat(refusal)), "never on screen: \(refusal)") }
        Golden.assert(first, named: "funds-request-four-refusals")
    }

    @Test("PgUp from the first page shows the last one, PgDn past the last the first: no count to undo")
    func requestFormNotesTurnRound() {
        var s = Self.fourRefusals()
        let first = Fixtures.render(s).textLines()
        Fixtures.send([.pageUp], to: &s)
        let last = Fixtures.render(s).textLines()
        #expect(last != first)
        Fixtures.send([.pageDown], to: &s)
        #expect(Fixtures.render(s).textLines() == first)
    }

    /// A street expense of 1,200.00 with the street's 审核 and 审批, a verbal approval, paid: the newest, so selected.
    static var streetBook: FundsBook {
        var book = StreetStepScreenTests.book(approved: true)
        var e = FundsFixtures.expense(7, 120_000, payee: payee, fund: .foundation, category: .residentProjects, date: "2026-11-20")
        e.purpose = purpose
        let paid = FundsFixtures.entry(4, e, 120_000, after: 240_000, date: "2026-11-26")
        let record = ExpenseRecord(expense: e, project: "楼组文艺汇演", receipts: "No.0107、No.0108", requester: Fixtures.worker,
                                   review: book.records[2].review, payment: paid,
                                   verbalApproval: VerbalApproval(approver: "王秀兰（电话）", date: LocalDate(iso: "2026-11-20")!,
                                                                 person: Fixtures.secretary))
        book.records.append(record)
        book.entries.append(paid)
        return book
    }

    @Test("the detail of a street expense with both steps and a verbal approval is whole; the table gives way")
    func expenseDetailIsWhole() {
        let s = FundsFixtures.state(book: Self.streetBook)
        let screen = Fixtures.render(s)
        let lines = FundsView.detailLines(Self.streetBook.records.last!, book: Self.streetBook, rules: FundsFixtures.rules,
                                          today: FundsFixtures.today, keys: KeyNamer(keymap: AppKeymap.standard, contexts: Tab.funds.contextsInForce))
        #expect(lines.count >= 6, "the detail is long: \(lines.map(\.0))")
        for (line, _) in lines { #expect(Self.flat(screen).contains(Self.flat(line)), "never on screen: \(line)") }
        #expect(screen.textLines().joined().contains("#7"), "the selected row stays in the table")
        Golden.assert(screen, named: "funds-expense-street-long")
    }
}
