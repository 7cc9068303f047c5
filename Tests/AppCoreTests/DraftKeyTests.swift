import AppCore
import Domain
import Testing

/// The names drafts are saved under in users' databases: every form's key, written out. A renamed
/// case or a changed key would leave saved drafts behind unfound, so a change here must be a
/// migration of the stored drafts, not an edit of this list.
@Suite struct DraftKeyTests {
    static let expense = ExpenseRecord(expense: FundsFixtures.expense(7, 10_000, payee: "超市", date: "2026-11-02"),
                                       project: "重阳节", receipts: "", requester: Fixtures.worker)
    static let line = PlanLine(id: 3, fund: .party, category: .massActivity, project: "重阳节敬老", amount: 80_000)
    static let visit = VisitFixtures.visits(1)[0]
    static let household = VisitFixtures.households[1]
    static let person = Fixtures.worker
    static let notice = KioskNotice(id: 3, title: "停水通知", date: LocalDate(iso: "2026-11-29")!, body: "停水", until: LocalDate(iso: "2026-12-01")!)
    static let shift = DutyScreenTests.shift(5, 3, "09:00-11:00", [])
    static let record = ReceptionLogUpdateTests.record(id: 9)
    static let reply = OnlineReplyWaitingTests.waiting(11, hoursAgo: 2, "加装电梯怎么申请")

    /// One mode of every form, in the order of their declarations.
    static let modes: [any DraftKeyed] = {
        let reception: [ReceptionEditor.Mode] = [.new, .amend(record), .reply(record), .online, .answer(reply)]
        let visits: [VisitEditor.Mode] = [.visit, .correct(visit), .zone(person), .household(household)]
        let duty: [DutyEditor.Mode] = [.template, .hours, .swap(shift), .shift, .book, .intake]
        let funds: [FundsEditor.Mode] = [
            .request, .decide(expense), .review(expense), .reverse(expense), .verbal(expense, approvers: [person]),
            .batch, .instalment(expense, remaining: 5_000), .planLine(revising: nil), .planLine(revising: line), .planReport,
            .budget, .caseDecision(expense), .projectNote(.party, project: "重阳节敬老"),
        ]
        let points: [PointsEditor.Mode] = [.add, .amend, .amendLine(2)]
        let people: [PeopleEditor.Mode] = [.add, .roles(person), .resetPin(person), .kioskProfile, .kioskNotice, .kioskWithdraw(notice)]
        return reception + visits + duty + funds + points + people as [any DraftKeyed]
    }()

    @Test func everyFormKeepsTheKeyItsDraftsWereSavedUnder() {
        #expect(Self.modes.map(\.draftKey) == [
            "reception.new", "reception.amend#9", "reception.reply#9", "reception.online", "reception.answer#11",
            "visits.visit", "visits.correct#\(Self.visit.id)", "visits.zone#2", "visits.household#2",
            "duty.template", "duty.hours", "duty.swap#5", "duty.shift", "duty.book", "duty.intake",
            "funds.request", "funds.decide", "funds.review", "funds.reverse", "funds.verbal",
            "funds.batch", "funds.instalment", "funds.planLine", "funds.planLine#3", "funds.planReport",
            "funds.budget", "funds.caseDecision", "funds.projectNote",
            "points.add", "points.amend", "points.amendLine",
            "people.add", "people.roles#2", "people.resetPin#2", "people.kioskProfile", "people.kioskNotice", "people.kioskWithdraw#3",
        ])
    }
}
