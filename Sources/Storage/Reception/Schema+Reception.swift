import Domain
import GRDB

/// The `v7-reception` step: the 首问接待记录册 and what is added to a record afterwards.
///
/// A record is written once and never changed or deleted; its signature, its reply and its
/// corrections are rows of their own that point at it (one signature and one reply at most), so
/// a signed record keeps its original content beside every amendment. The linked policy item is
/// kept by id and by title without a foreign key, so that `import policies --replace` may drop
/// an item that old records used and they still read as they were written.
extension Schema {
    static func createReception(_ db: Database) throws {
        try db.execute(sql: receptionTable + signatureTable + replyTable + amendmentTable + appendOnly)
    }

    static var outcomes: String { ReceptionOutcome.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") }
    static let day = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"

    private static var receptionTable: String {
        """
        CREATE TABLE reception (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            day TEXT NOT NULL CHECK (day \(day)),
            worker_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            resident_name TEXT NOT NULL CHECK (length(resident_name) > 0 AND resident_name = trim(resident_name)),
            room TEXT NOT NULL DEFAULT '' CHECK (room = trim(room)),
            phone TEXT NOT NULL DEFAULT '' CHECK (phone NOT GLOB '*[^0-9]*'),
            category TEXT NOT NULL CHECK (length(category) > 0),
            policy_id INTEGER,
            policy_title TEXT NOT NULL DEFAULT '',
            question TEXT NOT NULL CHECK (length(question) > 0),
            action_taken TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL CHECK (outcome IN (\(outcomes))),
            department TEXT NOT NULL DEFAULT '',
            reply_due TEXT CHECK (reply_due IS NULL OR reply_due \(day)),
            created_at TEXT NOT NULL,
            CHECK ((outcome = 'awaitingReply') = (reply_due IS NOT NULL))
        ) STRICT;
        CREATE INDEX reception_by_day ON reception(day, worker_id);
        CREATE INDEX reception_by_policy ON reception(policy_id) WHERE policy_id IS NOT NULL;
        CREATE INDEX reception_waiting ON reception(reply_due) WHERE reply_due IS NOT NULL;

        """
    }

    private static let signatureTable = """
        CREATE TABLE reception_signature (
            reception_id INTEGER PRIMARY KEY REFERENCES reception(id) ON DELETE RESTRICT,
            at TEXT NOT NULL,
            by_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT
        ) STRICT;

        """

    private static var replyTable: String {
        let satisfaction = Satisfaction.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return """
            CREATE TABLE reception_reply (
                reception_id INTEGER PRIMARY KEY REFERENCES reception(id) ON DELETE RESTRICT,
                at TEXT NOT NULL,
                by_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                satisfaction TEXT NOT NULL CHECK (satisfaction IN (\(satisfaction)))
            ) STRICT;

            """
    }

    /// An amendment keeps the whole corrected content as JSON (a `ReceptionDraft`).
    private static let amendmentTable = """
        CREATE TABLE reception_amendment (
            id INTEGER PRIMARY KEY,
            reception_id INTEGER NOT NULL REFERENCES reception(id) ON DELETE RESTRICT,
            at TEXT NOT NULL,
            by_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            content TEXT NOT NULL CHECK (json_valid(content))
        ) STRICT;
        CREATE INDEX reception_amendment_by_record ON reception_amendment(reception_id, id);

        """

    private static var appendOnly: String {
        ["reception", "reception_signature", "reception_reply", "reception_amendment"].map { table in
            """
            CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) rows are append-only'); END;
            CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) rows are append-only'); END;

            """
        }.joined()
    }
}
