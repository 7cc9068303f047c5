import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The visit tab's links to the reception desk: f hands the selected visit's difficulty over, and
/// a household's page lists its reception records among its visits, newest first.
@Suite struct VisitFollowUpUpdateTests {
    /// A 待回复 record for 12号楼301室, taken half an hour ago: newer than both visits of the page.
    static let reception = ReceptionRecord(
        id: 8, workerID: 1, workerName: "王秀兰",
        original: ReceptionDraft(at: Fixtures.now.addingTimeInterval(-1_800), residentName: "张桂英", room: "12号楼301室",
                                 category: VisitFollowUp.category, question: "希望有人代购药品",
                                 actionTaken: "走访中提出，见走访记录第 7 号", outcome: .awaitingReply,
                                 replyDue: LocalDate(iso: "2026-12-02")))

    func page(receptions: [ReceptionRecord] = [reception]) -> AppState {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        _ = AppUpdate.update(&s, .visits(.history(HouseholdPageTests.household, HouseholdPageTests.history, receptions: receptions)))
        return s
    }

    @Test func fOnTheMonthListHandsTheSelectedVisitOver() throws {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        let first = try #require(s.main?.visits.board?.visits.first)
        let effects = Fixtures.send([.char("f")], to: &s)
        #expect(effects == [.visits(.followUp(visitID: first.id, user: Fixtures.secretary))])
    }

    @Test func theHouseholdPageListsItsReceptionRecordsAmongItsVisitsNewestFirst() {
        let s = page()
        let lines = Fixtures.screenText(s).components(separatedBy: "\n")
        let receptionLine = lines.firstIndex { $0.contains("接待·待回复") }
        let visitLine = lines.firstIndex { $0.contains("送慰问品") }
        #expect(receptionLine != nil && visitLine != nil)
        #expect((receptionLine ?? 99) < (visitLine ?? 0), "the record of half an hour ago comes before the visit of an hour ago")
        #expect(Fixtures.screenText(s).contains("走访 2 次 · 首问接待 1 次"))
    }

    @Test func fOnTheHouseholdPageNeedsAVisitRowAndRereadsThePageAfterwards() {
        var s = page()
        var effects = Fixtures.send([.char("f")], to: &s)
        #expect(effects.isEmpty && Fixtures.screenText(s).contains("请先在列表中选中一条走访记录"), "the first row is the reception record")
        effects = Fixtures.send([.down, .char("f")], to: &s)
        #expect(effects == [.visits(.followUp(visitID: 7, user: Fixtures.secretary))])
        effects = AppUpdate.update(&s, .visits(.followedUp(Self.reception)))
        #expect(effects == [.visits(.history(householdID: HouseholdPageTests.household.id))])
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("已转首问接待第 8 号·待回复·2026-12-02 前答复"))
        #expect(screen.contains("（3 个工作日，本程序取值，可在规则"))
    }

    @Test func pOnTheHouseholdPageStillOpensTheVisitUnderTheCursor() {
        var s = page()
        let effects = Fixtures.send([.down, .down, .char("p")], to: &s)
        #expect(effects == [.visits(.sheet(visitID: 3)), .noteViewed(ViewedRecord(.visit, 3), by: 1)])
    }
}
