import Domain
import GRDB

/// The v10 step of the schema: the points card (附件三) — the lines only a person can judge, the
/// secretary's signature and the amendments after it.
///
/// Computed items (visits, duty, and later reception and online replies) are never stored: they
/// are read from their records each time. A signature keeps the whole card as signed (`lines`,
/// JSON of `[PointsLine]`), so later records never change a signed card (积分规则说明 4). An
/// amendment is a new row with the lines after it; nothing here is updated or deleted, and no
/// line is added to a month once it is signed.
extension Schema {
    static func createPoints(_ db: Database) throws {
        try db.execute(sql: pointsEntryTable + pointsSignatureTable + pointsAmendmentTable + pointsImportedTotalTable + pointsTriggers)
    }

    private static let monthCheck = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'"

    private static var pointsEntryTable: String {
        let items = PointsSources.manualItems.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return """
            CREATE TABLE points_entry (
                id INTEGER PRIMARY KEY,
                worker_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                month TEXT NOT NULL CHECK (month \(monthCheck)),
                item TEXT NOT NULL CHECK (item IN (\(items))),
                line TEXT NOT NULL CHECK (json_valid(line)),
                entered_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                entered_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX points_entry_by_month ON points_entry(month, worker_id);

            """
    }

    private static let pointsSignatureTable = """
        CREATE TABLE points_signature (
            worker_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            month TEXT NOT NULL CHECK (month \(monthCheck)),
            lines TEXT NOT NULL CHECK (json_valid(lines)),
            signed_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            signer_name TEXT NOT NULL CHECK (length(signer_name) > 0),
            signed_on TEXT NOT NULL CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            signed_at TEXT NOT NULL,
            PRIMARY KEY (worker_id, month)
        ) STRICT;

        """

    private static let pointsAmendmentTable = """
        CREATE TABLE points_amendment (
            id INTEGER PRIMARY KEY,
            worker_id INTEGER NOT NULL,
            month TEXT NOT NULL,
            lines TEXT NOT NULL CHECK (json_valid(lines)),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            author_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            author_name TEXT NOT NULL CHECK (length(author_name) > 0),
            amended_on TEXT NOT NULL CHECK (amended_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            amended_at TEXT NOT NULL,
            FOREIGN KEY (worker_id, month) REFERENCES points_signature(worker_id, month) ON DELETE RESTRICT
        ) STRICT;
        CREATE INDEX points_amendment_by_card ON points_amendment(worker_id, month, id);

        """

    /// Other committees' signed yearly totals, imported by the street office from their exports.
    private static let pointsImportedTotalTable = """
        CREATE TABLE points_imported_total (
            id INTEGER PRIMARY KEY,
            street_office TEXT NOT NULL CHECK (length(street_office) > 0),
            committee TEXT NOT NULL CHECK (length(committee) > 0),
            name TEXT NOT NULL CHECK (length(name) > 0),
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
            months INTEGER NOT NULL CHECK (months BETWEEN 0 AND 12),
            total INTEGER NOT NULL,
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            imported_at TEXT NOT NULL,
            UNIQUE (committee, name, year)
        ) STRICT;
        CREATE TRIGGER points_imported_total_no_update BEFORE UPDATE ON points_imported_total
        BEGIN SELECT RAISE(ABORT, 'imported totals are kept as imported'); END;
        CREATE TRIGGER points_imported_total_no_delete BEFORE DELETE ON points_imported_total
        BEGIN SELECT RAISE(ABORT, 'imported totals are kept as imported'); END;

        """

    private static let pointsTriggers = """
        CREATE TRIGGER points_entry_no_update BEFORE UPDATE ON points_entry
        BEGIN SELECT RAISE(ABORT, 'points lines are never edited in place'); END;
        CREATE TRIGGER points_entry_no_delete BEFORE DELETE ON points_entry
        BEGIN SELECT RAISE(ABORT, 'points lines are never deleted'); END;
        CREATE TRIGGER points_entry_not_after_signing BEFORE INSERT ON points_entry
        WHEN EXISTS (SELECT 1 FROM points_signature WHERE worker_id = NEW.worker_id AND month = NEW.month)
        BEGIN SELECT RAISE(ABORT, 'a signed card takes amendments, not new lines'); END;
        CREATE TRIGGER points_signature_no_update BEFORE UPDATE ON points_signature
        BEGIN SELECT RAISE(ABORT, 'a signature is final'); END;
        CREATE TRIGGER points_signature_no_delete BEFORE DELETE ON points_signature
        BEGIN SELECT RAISE(ABORT, 'a signature is final'); END;
        CREATE TRIGGER points_amendment_no_update BEFORE UPDATE ON points_amendment
        BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;
        CREATE TRIGGER points_amendment_no_delete BEFORE DELETE ON points_amendment
        BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;
        """
}
