import Domain
import Foundation
import GRDB

/// Importing a staff list read by `StaffImport`: all rows or none, in one transaction.
extension AppDatabase {
    /// Adds every row as a person without a PIN, or nothing at all.
    ///
    /// Throws `StaffImportFailure` listing each row whose name is already in the database (with
    /// its line), and `StorageError` if `actor` is not an active 书记. With `dryRun` everything
    /// is checked and written, then rolled back; the people it would add are returned either way.
    public func importStaff(_ rows: [StaffImport.Row], by actor: Int64, at: Date, dryRun: Bool) throws -> [Person] {
        try audited(by: actor, at: at, dryRun: dryRun) { db in
            try Self.requireCommittee(in: db)
            try PersonTable.require(.managePeople, by: actor, in: db)
            try Self.requireNewNames(rows, in: db)
            let people = try rows.map { row in
                try PersonTable.insert(name: row.name, roles: row.roles, zone: Self.normalized(zone: row.zone),
                                       pinHash: nil, at: at, in: db)
            }
            let summary = AuditEvent(action: "person.import", entity: "person", entityID: nil,
                                     detail: ["count": String(people.count)])
            return (people, [summary] + people.map { AuditEvent.personAdded($0, source: "import") })
        }
    }

    /// Throws a line-numbered failure for each row whose name a person in the database already has.
    private static func requireNewNames(_ rows: [StaffImport.Row], in db: Database) throws {
        let taken = try PersonTable.names(in: db)
        let problems = rows.filter { taken.contains($0.name) }.map {
            StaffImport.Problem(line: $0.line, message: PeopleText.importAlreadyInDatabase($0.name))
        }
        if !problems.isEmpty { throw StaffImportFailure(problems) }
    }
}
