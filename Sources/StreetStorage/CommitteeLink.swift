import Domain
import Foundation
import PostgresNIO

/// What a committee keeps to reach its street (0600, beside its database): the server without a
/// password, its own role and that role's password, and the 书记 who connected it.
public struct CommitteeCredential: Codable, Sendable, Equatable {
    public var server: String
    public var role: String
    public var password: String
    public var committee: String
    /// The committee's person id of the 书记 who connected: the street's decisions are recorded in their name.
    public var connectedBy: Int64

    public init(server: String, role: String, password: String, committee: String, connectedBy: Int64) {
        self.server = server
        self.role = role
        self.password = password
        self.committee = committee
        self.connectedBy = connectedBy
    }

    /// The server's address, logged into as the committee's own role.
    public func address(environment: [String: String] = [:]) throws -> ServerAddress {
        try ServerAddress.parse(server, environment: environment).loggingIn(as: role, password: password)
    }
}

/// A committee's connection to its street: row-level security lets it add only its own rows and
/// read only what is addressed to it.
public struct CommitteeLink: Sendable {
    public let session: StreetSession

    public init(session: StreetSession) { self.session = session }

    /// Ties a committee to its street with the one-time `code`: logs in with it, marks the
    /// committee enrolled and replaces the code by a new random password, in one transaction.
    public static func enrol(at server: ServerAddress, code: String, connectedBy: Int64) async throws -> CommitteeCredential {
        guard let (role, secret) = Enrolment.parse(code: code) else { throw StreetError(StreetText.badCode) }
        let address = server.loggingIn(as: role, password: secret)
        let session: StreetSession
        do { session = try await StreetSession.open(address) } catch let error as StreetError where error.sqlState == "28P01" {
            throw StreetError(StreetText.codeUsed)
        }
        defer { Task { await session.close() } }
        try await StreetSchema.requireKnown(in: session)
        let password = StreetOffice.randomHex(40)
        let committee = try await session.transaction {
            let name = try await session.rows("SELECT street.enrolled()").first!.decode(String.self)
            try await session.rows(PostgresQuery(unsafeSQL: "ALTER ROLE CURRENT_USER PASSWORD '\(password)'"))
            return name
        }
        return CommitteeCredential(server: server.uri, role: role, password: password, committee: committee, connectedBy: connectedBy)
    }

    // MARK: - Up

    /// Waits until no other terminal of this committee is syncing, then holds the committee's turn
    /// until this session ends (a session-level advisory lock, let go also when the connection
    /// drops): two terminals' syncs go one after the other, each reading the head the other left.
    public func takeTurn() async throws {
        try await session.rows("SELECT pg_advisory_lock(hashtext(current_user)::bigint)")
    }

    /// The last audit-chain head the street holds for this committee (0 and nil before the first).
    public func streetHead() async throws -> (count: Int, hash: String?) {
        try await StreetSchema.requireKnown(in: session)
        let rows = try await session.rows("SELECT count, hash FROM street.chain_head ORDER BY count DESC LIMIT 1")
        guard let row = rows.first else { return (0, nil) }
        let (count, hash) = try row.decode((Int64, String).self)
        return (Int(count), hash)
    }

    /// Sends `items` (in `seq` order) with the chain's head now, `head`, continuing `previous`
    /// (what `streetHead` read): all in one transaction; items the street already holds are skipped.
    public func send(_ items: [StreetItem], head: (count: Int, hash: String), previous: (count: Int, hash: String?)) async throws {
        try await session.transaction {
            if !items.isEmpty {
                try await session.rows("""
                    INSERT INTO street.item (seq, kind, entity_id, detail, audit_row)
                    SELECT s, k, NULLIF(e, 0), d::jsonb, a FROM unnest(\(items.map(\.seq)), \(items.map(\.kind)),
                        \(items.map { $0.entityID ?? 0 }), \(items.map(\.detail)), \(items.map(\.auditRow))) AS t(s, k, e, d, a)
                    ORDER BY s
                    ON CONFLICT (committee, seq) DO NOTHING
                    """)
            }
            if head.count > previous.count || previous.hash == nil {
                try await session.rows("""
                    INSERT INTO street.chain_head (count, hash, prev_count, prev_hash)
                    VALUES (\(Int64(head.count)), \(head.hash), \(Int64(previous.count)), \(previous.hash ?? ""))
                    ON CONFLICT (committee, count) DO NOTHING
                    """)
            }
        }
    }

    /// Tells the street that this committee's history no longer continues what it sent.
    public func flag(_ message: String) async throws {
        try await session.rows("INSERT INTO street.flag (message) VALUES (\(message))")
    }

    // MARK: - Down

    /// The street's decisions about this committee after `cursor`, oldest first.
    public func decisions(after cursor: Int64) async throws -> [StreetDecision] {
        try await session.rows("""
            SELECT id, expense_id, kind, number, reason, reviewer, decided_on::text FROM street.decision
            WHERE id > \(cursor) ORDER BY id
            """).compactMap { row in
            let (id, expense, kind, number, reason, reviewer, day) = try row.decode((Int64, Int64, String, String, String, String, String).self)
            guard let kind = StreetDecision.Kind(rawValue: kind), let date = LocalDate(iso: day) else { return nil }
            return StreetDecision(id: id, expenseID: expense, kind: kind, number: number, reason: reason, reviewer: reviewer, date: date)
        }
    }
}
