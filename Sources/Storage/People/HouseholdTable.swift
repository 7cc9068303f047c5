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
        return household(from: row, tags: try tags(of: [row["id"]], in: db))
    }

    /// The household with `id`, or a `notFound` error.
    static func require(_ id: Int64, in db: Database) throws -> Household {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM household WHERE id = ?"), arguments: [id]) else {
            throw StorageError(.notFound, VisitsText.householdNotFound(id))
        }
        return household(from: row, tags: try tags(of: [id], in: db))
    }

    /// The rooms already in the registry.
    static func rooms(in db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT room FROM household"))
    }

    /// The id of each household, by room: an import looks its rows' rooms up here.
    static func idsByRoom(in db: Database) throws -> [String: Int64] {
        try Row.fetchAll(db, sql: "SELECT room, id FROM household").reduce(into: [:]) { ids, row in ids[row["room"]] = row["id"] }
    }

    /// The households whose room equals, starts with or contains `text`, in that order and by room
    /// within each, at most `limit`. The first two go through the room's unique index; the third
    /// reads the index in room order and stops at `limit`.
    static func candidates(_ text: String, limit: Int, in db: Database) throws -> [Household] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT * FROM (SELECT *, 0 AS rank FROM household WHERE room = ?1)
            UNION ALL SELECT * FROM (SELECT *, 1 AS rank FROM household
                                     WHERE room > ?1 AND room < ?1 || char(1114111) ORDER BY room LIMIT ?2)
            UNION ALL SELECT * FROM (SELECT *, 2 AS rank FROM household INDEXED BY sqlite_autoindex_household_1
                                     WHERE instr(room, ?1) > 0 AND substr(room, 1, length(?1)) <> ?1 ORDER BY room LIMIT ?2)
            ORDER BY rank, room LIMIT ?2
            """, arguments: [text, limit])
        let tags = try tags(of: rows.map { $0["id"] }, in: db)
        return rows.map { household(from: $0, tags: tags) }
    }

    /// The households with `ids`, ordered by room, with their tags.
    static func fetch(ids: [Int64], in db: Database) throws -> [Household] {
        let tags = try tags(of: ids, in: db)
        return try Row.fetchAll(db, sql: "SELECT * FROM household WHERE id IN (SELECT value FROM json_each(?)) ORDER BY room",
                                arguments: [jsonList(ids)]).map { household(from: $0, tags: tags) }
    }

    /// The tags of the households with `ids`, in their order; not every household's (an import looks
    /// a household up once a row, and reading all their tags each time made it slower the more had tags).
    private static func tags(of ids: [Int64], in db: Database) throws -> [Int64: [String]] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT household_id, tag FROM household_tag WHERE household_id IN (SELECT value FROM json_each(?))
            ORDER BY household_id, position
            """), arguments: [jsonList(ids)])
            .reduce(into: [:]) { tags, row in tags[row["household_id"], default: []].append(row["tag"]) }
    }

    private static func jsonList(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    private static func tagsByHousehold(in db: Database) throws -> [Int64: [String]] {
        let rows = try Row.fetchAll(db, sql: "SELECT household_id, tag FROM household_tag ORDER BY household_id, position")
        return rows.reduce(into: [:]) { tags, row in tags[row["household_id"], default: []].append(row["tag"]) }
    }

    private static func household(from row: Row, tags: [Int64: [String]]) -> Household {
        Household(id: row["id"], room: row["room"], tags: tags[row["id"]] ?? [], head: row["head"],
                  members: row["members"], phone: row["phone"], zone: row["zone"])
    }

    // MARK: - Writing

    /// Inserts `household` (its id is ignored) and returns it with its new id; a room already taken is refused.
    static func insert(_ household: Household, at: Date, in db: Database) throws -> Household {
        if try fetch(room: household.room, in: db) != nil {
            throw StorageError(.invalidInput, VisitsText.duplicateRoom)
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
