import Domain
import Foundation
import Storage

/// What the visit tab's effects need of storage: visits and their versions, households, the
/// lists to work down, zones and the reception records a visit hands on.
public protocol VisitsStore {
    // MARK: - Reading

    func visits(in month: Month, worker: Int64?) throws -> [VisitRecord]
    func visits(household id: Int64) throws -> [VisitRecord]
    func visitVersions(of id: Int64) throws -> [VisitRecord]
    func household(id: Int64) throws -> Household
    func receptions(room: String) throws -> [ReceptionRecord]
    func dueCandidates(zone: String?, staleBefore: LocalDate, staleLimit: Int) throws -> DueCandidates
    func people(includeInactive: Bool) throws -> [Person]

    // MARK: - Writing

    func addVisit(_ draft: VisitDraft, by worker: Int64, at: Date, addHousehold: Bool) throws -> VisitRecord
    func correctVisit(_ id: Int64, with draft: VisitDraft, reason: String, by actor: Int64, at: Date,
                      addHousehold: Bool) throws -> VisitRecord
    func updateHousehold(_ household: Household, by actor: Int64, at: Date) throws -> (Household, [FieldChange])
    func addReceptionFollowUp(fromVisit visitID: Int64, by worker: Int64, at: Date,
                              calendar: WorkingDayCalendar, rules: RuleSet) throws -> ReceptionRecord
    func setZone(_ zone: String?, for id: Int64, by actor: Int64, at: Date) throws -> Person
}

extension AppDatabase: VisitsStore {}
