import Domain
import Foundation
import GRDB

/// The committee that owns the database, and the first run that creates it with its first user.
extension AppDatabase {
    // MARK: - Reading

    /// The committee, or nil on a new database (the first run).
    public func committee() throws -> Committee? {
        try pool.read { db in try Self.fetchCommittee(in: db) }
    }

    static func fetchCommittee(in db: Database) throws -> Committee? {
        try Row.fetchOne(db, sql: "SELECT name, street_office FROM committee WHERE id = 1").map {
            Committee(name: $0["name"], streetOffice: $0["street_office"])
        }
    }

    // MARK: - First run

    /// Records the committee and its first user, who must hold 书记 so someone can manage people.
    ///
    /// Refuses with `.alreadyInitialized` if the database already has a committee, and with
    /// `.invalidInput` for an empty committee or street name, a bad name or PIN, or roles
    /// without 书记. The audit log starts here.
    public func initialize(committee: Committee, adminName: String, adminRoles: Set<Role>, pin: String, at: Date) throws -> Person {
        let committee = try Self.validated(committee)
        let name = try PersonName.validate(adminName).mapError(StorageError.invalid).get()
        let pin = try Self.validated(pin: pin)
        guard adminRoles.contains(.secretary) else {
            throw StorageError(.invalidInput, StorageText.adminMustBeSecretary)
        }
        let hash = try pinHasher.hash(pin)
        return try audited(by: nil, at: at) { db in
            guard try Self.fetchCommittee(in: db) == nil else {
                throw StorageError(.alreadyInitialized, StorageText.alreadyInitialized)
            }
            try db.execute(
                sql: "INSERT INTO committee (id, name, street_office, created_at) VALUES (1, ?, ?, ?)",
                arguments: [committee.name, committee.streetOffice, at])
            let admin = try PersonTable.insert(name: name, roles: adminRoles, zone: nil, pinHash: hash, at: at, in: db)
            return (admin, [
                AuditEvent(action: "committee.create", entity: "committee", entityID: 1,
                           detail: ["name": committee.name, "streetOffice": committee.streetOffice]),
                AuditEvent.personAdded(admin),
            ])
        }
    }

    /// The committee with its names trimmed, or an `.invalidInput` error for an empty one.
    static func validated(_ committee: Committee) throws -> Committee {
        let name = committee.name.trimmingCharacters(in: .whitespacesAndNewlines)
        let street = committee.streetOffice.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { throw StorageError(.invalidInput, StorageText.committeeNameEmpty) }
        if street.isEmpty { throw StorageError(.invalidInput, StorageText.streetOfficeEmpty) }
        for (text, label) in [(name, "居委会名称"), (street, "所属街道/镇")] {
            if let error = FieldText.problem(text, label: label, maxLength: FieldText.shortLength) { throw StorageError.invalid(error) }
        }
        return Committee(name: name, streetOffice: street)
    }

    /// The committee's first year: the Shanghai year of `init`, when the committee began keeping
    /// its records here (nil before `init`). Records dated earlier are refused (`RecordDates`).
    public func committeeFirstYear() throws -> Int? {
        try pool.read { db in try Self.committeeFirstYear(in: db) }
    }

    static func committeeFirstYear(in db: Database) throws -> Int? {
        try Date.fetchOne(db, sql: "SELECT created_at FROM committee WHERE id = 1").map { ShanghaiCalendar.day(of: $0).year }
    }

    /// Throws `.notInitialized` on a database without a committee.
    static func requireCommittee(in db: Database) throws {
        if try fetchCommittee(in: db) == nil {
            throw StorageError(.notInitialized, StorageText.notInitialized)
        }
    }
}

// MARK: - Audit events about people

extension AuditEvent {
    /// A person was added (by hand, at first run or by import); never records a PIN or its hash.
    static func personAdded(_ person: Person, source: String = "manual") -> AuditEvent {
        AuditEvent(action: "person.add", entity: "person", entityID: person.id, detail: [
            "name": person.name, "roles": Role.describe(person.roles), "zone": person.zone ?? "",
            "hasPin": String(person.hasPin), "source": source,
        ])
    }

    /// Something about a person changed; `detail` says what, never the PIN.
    static func person(_ action: String, _ id: Int64, _ detail: [String: String] = [:]) -> AuditEvent {
        AuditEvent(action: action, entity: "person", entityID: id, detail: detail)
    }
}
