import Domain
import Foundation
import GRDB

/// Whether each payee is a 单位 or a 个人 (`PayeeKind`), recorded the first time a payee is used on
/// an expense and never changed (the table is append-only); the disclosure reads it.
enum PayeeTable {
    /// Every payee recorded, by name.
    static func kinds(in db: Database) throws -> [String: PayeeKind] {
        var kinds: [String: PayeeKind] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, kind FROM payee") {
            if let kind = PayeeKind(rawValue: row["kind"]) { kinds[row["name"]] = kind }
        }
        return kinds
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
}
