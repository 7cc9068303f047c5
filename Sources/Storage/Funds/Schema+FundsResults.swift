import Domain
import GRDB

/// The v13 funds table: dated entries on the progress and results of the year's projects
/// (附件一 四(一)), for the disclosure reports. Append-only like the other funds tables: a later
/// entry completes or corrects an earlier one, which stays.
extension Schema {
    // MARK: - v13

    static func createFundsResults(_ db: Database) throws {
        let funds = FundKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let kinds = ProjectNote.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE project_note (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL CHECK (year = CAST(substr(date, 1, 4) AS INTEGER)),
                fund TEXT NOT NULL CHECK (fund IN (\(funds))),
                project TEXT NOT NULL CHECK (length(trim(project)) > 0 AND project = trim(project)),
                kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX project_note_year ON project_note(year, fund, project);

            """ + appendOnlyFunds("project_note"))
    }
}
