import Domain
import Foundation

/// The visit tab's work against storage; each comes back as a `VisitsResult`.
public enum VisitsEffect: Equatable, Sendable {
    /// Reads the board of `user` (their zone's lists unless `allZones`).
    case load(user: Person, allZones: Bool)
    /// Records a visit by `user`; an unknown room becomes a new household when `addHousehold`.
    case save(VisitDraft, user: Person, addHousehold: Bool, allZones: Bool)
    /// Reads one household's whole history.
    case history(householdID: Int64)
    /// The secretary assigns `zone` (nil: none) to a worker, then the board is read again.
    case assignZone(personID: Int64, zone: String?, user: Person, allZones: Bool)
}

/// What came back for a `VisitsEffect`.
public enum VisitsResult: Equatable, Sendable {
    case loaded(VisitBoard)
    case saved(VisitRecord, VisitBoard)
    case history(Household, [VisitRecord])
    case zoneAssigned(Person, VisitBoard)
}
