import Domain
import GRDB

/// The off-hours duty tables (migration `v4-duty`): shifts, the workers on them, their sign-ins
/// (append-only), recurring templates, swaps and the published service hours.
extension Schema {
    static func createDuty(_ db: Database) throws {
        try db.execute(sql: dutyTemplate + dutyShift + dutyAssignment + dutySign + dutySwap + dutyHours)
    }

    private static var kinds: String { ShiftKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") }
    private static var stages: String { ShiftSwap.Stage.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") }

    private static let dutyTemplate = """
        CREATE TABLE duty_template (
            id INTEGER PRIMARY KEY,
            weekday INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 1 AND 7),
            every_weeks INTEGER NOT NULL DEFAULT 1 CHECK (every_weeks BETWEEN 1 AND 4),
            anchor TEXT CHECK ((weekday IS NULL) = (anchor IS NULL)),
            start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
            end_min INTEGER NOT NULL CHECK (end_min > start_min AND end_min <= 1439),
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE duty_template_worker (
            template_id INTEGER NOT NULL REFERENCES duty_template(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            PRIMARY KEY (template_id, person_id)
        ) STRICT, WITHOUT ROWID;

        """

    private static var dutyShift: String {
        """
        CREATE TABLE duty_shift (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
            end_min INTEGER NOT NULL CHECK (end_min > start_min AND end_min <= 1439),
            kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
            template_id INTEGER REFERENCES duty_template(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            UNIQUE (date, start_min, end_min)
        ) STRICT;
        CREATE INDEX duty_shift_date ON duty_shift(date);

        """
    }

    private static let dutyAssignment = """
        CREATE TABLE duty_assignment (
            id INTEGER PRIMARY KEY,
            shift_id INTEGER NOT NULL REFERENCES duty_shift(id) ON DELETE RESTRICT,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            swapped_from INTEGER REFERENCES person(id) ON DELETE RESTRICT,
            UNIQUE (shift_id, person_id)
        ) STRICT;
        CREATE TRIGGER duty_assignment_signed_is_fixed BEFORE UPDATE ON duty_assignment
        WHEN EXISTS (SELECT 1 FROM duty_sign WHERE assignment_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'a signed duty assignment is never changed'); END;

        """

    private static let dutySign = """
        CREATE TABLE duty_sign (
            id INTEGER PRIMARY KEY,
            assignment_id INTEGER NOT NULL REFERENCES duty_assignment(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL CHECK (kind IN ('in', 'out')),
            at TEXT NOT NULL,
            UNIQUE (assignment_id, kind)
        ) STRICT;
        CREATE TRIGGER duty_sign_no_update BEFORE UPDATE ON duty_sign
        BEGIN SELECT RAISE(ABORT, 'duty_sign is append-only'); END;
        CREATE TRIGGER duty_sign_no_delete BEFORE DELETE ON duty_sign
        BEGIN SELECT RAISE(ABORT, 'duty_sign is append-only'); END;

        """

    private static var dutySwap: String {
        """
        CREATE TABLE duty_swap (
            id INTEGER PRIMARY KEY,
            assignment_id INTEGER NOT NULL REFERENCES duty_assignment(id) ON DELETE RESTRICT,
            shift_id INTEGER NOT NULL REFERENCES duty_shift(id) ON DELETE RESTRICT,
            from_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            to_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT CHECK (to_id <> from_id),
            stage TEXT NOT NULL CHECK (stage IN (\(stages))),
            decided_by INTEGER REFERENCES person(id) ON DELETE RESTRICT,
            asked_at TEXT NOT NULL
        ) STRICT;
        CREATE TRIGGER duty_swap_closed_is_fixed BEFORE UPDATE ON duty_swap
        WHEN OLD.stage NOT IN ('asked', 'accepted')
        BEGIN SELECT RAISE(ABORT, 'a decided swap is never changed'); END;

        """
    }

    private static let dutyHours = """
        CREATE TABLE duty_hours (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            hours TEXT NOT NULL CHECK (json_valid(hours)),
            published_at TEXT NOT NULL
        ) STRICT;
        """
}
