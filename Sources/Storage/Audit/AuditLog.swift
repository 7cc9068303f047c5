import Crypto
import Foundation
import GRDB

/// One change for the audit log, as a write describes it before it is chained.
struct AuditEvent: Sendable {
    var action: String
    var entity: String
    var entityID: Int64?
    var detail: [String: String]
}

/// The append-only, SHA-256-chained audit log: appending a row and checking the chain.
///
/// Each row's `hash` is SHA-256 of its `prev_hash` followed by a canonical serialization of its
/// stored columns (id, at, actor_id, action, entity, entity_id, detail); the first row's
/// `prev_hash` is 64 zeros. Changing, removing or reordering any row breaks the chain there.
enum AuditLog {
    static let genesisHash = String(repeating: "0", count: 64)
    static let chainedColumns = ["id", "at", "actor_id", "action", "entity", "entity_id", "detail"]

    // MARK: - Append

    /// Appends `event` as the next row of the chain, inside the caller's transaction.
    static func append(_ event: AuditEvent, actor: Int64?, at: Date, in db: Database) throws {
        var writer = try Writer(actor: actor, at: at, in: db)
        try writer.append(event)
    }

    /// Appends rows one after another inside one transaction, all by one actor at one instant:
    /// the last row is read once and the link kept in memory, the instant formatted once. An
    /// import appends a row a record, and reading the tail of the log, formatting the date and
    /// encoding the detail with `JSONEncoder` for each was most of what it spent on the log.
    ///
    /// Only one writer may be in use at a time in a transaction (it holds the chain's tail).
    struct Writer {
        /// How many rows this writer has appended.
        private(set) var appended = 0
        private var nextID: Int64
        private var prevHash: String
        private let at: DatabaseValue
        private let actor: DatabaseValue
        private let insert: Statement
        /// The transaction's connection, for the street's outbox (`StreetOutbox.enqueue`).
        private unowned let db: Database

        init(actor: Int64?, at: Date, in db: Database) throws {
            self.db = db
            let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))
            nextID = (last?["id"] ?? 0) + 1
            prevHash = last?["hash"] ?? genesisHash
            self.at = at.databaseValue
            self.actor = actor.databaseValue
            insert = try db.cachedStatement(sql: """
                INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, detail, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        }

        /// Chains `event` after the previous row and inserts it.
        mutating func append(_ event: AuditEvent) throws {
            try StoredText.refuseNUL(event.detail)
            let values: [DatabaseValue] = [
                nextID.databaseValue, at, actor, event.action.databaseValue,
                event.entity.databaseValue, event.entityID.databaseValue, try detailJSON(event.detail).databaseValue,
            ]
            let hash = chainHash(prevHash: prevHash, values: values)
            try insert.execute(arguments: StatementArguments(values + [prevHash.databaseValue, hash.databaseValue]))
            try StreetOutbox.enqueue(event, auditID: nextID, at: at, in: db)
            nextID += 1
            prevHash = hash
            appended += 1
        }
    }

    /// The detail as JSON with sorted keys, so the same detail always gives the same text.
    ///
    /// The same bytes `JSONEncoder` writes with `.sortedKeys` and `.withoutEscapingSlashes`
    /// (AuditLogWriterTests compares them), written by hand: `JSONEncoder` cost more a row than
    /// the SHA-256 and the insert together. A detail with a key whose order might differ from
    /// `JSONEncoder`'s (anything but lowercase ASCII letters, `.` and `_`) goes to `JSONEncoder` itself.
    static func detailJSON(_ detail: [String: String]) throws -> String {
        guard detail.keys.allSatisfy(isPlainKey) else { return try encodedJSON(detail) }
        var out = "{"
        for (index, key) in detail.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if index > 0 { out += "," }
            appendQuoted(key, to: &out)
            out += ":"
            appendQuoted(detail[key]!, to: &out)
        }
        out += "}"
        return out
    }

    static func encodedJSON(_ detail: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(detail), as: UTF8.self)
    }

    /// Lowercase ASCII letters, `.` and `_`: sorted the same by bytes and by any collation.
    private static func isPlainKey(_ key: String) -> Bool {
        key.utf8.allSatisfy { (0x61...0x7a).contains($0) || $0 == 0x2e || $0 == 0x5f }
    }

    /// `text` as a JSON string: `"` and `\` escaped, control characters as `JSONEncoder` writes them.
    private static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5c }) {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case _ where scalar.value < 0x20:
                    let hex = Array("0123456789abcdef")
                    out += "\\u00" + String(hex[Int(scalar.value >> 4)]) + String(hex[Int(scalar.value & 0xf)])
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    // MARK: - Chain

    /// SHA-256, in lowercase hex, of `prevHash` then the canonical form of `values`.
    static func chainHash(prevHash: String, values: [DatabaseValue]) -> String {
        var sha = SHA256()
        sha.update(data: Array(prevHash.utf8))
        sha.update(data: Array(canonical(values).utf8))
        return hex(sha.finalize())
    }

    /// Lowercase hex of `bytes`, by table: `check` hashes every row of the log, and formatting
    /// each byte with `String(format:)` cost more than the SHA-256 itself.
    static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Each value tagged with its storage class and, for text, its length: no two rows collide.
    static func canonical(_ values: [DatabaseValue]) -> String {
        values.map { value -> String in
            switch value.storage {
            case .null: return "n;"
            case .int64(let int): return "i\(int);"
            case .double(let double): return "d\(double.bitPattern);"
            case .string(let text): return "s\(text.utf8.count):\(text);"
            case .blob(let data): return "b\(data.count):\(data.base64EncodedString());"
            }
        }.joined()
    }

    /// Walks the whole log in id order and reports the first row whose links or hash disagree.
    static func verify(in db: Database) throws -> AuditChainReport {
        let columns = (chainedColumns + ["prev_hash", "hash"]).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM audit_log ORDER BY id")
        var expectedPrev = genesisHash
        var count = 0
        while let row = try rows.next() {
            count += 1
            let values = chainedColumns.map { row[$0] as DatabaseValue }
            let stored: String? = row["hash"]
            let linked = (row["prev_hash"] as String?) == expectedPrev
            if !linked || stored != chainHash(prevHash: expectedPrev, values: values) {
                let brokenID: Int64 = row["id"]
                return AuditChainReport(count: try countRows(db), firstBrokenID: brokenID)
            }
            expectedPrev = stored ?? ""
        }
        return AuditChainReport(count: count, firstBrokenID: nil)
    }

    /// The last row's id and hash (0 and the genesis hash for an empty log).
    static func head(in db: Database) throws -> AuditChainHead {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))
        return AuditChainHead(count: Int(last?["id"] as Int64? ?? 0), hash: last?["hash"] ?? genesisHash)
    }

    private static func countRows(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") ?? 0
    }

    /// The newest `limit` rows, newest first.
    static func entries(limit: Int, in db: Database) throws -> [AuditEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", arguments: [limit])
            .map(AuditEntry.init(row:))
    }
}
