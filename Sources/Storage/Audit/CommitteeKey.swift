import Crypto
import Foundation
import GRDB

/// The committee's Ed25519 key (swift-crypto): the private half stays in the database and signs
/// the yearly points totals; the public half travels in the file, and its fingerprint is read
/// over the phone once so that the street office trusts it.
enum CommitteeKey {
    /// The short form of a public key to read aloud: the first 8 bytes of its SHA-256, in four
    /// groups of four hex digits (`3f2a-91bc-07de-55aa`).
    static func fingerprint(_ publicKey: Data) -> String {
        let hex = AuditLog.hex(SHA256.hash(data: publicKey).prefix(8))
        return stride(from: 0, to: 16, by: 4).map { start in
            String(hex.dropFirst(start).prefix(4))
        }.joined(separator: "-")
    }

    /// A typed fingerprint reduced to its hex digits, lowercase, for comparing.
    static func normalised(_ typed: String) -> String {
        String(typed.lowercased().filter(\.isHexDigit))
    }

    /// The committee's key, or nil when the database has none yet.
    static func load(in db: Database) throws -> Curve25519.Signing.PrivateKey? {
        guard let raw = try Data.fetchOne(db, sql: "SELECT private_key FROM committee_signing_key WHERE id = 1") else { return nil }
        return try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    /// Makes and stores the committee's key; the event records its fingerprint (never the key).
    static func create(at: Date, in db: Database) throws -> (Curve25519.Signing.PrivateKey, AuditEvent) {
        let key = Curve25519.Signing.PrivateKey()
        try db.execute(sql: "INSERT INTO committee_signing_key (id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)",
                       arguments: [key.rawRepresentation, key.publicKey.rawRepresentation, at])
        let event = AuditEvent(action: "committee.key.create", entity: "committee_signing_key", entityID: 1,
                               detail: ["fingerprint": fingerprint(key.publicKey.rawRepresentation)])
        return (key, event)
    }

    /// The public key trusted for `committee`, or nil.
    static func trusted(committee: String, in db: Database) throws -> Data? {
        try Data.fetchOne(db, sql: "SELECT public_key FROM trusted_committee_key WHERE committee = ?", arguments: [committee])
    }

    /// Records `publicKey` as `committee`'s, once.
    static func trust(_ publicKey: Data, committee: String, by actor: Int64?, at: Date, in db: Database) throws -> AuditEvent {
        let print = fingerprint(publicKey)
        try db.execute(sql: """
            INSERT INTO trusted_committee_key (committee, public_key, fingerprint, trusted_by, trusted_at) VALUES (?, ?, ?, ?, ?)
            """, arguments: [committee, publicKey, print, actor, at])
        return AuditEvent(action: "points.key.trust", entity: "trusted_committee_key", entityID: nil,
                          detail: ["committee": committee, "fingerprint": print])
    }
}

extension AppDatabase {
    /// The fingerprint of this committee's public key, the key made now (and audited) if the
    /// database was made before keys existed.
    public func signingKeyFingerprint(at: Date) throws -> String {
        try auditedKey(at: at) { key, _ in CommitteeKey.fingerprint(key.publicKey.rawRepresentation) }
    }

    /// `totals` as the signed yearly totals file (made with the committee's key; see `PointsTotalsFile`).
    public func signedPointsTotalsFile(_ totals: [PointsYearTotal], at: Date) throws -> String {
        try auditedKey(at: at) { key, _ in try PointsTotalsFile.text(totals, signingWith: key) }
    }

    /// Runs `body` with the committee's key, in one write that makes and audits the key when missing.
    private func auditedKey<T>(at: Date, _ body: (Curve25519.Signing.PrivateKey, Database) throws -> T) throws -> T {
        if let key = try explainingFileFailures({ try pool.read { db in try CommitteeKey.load(in: db) } }) {
            return try pool.read { db in try body(key, db) }
        }
        var result: T?
        try explainingFileFailures { try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                if let key = try CommitteeKey.load(in: db) {   // made meanwhile by another program
                    result = try body(key, db)
                    return .commit
                }
                let (key, event) = try CommitteeKey.create(at: at, in: db)
                try AuditLog.append(event, actor: nil, at: at, in: db)
                result = try body(key, db)
                return .commit
            }
        } }
        return result!
    }
}
