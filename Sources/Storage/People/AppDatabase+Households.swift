import Domain
import Foundation
import GRDB

/// The households registry (住户登记簿): reading it, adding a household, importing a list.
extension AppDatabase {
    // MARK: - Reading

    /// Every household, ordered by room.
    public func households() throws -> [Household] {
        try pool.read { db in try HouseholdTable.fetchAll(in: db) }
    }

    /// The household of `room`, or nil.
    public func household(room: String) throws -> Household? {
        try pool.read { db in try HouseholdTable.fetch(room: room, in: db) }
    }

    // MARK: - Writing

    /// Adds `household` (its id is ignored) after checking its room, head and phone; any active person may.
    public func addHousehold(_ household: Household, by actor: Int64, at: Date) throws -> Household {
        let household = try Self.validated(household)
        return try audited(by: actor, at: at) { db in
            try Self.requireActivePerson(actor, in: db)
            let added = try HouseholdTable.insert(household, at: at, in: db)
            return (added, [.householdAdded(added, source: "manual")])
        }
    }

    /// Updates the head, phone, members, tags and zone of household `household.id` (its room
    /// stays), after the same checks as adding; any active person may. The row is updated rather
    /// than replaced, because visits point at the household by id; the old value of each changed
    /// field goes into the audit log. A change that changes nothing is refused.
    public func updateHousehold(_ household: Household, by actor: Int64, at: Date) throws -> (Household, [FieldChange]) {
        try audited(by: actor, at: at) { db in
            try Self.requireActivePerson(actor, in: db)
            var edited = household
            let before = try HouseholdTable.require(household.id, in: db)
            edited.room = before.room
            edited = try Self.validated(edited)
            let changes = HouseholdChanges.between(before, edited)
            if changes.isEmpty { throw StorageError(.invalidInput, VisitsText.householdUnchanged) }
            let after = try HouseholdTable.update(edited, in: db)
            return ((after, changes), [.householdUpdated(after, changes: changes)])
        }
    }

    /// Adds every row of a household list, or nothing: a room already in the registry is a problem on its line.
    public func importHouseholds(_ rows: [HouseholdImport.Row], by actor: Int64, at: Date, dryRun: Bool) throws -> [Household] {
        try audited(by: actor, at: at, dryRun: dryRun) { db in
            try Self.requireCommittee(in: db)
            try Self.requireActivePerson(actor, in: db)
            let taken = try HouseholdTable.rooms(in: db)
            let problems = rows.filter { taken.contains($0.household.room) }.map {
                StaffImport.Problem(line: $0.line, message: VisitsText.importRoomInDatabase)
            }
            if !problems.isEmpty { throw StaffImportFailure(problems) }
            let added = try rows.map { try HouseholdTable.insert($0.household, at: at, in: db) }
            let summary = AuditEvent(action: "household.import", entity: "household", entityID: nil,
                                     detail: ["count": String(added.count)])
            return (added, [summary] + added.map { AuditEvent.householdAdded($0, source: "import") })
        }
    }

    // MARK: - Checks

    /// The household with its room, head and members checked and trimmed, its phone checked (kept as typed).
    static func validated(_ h: Household) throws -> Household {
        func get<T>(_ result: Result<T, InputError>) throws -> T { try result.mapError(StorageError.invalid).get() }
        var h = h
        h.room = try get(RoomNumber.validate(h.room))
        h.head = try get(TextField.validate(h.head, label: "户主姓名", required: false, maxLength: PersonName.maxLength))
        h.members = try get(TextField.validate(h.members, label: "家庭成员情况", required: false))
        h.phone = try get(Phone.validate(h.phone))
        h.zone = try validated(zone: h.zone)
        return h
    }

    /// The active person `id`, or a `notPermitted` refusal naming what they cannot do.
    @discardableResult
    static func requireActivePerson(_ id: Int64, in db: Database) throws -> Person {
        guard let person = try PersonTable.fetch(id, in: db), person.isActive else {
            throw StorageError(.notPermitted, VisitsText.workerInactive)
        }
        return person
    }
}
