import Domain
import Foundation
import PostgresNIO

/// The street office's staff logins (自治办, 财务, 领导): added and deactivated by a 自治办, who
/// keeps the street's people as they register its committees (本程序的做法: the standard names no one).
extension StreetOffice {
    /// Adds `name` with `roles` and a first `pin`. Refused for an empty name, no role, a PIN of the
    /// wrong shape, or a name the street already has (active or not).
    @discardableResult
    public func addPerson(_ name: String, roles: Set<StreetRole>, pin: String, by person: StreetPerson) async throws -> StreetPerson {
        try Self.require(.selfGovernanceOffice, of: person)
        let name = name.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { throw StreetError(StreetText.nameEmpty) }
        if roles.isEmpty { throw StreetError(StreetText.rolesEmpty) }
        if case .failure(let problem) = PinPolicy.validate(pin) { throw StreetError(problem.message) }
        try await StreetSchema.requireKnown(in: session)
        if !(try await session.rows("SELECT 1 FROM street.person WHERE name = \(name)").isEmpty) {
            throw StreetError(StreetText.personExists(name))
        }
        let hash = try hasher.hash(pin)
        let ordered = StreetRole.allCases.filter(roles.contains)
        let id = try await session.rows("""
            INSERT INTO street.person (name, roles, pin_hash) VALUES (\(name), \(ordered.map(\.rawValue)), \(hash)) RETURNING id
            """).first!.decode(Int64.self)
        return StreetPerson(id: id, name: name, roles: roles)
    }

    /// Deactivates `name` (their login is refused from then on) or activates them again. Nobody
    /// deactivates themselves, so the street always keeps the 自治办 who acts.
    public func setActive(_ name: String, _ active: Bool, by person: StreetPerson) async throws {
        try Self.require(.selfGovernanceOffice, of: person)
        if !active && name == person.name { throw StreetError(StreetText.deactivateSelf) }
        try await StreetSchema.requireKnown(in: session)
        let changed = try await session.rows("""
            UPDATE street.person SET active = \(active), failures = 0, locked_until = NULL WHERE name = \(name) RETURNING id
            """)
        if changed.isEmpty { throw StreetError(StreetText.unknownPerson(name)) }
    }

    /// Every person of the street, with their roles and whether they may log in, by name.
    public func people() async throws -> [(name: String, roles: [String], active: Bool)] {
        try await StreetSchema.requireKnown(in: session)
        return try await session.rows("SELECT name, roles, active FROM street.person ORDER BY id")
            .map { try $0.decode((String, [String], Bool).self) }
    }
}
