import Foundation
import GRDB

/// What the audit log says against the rows it describes, for `check`: rows deleted from the
/// end of a table, rows added without an audit entry (or whose entry was deleted), and signed
/// points cards whose stored lines are not the lines their signing entry recorded.
///
/// The chain proves the log is whole only as far as its last row: a log cut short or recomputed
/// by hand is found from outside, by the head printed on reports (`verifyAuditHead`).
extension AppDatabase {
    /// Tables whose every insert, on every path (screens, imports, the demo generator), writes an
    /// audit entry naming the new row's id as `entity_id` under the table's own name.
    static let auditedTables = ["expense", "ledger_entry", "points_amendment"]

    /// One Chinese line per row the audit log and the tables disagree about; empty when they agree.
    public func auditCoverageProblems() throws -> [String] {
        try explainingFileFailures { try pool.read { db in try Self.auditCoverageProblems(in: db) } }
    }

    static func auditCoverageProblems(in db: Database) throws -> [String] {
        try newestRowProblems(in: db) + signedCardProblems(in: db)
    }

    /// For each audited table: the newest row the log names must still exist (rows deleted from
    /// the end), no row may be newer than the newest the log names (a row added around the log,
    /// or the log's last rows deleted), and the log must name as many rows as the table holds
    /// (a row deleted from the middle). One grouped pass over the log, then a count a table.
    static func newestRowProblems(in db: Database) throws -> [String] {
        let list = auditedTables.map { "'\($0)'" }.joined(separator: ", ")
        let named = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
            SELECT entity, max(entity_id) AS newest, count(DISTINCT entity_id) AS rows FROM audit_log
            WHERE entity IN (\(list)) AND entity_id IS NOT NULL GROUP BY entity
            """).map { ($0["entity"] as String, (newest: $0["newest"] as Int64, rows: $0["rows"] as Int)) })
        var problems: [String] = []
        for table in auditedTables {
            let stored = try Row.fetchOne(db, sql: "SELECT max(id) AS newest, count(*) AS rows FROM \(table)")
            let newestRow: Int64? = stored?["newest"], rows: Int = stored?["rows"] ?? 0
            let before = problems.count
            if let audited = named[table]?.newest,
               try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [audited]) ?? false) {
                problems.append(SafetyText.auditedRowMissing(table: table, id: audited, newest: newestRow))
            }
            if let newestRow, newestRow > named[table]?.newest ?? 0 {
                problems.append(SafetyText.rowWithoutAudit(table: table, id: newestRow, audited: named[table]?.newest))
            }
            if problems.count == before, rows != named[table]?.rows ?? 0 {
                problems.append(SafetyText.rowCountDiffers(table: table, rows: rows, audited: named[table]?.rows ?? 0))
            }
        }
        return problems
    }

    /// Each signing entry (`points.sign`) and amendment entry (`points.amend`) recorded the
    /// card's lines: the stored signature and amendment must hold those lines (an entry written
    /// without lines only needs its row), and there must be no more signatures than signing entries.
    static func signedCardProblems(in db: Database) throws -> [String] {
        var problems: [String] = []
        let signatures = try Row.fetchAll(db, sql: """
            SELECT a.id AS audit, a.entity_id AS worker, json_extract(a.detail, '$.month') AS month,
                   s.lines IS NOT NULL AS present,
                   coalesce(s.lines = json_extract(a.detail, '$.lines'), s.lines IS NOT NULL AND json_extract(a.detail, '$.lines') IS NULL) AS same
            FROM audit_log a
            LEFT JOIN points_signature s ON s.worker_id = a.entity_id AND s.month = json_extract(a.detail, '$.month')
            WHERE a.action = 'points.sign'
            """)
        for row in signatures where !(row["same"] as Bool? ?? false) {
            problems.append(SafetyText.signedCardDiffers(worker: row["worker"], month: row["month"], audit: row["audit"],
                                                             missing: !(row["present"] as Bool)))
        }
        let stored = try Int.fetchOne(db, sql: "SELECT count(*) FROM points_signature") ?? 0
        if stored > signatures.count { problems.append(SafetyText.signaturesWithoutAudit(stored: stored, audited: signatures.count)) }
        for row in try Row.fetchAll(db, sql: """
            SELECT a.id AS audit, a.entity_id AS amendment FROM audit_log a
            LEFT JOIN points_amendment m ON m.id = a.entity_id
            WHERE a.action = 'points.amend'
              AND (m.lines IS NULL OR m.lines IS NOT coalesce(json_extract(a.detail, '$.lines'), m.lines))
            """) {
            problems.append(SafetyText.amendmentDiffers(id: row["amendment"], audit: row["audit"]))
        }
        return problems
    }
}

extension AppDatabase {
    /// Problems with the history up to `head` (a chain head printed on an earlier report): its
    /// row must still be there with the same hash and the chain up to it must hold. A log
    /// recomputed by hand after a change, or cut short, is found this way; nothing inside the
    /// file alone can tell. Empty when nothing up to `head` was changed or removed.
    ///
    /// `walkChain` false leaves the walk of the chain to the caller (`check` walks it once for all
    /// its checks and reports a break anywhere); only the row and its hash are read then.
    public func verifyAuditHead(_ head: AuditChainHead, walkChain: Bool = true) throws -> [String] {
        try explainingFileFailures {
            try pool.read { db in
                guard head.count > 0 else { return [] }
                guard let hash = try String.fetchOne(db, sql: "SELECT hash FROM audit_log WHERE id = ?", arguments: [head.count]) else {
                    let rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") ?? 0
                    return [SafetyText.headRowMissing(count: head.count, rows: rows)]
                }
                if hash != head.hash { return [SafetyText.headHashDiffers(count: head.count)] }
                guard walkChain else { return [] }
                let chain = try AuditLog.verify(in: db)
                if let broken = chain.firstBrokenID, broken <= head.count {
                    return [SafetyText.headChainBroken(at: broken, count: head.count)]
                }
                return []
            }
        }
    }
}
