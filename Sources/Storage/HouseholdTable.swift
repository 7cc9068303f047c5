import Domain
import Foundation
import GRDB

/// The SQL for the `household` and `household_tag` tables, used inside transactions of `AppDatabase`.
enum HouseholdTable {
    // MARK: - Reading

    /// Every household, ordered by room, with its tags.
    static func fetchAll(in db: Database) throws -> [Household] {
        let tags = try tagsByHousehold(in: db)
        return try Row.fetchAll(db, sql: "SELECT * FROM household ORDER BY room").map { household(from: $0, tags: tags) }
    }

    /// The household whose room is `room`, or nil.
    static func fetch(room: String, in db: Database) throws -> Household? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM household WHERE room = ?"), arguments: [room]) else {
            return nil
        }
        return household(from: row, tags: try tags(of: row["id"], in: db))
    }

    /// The household with `id`, or a `notFound` error.
    static func require(_ id: Int64, in db: Database) throws -> Household {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM household WHERE id = ?"), arguments: [id]) else {
            throw StorageError(.notFound, VisitStorageMessages.householdNotFound(id))
        }
        return household(from: row, tags: try tags(of: id, in: db))
    }

    /// The rooms already in the registry.
    static func rooms(in db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT room FROM household"))
    }

    /// The id of each household, by room: an import looks its rows' rooms up here.
    static func idsByRoom(in db: Database) throws -> [String: Int64] {
        try Row.fetchAll(db, sql: "SELECT room, id FROM household").reduce(into: [:]) { ids, row in ids[row["room"]] = row["id"] }
    }

    private static func tagsByHousehold(in db: Database) throws -> [Int64: [String]] {
        let rows = try Row.fetchAll(db, sql: "SELECT household_id, tag FROM household_tag ORDER BY household_id, position")
        return rows.reduce(into: [:]) { tags, row in tags[row["household_id"], default: []].append(row["tag"]) }
    }

    /// One household's tags: an import looks a household up once a row, and reading every
    /// household's tags each time made importing visits slower the more households had tags.
    private static func tags(of id: Int64, in db: Database) throws -> [Int64: [String]] {
        [id: try String.fetchAll(db.cachedStatement(sql: "SELECT tag FROM household_tag WHERE household_id = ? ORDER BY position"), arguments: [id])]
    }

    private static func household(from row: Row, tags: [Int64: [String]]) -> Household {
        Household(id: row["id"], room: row["room"], tags: tags[row["id"]] ?? [], head: row["head"],
                  members: row["members"], phone: row["phone"], zone: row["zone"])
    }

    // MARK: - Writing

    /// Inserts `household` (its id is ignored) and returns it with its new id; a room already taken is refused.
    static func insert(_ household: Household, at: Date, in db: Database) throws -> Household {
        if try fetch(room: household.room, in: db) != nil {
            throw StorageError(.invalidInput, VisitStorageMessages.duplicateRoom)
        }
        try db.cachedStatement(sql: "INSERT INTO household (room, head, members, phone, zone, created_at) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [household.room, household.head, household.members, household.phone,
                        AppDatabase.normalized(zone: household.zone), at])
        let id = db.lastInsertedRowID
        try setTags(household.tags, of: id, in: db)
        return try require(id, in: db)
    }

    /// Writes the head, members, phone, zone and tags of `household` over its row (the room stays).
    static func update(_ household: Household, in db: Database) throws -> Household {
        try db.execute(sql: "UPDATE household SET head = ?, members = ?, phone = ?, zone = ? WHERE id = ?",
                       arguments: [household.head, household.members, household.phone,
                                   AppDatabase.normalized(zone: household.zone), household.id])
        try db.execute(sql: "DELETE FROM household_tag WHERE household_id = ?", arguments: [household.id])
        try setTags(household.tags, of: household.id, in: db)
        return try require(household.id, in: db)
    }

    private static func setTags(_ tags: [String], of id: Int64, in db: Database) throws {
        for (position, tag) in tags.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO household_tag (household_id, tag, position) VALUES (?, ?, ?)")
                .execute(arguments: [id, tag, position])
        }
    }
}

// MARK: - Audit events about households and visits

extension AuditEvent {
    /// A household was added to the registry (by hand, on a visit, or by import); the phone is not recorded.
    static func householdAdded(_ h: Household, source: String) -> AuditEvent {
        AuditEvent(action: "household.add", entity: "household", entityID: h.id, detail: [
            "room": h.room, "head": h.head, "tags": HouseholdTags.describe(h.tags), "zone": h.zone ?? "", "source": source,
        ])
    }

    /// A household was edited: each changed field's old and new value (the phone masked).
    static func householdUpdated(_ h: Household, changes: [FieldChange]) -> AuditEvent {
        var detail = ["room": h.room]
        for change in changes {
            detail["from." + change.label] = change.old
            detail["to." + change.label] = change.new
        }
        return AuditEvent(action: "household.update", entity: "household", entityID: h.id, detail: detail)
    }

    /// A visit was recorded.
    static func visitAdded(_ v: VisitRecord, source: String) -> AuditEvent {
        AuditEvent(action: "visit.add", entity: "visit", entityID: v.id, detail: [
            "room": v.room, "worker": v.workerName, "day": v.date.iso, "kind": v.kind.rawValue, "source": source,
        ])
    }
}
