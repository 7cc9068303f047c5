import Domain
import ScreenKit

/// The appointments page, the desk's view: today's bookings (phones masked), the month's
/// batch-intake days with how full they are, and the bookings still to come this month.
enum AppointmentPage {
    typealias S = AppointmentText

    static func render(_ state: DutyState, _ s: DutySnapshot, today: LocalDate, _ keys: KeyNamer, into buffer: inout ScreenBuffer, rect: Rect) {
        let todays = s.bookings.today
        buffer.put(S.todayHeading(today, todays.count), x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .label)
        let columns = zip(S.columns, [11, 6, 11, 11, 12, 18]).map { TableColumn($0, width: $1) }
        let rows = todays.map(row)
        let listHeight = min(rect.height / 2, max(2, rows.count + 1))
        TableView.render(columns: columns, rows: rows, state: state.list, focused: state.editor == nil, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: listHeight))
        if rows.isEmpty { buffer.put(S.noneToday(keys), x: rect.x, y: rect.y + 3, maxWidth: rect.width, role: .muted) }
        var lines: [(String, StyleRole)] = []
        if let selected = todays[safe: state.list.selected] {
            lines.append((selected.receptionID.map(S.receivedHint) ?? S.receptionHook(keys), .muted))
        }
        lines.append((S.intakeHeading, .label))
        lines += s.bookings.intakeDays.isEmpty ? [(S.noIntake, .muted)] : s.bookings.intakeDays.map { day in
            let booked = s.bookings.month.filter { $0.intakeID == day.id }.count
            return ("  \(day.title) \(S.intakeFill(booked, day.slots.count * day.perSlot))", .normal)
        }
        let later = s.bookings.month.filter { $0.draft.date > today }
        if !later.isEmpty {
            lines.append((S.upcoming(later.count), .label))
            lines += later.map { ("  \($0.when) \($0.draft.residentName) \($0.draft.matter)", .normal) }
        }
        let top = rect.y + 3 + listHeight
        for (i, line) in lines.prefix(max(0, rect.maxY - top)).enumerated() {
            buffer.put(line.0, x: rect.x, y: top + i, maxWidth: rect.width, role: line.1)
        }
    }

    /// One booking as the desk reads it; the phone is never shown whole, and a booking already
    /// turned into a reception record shows "已接待 #N" where its policy item was (the record keeps it).
    static func row(_ a: Appointment) -> [String] {
        let d = a.draft
        return [d.slot.description, d.residentName, d.room, Phone.masked(d.phone), d.matter,
                a.receptionID.map(S.received) ?? d.policyTitle ?? ""]
    }
}
