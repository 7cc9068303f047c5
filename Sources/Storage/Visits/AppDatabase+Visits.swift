import Domain
import Foundation
import GRDB

/// Visit records (居民区走访记录): recording a visit, and reading a month's or a household's visits.
///
/// A visit's month is the month of its Shanghai day, stored with it; the quota is counted by
/// Domain's `VisitQuota` from the `Visit`s read here, never in SQL.
extension AppDatabase {
    // MARK: - Reading

    /// The visits of `month` by `worker` (everyone's when nil), newest first.
    public func visits(in month: Month, worker: Int64? = nil) throws -> [VisitRecord] {
        try pool.read { db in try VisitTable.fetch(in: month, worker: worker, in: db) }
    }

    /// Every visit to the household `id`, newest first.
    public func visits(household id: Int64) throws -> [VisitRecord] {
        try pool.read { db in try VisitTable.fetch(household: id, in: db) }
    }

    /// The visit with `id`, or a `notFound` refusal.
    public func visit(id: Int64) throws -> VisitRecord {
        try pool.read { db in try VisitTable.require(id, in: db) }
    }

    /// The Shanghai day of each household's latest visit, by household id.
    public func lastVisits() throws -> [Int64: LocalDate] {
        try pool.read { db in try VisitTable.lastVisits(in: db) }
    }

    // MARK: - Recording

    /// Records `draft` as a visit by `worker`; an unknown room is refused unless `addHousehold`,
    /// which registers it on the spot (户主 = the resident visited, in the worker's zone).
    public func addVisit(_ draft: VisitDraft, by worker: Int64, at: Date, addHousehold: Bool) throws -> VisitRecord {
        let draft = try Self.validated(draft)
        return try audited(by: worker, at: at) { db in
            let person = try Self.requireActivePerson(worker, in: db)
            var events = [AuditEvent]()
            let household = try Self.household(for: draft, zone: person.zone, add: addHousehold, at: at, events: &events, in: db)
            let record = try VisitTable.insert(draft, worker: worker, household: household.id, at: at, in: db)
            return (record, events + [.visitAdded(record, source: "manual")])
        }
    }

    /// The household `draft` names, added when allowed; otherwise an `unknownRoom` refusal.
    static func household(for draft: VisitDraft, zone: String?, add: Bool, at: Date, events: inout [AuditEvent],
                          in db: Database) throws -> Household {
        if let found = try HouseholdTable.fetch(room: draft.room, in: db) { return found }
        guard add else { throw StorageError(.notFound, VisitsText.unknownRoom) }
        let added = try HouseholdTable.insert(newHousehold(for: draft, zone: zone), at: at, in: db)
        events.append(.householdAdded(added, source: "visit"))
        return added
    }

    /// The household a visit to a room not yet registered adds: the visited resident as its head.
    static func newHousehold(for draft: VisitDraft, zone: String?) -> Household {
        Household(id: 0, room: draft.room, head: draft.residentName, members: draft.members, zone: zone)
    }

    /// The draft with every text checked and trimmed, or an `invalidInput` refusal.
    static func validated(_ d: VisitDraft) throws -> VisitDraft {
        func get(_ result: Result<String, InputError>) throws -> String { try result.mapError(StorageError.invalid).get() }
        var d = d
        d.room = try get(RoomNumber.validate(d.room))
        d.residentName = try get(TextField.validate(d.residentName, label: "走访居民姓名", required: true, maxLength: PersonName.maxLength))
        d.members = try get(TextField.validate(d.members, label: "家庭成员情况", required: false))
        d.reason = try get(TextField.validate(d.reason, label: "走访事由", required: true))
        d.difficulty = try get(TextField.validate(d.difficulty, label: "困难或诉求", required: false))
        d.remark = try get(TextField.validate(d.remark, label: "备注", required: false))
        return d
    }
}
