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
