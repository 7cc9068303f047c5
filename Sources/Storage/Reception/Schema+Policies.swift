import Domain
import GRDB

/// The policy library's tables: the items, their FTS5 trigram index and the starter library.
extension Schema {
    /// `v5-policies`: creates the tables and loads the starter library (sample content) into them.
    static func createPolicies(_ db: Database) throws {
        try db.execute(sql: policyItemTable + policyIndex(v5IndexColumns))
        for item in try PolicyLibraryFile.bundledSample() {
            try PolicyTable.insertAsV5(item, in: db)
        }
    }

    /// `v25-policy-aliases`: each item gains its common short names (the starter library's items
    /// those of the shipped file) and the pinyin of its text, and the index covers both, so that
    /// 长护险 and `dibao` find what a Chinese search for the same words finds.
    static func addPolicyAliases(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER policy_fts_insert; DROP TRIGGER policy_fts_delete; DROP TRIGGER policy_fts_update;
            DROP TABLE policy_fts;
            ALTER TABLE policy_item ADD COLUMN aliases TEXT NOT NULL DEFAULT '';
            ALTER TABLE policy_item ADD COLUMN pinyin_text TEXT NOT NULL DEFAULT '';
            """)
        let samples = Dictionary(try PolicyLibraryFile.bundledSample().map { ($0.title, $0) }) { first, _ in first }
        // The columns as this step leaves them, written out (not `PolicyTable`'s, which follow the latest
        // schema), so a later step that adds a column cannot break this one on an old database.
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, title, line_of_business, eligibility, materials, procedure, legal_basis, department, location,
                   last_checked, is_sample FROM policy_item
            """)
        for row in rows {
            func lines(_ column: String) -> [String] { (row[column] as String).split(separator: "\n").map(String.init) }
            let title: String = row["title"], isSample: Bool = row["is_sample"]
            let item = PolicyItem(title: title, aliases: isSample ? samples[title]?.aliases ?? [] : [],
                                  lineOfBusiness: row["line_of_business"], eligibility: row["eligibility"],
                                  materials: lines("materials"), procedure: lines("procedure"), legalBasis: row["legal_basis"],
                                  department: row["department"], location: row["location"],
                                  lastChecked: LocalDate(iso: row["last_checked"]) ?? LocalDate(dayNumber: 0), isSample: isSample)
            try db.execute(sql: "UPDATE policy_item SET aliases = ?, pinyin_keys = ?, pinyin_text = ? WHERE id = ?",
                           arguments: [item.aliases.joined(separator: "\n"), item.pinyinKeys.joined(separator: " "),
                                       item.pinyinText.joined(separator: " "), row["id"] as Int64])
        }
        try db.execute(sql: policyIndex(PolicySearch.indexedColumns) + "INSERT INTO policy_fts(policy_fts) VALUES ('rebuild');")
    }

    /// One row per service item; the long lists (materials, steps) are stored one entry a line.
    /// `pinyin_keys` holds the title's pinyin search keys separated by spaces (and, since
    /// `v25-policy-aliases`, its aliases'; `pinyin_text` those of the rest of its text).
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

    /// The trigram index finds any substring of three characters or more in any of `columns`; it
    /// is kept in step with `policy_item` by triggers (an external-content FTS5 table).
    private static func policyIndex(_ columns: [String]) -> String {
        let names = columns.joined(separator: ", ")
        func values(_ row: String) -> String { columns.map { "\(row).\($0)" }.joined(separator: ", ") }
        return """
            CREATE VIRTUAL TABLE policy_fts USING fts5(
                \(names),
                content = 'policy_item', content_rowid = 'id', tokenize = 'trigram'
            );
            CREATE TRIGGER policy_fts_insert AFTER INSERT ON policy_item BEGIN
                INSERT INTO policy_fts(rowid, \(names)) VALUES (new.id, \(values("new")));
            END;
            CREATE TRIGGER policy_fts_delete AFTER DELETE ON policy_item BEGIN
                INSERT INTO policy_fts(policy_fts, rowid, \(names)) VALUES ('delete', old.id, \(values("old")));
            END;
            CREATE TRIGGER policy_fts_update AFTER UPDATE ON policy_item BEGIN
                INSERT INTO policy_fts(policy_fts, rowid, \(names)) VALUES ('delete', old.id, \(values("old")));
                INSERT INTO policy_fts(rowid, \(names)) VALUES (new.id, \(values("new")));
            END;

            """
    }

    /// The columns `v5-policies` indexed: the text, without aliases or pinyin.
    private static let v5IndexColumns =
        ["title", "line_of_business", "eligibility", "materials", "procedure", "legal_basis", "department", "location"]
}
