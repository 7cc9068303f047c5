import Domain
import Foundation
import GRDB

/// Whether each payee is a 单位 or a 个人 (`PayeeKind`), recorded the first time a payee is used on
/// an expense and never changed in place (both tables are append-only): a correction is a new
/// `payee_correction` row, and the latest one is what the books and the disclosure read.
enum PayeeTable {
    /// A payee's kind as read: its latest correction, else its first answer.
    private static let latestKind = """
        COALESCE((SELECT c.kind FROM payee_correction c WHERE c.payee_id = p.id ORDER BY c.id DESC LIMIT 1), p.kind)
        """

    /// Every payee recorded, by name, with its latest kind.
    static func kinds(in db: Database) throws -> [String: PayeeKind] {
        var kinds: [String: PayeeKind] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT p.name, \(latestKind) AS kind FROM payee p") {
            if let kind = PayeeKind(rawValue: row["kind"]) { kinds[row["name"]] = kind }
        }
        return kinds
    }

    /// The latest kind of `name`, nil for a payee never asked.
    static func kind(of name: String, in db: Database) throws -> PayeeKind? {
        try String.fetchOne(db, sql: "SELECT \(latestKind) FROM payee p WHERE p.name = ?", arguments: [name])
            .flatMap(PayeeKind.init(rawValue:))
    }

    /// Records the request's payee with its kind when it is new, and returns the audit event; a known
    /// payee keeps the kind it has. A new payee without a kind is refused when `required` (the screen),
    /// and left unrecorded otherwise (an import, whose file has no such column: the disclosure says 未登记).
    static func remember(_ request: ExpenseRequest, required: Bool, by actor: Int64, at: Date, in db: Database) throws -> AuditEvent? {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM payee WHERE name = ?", arguments: [request.payee]) == true { return nil }
        guard let kind = request.payeeKind else {
            if required { throw StorageError(.invalidInput, PayeeKind.needed(request.payee)) }
            return nil
        }
        try db.execute(sql: "INSERT INTO payee (name, kind, recorded_by, created_at) VALUES (?, ?, ?, ?)",
                       arguments: [request.payee, kind.rawValue, actor, at])
        return AuditEvent(action: "payee.kind", entity: "payee", entityID: db.lastInsertedRowID,
                          detail: ["name": request.payee, "kind": kind.rawValue])
    }

    /// Writes `c` as a new row pointing at the payee's first answer, or as that first answer for a payee
    /// never asked; returns the audit event (who is the audit row's actor, when its time, why its `reason`).
    static func correct(_ c: PayeeCorrection, by actor: Int64, at: Date, in db: Database) throws -> AuditEvent {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM payee WHERE name = ?", arguments: [c.payee]) else {
            try db.execute(sql: "INSERT INTO payee (name, kind, recorded_by, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [c.payee, c.kind.rawValue, actor, at])
            return AuditEvent(action: "payee.kind", entity: "payee", entityID: db.lastInsertedRowID,
                              detail: ["name": c.payee, "kind": c.kind.rawValue, "reason": c.reason])
        }
        try db.execute(sql: "INSERT INTO payee_correction (payee_id, kind, reason, recorded_by, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [id, c.kind.rawValue, c.reason, actor, at])
        return AuditEvent(action: "payee.correct", entity: "payee_correction", entityID: db.lastInsertedRowID,
                          detail: ["payee_id": String(id), "name": c.payee, "kind": c.kind.rawValue, "reason": c.reason])
    }
}
