import Domain
import Foundation
import GRDB

/// The committee's staff: listing, adding, roles, activity and PINs.
///
/// Only an active person holding 书记 may add people, set roles, activate or deactivate them,
/// or reset a PIN; that rule is checked here, not only on screen. At least one active 书记
/// always remains.
extension AppDatabase {
    // MARK: - Reading

    /// Everyone in the order they were added; inactive people only when asked.
    public func people(includeInactive: Bool) throws -> [Person] {
        try pool.read { db in try PersonTable.fetchAll(includeInactive: includeInactive, in: db) }
    }

    /// The person with `id`, or nil.
    public func person(id: Int64) throws -> Person? {
        try pool.read { db in try PersonTable.fetch(id, in: db) }
    }

    // MARK: - Secretary's changes

    /// Adds a person; with a nil `pin` they choose one at first login (`hasPin == false`).
    public func addPerson(name: String, roles: Set<Role>, zone: String?, pin: String?, by actor: Int64, at: Date) throws -> Person {
        let name = try PersonName.validate(name).mapError(StorageError.invalid).get()
        let roles = try Self.validated(roles)
        let hash = try pin.map { try pinHasher.hash(Self.validated(pin: $0)) }
        return try audited(by: actor, at: at) { db in
            try Self.requireCommittee(in: db)
            try PersonTable.require(.managePeople, by: actor, in: db)
            let person = try PersonTable.insert(name: name, roles: roles, zone: Self.validated(zone: zone),
                                                pinHash: hash, at: at, in: db)
            return (person, [.personAdded(person)])
        }
    }

    /// Replaces a person's roles.
    public func setRoles(_ roles: Set<Role>, for id: Int64, by actor: Int64, at: Date) throws -> Person {
        let roles = try Self.validated(roles)
        return try audited(by: actor, at: at) { db in
            try PersonTable.require(.managePeople, by: actor, in: db)
            let before = try PersonTable.require(id, in: db)
            try PersonTable.replaceRoles(of: id, with: roles, in: db)
            try PersonTable.requireActiveSecretary(in: db)
            let detail = ["from": Role.describe(before.roles), "to": Role.describe(roles)]
            return (try PersonTable.require(id, in: db), [.person("person.roles", id, detail)])
        }
    }

    /// Activates or deactivates a person; an inactive person cannot log in.
    public func setActive(_ active: Bool, for id: Int64, by actor: Int64, at: Date) throws -> Person {
        try audited(by: actor, at: at) { db in
            try PersonTable.require(.managePeople, by: actor, in: db)
            _ = try PersonTable.require(id, in: db)
            try PersonTable.update(id, set: "is_active = ?", [active], in: db)
            try PersonTable.requireActiveSecretary(in: db)
            let action = active ? "person.activate" : "person.deactivate"
            return (try PersonTable.require(id, in: db), [.person(action, id)])
        }
    }

    /// Sets a new PIN for a person, or clears it (nil) so they choose one at next login; unlocks them.
    public func resetPin(for id: Int64, newPin: String?, by actor: Int64, at: Date) throws -> Person {
        let hash = try newPin.map { try pinHasher.hash(Self.validated(pin: $0)) }
        return try audited(by: actor, at: at) { db in
            try PersonTable.require(.managePeople, by: actor, in: db)
            _ = try PersonTable.require(id, in: db)
            try PersonTable.update(id, set: "pin_hash = ?, failed_logins = 0, locked_until = NULL", [hash], in: db)
            let detail = ["hasPin": String(hash != nil)]
            return (try PersonTable.require(id, in: db), [.person("person.pin.reset", id, detail)])
        }
    }

    // MARK: - A person's own PIN

    /// Sets the PIN of an active person who has none yet (first login after import or reset).
    public func setOwnPin(for id: Int64, pin: String, at: Date) throws -> Person {
        let hash = try pinHasher.hash(Self.validated(pin: pin))
        return try audited(by: id, at: at) { db in
            let person = try PersonTable.require(id, in: db)
            guard person.isActive else { throw StorageError(.notPermitted, PeopleText.personInactive) }
            guard !person.hasPin else { throw StorageError(.pinAlreadySet, PeopleText.pinAlreadySet) }
            try PersonTable.update(id, set: "pin_hash = ?, failed_logins = 0, locked_until = NULL", [hash], in: db)
            return (try PersonTable.require(id, in: db), [.person("person.pin.set", id)])
        }
    }

    // MARK: - Validation

    static func validated(_ roles: Set<Role>) throws -> Set<Role> {
        if roles.isEmpty { throw StorageError(.invalidInput, RoleParseError.empty.message) }
        return roles
    }

    static func validated(pin: String) throws -> String {
        try PinPolicy.validate(pin).mapError(StorageError.invalid).get()
    }

    /// A trimmed zone, or nil when it is empty.
    /// `normalized(zone:)` for a zone that is being written: refused when it holds a control
    /// character or more than `FieldText.shortLength` characters.
    static func validated(zone: String?) throws -> String? {
        guard let zone = normalized(zone: zone) else { return nil }
        if let error = FieldText.problem(zone, label: "片区", maxLength: FieldText.shortLength) { throw StorageError.invalid(error) }
        return zone
    }

    static func normalized(zone: String?) -> String? {
        let zone = zone?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return zone.isEmpty ? nil : zone
    }
}
