import AppCore
import DataFile
import Domain
import Foundation
import Storage

/// The duty tab's text that the runtime writes (what a sign-in or a change did): part of `DutyText`,
/// the one home of the duty feature's Chinese, whose rule sentences are in Domain.
extension DutyText {
    /// "签退成功：2026-11-05 周四 17:00-20:00 晚间，19:30，记为早退": a sign-out says the status it ended in.
    static func signed(_ kind: SignKind, _ shift: Shift, _ person: Int64, _ now: Date, _ rules: RuleSet) -> String {
        let done = "\(kind.title)成功：\(shift.title)，\(ClockTime.of(now).text)"
        guard kind == .signOut, let mine = shift.assignment(of: person) else { return done }
        return done + "，记为" + Attendance.status(mine, on: shift, now: now, rules: rules).title
    }

    static func filled(_ month: Month, _ added: Int, _ skipped: Int, calendar: WorkingDayCalendar) -> String {
        "已按模板排好 \(month.chinese)：新增 \(added) 个班次" + (skipped > 0 ? "；\(skipped) 天因节假日或调休未按模板排" : "")
            + (calendar.uncoveredNote(from: month.firstDay, through: month.lastDay).map { "；\($0)" } ?? "")
    }
}
