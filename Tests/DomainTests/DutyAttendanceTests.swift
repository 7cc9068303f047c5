import Foundation
import Testing
@testable import Domain

/// 附件三 错时值班 “按时到岗出勤”: on time within the 15-minute grace, late, missed, left early.
@Suite struct DutyAttendanceTests {
    let rules = Fixtures.rules
    /// Tuesday 2026-11-03, 17:00–20:00.
    let shift = Shift(id: 1, date: Fixtures.day("2026-11-03"), span: Fixtures.span("17:00-20:00"),
                      kind: .weekdayEvening, assignments: [])

    /// The instant `minutes` (and `seconds`) after the shift's start.
    func at(_ minutes: Int, _ seconds: Int = 0) -> Date { shift.startInstant.addingTimeInterval(TimeInterval(minutes * 60 + seconds)) }
    func worker(in inAt: Date?, out outAt: Date? = nil) -> DutyAssignment {
        DutyAssignment(id: 1, workerID: 4, workerName: "陈杰", signIn: inAt, signOut: outAt)
    }
    var afterEnd: Date { at(4 * 60) }

    @Test func theGraceAndOtherValuesComeFromTheRuleSet() {
        #expect(rules.duty.signInGraceMinutes == 15)
        #expect(rules.duty.kinds == [.weekdayEvening, .weekend, .holiday])
        #expect(rules.duty.approvers == [.secretary, .director])
        #expect(rules.points.perUnit[.duty] == 5)
    }

    @Test(arguments: [
        (-10, 0, AttendanceStatus.worked, "签到 16:50，在开始 17:00 之前，签退 20:00：按时到岗并签退，计 1 次"),
        (15, 0, .worked, "签到 17:15，比开始 17:00 晚 15 分钟，在 15 分钟宽限内，签退 20:00：按时到岗并签退，计 1 次"),
        (15, 1, .late, "签到 17:15，比开始 17:00 晚 16 分钟，超过 15 分钟宽限：迟到，不计分"),
        (40, 0, .late, "签到 17:40，比开始 17:00 晚 40 分钟，超过 15 分钟宽限：迟到，不计分"),
    ])
    func signInAtTheGraceBoundary(minutes: Int, seconds: Int, status: AttendanceStatus, sentence: String) {
        let a = worker(in: at(minutes, seconds), out: at(180))
        #expect(Attendance.status(a, on: shift, now: afterEnd, rules: rules) == status)
        let verdict = Attendance.evaluate(a, on: shift, now: afterEnd, rules: rules)
        #expect(verdict.message == sentence + "（附件三 错时值班；分钟数为本程序取值，可在规则文件中修改）")
        #expect(verdict.rule == .dutySignIn)
        #expect(status.counts == (status == .worked))
    }

    @Test func noSignInByTheEndIsMissed() {
        let a = worker(in: nil)
        #expect(Attendance.status(a, on: shift, now: at(-31), rules: rules) == .upcoming)
        #expect(Attendance.status(a, on: shift, now: at(-30), rules: rules) == .due)
        #expect(Attendance.status(a, on: shift, now: at(179, 59), rules: rules) == .due)
        #expect(Attendance.status(a, on: shift, now: at(180), rules: rules) == .missed)
        #expect(Attendance.evaluate(a, on: shift, now: at(180), rules: rules).message
                == "2026-11-03 周二 17:00-20:00 工作日晚间：到结束 20:00 仍未签到：缺勤，不计分（附件三 错时值班；分钟数为本程序取值，可在规则文件中修改）")
    }

    @Test func signingOutMoreThanTheGraceBeforeTheEndIsLeavingEarly() {
        #expect(Attendance.status(worker(in: at(0), out: at(165)), on: shift, now: afterEnd, rules: rules) == .worked)
        #expect(Attendance.status(worker(in: at(0), out: at(164, 59)), on: shift, now: afterEnd, rules: rules) == .leftEarly)
        #expect(Attendance.status(worker(in: at(0)), on: shift, now: at(100), rules: rules) == .onDuty)
        #expect(Attendance.status(worker(in: at(0)), on: shift, now: afterEnd, rules: rules) == .notSignedOut)
    }

    @Test func lateAndEarlyTogetherIsItsOwnStatusNamingBoth() {
        let a = worker(in: at(20), out: at(60))
        let status = Attendance.status(a, on: shift, now: afterEnd, rules: rules)
        #expect(status == .lateAndLeftEarly)
        #expect(status.title == "迟到、早退" && !status.counts && status.mark == "!")
        #expect(Attendance.evaluate(a, on: shift, now: afterEnd, rules: rules).message
                == "签到 17:20，比开始 17:00 晚 20 分钟，超过 15 分钟宽限；签退 18:00，比结束 20:00 早 120 分钟，超过 15 分钟："
                + "迟到、早退，不计分（附件三 错时值班；分钟数为本程序取值，可在规则文件中修改）")
        #expect(Attendance.status(worker(in: at(0), out: at(60)), on: shift, now: afterEnd, rules: rules).title == "早退")
        #expect(Attendance.status(worker(in: at(20), out: at(180)), on: shift, now: afterEnd, rules: rules).title == "迟到")
    }

    @Test func signingOutBeforeTheEndAsksFirstNamingTheEndAndEarlyLeave() throws {
        let onDuty = worker(in: at(0))
        guard case .confirmEarly(let question) = Attendance.signAction(onDuty, on: shift, now: at(10), rules: rules) else {
            Issue.record("signing out 170 minutes early should ask first"); return
        }
        #expect(question.message.hasPrefix("本班 17:00-20:00 于 20:00 结束，现在 17:10 签退将记为早退，不计分"))
        #expect(Attendance.signAction(onDuty, on: shift, now: at(10), rules: rules, earlyConfirmed: true) == .sign(.signOut))
        // Within the sign-out grace (15 minutes before the end) there is nothing to ask.
        #expect(Attendance.signAction(onDuty, on: shift, now: at(165), rules: rules) == .sign(.signOut))
        guard case .confirmEarly = Attendance.signAction(onDuty, on: shift, now: at(164, 59), rules: rules) else {
            Issue.record("a second past the grace should ask"); return
        }
    }

    @Test func theSignKeySignsInThenOutAndRefusesOutsideTheWindow() throws {
        #expect(Attendance.signAction(worker(in: nil), on: shift, now: at(-30), rules: rules) == .sign(.signIn))
        #expect(Attendance.signAction(worker(in: at(0)), on: shift, now: at(165), rules: rules) == .sign(.signOut))
        guard case .refused(let early) = Attendance.signAction(worker(in: nil), on: shift, now: at(-31), rules: rules) else {
            Issue.record("signing in 31 minutes early should be refused"); return
        }
        #expect(early.message == "2026-11-03 周二 17:00-20:00 工作日晚间 尚未到签到时间：16:30 起可签到（附件三 错时值班；分钟数为本程序取值，可在规则文件中修改）")
        guard case .refused(let late) = Attendance.signAction(worker(in: nil), on: shift, now: at(180), rules: rules) else {
            Issue.record("signing in after the end should be refused"); return
        }
        #expect(late.severity == .refusal && late.message.contains("记为缺勤"))
    }

    @Test func theTallyCountsOnlyShiftsWorkedAtHalfAPointEach() {
        func s(_ id: Int64, _ day: String, _ a: DutyAssignment) -> Shift {
            Shift(id: id, date: Fixtures.day(day), span: shift.span, kind: .weekdayEvening, assignments: [a])
        }
        let nov3 = shift.startInstant
        let shifts = [
            s(1, "2026-11-03", worker(in: nov3, out: nov3.addingTimeInterval(3 * 3600))),
            s(2, "2026-11-10", worker(in: nil)),
            s(3, "2026-11-17", DutyAssignment(id: 3, workerID: 4, workerName: "陈杰",
                                              signIn: nov3.addingTimeInterval(14 * 86400 + 5 * 60),
                                              signOut: nov3.addingTimeInterval(14 * 86400 + 3 * 3600))),
            s(4, "2026-12-01", worker(in: nil)),
        ]
        let tally = DutyTally.of(4, in: Month(year: 2026, month: 11)!, shifts: shifts, now: afterEnd.addingTimeInterval(30 * 86400), rules: rules)
        #expect(tally.lines.map(\.status) == [.worked, .missed, .worked])
        #expect(tally.points == 10)
        #expect(tally.verdict.message == "2026年11月 值班 3 次，按时签到并签退 2 次，每次 0.5 分：2 × 0.5 = 1.0 分（附件三 错时值班）")
    }
}

extension Fixtures {
    /// The span written "17:00-20:00"; traps on a typo so a test cannot pass by accident.
    static func span(_ text: String) -> TimeSpan {
        guard case .success(let span) = TimeSpan.parse(text) else { fatalError("bad span \(text)") }
        return span
    }
}
