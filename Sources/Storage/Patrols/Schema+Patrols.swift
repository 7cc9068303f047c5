import Domain
import GRDB

/// The `v37-patrols-findings` step: patrols of 网格巡查 (实施意见 二(四)) with who walked them and
/// what they found, and each finding's closing as a row of its own; nothing is changed or removed.
extension Schema {
    static func createPatrols(_ db: Database) throws {
        let categories = FindingCategory.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let handlings = FindingHandling.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE patrol (
                id INTEGER PRIMARY KEY,
                date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
                zone TEXT NOT NULL CHECK (length(trim(zone)) > 0),
                buildings TEXT NOT NULL,
                recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                recorded_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX patrol_by_date ON patrol(date);
            CREATE TABLE patrol_member (
                patrol_id INTEGER NOT NULL REFERENCES patrol(id) ON DELETE RESTRICT,
                person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                position INTEGER NOT NULL CHECK (position >= 1),
                PRIMARY KEY (patrol_id, person_id)
            ) STRICT;
            CREATE TABLE patrol_finding (
                id INTEGER PRIMARY KEY,
                patrol_id INTEGER NOT NULL REFERENCES patrol(id) ON DELETE RESTRICT,
                category TEXT NOT NULL CHECK (category IN (\(categories))),
                place TEXT NOT NULL CHECK (length(trim(place)) > 0),
                problem TEXT NOT NULL CHECK (length(trim(problem)) > 0),
                handling TEXT NOT NULL CHECK (handling IN (\(handlings))),
                case_number TEXT CHECK (case_number IS NULL OR length(trim(case_number)) > 0),
                meeting_id INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
                CHECK ((handling = 'gridCentre') = (case_number IS NOT NULL)),
                CHECK (handling = 'meeting' OR meeting_id IS NULL)
            ) STRICT;
            CREATE INDEX patrol_finding_by_patrol ON patrol_finding(patrol_id);
            CREATE TABLE finding_closure (
                finding_id INTEGER PRIMARY KEY REFERENCES patrol_finding(id) ON DELETE RESTRICT,
                date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
                outcome TEXT NOT NULL CHECK (length(trim(outcome)) > 0),
                closed_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                closed_at TEXT NOT NULL
            ) STRICT;
            """ + ["patrol", "patrol_member", "patrol_finding", "finding_closure"].map(appendOnlyFunds).joined())
    }
}
