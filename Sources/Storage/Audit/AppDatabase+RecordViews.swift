import Domain
import Foundation
import GRDB

/// Who opened which resident's full details: each look is a row of the audit log (`view.household`,
/// `view.reception`, `view.visit`) naming the record and the viewer, never the details themselves,
/// so the log stays free of personal data; the secretary reads them back as the view log.
extension AppDatabase {
    /// The audit action of a look at a record of `kind`.
    static func viewAction(_ kind: ViewedRecord.Kind) -> String { "view.\(kind.rawValue)" }

    /// Writes that `actor` opened `record` at `at`.
    public func noteViewed(_ record: ViewedRecord, by actor: Int64, at: Date) throws {
        try audited(by: actor, at: at) { _ in
            ((), [AuditEvent(action: Self.viewAction(record.kind), entity: record.kind.rawValue, entityID: record.id, detail: [:])])
        }
    }

    /// The looks at residents' details, newest first (those of `month` in Shanghai, or all);
    /// only a secretary may read them.
    public func recordViews(month: Month?, by actor: Int64) throws -> [RecordViewEntry] {
        try pool.read { db in
            try PersonTable.require(.reviewViews, by: actor, in: db)
            var sql = """
                SELECT a.at, a.entity, a.entity_id, COALESCE(p.name, '') AS viewer
                FROM audit_log a LEFT JOIN person p ON p.id = a.actor_id
                WHERE a.action IN (\(ViewedRecord.Kind.allCases.map { "'\(Self.viewAction($0))'" }.joined(separator: ", ")))
                """
            var arguments: StatementArguments = []
            if let month {
                sql += " AND a.at >= ? AND a.at < ?"
                arguments = [ShanghaiCalendar.startOfDay(month.firstDay), ShanghaiCalendar.startOfDay(month.next.firstDay)]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY a.id DESC", arguments: arguments).compactMap { row in
                guard let kind = ViewedRecord.Kind(rawValue: row["entity"]) else { return nil }
                return RecordViewEntry(at: row["at"], viewer: row["viewer"], record: ViewedRecord(kind, row["entity_id"]))
            }
        }
    }
}

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
            guard person.isActive else { throw StorageError(.notPermitted, PeopleText.personInactive) }
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
