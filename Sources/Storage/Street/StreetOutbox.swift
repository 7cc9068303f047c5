import Foundation
import GRDB

/// The outbox of what the street office must see (居账街管, issue 20): filled by the audit log's
/// writer in the same transaction as the change itself, so nothing saved can be missing from it.
///
/// The funds' own write paths need no hook of their own: every request, approval, street step,
/// payment and reversal already writes its audit event, and the event is what travels.
enum StreetOutbox {
    /// The audit actions the street must see: the expense's route and the 专账's entries.
    static let carried: Set<String> = [
        "expense.request", "expense.approve", "expense.refuse", "expense.verbal", "expense.case",
        "expense.review", "expense.street-approval", "ledger.payment", "ledger.reversal",
    ]

    /// Queues `event` (written as audit row `auditID`) when the street must see it. A request
    /// carries its 项目 and its requester's name too, read from the row just written, for the
    /// street's review list (a reviewer of the same name may not pass it).
    static func enqueue(_ event: AuditEvent, auditID: Int64, at: DatabaseValue, in db: Database) throws {
        guard carried.contains(event.action) else { return }
        var detail = event.detail
        if event.action == "expense.request", let id = event.entityID {
            let row = try Row.fetchOne(db, sql: """
                SELECT e.project, p.name FROM expense e JOIN person p ON p.id = e.requester_id WHERE e.id = ?
                """, arguments: [id])
            detail["project"] = row?[0]
            detail["requester"] = row?[1]
        }
        try db.execute(sql: """
            INSERT INTO street_outbox (audit_id, kind, entity_id, detail, created_at) VALUES (?, ?, ?, ?, ?)
            """, arguments: [auditID, event.action, event.entityID, try AuditLog.encodedJSON(detail), at])
    }
}
