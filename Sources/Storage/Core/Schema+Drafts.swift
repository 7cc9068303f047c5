import GRDB

/// The `v16-drafts-form-draft` step: what a person has typed into an open form and not saved yet,
/// one row per person and form, replaced as they type and removed when the form is saved or
/// cancelled. A draft is scratch, not a record: it is never audited (writing it every second would
/// bury the audit chain) and it never holds a PIN (the program leaves secret fields out).
extension Schema {
    static func createFormDrafts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE form_draft (
                person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                form_key TEXT NOT NULL CHECK (length(form_key) > 0),
                tab TEXT NOT NULL CHECK (length(tab) > 0),
                body TEXT NOT NULL CHECK (json_valid(body)),
                saved_at TEXT NOT NULL,
                PRIMARY KEY (person_id, form_key)
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
