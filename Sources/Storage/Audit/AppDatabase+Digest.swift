import Crypto
import Foundation
import GRDB

/// A fingerprint of everything a database holds, to show that two files hold the same records
/// (the demo generator's "same seed, same data").
extension AppDatabase {
    /// SHA-256 (hex) over every row of every table, tables by name and rows in column order;
    /// the full-text indexes are left out (derived from `policy_item` and the reception log).
    public func contentDigest() throws -> String {
        try pool.read { db in
            var sha = SHA256()
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT LIKE 'policy_fts%' AND name NOT LIKE 'reception_fts%' AND name <> 'grdb_migrations' ORDER BY name
                """)
            for table in tables {
                let columns = try db.columns(in: table).count
                let order = (1...columns).map(String.init).joined(separator: ", ")
                sha.update(data: Array("table \(table);".utf8))
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY \(order)")
                while let row = try rows.next() {
                    sha.update(data: Array(AuditLog.canonical(Array(row.databaseValues)).utf8))
                }
            }
            return sha.finalize().map { String(format: "%02x", $0) }.joined()
        }
    }
}
