import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Looking at earlier months in the visit tab: [ and ] move a month, never past this one.
@Suite struct VisitMonthUpdateTests {
    static let october = Month(year: 2026, month: 10)!

    /// The board of October 2026, seen on 2026-11-29: 28 households, final.
    static func octoberBoard() -> VisitBoard {
        let visits = VisitFixtures.visits(28).map { v -> VisitRecord in
            var v = v
            v.at = v.at.addingTimeInterval(-30 * 86_400)
            return v
        }
        return VisitBoard.make(user: Fixtures.secretary, allZones: false, today: VisitFixtures.today, month: october,
                               monthVisits: visits, households: VisitFixtures.households, lastVisits: [:],
                               workers: [Fixtures.secretary, Fixtures.worker], calendar: VisitFixtures.calendar,
                               rules: VisitFixtures.rules)
    }

    @Test func bracketsMoveAMonthAndReadItsBoard() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        #expect(Fixtures.send([.char("[")], to: &s) == [.visits(.load(user: Fixtures.secretary, allZones: false, month: Self.october))])
        #expect(s.main?.visits.viewedMonth == Self.october)
        #expect(Fixtures.send([.char("[")], to: &s) == [.visits(.load(user: Fixtures.secretary, allZones: false,
                                                                         month: Month(year: 2026, month: 9)!))])
        Fixtures.send([.char("]")], to: &s)
        #expect(Fixtures.send([.char("]")], to: &s) == [.visits(.load(user: Fixtures.secretary, allZones: false, month: nil))])
        #expect(s.main?.visits.viewedMonth == nil)
    }

    @Test func thereIsNoMonthAfterThisOne() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        #expect(Fixtures.send([.char("]")], to: &s).isEmpty)
        #expect(s.main?.visits.viewedMonth == nil && s.message?.text == "已是本月：] 只能回到较近的月份")
    }

    @Test func aPastMonthShowsItsFinalResult() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        Fixtures.send([.char("[")], to: &s)
        _ = AppUpdate.update(&s, .visits(.loaded(Self.octoberBoard())))
        let text = Fixtures.screenText(s)
        #expect(text.contains("2026年10月已结束：28/30 户 · 得分 9.0 · 普陀区居民区“百事汇”服务标准（2017）"))
        #expect(text.contains("2026年10月走访记录 · 王秀兰 · 28 条"))
        Golden.assert(Fixtures.render(s), named: "visits-past-month")
    }

    @Test func aWriteWhileLookingBackReadsThatMonthAgain() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        Fixtures.send([.char("[")], to: &s)
        let record = VisitFixtures.visits(1)[0]
        let effects = AppUpdate.update(&s, .visits(.corrected(record, VisitFixtures.board(VisitFixtures.visits(3)))))
        #expect(effects == [.visits(.load(user: Fixtures.secretary, allZones: false, month: Self.october))])
    }
}
