import Domain
import GRDB

/// The `v11-online-replies` step: questions received on the community platform and their answers
/// (线上反馈, 附件三). A row is written once and never changed or deleted, like the reception log;
/// an answer goes with its answerer and time, and a satisfaction only with an answer.
extension Schema {
    static func createOnlineReplies(_ db: Database) throws {
        try db.execute(sql: onlineReplyTable + onlineReplyAppendOnly)
    }

    private static var onlineReplyTable: String {
        """
        CREATE TABLE online_reply (
            id INTEGER PRIMARY KEY,
            received_at TEXT NOT NULL,
            day TEXT NOT NULL CHECK (day \(day)),
            channel TEXT NOT NULL CHECK (length(channel) > 0 AND channel = trim(channel)),
            question TEXT NOT NULL CHECK (length(question) > 0),
            answer TEXT NOT NULL DEFAULT '',
            answerer_id INTEGER REFERENCES person(id) ON DELETE RESTRICT,
            answered_at TEXT,
            satisfied INTEGER CHECK (satisfied IS NULL OR satisfied IN (0, 1)),
            entered_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            created_at TEXT NOT NULL,
            CHECK ((answer = '') = (answerer_id IS NULL) AND (answerer_id IS NULL) = (answered_at IS NULL)),
            CHECK (satisfied IS NULL OR answer <> '')
        ) STRICT;
        CREATE INDEX online_reply_by_day ON online_reply(day);

        """
    }

    private static let onlineReplyAppendOnly = """
        CREATE TRIGGER online_reply_no_update BEFORE UPDATE ON online_reply
        BEGIN SELECT RAISE(ABORT, 'online_reply rows are append-only'); END;
        CREATE TRIGGER online_reply_no_delete BEFORE DELETE ON online_reply
        BEGIN SELECT RAISE(ABORT, 'online_reply rows are append-only'); END;
        """
}
