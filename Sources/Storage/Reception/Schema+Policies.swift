import Domain
import GRDB

/// The policy library's tables: the items, their FTS5 trigram index and the starter library.
extension Schema {
    /// `v5-policies`: creates the tables and loads the starter library (sample content) into them.
    static func createPolicies(_ db: Database) throws {
        try db.execute(sql: policyItemTable + policyIndex)
        for item in try PolicyLibraryFile.bundledSample() {
            try PolicyTable.insert(item, in: db)
        }
    }

    /// One row per service item; the long lists (materials, steps) are stored one entry a line.
    /// `pinyin_keys` holds the title's pinyin search keys separated by spaces.
    private static let policyItemTable = """
        CREATE TABLE policy_item (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL UNIQUE CHECK (length(title) BETWEEN 1 AND \(PolicyItem.maxTitleLength) AND title = trim(title)),
            line_of_business TEXT NOT NULL CHECK (length(trim(line_of_business)) > 0),
            eligibility TEXT NOT NULL CHECK (length(trim(eligibility)) > 0),
            materials TEXT NOT NULL,
            procedure TEXT NOT NULL CHECK (length(trim(procedure)) > 0),
            legal_basis TEXT NOT NULL,
            department TEXT NOT NULL CHECK (length(trim(department)) > 0),
            location TEXT NOT NULL,
            last_checked TEXT NOT NULL CHECK (last_checked GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
            is_sample INTEGER NOT NULL CHECK (is_sample IN (0, 1)),
            pinyin_keys TEXT NOT NULL
        ) STRICT;

        """

    /// The trigram index finds any substring of three characters or more in any text column; it
    /// is kept in step with `policy_item` by triggers (an external-content FTS5 table).
    private static let policyIndex = """
        CREATE VIRTUAL TABLE policy_fts USING fts5(
            title, line_of_business, eligibility, materials, procedure, legal_basis, department, location,
            content = 'policy_item', content_rowid = 'id', tokenize = 'trigram'
        );
        CREATE TRIGGER policy_fts_insert AFTER INSERT ON policy_item BEGIN
            INSERT INTO policy_fts(rowid, \(ftsColumns)) VALUES (new.id, \(ftsValues("new")));
        END;
        CREATE TRIGGER policy_fts_delete AFTER DELETE ON policy_item BEGIN
            INSERT INTO policy_fts(policy_fts, rowid, \(ftsColumns)) VALUES ('delete', old.id, \(ftsValues("old")));
        END;
        CREATE TRIGGER policy_fts_update AFTER UPDATE ON policy_item BEGIN
            INSERT INTO policy_fts(policy_fts, rowid, \(ftsColumns)) VALUES ('delete', old.id, \(ftsValues("old")));
            INSERT INTO policy_fts(rowid, \(ftsColumns)) VALUES (new.id, \(ftsValues("new")));
        END;
        """

    private static let ftsColumns =
        "title, line_of_business, eligibility, materials, procedure, legal_basis, department, location"

    private static func ftsValues(_ row: String) -> String {
        ftsColumns.split(separator: ",").map { "\(row).\($0.trimmingCharacters(in: .whitespaces))" }
            .joined(separator: ", ")
    }
}
