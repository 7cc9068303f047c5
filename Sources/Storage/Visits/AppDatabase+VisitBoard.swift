import Domain
import Foundation
import GRDB

/// The reads that let the visit tab and the forms with a room field show only what is on screen:
/// a room's few candidates instead of the whole registry, and the households that can be on the
/// lists to work down instead of every household with its last visit. On the district's file
/// (501,000 households, 7.5 million visits) reading everything took 10 s or more a tab switch.
extension AppDatabase {
    /// The households whose room equals, starts with or contains `typed` (trimmed), in that order
    /// and by room within each, at most `limit`: what `RoomNumber.candidates` would pick from the
    /// whole registry, read through the room index.
    public func roomCandidates(_ typed: String, limit: Int = 5) throws -> [Household] {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, limit > 0 else { return [] }
        return try pool.read { db in try HouseholdTable.candidates(text, limit: limit, in: db) }
    }

    /// The household with `id`, or a `notFound` refusal.
    public func household(id: Int64) throws -> Household {
        try pool.read { db in try HouseholdTable.require(id, in: db) }
    }

    /// The households of `zone` (every zone when nil) that the lists to work down can show, with each
    /// one's last current visit: every one with a tag (a special target's interval may have passed),
    /// and of those with no current visit on or after `staleBefore` the first `staleLimit` in the stale
    /// list's order (never visited, then the longest unvisited, each by room), with how many there are
    /// in all. Domain's rules then decide which are due.
    public func dueCandidates(zone: String?, staleBefore: LocalDate, staleLimit: Int = .max) throws -> DueCandidates {
        try pool.read { db in
            try VisitTable.dueCandidates(zone: Self.normalized(zone: zone), staleBefore: staleBefore, staleLimit: staleLimit, in: db)
        }
    }
}

/// What `dueCandidates` read: the households, each one's last current visit, and how many households
/// of the zone are stale in all (those beyond the limit are counted, not read).
public struct DueCandidates: Sendable {
    public var households: [Household]
    public var lastVisits: [Int64: LocalDate]
    public var staleTotal: Int
}
