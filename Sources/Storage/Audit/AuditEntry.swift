import Foundation
import GRDB

/// One row of the audit log, as read back for display or checking.
public struct AuditEntry: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var at: Date
    /// The person who made the change; nil for the first-run setup.
    public var actorID: Int64?
    /// What happened, such as `person.add` or `login.failed`.
    public var action: String
    /// The kind of record changed, such as `person` or `committee`.
    public var entity: String
    public var entityID: Int64?
    /// The change's details as JSON text with sorted keys.
    public var detail: String
    public var prevHash: String
    public var hash: String

    init(row: Row) {
        id = row["id"]
        at = row["at"]
        actorID = row["actor_id"]
        action = row["action"]
        entity = row["entity"]
        entityID = row["entity_id"]
        detail = row["detail"]
        prevHash = row["prev_hash"]
        hash = row["hash"]
    }
}

/// The result of walking the audit chain: how many rows, and the first one that does not fit.
public struct AuditChainReport: Sendable, Equatable {
    /// The number of rows in the log.
    public var count: Int
    /// The id of the first row whose link or hash is wrong; nil when the whole chain holds.
    public var firstBrokenID: Int64?

    public var isIntact: Bool { firstBrokenID == nil }

    public init(count: Int, firstBrokenID: Int64?) {
        self.count = count
        self.firstBrokenID = firstBrokenID
    }
}

/// Where the audit chain ends: how many rows it has and the hash of its last row.
///
/// Printed on every report and export so that a copy on paper or at the street office anchors the
/// history up to that row: `check --since` proves nothing before it was changed.
public struct AuditChainHead: Sendable, Equatable {
    /// The number of rows in the log (the last row's id; ids are 1, 2, 3, … without gaps).
    public var count: Int
    /// The last row's hash, 64 lowercase hex digits (64 zeros for an empty log).
    public var hash: String

    public init(count: Int, hash: String) {
        self.count = count
        self.hash = hash
    }

    /// The form printed on reports and read back by `check --since`: `12345:9f3a…` (count, colon, full hash).
    public var token: String { "\(count):\(hash)" }

    /// The head a `token` names, or nil when it is not `count:hash` with 64 hex digits.
    public init?(token: String) {
        let parts = token.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Int(parts[0]), count >= 0, parts[1].count == 64,
              parts[1].allSatisfy(\.isHexDigit) else { return nil }
        self.init(count: count, hash: parts[1].lowercased())
    }

    /// The refusal of a `--since` value that is not a token.
    public static func badTokenMessage(_ token: String) -> String { SafetyText.badHeadToken(token) }

    /// The line a report ends with.
    public var reportLine: String { "审计链：\(count) 行，末行哈希 \(hash)（可用 baishihui check --since \(token) 核对此后未被改写）" }
}
