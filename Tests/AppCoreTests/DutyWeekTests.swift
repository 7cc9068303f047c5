import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The roster's week view at 80×24: a line a shift with every worker, 换自 after a swap, 无人 on
/// an uncovered day of published hours, and [ ] moving a week (loading a month once it is left).
@Suite struct DutyWeekTests {
    static let november = DutyScreenTests.november

    /// The duty tab on the week page, the 24th's worker having taken the shift over from 欧阳娜娜.
    static func weekState() -> AppState {
        var s = DutyScreenTests.dutyState()
        var snapshot = DutyScreenTests.snapshot
        let index = snapshot.roster.shifts.firstIndex { $0.date.day == 24 }!
        snapshot.roster.shifts[index].assignments[0].swappedFrom = "欧阳娜娜"
        _ = AppUpdate.update(&s, .duty(.loaded(snapshot, note: nil)))
        Fixtures.send([.char("v")], to: &s)
        return s
    }

    @Test func theClocksWeekShowsEveryWorkerAndWhomASwapReplaced() {
        let s = Self.weekState()
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("2026-11-23 至 2026-11-29"))
        #expect(screen.contains("11-24 周二    17:00-20:00 晚 王秀兰✗（换自欧阳娜娜）"))
        #expect(screen.contains("11-28 周六    09:00-12:00 双 李明✗"))
        Golden.assert(Fixtures.render(s), named: "duty-week")
    }

    @Test func bracketsMoveAWeekAndLoadTheNextMonthOnceTheWeekHasLeftThisOne() {
        var s = Self.weekState()
        #expect(Fixtures.send([.char("[")], to: &s).isEmpty)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("2026-11-16 至 2026-11-22"))
        #expect(screen.contains("11-21 周六    无人值班（公布的服务时间）"))
        #expect(screen.contains("11-14 周六") == false)
        #expect(Fixtures.send([.char("]"), .char("]")], to: &s).isEmpty)
        #expect(Fixtures.screenText(s).contains("12-01 周二    （不在本月，翻到该月查看）"))
        #expect(Fixtures.send([.char("]")], to: &s) == [.duty(.load(month: Self.november.next))])
    }
}
