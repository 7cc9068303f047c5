import Domain
import Foundation
import GRDB

/// The SQL for the `person` and `person_role` tables, used inside transactions of `AppDatabase`.
enum PersonTable {
    // MARK: - Reading

    /// The person with `id`, or nil.
    static func fetch(_ id: Int64, in db: Database) throws -> Person? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM person WHERE id = ?", arguments: [id]) else {
            return nil
        }
        return person(from: row, roles: try roles(of: id, in: db))
    }

    /// The person with `id`, or a `notFound` error.
    static func require(_ id: Int64, in db: Database) throws -> Person {
        guard let person = try fetch(id, in: db) else {
            throw StorageError(.notFound, PeopleText.personNotFound(id))
        }
        return person
    }

    /// The active people by name, for an import that names its workers (the first of a repeated name wins).
    static func activeByName(in db: Database) throws -> [String: Person] {
        Dictionary(try fetchAll(includeInactive: false, in: db).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Everyone, in the order they were added; only active people unless asked.
    static func fetchAll(includeInactive: Bool, in db: Database) throws -> [Person] {
        let filter = includeInactive ? "" : "WHERE is_active = 1"
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM person \(filter) ORDER BY id")
        var rolesByPerson = [Int64: Set<Role>]()
        for row in try Row.fetchAll(db, sql: "SELECT person_id, role FROM person_role") {
            if let role = Role(rawValue: row["role"]) {
                rolesByPerson[row["person_id"], default: []].insert(role)
            }
        }
        return rows.map { person(from: $0, roles: rolesByPerson[$0["id"]] ?? []) }
    }

    static func roles(of id: Int64, in db: Database) throws -> Set<Role> {
        let words = try String.fetchAll(db, sql: "SELECT role FROM person_role WHERE person_id = ?", arguments: [id])
        return Set(words.compactMap(Role.init(rawValue:)))
    }

    private static func person(from row: Row, roles: Set<Role>) -> Person {
        Person(id: row["id"], name: row["name"], roles: roles, zone: row["zone"],
               isActive: row["is_active"], hasPin: row["pin_hash"] != nil, lockedUntil: row["locked_until"])
    }

    /// The names already taken.
    static func names(in db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT name FROM person"))
    }

    // MARK: - Writing

    /// Inserts a person with their roles and returns them with their new id.
    static func insert(name: String, roles: Set<Role>, zone: String?, pinHash: String?, at: Date, in db: Database) throws -> Person {
        if try names(in: db).contains(name) {
            throw StorageError(.duplicateName, PeopleText.duplicateName(name))
        }
        try db.execute(
            sql: "INSERT INTO person (name, zone, pin_hash, created_at) VALUES (?, ?, ?, ?)",
            arguments: [name, zone, pinHash, at])
        let id = db.lastInsertedRowID
        try replaceRoles(of: id, with: roles, in: db)
        return try require(id, in: db)
    }

    static func replaceRoles(of id: Int64, with roles: Set<Role>, in db: Database) throws {
        try db.execute(sql: "DELETE FROM person_role WHERE person_id = ?", arguments: [id])
        for role in roles.sorted() {
            try db.execute(sql: "INSERT INTO person_role (person_id, role) VALUES (?, ?)", arguments: [id, role.rawValue])
        }
    }

    static func update(_ id: Int64, set assignments: String, _ arguments: StatementArguments, in db: Database) throws {
        try db.execute(sql: "UPDATE person SET \(assignments) WHERE id = ?", arguments: arguments + [id])
    }

    // MARK: - Login state

    static func pinHash(of id: Int64, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT pin_hash FROM person WHERE id = ?", arguments: [id])
    }

    static func lockoutRecord(of id: Int64, in db: Database) throws -> LoginLockout.Record {
        let row = try Row.fetchOne(db, sql: "SELECT failed_logins, locked_until FROM person WHERE id = ?", arguments: [id])
        return LoginLockout.Record(failures: row?["failed_logins"] ?? 0, lockedUntil: row?["locked_until"])
    }

    static func saveLockout(_ record: LoginLockout.Record, of id: Int64, in db: Database) throws {
        try update(id, set: "failed_logins = ?, locked_until = ?", [record.failures, record.lockedUntil], in: db)
    }

    // MARK: - Rules

    /// The person `actor` if `permission` lets them act, else `notPermitted` with the rule's sentence.
    @discardableResult
    static func require(_ permission: Permission, by actor: Int64, in db: Database) throws -> Person {
        let person = try fetch(actor, in: db)
        let verdict = permission.verdict(for: person)
        guard verdict.isOK, let person else { throw StorageError(.notPermitted, verdict.message) }
        return person
    }

    /// Throws if no active secretary would remain; call after the change, inside its transaction.
    static func requireActiveSecretary(in db: Database) throws {
        let count = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM person JOIN person_role ON person_role.person_id = person.id
            WHERE person.is_active = 1 AND person_role.role = ?
            """, arguments: [Role.secretary.rawValue]) ?? 0
        if count == 0 { throw StorageError(.lastSecretary, PeopleText.lastSecretary) }
    }
}
