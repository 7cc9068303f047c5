import Domain
import Foundation
import GRDB

/// The sandbox mark (练习库): a database made for training, on which drills may start.
extension AppDatabase {
    /// Why no drill may start or be checked here (`DrillGate`: in practice mode, on a 练习库 or on
    /// practice data drills may), or nil.
    public func drillRefusal(practice: Bool) throws -> String? {
        DrillGate.refusal(practice: practice, sandbox: try isSandbox() || isDemoData())
    }

    /// Whether the database carries the sandbox mark.
    public func isSandbox() throws -> Bool {
        try pool.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sandbox_mark)") ?? false }
    }

    /// Marks a database that holds no business records yet as a sandbox; a database with real
    /// records is refused (a mark must never make a committee's own file a drill ground).
    public func markSandbox(by actor: Int64?, at: Date) throws {
        try audited(by: actor, at: at) { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sandbox_mark)") == true {
                return ((), [AuditEvent(action: "sandbox.mark.again", entity: "sandbox_mark", entityID: 1, detail: [:])])
            }
            let tables = ["household", "reception", "visit", "duty_shift", "expense", "points_entry"]
            let count = try tables.reduce(0) { $0 + (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($1)") ?? 0) }
            if count > 0 { throw StorageError(.notPermitted, DrillGate.hasRecords) }
            try db.execute(sql: "INSERT INTO sandbox_mark (id, marked_at, marked_by) VALUES (1, ?, ?)", arguments: [at, actor])
            return ((), [AuditEvent(action: "sandbox.mark", entity: "sandbox_mark", entityID: 1, detail: [:])])
        }
    }
}
