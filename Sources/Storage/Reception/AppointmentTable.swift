import Domain
import Foundation
import GRDB

/// The SQL of the appointment tables, used inside the transactions of `AppDatabase+Appointments`.
enum AppointmentTable {
    /// The bookings from `first` through `last`, by day and slot.
    static func appointments(from first: LocalDate, through last: LocalDate, in db: Database) throws -> [Appointment] {
        try Row.fetchAll(db, sql: "SELECT * FROM appointment WHERE date BETWEEN ? AND ? ORDER BY date, start_min, id",
                         arguments: [first.iso, last.iso]).compactMap(appointment)
    }

    /// The batch-intake days from `first` through `last`.
    static func intakeDays(from first: LocalDate, through last: LocalDate, in db: Database) throws -> [IntakeDay] {
        try Row.fetchAll(db, sql: "SELECT * FROM intake_day WHERE date BETWEEN ? AND ? ORDER BY date",
                         arguments: [first.iso, last.iso]).compactMap(intakeDay)
    }

    /// The booking `id`, or nil.
    static func appointment(id: Int64, in db: Database) throws -> Appointment? {
        try Row.fetchOne(db, sql: "SELECT * FROM appointment WHERE id = ?", arguments: [id]).flatMap(appointment)
    }

    /// Links booking `id` to the reception record it became; only a booking not yet linked is
    /// changed, and whether one was is returned.
    static func setReception(_ reception: Int64, of id: Int64, in db: Database) throws -> Bool {
        try db.execute(sql: "UPDATE appointment SET reception_id = ? WHERE id = ? AND reception_id IS NULL",
                       arguments: [reception, id])
        return db.changesCount == 1
    }

    static func insert(_ d: AppointmentDraft, intake: Int64?, by actor: Int64?, at: Date, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO appointment (date, start_min, end_min, resident_name, room, phone, matter, policy_id, policy_title,
                                     intake_id, booked_by, booked_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [d.date.iso, d.slot.start.minutes, d.slot.end.minutes, d.residentName, d.room, d.phone, d.matter,
                             d.policyID, d.policyTitle, intake, actor, at])
        return db.lastInsertedRowID
    }

    static func insert(_ day: IntakeDay, by actor: Int64, at: Date, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO intake_day (date, start_min, end_min, matter, slot_minutes, per_slot, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [day.date.iso, day.span.start.minutes, day.span.end.minutes, day.matter, day.slotMinutes,
                             day.perSlot, actor, at])
        return db.lastInsertedRowID
    }

    private static func span(_ row: Row) -> TimeSpan? {
        guard let s = ClockTime(minutes: row["start_min"]), let e = ClockTime(minutes: row["end_min"]) else { return nil }
        return TimeSpan(s, e)
    }

    private static func appointment(_ row: Row) -> Appointment? {
        guard let date = LocalDate(iso: row["date"]), let slot = span(row) else { return nil }
        let draft = AppointmentDraft(date: date, slot: slot, residentName: row["resident_name"], room: row["room"],
                                     phone: row["phone"], matter: row["matter"], policyID: row["policy_id"],
                                     policyTitle: row["policy_title"])
        return Appointment(id: row["id"], draft: draft, intakeID: row["intake_id"], receptionID: row["reception_id"])
    }

    private static func intakeDay(_ row: Row) -> IntakeDay? {
        guard let date = LocalDate(iso: row["date"]), let span = span(row) else { return nil }
        return IntakeDay(id: row["id"], date: date, span: span, matter: row["matter"], slotMinutes: row["slot_minutes"],
                         perSlot: row["per_slot"])
    }
}
