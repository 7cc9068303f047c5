import Domain
import Foundation
import ScreenKit

/// The month grid of the roster: seven columns of ten, one block of three lines a week (the
/// day, then up to two workers as "17王秀兰✓"), names cut by display width so it fits 80 columns.
enum DutyMonthGrid {
    static let cellWidth = 10
    static let linesPerWeek = 3

    /// Draws the grid from `rect`'s top; returns the number of lines used.
    @discardableResult
    static func render(_ s: DutySnapshot, user: Person, now: Date, into buffer: inout ScreenBuffer, rect: Rect) -> Int {
        for (i, name) in DutyText.weekdays.enumerated() {
            buffer.put(name, x: rect.x + i * cellWidth, y: rect.y, role: .listHeader)
        }
        let weeks = weeksOf(s.roster.month)
        let gapDays = Set(s.gaps.compactMap { LocalDate(iso: String($0.message.prefix(10))) })
        let today = ShanghaiCalendar.day(of: now)
        for (w, week) in weeks.enumerated() {
            for (d, day) in week.enumerated() {
                guard let day else { continue }
                let x = rect.x + d * cellWidth, y = rect.y + 1 + w * linesPerWeek
                guard y + linesPerWeek <= rect.maxY else { continue }
                dayLine(day, s, gap: gapDays.contains(day), today: day == today, into: &buffer, x: x, y: y)
                entries(day, s, user: user, now: now, into: &buffer, x: x, y: y + 1)
            }
        }
        return 1 + weeks.count * linesPerWeek
    }

    /// The weeks of `month`, Monday first, with nil for days of the months around it.
    static func weeksOf(_ month: Month) -> [[LocalDate?]] {
        let lead = month.firstDay.weekday.rawValue - 1
        let cells: [LocalDate?] = Array(repeating: nil, count: lead) + month.days.map { $0 }
        return stride(from: 0, to: cells.count, by: 7).map { start in
            let week = Array(cells[start..<min(start + 7, cells.count)])
            return week + Array(repeating: nil, count: 7 - week.count)
        }
    }

    /// "12 休 无人": the day, 休 or 班 from the calendar, and a flag when published hours are uncovered.
    private static func dayLine(_ day: LocalDate, _ s: DutySnapshot, gap: Bool, today: Bool, into buffer: inout ScreenBuffer, x: Int, y: Int) {
        let number = (day.day < 10 ? " " : "") + "\(day.day)"
        buffer.put(number, x: x, y: y, role: today ? .listSelected : .label)
        switch s.calendar.kind(of: day) {
        case .holiday: buffer.put("休", x: x + 3, y: y, role: .messageOK)
        case .makeUpWorkday: buffer.put("班", x: x + 3, y: y, role: .muted)
        default: break
        }
        if gap { buffer.put("无人", x: x + 5, y: y, role: .messageWarning) }
    }

    /// Up to two workers of the day: start hour, name (six columns at most) and status mark.
    private static func entries(_ day: LocalDate, _ s: DutySnapshot, user: Person, now: Date, into buffer: inout ScreenBuffer, x: Int, y: Int) {
        let cell = s.overview.day(day)
        for (i, (shift, a)) in cell.shown.enumerated() {
            if i == 1 && cell.places > 2 {
                buffer.put("…共\(cell.places)人次", x: x, y: y + i, maxWidth: cellWidth - 1, role: .muted)
                break
            }
            let status = Attendance.status(a, on: shift, now: now, rules: s.rules)
            let hour = String(format: "%02d", shift.span.start.minutes / 60)
            let text = hour + DisplayWidth.prefix(a.workerName, fitting: 6) + status.mark
            buffer.put(text, x: x, y: y + i, maxWidth: cellWidth - 1, role: a.workerID == user.id ? .title : .normal)
        }
    }
}
