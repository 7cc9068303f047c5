import Foundation

/// A resident's booking (提前预约) of a slot at the desk for one matter, or a place on a
/// batch-intake day (集中受理).
///
/// It keeps every field a reception record (首问接待, `ReceptionDraft`) starts from — the
/// resident's name, room, phone and policy item as they are, the matter as what they came
/// about — so that the desk can turn it into one in a single step; `receptionID` (the column
/// `appointment.reception_id`) is where that record's id goes once it has been made.
public struct Appointment: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var draft: AppointmentDraft
    /// The batch-intake day it belongs to, if any.
    public var intakeID: Int64?
    /// The reception record it became, once turned into one (nil until then).
    public var receptionID: Int64?

    public init(id: Int64, draft: AppointmentDraft, intakeID: Int64? = nil, receptionID: Int64? = nil) {
        self.id = id
        self.draft = draft
        self.intakeID = intakeID
        self.receptionID = receptionID
    }

    /// "2026-12-01 周二 09:00-09:30".
    public var when: String { "\(draft.date.iso) \(draft.date.weekday.short) \(draft.slot)" }
}

extension Appointment {
    /// The reception record (首问接待) this booking becomes when the resident comes, received at
    /// `at`: the resident's name, room, phone and policy item as booked, the matter as both the
    /// category (cut to the category's 20 characters) and the question, marked as booked.
    public func receptionDraft(at: Date) -> ReceptionDraft {
        let d = draft
        return ReceptionDraft(at: at, residentName: d.residentName, room: d.room, phone: d.phone,
                              category: String(d.matter.prefix(20)), policyID: d.policyID, policyTitle: d.policyTitle ?? "",
                              question: "\(d.matter)（预约 \(when)）", actionTaken: "按预约接待")
    }
}

/// What a booking says: the day and slot, the resident, and what they come about.
/// The phone is stored whole and shown only as `Phone.masked`.
public struct AppointmentDraft: Sendable, Equatable {
    public var date: LocalDate
    public var slot: TimeSpan
    public var residentName: String
    public var room: String
    public var phone: String
    public var matter: String
    /// The policy item from the library, when one was picked.
    public var policyID: Int64?
    public var policyTitle: String?

    public init(date: LocalDate, slot: TimeSpan, residentName: String, room: String, phone: String, matter: String,
                policyID: Int64? = nil, policyTitle: String? = nil) {
        self.date = date
        self.slot = slot
        self.residentName = residentName
        self.room = room
        self.phone = phone
        self.matter = matter
        self.policyID = policyID
        self.policyTitle = policyTitle
    }
}

/// A batch-intake day (集中受理): one matter, a span cut into slots of `slotMinutes`, each
/// taking up to `perSlot` residents.
public struct IntakeDay: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var date: LocalDate
    public var span: TimeSpan
    public var matter: String
    public var slotMinutes: Int
    public var perSlot: Int

    public init(id: Int64, date: LocalDate, span: TimeSpan, matter: String, slotMinutes: Int, perSlot: Int) {
        self.id = id
        self.date = date
        self.span = span
        self.matter = matter
        self.slotMinutes = slotMinutes
        self.perSlot = perSlot
    }

    /// The slots of the day, in order; a last piece shorter than `slotMinutes` is left out.
    public var slots: [TimeSpan] {
        guard slotMinutes > 0 else { return [] }
        return stride(from: span.start.minutes, through: span.end.minutes - slotMinutes, by: slotMinutes).compactMap { start in
            ClockTime(minutes: start).flatMap { s in ClockTime(minutes: start + slotMinutes).flatMap { TimeSpan(s, $0) } }
        }
    }

    /// "2026-12-05 周六 09:00-11:00 老年综合津贴，每 30 分钟 3 人".
    public var title: String {
        "\(date.iso) \(date.weekday.short) \(span) \(matter)，每 \(slotMinutes) 分钟 \(perSlot) 人"
    }
}
