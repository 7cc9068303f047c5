import Foundation

/// The duty feature's Chinese: here the sentences of the duty rules (each verdict adds its clause);
/// the screen, storage and runtime extend it in their own layers (`DutyText+Screen`, `+Storage`, `+Runtime`).
public enum DutyText {
    // MARK: - Sign-in (附件三 错时值班)

    static func attendance(_ status: AttendanceStatus, _ a: DutyAssignment, _ shift: Shift, _ rules: RuleSet) -> String {
        let d = rules.duty
        let start = shift.span.start
        switch status {
        case .upcoming: return "\(shift.title)：\(start) 开始，\(d.signInOpensMinutes) 分钟前起可签到"
        case .due: return "\(shift.title)：待签到，\(start) 后 \(d.signInGraceMinutes) 分钟内签到为按时"
        case .onDuty: return "\(signedIn(a, shift, d))，值班中，\(shift.span.end) 后签退"
        case .worked: return "\(signedIn(a, shift, d))，签退 \(time(a.signOut))：按时到岗并签退，计 1 次"
        case .late: return "\(signedIn(a, shift, d))：迟到，不计分"
        case .leftEarly: return "\(signedOutEarly(a, shift, d))：早退，不计分"
        case .lateAndLeftEarly: return "\(signedIn(a, shift, d))；\(signedOutEarly(a, shift, d))：迟到、早退，不计分"
        case .notSignedOut: return "\(signedIn(a, shift, d))，\(shift.span.end) 结束后仍未签退：不计分"
        case .missed: return "\(shift.title)：到结束 \(shift.span.end) 仍未签到：缺勤，不计分"
        }
    }

    /// "签到 17:12，比开始 17:00 晚 12 分钟，在 15 分钟宽限内".
    static func signedIn(_ a: DutyAssignment, _ shift: Shift, _ d: DutyValues) -> String {
        let late = Int(Attendance.lateSeconds(a.signIn!, shift))
        let minutes = (late + 59) / 60
        if late <= 0 { return "签到 \(time(a.signIn))，在开始 \(shift.span.start) 之前" }
        let within = late <= d.signInGraceMinutes * 60
        return "签到 \(time(a.signIn))，比开始 \(shift.span.start) 晚 \(minutes) 分钟，"
            + (within ? "在 \(d.signInGraceMinutes) 分钟宽限内" : "超过 \(d.signInGraceMinutes) 分钟宽限")
    }

    /// "签退 19:30，比结束 20:00 早 30 分钟，超过 5 分钟".
    static func signedOutEarly(_ a: DutyAssignment, _ shift: Shift, _ d: DutyValues) -> String {
        let early = Int(Attendance.earlySeconds(a.signOut!, shift) / 60)
        return "签退 \(time(a.signOut))，比结束 \(shift.span.end) 早 \(early) 分钟，超过 \(d.signOutGraceMinutes) 分钟"
    }

    /// The question before an early sign-out: when the shift ends and what it will be recorded as.
    static func earlyQuestion(_ shift: Shift, now: Date) -> String {
        "本班 \(shift.span) 于 \(shift.span.end) 结束，现在 \(ClockTime.of(now).text) 签退将记为早退，不计分"
    }

    static func time(_ date: Date?) -> String { date.map { ClockTime.of($0).text } ?? "—" }

    static func tooEarly(_ shift: Shift, _ rules: RuleSet) -> String {
        let opens = ClockTime(minutes: max(0, shift.span.start.minutes - rules.duty.signInOpensMinutes))!
        return "\(shift.title) 尚未到签到时间：\(opens) 起可签到"
    }

    static func tooLate(_ shift: Shift) -> String { "\(shift.title) 已于 \(shift.span.end) 结束，不能再签到：记为缺勤" }
    static func alreadyDone(_ shift: Shift) -> String { "\(shift.title) 已签到并签退" }

    // MARK: - Points (附件三 错时值班)

    /// "2026年11月 值班 3 次，按时签到并签退 2 次，每次 0.5 分：2 × 0.5 = 1.0 分".
    static func tally(_ month: Month, total: Int, worked: Int, perShift: Int) -> String {
        "\(month.chinese) 值班 \(total) 次，按时签到并签退 \(worked) 次，每次 \(Points.format(perShift)) 分："
            + "\(worked) × \(Points.format(perShift)) = \(Points.format(worked * perShift)) 分"
    }

    // MARK: - Templates (实施意见 二(二))

    static func skippedHoliday(_ day: LocalDate, _ name: String, _ t: ShiftTemplate) -> String {
        "\(day.iso) \(day.weekday.short) 是节假日（\(name)），不排“\(t.title)”，由节假日班次值守"
    }

    static func skippedMakeUp(_ day: LocalDate, _ name: String, _ t: ShiftTemplate) -> String {
        "\(day.iso) \(day.weekday.short) 是调休上班日（\(name)），按工作日办公，不排“\(t.title)”"
    }

    // MARK: - Coverage (实施意见 二(二)；附件二 四(四))

    static func gap(_ day: LocalDate, _ kind: ShiftKind, _ span: TimeSpan, _ open: [TimeSpan]) -> String {
        let times = open.map(\.description).joined(separator: "、")
        return "\(day.iso) \(day.weekday.short) 公布的\(kind.title)服务时间 \(span) 中 \(times) 无人值班"
    }

    // MARK: - Swaps

    static let notYourShift = "这不是您的班次，不能申请换班"
    static func swapStarted(_ shift: Shift) -> String { "\(shift.title) 已开始或已签到，不能再换班" }
    static func alreadyOnShift(_ name: String) -> String { "\(name) 已在这个班次上" }
    static func inactive(_ name: String) -> String { "\(name) 已停用，不能接班" }
    static func onlyAsked(_ name: String) -> String { "只有被申请的 \(name) 本人可以同意或拒绝" }
    static func swapNotAt(_ stage: ShiftSwap.Stage) -> String { "这项换班现在是“\(stage.title)”，不能进行这一步" }
    static let swapWhy = "原文未规定由谁排班、如何换班"
    static func approversOnly(_ roles: Set<Role>) -> String { "只有\(Role.describe(roles).replacingOccurrences(of: "、", with: "或"))可以排班和批准换班" }
}
