import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The duty tab at 80×24: the month grid with Chinese names, my shifts with the rule's sentence, keys.
@Suite struct DutyScreenTests {
    static let rules = try! RuleSet.bundledPutuo2017()
    static let calendar = try! WorkingDayCalendar.bundled()
    static let november = Month(year: 2026, month: 11)!

    static func shift(_ id: Int64, _ day: Int, _ span: String, _ workers: [(Int64, String)], signed: Bool = false) -> Shift {
        let date = LocalDate(year: 2026, month: 11, day: day)!
        let s = try! TimeSpan.parse(span).get()
        let assignments = workers.enumerated().map { i, w in
            DutyAssignment(id: id * 10 + Int64(i), workerID: w.0, workerName: w.1,
                           signIn: signed ? s.start.instant(on: date).addingTimeInterval(300) : nil,
                           signOut: signed ? s.end.instant(on: date) : nil)
        }
        return Shift(id: id, date: date, span: s, kind: ShiftKind.of(date, calendar: calendar), assignments: assignments)
    }

    /// November 2026 (six weeks on the grid): Tuesday evenings, Saturday mornings, a long name, a day with three.
    static var snapshot: DutySnapshot {
        let me = (Fixtures.secretary.id, Fixtures.secretary.name), li = (Fixtures.worker.id, Fixtures.worker.name)
        let long = (Int64(4), "欧阳娜娜")
        let shifts = [
            shift(1, 3, "17:00-20:00", [me], signed: true), shift(2, 7, "09:00-12:00", [li, long]),
            shift(3, 10, "17:00-20:00", [me], signed: true), shift(4, 14, "09:00-12:00", [long, li, me]),
            shift(5, 17, "17:00-20:00", [li]), shift(6, 24, "17:00-20:00", [me]), shift(7, 28, "09:00-12:00", [li]),
        ]
        let evening = try! TimeSpan.parse("17:00-20:00").get(), morning = try! TimeSpan.parse("09:00-12:00").get()
        let hours = ServiceHours(evening: evening, eveningDays: [.tuesday], weekend: morning, weekendDays: [.saturday])
        let people = [Fixtures.secretary, Fixtures.worker, Person(id: 4, name: "欧阳娜娜", roles: [.worker])]
        return DutySnapshot(roster: DutyRoster(month: november, shifts: shifts, hours: hours), people: people,
                            rules: rules, calendar: calendar)
    }

    static func dutyState(_ user: Person = Fixtures.secretary) -> AppState {
        var s = Fixtures.mainState(user)
        let effects = Fixtures.send([.char("3")], to: &s)
        #expect(effects == [.duty(.overview(month: nil, worker: user.id))])
        _ = AppUpdate.update(&s, .duty(.loaded(snapshot, note: nil)))
        return s
    }

    @Test func theMonthGridFitsEightyColumnsWithChineseNames() {
        let s = Self.dutyState()
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("17王秀兰✓"))
        #expect(screen.contains("09欧阳娜"))        // four characters cut to six columns
        #expect(screen.contains("…共3人次"))
        #expect(screen.contains("我：2/4 次 1.0 分"))
        Golden.assert(Fixtures.render(s), named: "duty-month")
    }

    @Test func myShiftsShowTheRuleSentenceOfTheSelectedShiftAndTheMonthsPoints() {
        var s = Self.dutyState()
        Fixtures.send([.char("v"), .char("v")], to: &s)
        let screen = Fixtures.screenText(s)
        // Both sentences wrap at 76 columns; each part is on the screen as the rule wrote it.
        #expect(screen.contains("签到 17:05，比开始 17:00 晚 5 分钟，在 15 分钟宽限内，签退 20:00：按时到岗并"))
        #expect(screen.contains("2026年11月 值班 4 次，按时签到并签退 2 次，每次 0.5 分：2 × 0.5 = 1.0 分（附"))
        #expect(screen.contains("11-24 周二     17:00-20:00  工作日晚间 缺勤"))
        Golden.assert(Fixtures.render(s), named: "duty-mine")
    }

    @Test func theSignKeyAsksTheRuntimeForTheLoggedInWorker() {
        var s = Self.dutyState(Fixtures.worker)
        #expect(Fixtures.send([.char("i")], to: &s) == [.duty(.sign(person: Fixtures.worker.id, month: Self.november))])
        #expect(Fixtures.send([.char("]")], to: &s) == [.duty(.overview(month: Self.november.next, worker: Fixtures.worker.id))])
    }

    @Test func anEarlySignOutAsksNamingTheEndAndTheSignKeyAgainSignsOut() {
        var s = Self.dutyState(Fixtures.worker)
        let question = "本班 17:00-20:00 于 20:00 结束，现在 18:00 签退将记为早退，不计分（附件三 错时值班；分钟数为本程序取值，可在规则文件中修改）"
        _ = AppUpdate.update(&s, .duty(.asksEarly(question)))
        let screen = Fixtures.screenText(s)
        // The whole question is on the 80×24 screen, wrapped, with the keys that answer it.
        let inside = screen.split(separator: "\n").compactMap { line -> String? in
            guard let open = line.firstIndex(of: "│"), let close = line.lastIndex(of: "│"), open < close else { return nil }
            return line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        }
        let flat = inside.joined()
        #expect(flat.contains(question + "。确定现在签退吗？"))
        #expect(screen.contains("i 签退（记为早退）   Esc 不签退，继续值班"))
        Golden.assert(Fixtures.render(s), named: "duty-early-sign-out")
        // Esc keeps the shift running and says so; nothing is written.
        #expect(Fixtures.send([.escape], to: &s).isEmpty)
        #expect(s.main!.duty.earlyQuestion == nil && s.message?.text == "未签退，仍在值班中")
        _ = AppUpdate.update(&s, .duty(.asksEarly(question)))
        #expect(Fixtures.send([.char("i")], to: &s)
            == [.duty(.sign(person: Fixtures.worker.id, month: Self.november, earlyConfirmed: true))])
        #expect(s.main!.duty.earlyQuestion == nil)
    }

    @Test func aWorkerCannotFillTheRosterAndIsToldWhichRule() {
        var s = Self.dutyState(Fixtures.worker)
        #expect(Fixtures.send([.char("f")], to: &s).isEmpty)
        #expect(s.message?.text == "只有书记或主任可以排班和批准换班（本程序的做法：原文未规定由谁排班、如何换班）")
        var secretary = Self.dutyState()
        #expect(Fixtures.send([.char("f")], to: &secretary) == [.duty(.fill(month: Self.november, by: Fixtures.secretary.id))])
    }

    @Test func theHoursPageFlagsPublishedDaysWithNobodyOnDuty() {
        var s = Self.dutyState()
        Fixtures.send(Array(repeating: .char("v"), count: 4), to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("晚间（周二）17:00-20:00"))
        #expect(screen.contains("2026-11-21 周六 公布的双休日服务时间 09:00-12:00 中 09:00-12:00 无人值班"))
    }

    @Test("the month's marks, the week's legend and the hours page's heading are on screen at 80×24 instead of being cut")
    func headingAndLegendsAreWhole() {
        func squeezed(_ s: String) -> String { s.filter { !$0.isWhitespace } }
        var s = Self.dutyState()
        #expect(squeezed(Fixtures.screenText(s)).contains(squeezed("✓已完成 !迟到/早退/未签退 ✗缺勤 *值班中  休 节假日 班 调休上班")),
                "the month's marks are explained, even in a month of six weeks")
        Fixtures.send([.char("v")], to: &s)
        #expect(squeezed(Fixtures.screenText(s)).contains(squeezed("晚 工作日晚间 双 双休日 节 节假日  ✓已完成 !迟到/早退/未签退 ✗缺勤 *值班中  休 节假日 班 调休上班")), "the week's legend")
        Fixtures.send(Array(repeating: .char("v"), count: 3), to: &s)
        #expect(squeezed(Fixtures.screenText(s)).contains(squeezed("本居委会公布的服务时间（实施意见 二(二)：平时、晚间、双休日和节假日都“找得到人、办得了事”）")), "\(Fixtures.screenText(s))")
    }
}
