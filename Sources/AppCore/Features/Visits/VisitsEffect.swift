import Domain
import Foundation

/// The visit tab's work against storage; each comes back as a `VisitsResult`.
public enum VisitsEffect: Equatable, Sendable {
    /// Reads the board of `user` for `month` (nil: this month); with `lists`, also the lists to work
    /// down (their zone's unless `allZones`) and the secretary's table.
    case load(user: Person, allZones: Bool, month: Month? = nil, lists: Bool = false)
    /// Records a visit by `user`; an unknown room becomes a new household when `addHousehold`.
    case save(VisitDraft, user: Person, addHousehold: Bool, allZones: Bool)
    /// Records `draft` as the correction of visit `visitID` by `user`, for `reason`.
    case correct(visitID: Int64, VisitDraft, reason: String, user: Person, addHousehold: Bool, allZones: Bool)
    /// Reads every version of a visit, for its paper form.
    case sheet(visitID: Int64)
    /// Writes the edited household (its old values go into the audit log), then reads its page and the board again.
    case updateHousehold(Household, user: Person, allZones: Bool)
    /// Reads one household's whole history.
    case history(householdID: Int64)
    /// Hands visit `visitID`'s difficulty to the reception desk as a 待回复 record taken on by `user`.
    case followUp(visitID: Int64, user: Person)
    /// The secretary assigns `zone` (nil: none) to a worker, then the board is read again.
    case assignZone(personID: Int64, zone: String?, user: Person, allZones: Bool)
}

/// What came back for a `VisitsEffect`.
public enum VisitsResult: Equatable, Sendable {
    case loaded(VisitBoard)
    case saved(VisitRecord, VisitBoard)
    case corrected(VisitRecord, VisitBoard)
    /// Every version of a visit, oldest first, and the id of the one to show.
    case sheet([VisitRecord], shown: Int64)
    /// A household's visits and the reception records that name its room, each newest first.
    case history(Household, [VisitRecord], receptions: [ReceptionRecord] = [])
    /// The reception record made from a visit's difficulty.
    case followedUp(ReceptionRecord)
    case householdUpdated(Household, [VisitRecord], [FieldChange], VisitBoard)
    case zoneAssigned(Person, VisitBoard)
}
