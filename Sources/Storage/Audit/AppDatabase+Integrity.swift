import Foundation
import GRDB

/// SQLite's own checks of the file: every page and index sound, every foreign key resolved.
extension AppDatabase {
    /// One Chinese line per problem that `PRAGMA integrity_check` and `PRAGMA foreign_key_check`
    /// find; empty when the file is sound.
    public func integrityProblems() throws -> [String] {
        try explainingFileFailures { try pool.read { db in try Self.integrityProblems(in: db) } }
    }

    static func integrityProblems(in db: Database) throws -> [String] {
        let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        var problems = lines == ["ok"] ? [] : lines.map(SafetyText.integrityProblem)
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            problems.append(SafetyText.foreignKeyProblem(table: row[0], rowID: row[1], parent: row[2]))
        }
        return problems
    }
}
