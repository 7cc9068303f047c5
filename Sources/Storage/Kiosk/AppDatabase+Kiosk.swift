import Domain
import Foundation
import GRDB

/// The residents' touch screen (电子触摸屏): what it reads in one go, and its two short writes
/// (a booking, a rating), which no worker makes, so their audit rows have no actor.
extension AppDatabase {
    /// How many days ahead the screen offers slots, and how many at most (本程序取值).
    public static let kioskBookingDays = 7
    public static let kioskSlotLimit = 12
    /// How far ahead batch-intake days are listed (本程序取值).
    public static let kioskIntakeDays = 60

    /// Everything the screen shows at `now`, in one read; nil on a database not yet set up.
    public func kioskSnapshot(now: Date, calendar: WorkingDayCalendar) throws -> KioskSnapshot? {
        try explainingFileFailures { try pool.read { db in
            guard let committee = try Self.fetchCommittee(in: db) else { return nil }
            let today = ShanghaiCalendar.day(of: now)
            let hours = try DutySwapTable.hours(in: db)
            let week = today.adding(days: Self.kioskBookingDays - 1)
            let booked = try AppointmentTable.appointments(from: today, through: week, in: db)
            let intake = try AppointmentTable.intakeDays(from: today, through: today.adding(days: Self.kioskIntakeDays), in: db)
            var snapshot = KioskSnapshot(committee: committee.name, readAt: now, today: today,
                                         isWorkingDay: calendar.isWorkingDay(today),
                                         hoursLine: KioskDay.hoursLine(now: now, hours: hours, calendar: calendar))
            snapshot.hoursOfWeek = hours.lines
            snapshot.onDuty = KioskDay.onDuty(now: now, shifts: try DutyTable.shifts(from: today, through: today, in: db))
            snapshot.intakeDays = intake.map(\.title)
            snapshot.openSlots = KioskDay.openSlots(now: now, days: Self.kioskBookingDays, limit: Self.kioskSlotLimit, hours: hours,
                                                    calendar: calendar, booked: booked, intakeDates: Set(intake.map(\.date)))
            snapshot.guide = KioskGuide(items: try PolicyTable.all(in: db))
            snapshot.profile = try KioskTable.profile(in: db) ?? KioskProfile()
            snapshot.notices = try KioskTable.notices(on: today, in: db)
            return snapshot
        } }
    }

    /// Books `slot` for a resident who gave only a name and a phone, at the screen.
    @discardableResult
    public func bookFromKiosk(name: String, phone: String, slot: KioskSlot, calendar: WorkingDayCalendar, rules: RuleSet,
                              at now: Date) throws -> Appointment {
        let draft = AppointmentDraft(date: slot.date, slot: slot.span, residentName: name, room: "", phone: phone,
                                     matter: KioskText.bookingMatter)
        return try audited(by: nil, at: now) { db in
            try Self.book(draft, calendar: calendar, rules: rules, by: nil, at: now, in: db)
        }
    }

    /// Stores a resident's rating of one reception record, once. A number that is no record, or
    /// one already rated, gets the same refusal (`KioskText.cannotRate`), which tells nothing.
    public func rateReception(_ rating: KioskRating, at now: Date) throws {
        try audited(by: nil, at: now) { db in
            let exists = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM reception WHERE id = ?) AND NOT EXISTS (SELECT 1 FROM reception_rating WHERE reception_id = ?)
                """, arguments: [rating.receptionID, rating.receptionID]) ?? false
            guard exists else { throw StorageError(.notPermitted, KioskText.cannotRate) }
            try KioskTable.insert(rating, at: now, in: db)
            return ((), [AuditEvent(action: "reception.rate", entity: "reception", entityID: rating.receptionID,
                                    detail: ["level": rating.level.title, "reason": rating.reason ?? ""])])
        }
    }

    // MARK: - Kept by staff

    /// Saves the committee's profile as a new row (the newest is shown); the 书记 only.
    public func saveKioskProfile(_ profile: KioskProfile, by actor: Int64, at now: Date) throws {
        try audited(by: actor, at: now) { db in
            try PersonTable.require(.keepKiosk, by: actor, in: db)
            let id = try KioskTable.insert(profile, by: actor, at: now, in: db)
            return ((), [AuditEvent(action: "kiosk.profile", entity: "kiosk_profile", entityID: id, detail: ["address": profile.address])])
        }
    }

    /// Posts a notice, shown from its date through `until`; the 书记 only.
    @discardableResult
    public func postKioskNotice(_ notice: KioskNotice, by actor: Int64, at now: Date) throws -> KioskNotice {
        try audited(by: actor, at: now) { db in
            try PersonTable.require(.keepKiosk, by: actor, in: db)
            var saved = notice
            saved.id = try KioskTable.insert(notice, by: actor, at: now, in: db)
            return (saved, [AuditEvent(action: "kiosk.notice", entity: "kiosk_notice", entityID: saved.id,
                                       detail: ["title": notice.title, "until": notice.until.iso])])
        }
    }

    /// How many notices the staff's list shows at most (本程序取值).
    public static let kioskNoticeListLimit = 500

    /// Every notice posted, current and past, newest first, with who took any off the screen.
    public func kioskNoticesPosted() throws -> [PostedKioskNotice] {
        try pool.read { db in try KioskTable.posted(limit: Self.kioskNoticeListLimit, in: db) }
    }

    /// Takes a notice off the touch screen before its last day, with `reason`; the 书记 only. The
    /// notice is kept as posted: the withdrawal is a row of its own that points at it.
    @discardableResult
    public func withdrawKioskNotice(_ id: Int64, reason: String, by actor: Int64, at now: Date) throws -> PostedKioskNotice {
        let reason = try TextField.validate(reason, label: KioskText.withdrawReasonLabel, required: true,
                                            maxLength: KioskText.withdrawReasonLength).mapError(StorageError.invalid).get()
        return try audited(by: actor, at: now) { db in
            try PersonTable.require(.keepKiosk, by: actor, in: db)
            guard let posted = try KioskTable.posted(limit: 1, where: "n.id = ?", [id], in: db).first else {
                throw StorageError(.notFound, KioskText.noticeUnknown)
            }
            if let refusal = posted.withdrawRefusal(on: ShanghaiCalendar.day(of: now)) { throw StorageError(.invalidInput, refusal) }
            try KioskTable.insertWithdrawal(of: id, reason: reason, by: actor, at: now, in: db)
            let saved = try KioskTable.posted(limit: 1, where: "n.id = ?", [id], in: db)[0]
            return (saved, [AuditEvent(action: "kiosk.notice.withdraw", entity: "kiosk_notice", entityID: id,
                                       detail: ["title": posted.notice.title, "reason": reason])])
        }
    }

    /// The profile as last saved, or nil.
    public func kioskProfile() throws -> KioskProfile? {
        try pool.read { db in try KioskTable.profile(in: db) }
    }

    /// How many ratings each level has had: the committee's satisfaction figures from the screen.
    public func kioskRatingCounts() throws -> [KioskRatingLevel: Int] {
        try pool.read { db in try KioskTable.ratingCounts(in: db) }
    }
}
