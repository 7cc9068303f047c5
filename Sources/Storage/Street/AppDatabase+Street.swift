import Domain
import Foundation
import GRDB

/// How far the committee's exchange with its street office has gone.
public struct StreetSyncState: Sendable, Equatable {
    /// The last outbox `seq` the street acknowledged.
    public var sentSeq: Int64
    /// The last street decision pulled.
    public var decisionCursor: Int64
    /// Items still waiting to go up.
    public var pending: Int
    public var syncedAt: Date?
    /// The last sync's refusal or fault, in Chinese; nil after a clean sync.
    public var problem: String?
}

/// The committee's side of the street exchange: the outbox read in order, what was acknowledged,
/// and the street's decisions applied once each, in the committee's own transactions.
extension AppDatabase {
    // MARK: - Up

    /// Outbox items not yet acknowledged, oldest first, at most `limit`.
    public func streetPending(limit: Int = 1_000) throws -> [StreetItem] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT seq, kind, entity_id, detail, audit_id FROM street_outbox
                WHERE seq > (SELECT sent_seq FROM street_sync) ORDER BY seq LIMIT ?
                """, arguments: [limit]).map {
                StreetItem(seq: $0["seq"], kind: $0["kind"], entityID: $0["entity_id"], detail: $0["detail"], auditRow: $0["audit_id"])
            }
        }
    }

    /// The sync's state: cursors, how many wait, when it last went through and any problem.
    public func streetSyncState() throws -> StreetSyncState {
        try pool.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT sent_seq, decision_cursor, synced_at, problem,
                       (SELECT count(*) FROM street_outbox WHERE seq > s.sent_seq) AS pending
                FROM street_sync s
                """)!
            return StreetSyncState(sentSeq: row["sent_seq"], decisionCursor: row["decision_cursor"], pending: row["pending"],
                                   syncedAt: row["synced_at"], problem: row["problem"])
        }
    }

    /// Records that the street holds every item up to `seq` (never moves back), and a clean sync at `at`.
    public func markStreetSent(through seq: Int64, at: Date) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE street_sync SET sent_seq = max(sent_seq, ?), synced_at = ?, problem = NULL",
                           arguments: [seq, at])
        }
    }

    /// Keeps the last sync's problem (nil clears it), for the status bar and `sync` to say.
    public func recordStreetProblem(_ message: String?) throws {
        try pool.write { db in try db.execute(sql: "UPDATE street_sync SET problem = ?", arguments: [message]) }
    }

    /// The hash of audit row `count` (the genesis hash for 0), nil when the log has no such row:
    /// what the street compares with the head it holds.
    public func auditHash(atRow count: Int) throws -> String? {
        if count == 0 { return AuditLog.genesisHash }
        return try pool.read { db in try String.fetchOne(db, sql: "SELECT hash FROM audit_log WHERE id = ?", arguments: [count]) }
    }

    // MARK: - Down

    /// Applies a decision pulled from the street once: a pass records the street's 审核 and 审批
    /// (v30's two records) under its number, recorded by `actor` (the 书记 who connected the
    /// committee); a return is kept with its reason. Returns what happened in Chinese, nil when
    /// the decision was applied before. One transaction: a crash leaves it all to the next pull.
    @discardableResult
    public func applyStreetDecision(_ decision: StreetDecision, by actor: Int64, at: Date, rules: RuleSet) throws -> String? {
        try audited(by: actor, at: at) { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM street_inbox WHERE decision_id = ?)",
                                 arguments: [decision.id]) ?? false {
                return (nil, [AuditEvent(action: "street.decision.again", entity: "expense", entityID: decision.expenseID,
                                         detail: ["decision": String(decision.id)])])
            }
            let (outcome, events) = try Self.applyOrKeep(decision, by: actor, at: at, rules: rules, in: db)
            try db.execute(sql: """
                INSERT INTO street_inbox (decision_id, expense_id, kind, number, reason, reviewer, date, received_at, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [decision.id, decision.expenseID, decision.kind.rawValue, decision.number, decision.reason,
                                 decision.reviewer, decision.date.iso, at, outcome])
            try db.execute(sql: "UPDATE street_sync SET decision_cursor = max(decision_cursor, ?)", arguments: [decision.id])
            return (outcome, events)
        }
    }

    /// `apply`, or, when the committee's records refuse it (the expense was closed meanwhile), the
    /// refusal kept as the decision's outcome: a decision that cannot be recorded never blocks the next.
    private static func applyOrKeep(_ decision: StreetDecision, by actor: Int64, at: Date, rules: RuleSet,
                                    in db: Database) throws -> (String, [AuditEvent]) {
        var result: (String, [AuditEvent])?
        do {
            try db.inSavepoint {
                result = try apply(decision, by: actor, at: at, rules: rules, in: db)
                return .commit
            }
        } catch let error as StorageError {
            let outcome = StreetText.unapplied(decision.expenseID, reason: error.message)
            result = (outcome, [.expense("street.decision.unapplied", decision.expenseID, ["reason": error.message])])
        }
        return result!
    }

    /// The committee's records for `decision`: the street's two steps for a pass, none for a return.
    private static func apply(_ decision: StreetDecision, by actor: Int64, at: Date, rules: RuleSet,
                              in db: Database) throws -> (String, [AuditEvent]) {
        let id = decision.expenseID
        guard decision.kind == .passed else {
            return (StreetText.returned(id, reason: decision.reason),
                    [.expense("street.return", id, ["reason": decision.reason, "reviewer": decision.reviewer, "date": decision.date.iso])])
        }
        try PersonTable.require(.recordStreetReview, by: actor, in: db)
        let review = StreetReview(reviewer: decision.reviewer, reference: decision.number, date: decision.date)
        try requireReviewable(try record(id, rules: rules, in: db).1, rules: rules)
        try FundTables.insertReview(review, expense: id, by: actor, at: at, in: db)
        let approval = StreetApproval(approver: decision.reviewer, reference: decision.number, date: decision.date)
        try requireStreetApprovable(try record(id, rules: rules, in: db).1, on: decision.date, rules: rules)
        try FundTables.insertStreetApproval(approval, expense: id, by: actor, at: at, in: db)
        let detail = ["reviewer": decision.reviewer, "reference": decision.number, "date": decision.date.iso, "source": "street"]
        var approved = detail
        approved["approver"] = approved.removeValue(forKey: "reviewer")
        return (StreetText.passed(id, number: decision.number),
                [.expense("expense.review", id, detail), .expense("expense.street-approval", id, approved)])
    }
}
