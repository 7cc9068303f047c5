import Foundation

/// The facts of the day the home page shows, from the calendar, the published hours and the
/// roster: pure, so the screen and its tests compute them the same way.
public enum KioskDay {
    /// The hours line: the span in force now with its kind, or today's spans when none is.
    public static func hoursLine(now: Date, hours: ServiceHours, calendar: WorkingDayCalendar) -> String {
        guard !hours.isEmpty else { return KioskText.noHours }
        let day = ShanghaiCalendar.day(of: now)
        let time = clock(of: now)
        if calendar.isWorkingDay(day), let office = hours.office, office.contains(time) {
            return KioskText.hoursNow(office, kind: KioskText.officeKind)
        }
        if let period = hours.dutyPeriod(on: day, calendar: calendar), period.span.contains(time) {
            return KioskText.hoursNow(period.span, kind: period.kind.title)
        }
        return KioskText.hoursLater(AppointmentRules.openSpans(on: day, hours: hours, calendar: calendar))
    }

    /// The names on a shift of today that is running now, each once, in roster order.
    public static func onDuty(now: Date, shifts: [Shift]) -> [String] {
        let day = ShanghaiCalendar.day(of: now), time = clock(of: now)
        var names: [String] = []
        for shift in shifts where shift.date == day && shift.span.contains(time) {
            for a in shift.assignments where !names.contains(a.workerName) { names.append(a.workerName) }
        }
        return names
    }

    /// The half-hour slots of the next `days` days that start after `now` and have a place left,
    /// at most `limit`; days with a batch-intake day are left to the desk (one matter only).
    public static func openSlots(now: Date, days: Int, limit: Int, hours: ServiceHours, calendar: WorkingDayCalendar,
                                 booked: [Appointment], intakeDates: Set<LocalDate>) -> [KioskSlot] {
        let today = ShanghaiCalendar.day(of: now)
        var slots: [KioskSlot] = []
        for offset in 0..<days {
            let day = today.adding(days: offset)
            guard !intakeDates.contains(day) else { continue }
            for span in AppointmentRules.openSpans(on: day, hours: hours, calendar: calendar) {
                for slot in halfHours(of: span) where slot.start.instant(on: day) > now {
                    let taken = booked.filter { $0.draft.date == day && $0.draft.slot.start == slot.start }.count
                    if taken < AppointmentRules.perSlot { slots.append(KioskSlot(date: day, span: slot)) }
                    if slots.count == limit { return slots }
                }
            }
        }
        return slots
    }

    /// The booking slots of a span, as `AppointmentRules` cuts them.
    static func halfHours(of span: TimeSpan) -> [TimeSpan] {
        stride(from: span.start.minutes, through: span.end.minutes - AppointmentRules.slotMinutes,
               by: AppointmentRules.slotMinutes).compactMap { start in
            ClockTime(minutes: start).flatMap { AppointmentRules.slot(starting: $0, intake: nil) }
        }
    }

    /// The Shanghai time of day of `date`.
    public static func clock(of date: Date) -> ClockTime {
        let parts = ShanghaiCalendar.calendar.dateComponents([.hour, .minute], from: date)
        return ClockTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0)!
    }
}
