import Domain
import Foundation
import GRDB

/// The sandbox mark (练习库): a database made for training, on which drills may start.
extension AppDatabase {
    /// Why no drill may start or be checked here (`DrillGate`: only on a database with the sandbox
    /// mark), or nil.
    public func drillRefusal() throws -> String? {
        DrillGate.refusal(sandbox: try isSandbox())
    }

    /// Whether the database carries the sandbox mark.
    public func isSandbox() throws -> Bool {
        try pool.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sandbox_mark)") ?? false }
    }

    /// Marks practice mode's sandbox, a database of demo data it made or opened, as a 练习库 (once);
    /// a database without demo data is refused. Only `PracticeSandbox` calls this.
    public func markPracticeSandbox(at: Date) throws {
        guard try !isSandbox() else { return }
        guard try isDemoData() else { throw StorageError(.notPermitted, DrillGate.notSandbox) }
        try audited(by: nil, at: at) { db in
            try db.execute(sql: "INSERT INTO sandbox_mark (id, marked_at, marked_by) VALUES (1, ?, NULL)", arguments: [at])
            return ((), [AuditEvent(action: "sandbox.mark", entity: "sandbox_mark", entityID: 1, detail: ["practice": "1"])])
        }
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
