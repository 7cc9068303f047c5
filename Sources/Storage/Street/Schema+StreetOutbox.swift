import GRDB

/// What travels between the committee and its street office's server (居账街管, issue 20).
extension Schema {
    // MARK: - v33

    /// `street_outbox`: one row per change the street must see, written in the same transaction as
    /// the change (`StreetOutbox.enqueue`, called from the audit log's writer); its `seq` is the
    /// committee's sequence number, sent in order. `street_inbox`: each decision pulled from the
    /// street, once (its id is the street's). `street_sync`: how far both directions have gone.
    static func createStreetOutbox(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE street_outbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                audit_id INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (length(kind) > 0),
                entity_id INTEGER,
                detail TEXT NOT NULL CHECK (json_valid(detail)),
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE street_inbox (
                decision_id INTEGER PRIMARY KEY,
                expense_id INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('pass', 'return')),
                number TEXT NOT NULL,
                reason TEXT NOT NULL,
                reviewer TEXT NOT NULL,
                date TEXT NOT NULL,
                received_at TEXT NOT NULL,
                outcome TEXT NOT NULL
            ) STRICT;
            CREATE TABLE street_sync (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                sent_seq INTEGER NOT NULL DEFAULT 0,
                decision_cursor INTEGER NOT NULL DEFAULT 0,
                synced_at TEXT,
                problem TEXT
            ) STRICT;
            INSERT INTO street_sync (id) VALUES (1);
            """)
    }
}
