import Domain
import Foundation
import GRDB

/// Appointments (提前预约) and batch-intake days (集中受理). Any active worker books for a
/// resident; only the rule set's approvers (书记, 主任) set up an intake day. The rules of
/// `AppointmentRules` are checked again here, inside the write, against what the file holds.
extension AppDatabase {
    /// The bookings and intake days from `first` through `last`.
    public func appointments(from first: LocalDate, through last: LocalDate) throws -> ([Appointment], [IntakeDay]) {
        try pool.read { db in
            (try AppointmentTable.appointments(from: first, through: last, in: db),
             try AppointmentTable.intakeDays(from: first, through: last, in: db))
        }
    }

    /// Books `draft`; on an intake day the booking joins it. The audit log keeps the phone masked.
    @discardableResult
    public func bookAppointment(_ draft: AppointmentDraft, calendar: WorkingDayCalendar, rules: RuleSet, by actor: Int64,
                                at now: Date) throws -> Appointment {
        try audited(by: actor, at: now) { db in
            guard try PersonTable.require(actor, in: db).isActive else { throw StorageError(.notPermitted, PeopleText.personInactive) }
            return try Self.book(draft, calendar: calendar, rules: rules, by: actor, at: now, in: db)
        }
    }

    /// Checks `draft` against `AppointmentRules` and what the file holds, then stores it; `actor`
    /// is nil for a booking made at the residents' touch screen.
    static func book(_ draft: AppointmentDraft, calendar: WorkingDayCalendar, rules: RuleSet, by actor: Int64?,
                     at now: Date, in db: Database) throws -> (Appointment, [AuditEvent]) {
        let existing = try AppointmentTable.appointments(from: draft.date, through: draft.date, in: db)
        let intake = try AppointmentTable.intakeDays(from: draft.date, through: draft.date, in: db).first
        if let refusal = AppointmentRules.check(draft, existing: existing, intake: intake, hours: try DutySwapTable.hours(in: db),
                                                calendar: calendar, now: now, rules: rules) {
            throw StorageError(.notPermitted, refusal.message)
        }
        let id = try AppointmentTable.insert(draft, intake: intake?.id, by: actor, at: now, in: db)
        let detail = ["when": "\(draft.date.iso) \(draft.slot)", "resident": draft.residentName, "room": draft.room,
                      "phone": Phone.masked(draft.phone), "matter": draft.matter, "policy": draft.policyTitle ?? ""]
        return (Appointment(id: id, draft: draft, intakeID: intake?.id),
                [AuditEvent(action: "appointment.book", entity: "appointment", entityID: id, detail: detail)])
    }

    /// Turns today's booking `id` into a reception record (首问接待) received by `worker` at
    /// `now`, in one write: the record from `Appointment.receptionDraft`, and the booking's
    /// `reception_id` set to it. A booking already received, or not of today, is refused.
    public func receiveAppointment(_ id: Int64, by worker: Int64, at now: Date) throws -> (Appointment, ReceptionRecord) {
        try audited(by: worker, at: now) { db in
            try Self.requireActivePerson(worker, in: db)
            guard var appointment = try AppointmentTable.appointment(id: id, in: db) else {
                throw StorageError(.notFound, DutyText.appointmentNotFound(id))
            }
            if let reception = appointment.receptionID {
                throw StorageError(.notPermitted, DutyText.appointmentReceived(appointment, reception))
            }
            let today = ShanghaiCalendar.day(of: now)
            guard appointment.draft.date == today else {
                throw StorageError(.notPermitted, DutyText.appointmentNotToday(appointment, today))
            }
            let draft = try appointment.receptionDraft(at: now).validated().mapError(StorageError.invalid).get()
            let receptionID = try ReceptionTable.insert(draft, worker: worker, at: now, in: db)
            guard try AppointmentTable.setReception(receptionID, of: id, in: db) else {
                throw StorageError(.notPermitted, DutyText.appointmentReceived(appointment, receptionID))
            }
            appointment.receptionID = receptionID
            let record = try Self.requireReception(receptionID, in: db)
            return ((appointment, record), [
                .reception("reception.add", record, ["resident": draft.residentName, "source": "appointment"]),
                AuditEvent(action: "appointment.receive", entity: "appointment", entityID: id,
                           detail: ["when": appointment.when, "resident": draft.residentName, "reception": "\(receptionID)"]),
            ])
        }
    }

    /// Sets up a batch-intake day; only an approver may.
    @discardableResult
    public func addIntakeDay(_ day: IntakeDay, rules: RuleSet, by actor: Int64, at now: Date) throws -> IntakeDay {
        try audited(by: actor, at: now) { db in
            try Self.requireApprover(actor, rules, in: db)
            let existing = try AppointmentTable.intakeDays(from: day.date, through: day.date, in: db)
            if let refusal = AppointmentRules.checkIntake(day, existing: existing, now: now, rules: rules) {
                throw StorageError(.notPermitted, refusal.message)
            }
            var saved = day
            saved.id = try AppointmentTable.insert(day, by: actor, at: now, in: db)
            return (saved, [AuditEvent(action: "appointment.intake.add", entity: "intake_day", entityID: saved.id,
                                       detail: ["day": day.title])])
        }
    }
}
