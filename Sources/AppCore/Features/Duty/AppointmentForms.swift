import Domain
import Foundation
import ScreenKit

/// The forms of appointments: booking a resident (提前预约) and setting up a batch-intake day
/// (集中受理). The booking is checked on the form by `AppointmentRules` — the same rules storage
/// checks again — so a refusal with its clause sits under the field it is about.
enum AppointmentForms {
    typealias S = AppointmentText

    // MARK: - Building

    static func book(today: LocalDate, keys: KeyNamer) -> DutyEditor {
        DutyEditor(mode: .book, form: FormState([
            FormField(id: "date", label: "日期", kind: .date, value: today.iso, maxLength: 10,
                      hint: DutyText.dateHint, width: 12),
            FormField(id: "time", label: S.time, maxLength: 5, hint: S.timeHint, width: 7),
            FormField(id: "room", label: S.room, maxLength: RoomNumber.maxLength, hint: S.roomHint(keys), width: 20),
            FormField(id: "name", label: S.name, maxLength: PersonName.maxLength, width: 12),
            FormField(id: "phone", label: S.phone, maxLength: Phone.maxLength, hint: S.phoneHint, width: 21),
            FormField(id: "matter", label: S.matter, maxLength: 40, hint: S.matterHint, width: 24),
            FormField(id: "policy", label: S.policy, maxLength: 40, hint: S.policyHint, width: 16),
        ]))
    }

    static func intake(_ s: DutySnapshot) -> DutyEditor {
        DutyEditor(mode: .intake, form: FormState([
            FormField(id: "date", label: "日期", kind: .date, maxLength: 10, hint: DutyText.dateHint, width: 12),
            DutyForms.spanField("span", S.span, value: "09:00-11:00", hint: DutyText.spanHint),
            FormField(id: "matter", label: S.matter, maxLength: 40, width: 24),
            FormField(id: "slotMinutes", label: S.slotMinutes, value: "30", maxLength: 3, width: 4),
            FormField(id: "perSlot", label: S.perSlot, value: "3", maxLength: 2, width: 4),
        ]))
    }

    // MARK: - Completion

    /// Leaving the room field with a room of the registry fills it out, the name if empty, and
    /// names the phone on file (masked) instead of putting the number on the screen.
    static func completeRoom(_ form: inout FormState, rooms: [Household]) {
        guard form.focused.id == "room", let h = RoomNumber.complete(form["room"].text, in: rooms) else { return }
        form["room"].input = TextInput(h.room, maxLength: RoomNumber.maxLength)
        if form["name"].text.isEmpty { form["name"].input = TextInput(h.head, maxLength: PersonName.maxLength) }
        if !h.phone.isEmpty { form["phone"].hint = S.phoneFromRegistry(Phone.masked(h.phone)) }
    }

    // MARK: - Submitting

    static func submit(_ editor: inout DutyEditor, _ s: DutySnapshot, user: Person, now: Date, rooms: [Household]) -> Step {
        let month = s.roster.month
        if editor.mode == .intake {
            guard let day = intakeValue(&editor.form, s, now: now) else { return .none }
            return .run(.duty(.addIntake(day, month: month, by: user.id)))
        }
        guard let draft = bookingValue(&editor.form, s, now: now, rooms: rooms) else { return .none }
        let policy = editor.form["policy"].text.trimmingCharacters(in: .whitespaces)
        return .run(.duty(.book(draft, policy: policy, month: month, by: user.id)))
    }

    static func bookingValue(_ form: inout FormState, _ s: DutySnapshot, now: Date, rooms: [Household]) -> AppointmentDraft? {
        if form.focused.id == "room" { completeRoom(&form, rooms: rooms) }
        guard let date = DutyForms.form(&form, dateIn: "date"),
              let time = form.check("time", ClockTime.parse(form["time"].text)),
              let room = form.check("room", RoomNumber.validate(form["room"].text)),
              let name = form.check("name", TextField.validate(form["name"].text, label: S.name, required: true,
                                                                maxLength: PersonName.maxLength)),
              var phone = form.check("phone", Phone.validate(form["phone"].text)) else { return nil }
        let intake = s.bookings.intake(on: date)
        if phone.isEmpty { phone = rooms.first { $0.room == room }?.phone ?? "" }
        if phone.isEmpty { form.fail("phone", S.phoneRequired); return nil }
        var matter = form["matter"].text.trimmingCharacters(in: .whitespaces)
        if matter.isEmpty, let intake { matter = intake.matter }
        if matter.isEmpty { form.fail("matter", S.matterRequired); return nil }
        guard let slot = AppointmentRules.slot(starting: time, intake: intake) else { form.fail("time", S.timeHint); return nil }
        let draft = AppointmentDraft(date: date, slot: slot, residentName: name, room: room, phone: phone, matter: matter)
        let existing = s.bookings.month + s.bookings.today.filter { t in !s.bookings.month.contains { $0.id == t.id } }
        if let refusal = AppointmentRules.check(draft, existing: existing, intake: intake, hours: s.roster.hours,
                                                calendar: s.calendar, now: now, rules: s.rules) {
            form.fail(refusal.message.contains("集中受理日") ? "matter" : "time", refusal.message)
            return nil
        }
        return draft
    }

    static func intakeValue(_ form: inout FormState, _ s: DutySnapshot, now: Date) -> IntakeDay? {
        guard let date = DutyForms.form(&form, dateIn: "date"),
              let span = form.check("span", TimeSpan.parse(form["span"].text)),
              let matter = form.check("matter", TextField.validate(form["matter"].text, label: S.matter, required: true,
                                                                    maxLength: 40)) else { return nil }
        guard let minutes = Int(form["slotMinutes"].text.trimmingCharacters(in: .whitespaces)) else {
            form.fail("slotMinutes", S.wholeNumber); return nil
        }
        guard let places = Int(form["perSlot"].text.trimmingCharacters(in: .whitespaces)) else {
            form.fail("perSlot", S.wholeNumber); return nil
        }
        let day = IntakeDay(id: 0, date: date, span: span, matter: matter, slotMinutes: minutes, perSlot: places)
        if let refusal = AppointmentRules.checkIntake(day, existing: s.bookings.intakeDays, now: now, rules: s.rules) {
            form.fail(refusal.message.contains("分钟") ? "slotMinutes" : "date", refusal.message)
            return nil
        }
        return day
    }
}
