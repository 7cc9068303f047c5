import Domain
import Foundation
import ScreenKit

/// The roster's week view at 80 columns: a line a shift, Monday to Sunday, with the calendar's
/// 休/班, the kind, every worker with their status mark and 换自 after a swap, and 无人 on a day
/// of published hours that nobody covers. [ and ] move a week; days of another month are shown
/// as such, since the tab holds one month at a time.
enum DutyWeekView {
    /// The Monday of the week shown: the one chosen, else the clock's week when it is in the
    /// month, else the month's first week.
    static func start(_ state: DutyState, _ s: DutySnapshot, today: LocalDate) -> LocalDate {
        if let chosen = state.weekStart { return chosen }
        return monday(of: today.calendarMonth == s.roster.month ? today : s.roster.month.firstDay)
    }

    static func monday(of day: LocalDate) -> LocalDate { day.adding(days: 1 - day.weekday.rawValue) }

    static func render(_ state: DutyState, _ s: DutySnapshot, user: Person, now: Date, into buffer: inout ScreenBuffer, rect: Rect) {
        let today = ShanghaiCalendar.day(of: now), first = start(state, s, today: today)
        let gapDays = Set(s.gaps.compactMap { LocalDate(iso: String($0.message.prefix(10))) })
        buffer.put(DutyText.weekHeading(first, first.adding(days: 6)), x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .label)
        var y = rect.y + 2
        for offset in 0..<7 where y < rect.maxY {
            let day = first.adding(days: offset)
            let head = "\(day.iso.dropFirst(5)) \(day.weekday.short) " + mark(day, s.calendar)
            buffer.put(head, x: rect.x, y: y, role: today == day ? .listSelected : .label)
            guard day.calendarMonth == s.roster.month else {
                buffer.put(DutyText.otherMonth, x: rect.x + 14, y: y, role: .muted)
                y += 1
                continue
            }
            let shifts = s.roster.shifts(on: day)
            if shifts.isEmpty {
                buffer.put(gapDays.contains(day) ? DutyText.weekNobody : "—", x: rect.x + 14, y: y,
                           role: gapDays.contains(day) ? .messageWarning : .muted)
                y += 1
            }
            for shift in shifts where y < rect.maxY {
                let line = "\(shift.span) \(shift.kind.short) " + workers(shift, s, now: now)
                let mine = shift.assignment(of: user.id) != nil
                buffer.put(line, x: rect.x + 14, y: y, maxWidth: rect.width - 14, role: mine ? .title : .normal)
                y += 1
            }
        }
        if y + 1 < rect.maxY { buffer.putParagraph(DutyText.legend, x: rect.x, y: y + 1, width: rect.width, maxLines: rect.maxY - y - 1, role: .muted) }
    }

    /// "休", "班" or two spaces, from the holiday calendar.
    private static func mark(_ day: LocalDate, _ calendar: WorkingDayCalendar) -> String {
        switch calendar.kind(of: day) {
        case .holiday: return "休"
        case .makeUpWorkday: return "班"
        default: return "  "
        }
    }

    /// "王秀兰✓ 李明（换自张伟）": each worker, status mark (none while planned), and who held the place before a swap.
    static func workers(_ shift: Shift, _ s: DutySnapshot, now: Date) -> String {
        shift.assignments.map { a in
            a.workerName + Attendance.status(a, on: shift, now: now, rules: s.rules).mark.filter { $0 != " " } + (a.swappedFrom.map { "（换自\($0)）" } ?? "")
        }.joined(separator: " ")
    }
}
