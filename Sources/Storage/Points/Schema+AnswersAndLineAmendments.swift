import GRDB

/// The `v12-gaps48-answers-line-amendments` step.
///
/// 1. A platform question may be recorded before it is answered: its answer comes later as a row
///    of `online_reply_answer` (one at most, never changed, refused for a question recorded with
///    its answer). `online_reply_current` reads each question with its answer, whichever way it
///    came, so the list, the waiting list and the points card read one shape.
/// 2. An amendment of a signed points card may change or strike one line: `change` says which
///    ('add', 'change', 'strike'; NULL for the older whole-card amendments) and `line_index`
///    points at the line of the signed card it is about.
extension Schema {
    static func addAnswersAndLineAmendments(_ db: Database) throws {
        try db.execute(sql: onlineReplyAnswerTable + onlineReplyCurrentView + pointsAmendmentTarget)
    }

    private static let onlineReplyAnswerTable = """
        CREATE TABLE online_reply_answer (
            reply_id INTEGER PRIMARY KEY REFERENCES online_reply(id) ON DELETE RESTRICT,
            answer TEXT NOT NULL CHECK (length(trim(answer)) > 0),
            answerer_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            answered_at TEXT NOT NULL,
            satisfied INTEGER CHECK (satisfied IS NULL OR satisfied IN (0, 1)),
            entered_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TRIGGER online_reply_answer_once BEFORE INSERT ON online_reply_answer
        WHEN EXISTS (SELECT 1 FROM online_reply WHERE id = NEW.reply_id AND answer <> '')
        BEGIN SELECT RAISE(ABORT, 'this question was recorded with its answer'); END;
        CREATE TRIGGER online_reply_answer_no_update BEFORE UPDATE ON online_reply_answer
        BEGIN SELECT RAISE(ABORT, 'online_reply_answer rows are append-only'); END;
        CREATE TRIGGER online_reply_answer_no_delete BEFORE DELETE ON online_reply_answer
        BEGIN SELECT RAISE(ABORT, 'online_reply_answer rows are append-only'); END;

        """

    private static let onlineReplyCurrentView = """
        CREATE VIEW online_reply_current AS
        SELECT o.id, o.received_at, o.day, o.channel, o.question,
               COALESCE(x.answer, o.answer) AS answer,
               COALESCE(x.answerer_id, o.answerer_id) AS answerer_id,
               COALESCE(x.answered_at, o.answered_at) AS answered_at,
               CASE WHEN x.reply_id IS NULL THEN o.satisfied ELSE x.satisfied END AS satisfied,
               o.entered_by, o.created_at
        FROM online_reply o LEFT JOIN online_reply_answer x ON x.reply_id = o.id;

        """

    private static let pointsAmendmentTarget = """
        ALTER TABLE points_amendment ADD COLUMN change TEXT CHECK (change IS NULL OR change IN ('add', 'change', 'strike'));
        ALTER TABLE points_amendment ADD COLUMN line_index INTEGER CHECK (line_index IS NULL OR line_index >= 0);
        """
}
