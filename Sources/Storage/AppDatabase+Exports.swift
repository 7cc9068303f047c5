import Domain
import Foundation
import GRDB

/// Residents' data read out of the program (an export, a printed slip) leaves a row in the audit
/// log: who, what and how many rows, and where it went; never the data itself.
extension AppDatabase {
    /// The audit action of an export of `what` (`export.visits`, `export.receptions`, …).
    static func exportAction(_ what: String) -> String { "export.\(what)" }

    /// Writes that `actor` exported `rows` records of `what` to `destination` (a file's path, or
    /// 标准输出) at `at`. An inactive or unknown actor is refused.
    public func noteExported(_ what: String, rows: Int, to destination: String, by actor: Int64, at: Date) throws {
        try audited(by: actor, at: at) { db in
            let person = try PersonTable.require(actor, in: db)
            guard person.isActive else { throw StorageError(.notPermitted, StorageMessages.personInactive) }
            let detail = ["what": what, "rows": String(rows), "to": destination]
            return ((), [AuditEvent(action: Self.exportAction(what), entity: "export", entityID: nil, detail: detail)])
        }
    }

    /// The exports recorded, newest first: when, who, what, how many rows and where to.
    public func exportLog(limit: Int = 100) throws -> [ExportLogEntry] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.at, a.action, a.detail, COALESCE(p.name, '') AS who
                FROM audit_log a LEFT JOIN person p ON p.id = a.actor_id
                WHERE a.action LIKE 'export.%' ORDER BY a.id DESC LIMIT ?
                """, arguments: [limit])
            return rows.map { row in
                let detail = (try? JSONDecoder().decode([String: String].self, from: Data((row["detail"] as String).utf8))) ?? [:]
                return ExportLogEntry(at: row["at"], who: row["who"], what: detail["what"] ?? "",
                                      rows: Int(detail["rows"] ?? "") ?? 0, destination: detail["to"] ?? "")
            }
        }
    }
}

/// One export as the audit log keeps it.
public struct ExportLogEntry: Sendable, Equatable {
    public var at: Date
    public var who: String
    public var what: String
    public var rows: Int
    public var destination: String
}
