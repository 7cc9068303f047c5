import Domain
import Foundation
import Storage

/// What the duty tab's effects need of storage: the roster and its writes, the bookings and
/// intake days, and the policy library a booking names.
public protocol DutyStore: PolicyStore {
    // MARK: - Reading

    func dutyRoster(_ month: Month) throws -> DutyRoster
    func dutyOverview(_ month: Month, worker: Int64) throws -> (DutyRoster, RosterOverview)
    func appointments(from first: LocalDate, through last: LocalDate) throws -> ([Appointment], [IntakeDay])
    func people(includeInactive: Bool) throws -> [Person]

    // MARK: - The roster

    func signDuty(person: Int64, now: Date, rules: RuleSet, earlyConfirmed: Bool) throws -> (SignKind, Shift)
    func fillDutyMonth(_ month: Month, calendar: WorkingDayCalendar, rules: RuleSet, by actor: Int64,
                       at: Date) throws -> (added: Int, skipped: [Verdict])
    @discardableResult
    func addTemplate(_ template: ShiftTemplate, rules: RuleSet, by actor: Int64, at: Date) throws -> ShiftTemplate
    func publishServiceHours(_ hours: ServiceHours, rules: RuleSet, by actor: Int64, at: Date) throws
    func addShift(_ draft: ShiftDraft, rules: RuleSet, by actor: Int64, at: Date) throws -> Shift
    func askSwap(shift shiftID: Int64, from: Int64, to: Int64, rules: RuleSet, at: Date) throws -> ShiftSwap
    func answerSwap(_ id: Int64, accept: Bool, by person: Int64, rules: RuleSet, at: Date) throws -> ShiftSwap
    func decideSwap(_ id: Int64, approve: Bool, by actor: Int64, rules: RuleSet, at: Date) throws -> ShiftSwap

    // MARK: - Bookings

    func bookAppointment(_ draft: AppointmentDraft, calendar: WorkingDayCalendar, rules: RuleSet, by actor: Int64,
                         at now: Date) throws -> Appointment
    func addIntakeDay(_ day: IntakeDay, rules: RuleSet, by actor: Int64, at now: Date) throws -> IntakeDay
    func receiveAppointment(_ id: Int64, by worker: Int64, at now: Date) throws -> (Appointment, ReceptionRecord)
}

extension AppDatabase: DutyStore {}
