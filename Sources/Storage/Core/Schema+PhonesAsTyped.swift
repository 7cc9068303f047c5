import Domain
import GRDB

/// The `v26-phones-as-typed` step: a phone is kept as it was typed ("021-6234 5678", "+86 138…"),
/// so the CHECK of each phone column allows what `Phone.validate` allows: digits, spaces and
/// dashes, and one `+` at the start.
///
/// SQLite cannot change a CHECK in place: each table is rebuilt (SQLite's "other kinds of table
/// schema changes", as GRDB's migrator documents it): the new table is made from the stored
/// CREATE statement with the one CHECK replaced, the rows copied with their ids, the old table
/// dropped and the new one renamed, then its indexes and triggers made again. The migrator runs
/// the step with foreign keys off and checks them at its end.
extension Schema {
    /// The tables with a phone column, each checked as digits only before this step.
    static let phoneTables = ["household", "reception"]

    /// The CHECK of a phone column from `v26-phones-as-typed` on.
    static let phoneCheck = "CHECK (phone NOT GLOB '*[^0-9 +-]*' AND substr(phone, 2) NOT GLOB '*+*')"

    /// The CHECK it replaces, as `v2-visits-households` and `v7-reception` wrote it.
    private static let digitsOnlyCheck = "CHECK (phone NOT GLOB '*[^0-9]*')"

    static func allowPhonesAsTyped(_ db: Database) throws {
        for table in phoneTables {
            try rebuild(table, replacing: digitsOnlyCheck, with: phoneCheck, in: db)
        }
    }

    /// Rebuilds `table` with `old` replaced by `new` in its CREATE statement, keeping its rows,
    /// ids, indexes and triggers.
    static func rebuild(_ table: String, replacing old: String, with new: String, in db: Database) throws {
        let create = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                         arguments: [table]) ?? ""
        let prefix = "CREATE TABLE \(table) "
        guard create.contains(old), create.hasPrefix(prefix) else {
            throw DatabaseError(message: "rebuild \(table): its schema lacks \(old)")
        }
        let dependents = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL
            """, arguments: [table])
        let renamed = create.replacingOccurrences(of: old, with: new)
            .replacingOccurrences(of: prefix, with: "CREATE TABLE \(table)_rebuilt ")
        try db.execute(sql: renamed)
        try db.execute(sql: "INSERT INTO \(table)_rebuilt SELECT * FROM \(table)")
        try db.execute(sql: "DROP TABLE \(table)")
        // Other tables' triggers and views name the table: the legacy rename leaves them as written.
        try db.execute(sql: "PRAGMA legacy_alter_table = ON; ALTER TABLE \(table)_rebuilt RENAME TO \(table); PRAGMA legacy_alter_table = OFF")
        for statement in dependents { try db.execute(sql: statement) }
    }
}
