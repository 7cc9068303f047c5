import Domain
import GRDB

/// The v2 step of the schema: the households registry with its tags, and the visit records.
///
/// A visit keeps its instant (`at`, UTC) and its Shanghai day (`day`), written together from
/// `ShanghaiCalendar`, so that "this month" is a plain comparison on `day` and a visit at 23:30
/// on the last evening of a month stays in that month. Visits are append-only; households are
/// never deleted.
extension Schema {
    static func createVisitsHouseholds(_ db: Database) throws {
        try db.execute(sql: householdTable + householdTagTable + visitTable + visitTriggers)
    }

    private static let householdTable = """
        CREATE TABLE household (
            id INTEGER PRIMARY KEY,
            room TEXT NOT NULL UNIQUE CHECK (length(room) > 0 AND room = trim(room)),
            head TEXT NOT NULL DEFAULT '' CHECK (head = trim(head)),
            members TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '' CHECK (phone NOT GLOB '*[^0-9]*'),
            zone TEXT CHECK (zone IS NULL OR (length(zone) > 0 AND zone = trim(zone))),
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TRIGGER household_no_delete BEFORE DELETE ON household
        BEGIN SELECT RAISE(ABORT, 'households are kept, never deleted'); END;

        """

    private static let householdTagTable = """
        CREATE TABLE household_tag (
            household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE RESTRICT,
            tag TEXT NOT NULL CHECK (length(tag) > 0 AND tag = trim(tag)),
            position INTEGER NOT NULL CHECK (position >= 0),
            PRIMARY KEY (household_id, tag)
        ) STRICT, WITHOUT ROWID;

        """

    private static var visitTable: String {
        let kinds = VisitKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return """
            CREATE TABLE visit (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
                worker_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE RESTRICT,
                resident_name TEXT NOT NULL CHECK (length(resident_name) > 0 AND resident_name = trim(resident_name)),
                members TEXT NOT NULL DEFAULT '',
                reason TEXT NOT NULL CHECK (length(reason) > 0 AND reason = trim(reason)),
                difficulty TEXT NOT NULL DEFAULT '',
                remark TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX visit_by_day ON visit(day, worker_id);
            CREATE INDEX visit_by_household ON visit(household_id, day);

            """
    }

    private static let visitTriggers = """
        CREATE TRIGGER visit_no_update BEFORE UPDATE ON visit
        BEGIN SELECT RAISE(ABORT, 'visit records are append-only'); END;
        CREATE TRIGGER visit_no_delete BEFORE DELETE ON visit
        BEGIN SELECT RAISE(ABORT, 'visit records are append-only'); END;
        """

    // MARK: - v3: corrections

    /// A correction is a new visit row naming the row it replaces (`corrects`), with its reason and
    /// the person who corrected it; a row is corrected at most once, so the versions form a chain
    /// whose last link is the one lists and the quota count. Earlier rows stay as they were.
    static func addVisitCorrections(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE visit ADD COLUMN corrects INTEGER REFERENCES visit(id) ON DELETE RESTRICT;
            ALTER TABLE visit ADD COLUMN correction_reason TEXT NOT NULL DEFAULT '';
            ALTER TABLE visit ADD COLUMN corrected_by INTEGER REFERENCES person(id) ON DELETE RESTRICT;
            CREATE UNIQUE INDEX visit_corrected_once ON visit(corrects) WHERE corrects IS NOT NULL;
            CREATE TRIGGER visit_correction_complete BEFORE INSERT ON visit
            WHEN (NEW.corrects IS NULL) != (NEW.corrected_by IS NULL)
              OR (NEW.corrects IS NULL) != (length(trim(NEW.correction_reason)) = 0)
            BEGIN SELECT RAISE(ABORT, 'a correction names the record, its reason and who corrected it'); END;
            """)
    }
}
