import Domain
import Foundation
import PinHashing
import PostgresNIO

/// A person of the street office, once their PIN was right.
public struct StreetPerson: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var roles: Set<StreetRole>
}

/// A committee just registered: its name and the one-time code its 书记 types at `connect`.
public struct Enrolment: Sendable, Equatable {
    public var committee: String
    public var code: String
}

/// The street office's side of the server: setting it up, its people and their PINs (scrypt, the
/// committee's lockout rule), registering committees. Connected as the street's own login.
public struct StreetOffice: Sendable {
    public let session: StreetSession
    let hasher: PinHasher
    let lockout: LoginLockout

    public init(session: StreetSession, hasher: PinHasher = .standard, lockout: LoginLockout = .standard) {
        self.session = session
        self.hasher = hasher
        self.lockout = lockout
    }

    // MARK: - Setting up

    /// Creates the street's schema with its first person, holding every street role. Refused when the schema exists.
    public func initialise(street: String, admin: String, pin: String, localLimit: Int64) async throws {
        let street = street.trimmingCharacters(in: .whitespaces), admin = admin.trimmingCharacters(in: .whitespaces)
        if street.isEmpty || admin.isEmpty { throw StreetError(StreetText.nameEmpty) }
        if case .failure(let problem) = PinPolicy.validate(pin) { throw StreetError(problem.message) }
        let exists = try await session.rows("SELECT to_regnamespace('street') IS NOT NULL")
        if try exists.first?.decode(Bool.self) == true { throw StreetError(StreetText.alreadyInitialised) }
        let hash = try hasher.hash(pin)
        try await session.transaction {
            try await StreetSchema.create(in: session, group: "bsh_g_" + Self.randomHex(10), streetName: street, localLimit: localLimit)
            try await session.rows("""
                INSERT INTO street.person (name, roles, pin_hash) VALUES (\(admin), \(StreetRole.allCases.map(\.rawValue)), \(hash))
                """)
        }
    }

    // MARK: - People

    /// The person named, once `pin` is right and they are not locked out; a wrong PIN counts towards the lockout.
    public func login(_ name: String, pin: String, now: Date = Date()) async throws -> StreetPerson {
        try await StreetSchema.requireKnown(in: session)
        let rows = try await session.rows("""
            SELECT id, roles, pin_hash, failures, locked_until, active FROM street.person WHERE name = \(name)
            """)
        guard let row = rows.first else { throw StreetError(StreetText.unknownPerson(name)) }
        let (id, roles, hash, failures, lockedUntil, active) = try row.decode((Int64, [String], String, Int, Date?, Bool).self)
        if !active { throw StreetError(StreetText.inactive) }
        let record = LoginLockout.Record(failures: failures, lockedUntil: lockedUntil)
        if let until = lockout.lockedUntil(record, now: now) {
            throw StreetError(StreetText.locked(until: LoginLockout.untilText(until, now: now)))
        }
        guard hasher.verify(pin, against: hash) == true else {
            let next = lockout.afterFailure(record, now: now)
            try await session.rows("""
                UPDATE street.person SET failures = \(next.failures), locked_until = \(next.lockedUntil) WHERE id = \(id)
                """)
            throw StreetError(StreetText.wrongPin(max(0, lockout.maxFailures - next.failures)))
        }
        try await session.rows("UPDATE street.person SET failures = 0, locked_until = NULL WHERE id = \(id)")
        return StreetPerson(id: id, name: name, roles: Set(roles.compactMap(StreetRole.init(rawValue:))))
    }

    /// Throws unless `person` holds `role`.
    public static func require(_ role: StreetRole, of person: StreetPerson) throws {
        if !person.roles.contains(role) { throw StreetError(StreetText.lacksRole(person.name, role.rawValue)) }
    }

    // MARK: - Committees

    /// Registers committee `name` with its own PostgreSQL role, whose first password is the
    /// one-time code printed for its 书记; `connect` replaces it at once. 自治办 only.
    public func addCommittee(_ name: String, by person: StreetPerson) async throws -> Enrolment {
        try Self.require(.selfGovernanceOffice, of: person)
        let name = name.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { throw StreetError(StreetText.committeeNameEmpty) }
        let exists = try await session.rows("SELECT 1 FROM street.committee WHERE name = \(name)")
        if !exists.isEmpty { throw StreetError(StreetText.committeeExists(name)) }
        let suffix = Self.randomHex(10), secret = Self.randomHex(24)
        let role = Enrolment.roleName(suffix)
        let group = try await session.rows("SELECT committee_group FROM street.office").first!.decode(String.self)
        try await session.transaction {
            try await session.rows(PostgresQuery(unsafeSQL: """
                CREATE ROLE \(StreetSchema.quoted(role)) LOGIN PASSWORD '\(secret)' IN ROLE \(StreetSchema.quoted(group))
                """))
            try await session.rows("INSERT INTO street.committee (name, role_name, added_by) VALUES (\(name), \(role), \(person.id))")
        }
        return Enrolment(committee: name, code: suffix + "-" + secret)
    }

    /// Lowercase hex of `count` random nibbles.
    static func randomHex(_ count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in "0123456789abcdef".randomElement(using: &generator)! })
    }
}

extension Enrolment {
    /// The PostgreSQL role of the committee whose code starts with `suffix`.
    static func roleName(_ suffix: String) -> String { "bsh_c_" + suffix }

    /// The role and first password a code names, or nil when it is not one of ours.
    public static func parse(code: String) -> (role: String, secret: String)? {
        let parts = code.trimmingCharacters(in: .whitespaces).split(separator: "-").map(String.init)
        guard parts.count == 2, parts[0].count == 10, parts[1].count == 24,
              (parts[0] + parts[1]).allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        return (roleName(parts[0]), parts[1])
    }
}
