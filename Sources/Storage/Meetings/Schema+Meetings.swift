import Domain
import GRDB

/// The `v36-meetings-decisions` step: meetings of 议事协商 (实施意见 二(五)) with the committee's
/// people who attended and their numbered decisions, all append-only, and the decision a points
/// deduction rests on (`points_entry.decision_id`, 附件三 积分规则说明 3).
extension Schema {
    static func createMeetings(_ db: Database) throws {
        let kinds = MeetingKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE meeting (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
                place TEXT NOT NULL CHECK (length(trim(place)) > 0),
                topic TEXT NOT NULL CHECK (length(trim(topic)) > 0),
                outside_parties TEXT NOT NULL,
                recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                recorded_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX meeting_by_date ON meeting(date);
            CREATE TABLE meeting_attendee (
                meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
                person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                position INTEGER NOT NULL CHECK (position >= 1),
                PRIMARY KEY (meeting_id, person_id)
            ) STRICT;
            CREATE TABLE meeting_decision (
                id INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
                number INTEGER NOT NULL CHECK (number >= 1),
                text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                UNIQUE (meeting_id, number)
            ) STRICT;
            ALTER TABLE points_entry ADD COLUMN decision_id INTEGER REFERENCES meeting_decision(id) ON DELETE RESTRICT;
            """ + ["meeting", "meeting_attendee", "meeting_decision"].map(appendOnlyFunds).joined())
    }
}
