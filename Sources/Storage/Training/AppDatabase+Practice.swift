import Foundation
import GRDB

/// What practice mode needs of a database: knowing it holds generated data, and being replaced
/// by a fresh copy while the program has it open.
extension AppDatabase {
    /// True when the database was made by the demo generator (its audit log says so): its records
    /// are fictional, and what is exported from it is marked 练习数据.
    public func isDemoData() throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = 'demo.generate')") ?? false
        }
    }

    /// Replaces everything this database holds with the contents of the database file at `path`
    /// (SQLite's online backup), so a practice sandbox can be reset while the program has it open.
    public func replaceContents(withFileAt path: String) throws {
        let source = try DatabaseQueue(path: path)
        try source.backup(to: pool)
        try source.close()
    }
}

extension AppDatabase {
    /// Whether the existing file at `path` holds demo data, read without changing it (no
    /// migration, read-only); nil when it cannot be read as a database.
    public static func fileHoldsDemoData(path: String) -> Bool? {
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return nil }
        defer { try? queue.close() }
        return try? queue.read { db in
            guard try db.tableExists("audit_log") else { return false }
            return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = 'demo.generate')") ?? false
        }
    }
}
