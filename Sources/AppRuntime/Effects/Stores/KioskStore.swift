import Domain
import Foundation
import Storage

/// What the residents' touch screen needs of storage: its one read, its two short writes, and
/// the 书记's PIN that lets the staff leave it.
public protocol KioskStore {
    func kioskSnapshot(now: Date, calendar: WorkingDayCalendar) throws -> KioskSnapshot?
    func bookFromKiosk(name: String, phone: String, slot: KioskSlot, calendar: WorkingDayCalendar, rules: RuleSet,
                       at now: Date) throws -> Appointment
    func rateReception(_ rating: KioskRating, at now: Date) throws
    /// The year's books, for the public disclosure among 社区动态 (only its public version is shown).
    func fundsBook(year: Int, rules: RuleSet) throws -> FundsBook
    func people(includeInactive: Bool) throws -> [Person]
    func verifyLogin(personID: Int64, pin: String, now: Date) throws -> LoginOutcome
}

extension AppDatabase: KioskStore {}

/// What the staff program needs of storage to keep the touch screen's profile and notices.
public protocol KioskStaffStore {
    func kioskProfile() throws -> KioskProfile?
    func saveKioskProfile(_ profile: KioskProfile, by actor: Int64, at now: Date) throws
    func postKioskNotice(_ notice: KioskNotice, by actor: Int64, at now: Date) throws -> KioskNotice
    func kioskNoticesPosted() throws -> [PostedKioskNotice]
    func withdrawKioskNotice(_ id: Int64, reason: String, by actor: Int64, at now: Date) throws -> PostedKioskNotice
}

extension AppDatabase: KioskStaffStore {}
