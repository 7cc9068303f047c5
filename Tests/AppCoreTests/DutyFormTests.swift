import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The duty tab's forms as keys: one shift (n), a template (t), the published hours (h) and a swap
/// request (s); each asks the runtime for exactly the value typed, or says under a field what is wrong.
@Suite struct DutyFormTests {
    static let november = DutyScreenTests.november
    static let me = Fixtures.secretary.id
    static func span(_ text: String) -> TimeSpan { try! TimeSpan.parse(text).get() }

    @Test func oneShiftNeedsAWorkerAndTakesTheKindChosen() {
        var worker = DutyScreenTests.dutyState(Fixtures.worker)
        #expect(Fixtures.send([.char("n")], to: &worker).isEmpty)
        #expect(worker.message?.text == "只有书记或主任可以排班和批准换班（本程序的做法：原文未规定由谁排班、如何换班）")
        var s = DutyScreenTests.dutyState()
        #expect(Fixtures.send([.char("n"), .enter], to: &s).isEmpty)
        #expect(s.main!.duty.editor?.form["workers"].error == "至少选一位值班人（空格选择）")
        #expect(Fixtures.send([.backTab, .right, .tab, .char(" "), .enter], to: &s)
            == [.duty(.addShift(date: LocalDate(iso: "2026-11-29")!, span: Self.span("17:00-20:00"), kind: .weekdayEvening,
                                workers: [Self.me], month: Self.november, by: Self.me))])
    }

    /// Each span field shows "17:00-20:00" whole while the cursor stands after it (it showed "7:00-20:00").
    @Test(arguments: [("n", 1), ("t", 2), ("h", 1), ("g", 1)])
    func aSpanFieldShowsTheWholeSpan(key: Character, tabs: Int) {
        var s = DutyScreenTests.dutyState()
        Fixtures.send([.char(key)] + Array(repeating: Key.tab, count: tabs), to: &s)
        let form = s.main!.duty.editor!.form
        let field = form.fields[form.focus]
        #expect(field.text.count == 11)
        #expect(Fixtures.screenText(s).contains("\(field.label)：\(field.text) "))
    }

    @Test func oneShiftWithABadDateSaysHowToWriteIt() {
        var s = DutyScreenTests.dutyState()
        let keys: [Key] = [.char("n"), .backspace, .char("x"), .tab, .tab, .tab, .char(" "), .enter]
        #expect(Fixtures.send(keys, to: &s).isEmpty)
        #expect(s.main!.duty.editor?.form["date"].error == "日期应写成 YYYY-MM-DD")
    }

    @Test func aWeeklyTemplateStartsOnTheMonthsFirstSuchDayAndAnAnchorMustBeThatDay() {
        var s = DutyScreenTests.dutyState()
        let keys: [Key] = [.char("t"), .tab, .tab, .tab, .tab, .char(" "), .enter]
        let template = ShiftTemplate(id: 0, recurrence: .weekly(.tuesday, everyWeeks: 1, anchor: LocalDate(iso: "2026-11-03")!),
                                     span: Self.span("17:00-20:00"), workers: [Self.me])
        #expect(Fixtures.send(keys, to: &s) == [.duty(.addTemplate(template, month: Self.november, by: Self.me))])
        var other = DutyScreenTests.dutyState()
        let everyOther: [Key] = [.char("t"), .right, .tab, .tab, .tab] + "2026-11-04".map(Key.char) + [.tab, .char(" "), .enter]
        #expect(Fixtures.send(everyOther, to: &other).isEmpty)
        #expect(other.main!.duty.editor?.form["anchor"].error == "第一次的日期应是所选的星期几")
    }

    @Test func theHoursFormKeepsWhatIsPublishedAndRefusesABadSpan() {
        var s = DutyScreenTests.dutyState()
        #expect(Fixtures.send([.char("h")] + "9点".map(Key.char) + [.enter], to: &s).isEmpty)
        #expect(s.main!.duty.editor?.form["office"].error != nil)
        let fixed: [Key] = [.backspace, .backspace] + "09:00-17:00".map(Key.char) + [.enter]
        let hours = ServiceHours(office: Self.span("09:00-17:00"), evening: Self.span("17:00-20:00"), eveningDays: [.tuesday],
                                 weekend: Self.span("09:00-12:00"), weekendDays: [.saturday])
        #expect(Fixtures.send(fixed, to: &s) == [.duty(.publishHours(hours, month: Self.november, by: Self.me))])
    }

    @Test func aSwapIsAskedOfTheColleagueChosenAndNotOnceTheShiftHasBegun() {
        var s = DutyScreenTests.dutyState()
        var snapshot = DutyScreenTests.snapshot
        let monday = DutyScreenTests.shift(8, 30, "17:00-20:00", [(Self.me, Fixtures.secretary.name)])
        snapshot.roster.shifts.append(monday)
        _ = AppUpdate.update(&s, .duty(.loaded(snapshot, note: nil)))
        Fixtures.send([.char("v"), .char("v"), .char("s")], to: &s)
        #expect(s.main!.duty.editor == nil && s.message?.text.hasSuffix("（本程序的做法：原文未规定由谁排班、如何换班）") == true, "the 3rd has passed")
        let keys: [Key] = [.down, .down, .down, .down, .char("s"), .right, .enter]
        #expect(Fixtures.send(keys, to: &s) == [.duty(.askSwap(shift: 8, from: Self.me, to: 4, month: Self.november))])
    }
}
