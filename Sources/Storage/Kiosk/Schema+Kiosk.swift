import GRDB

/// The `v34-kiosk-profile-notices-ratings` step, for the residents' touch screen (电子触摸屏):
/// the committee's profile (社区概况; each save a new row, the newest shown), its notices
/// (社区动态), one rating (评价) per reception record, and bookings made at the screen, which
/// no worker made: the appointment table is rebuilt so that `booked_by` may be NULL for them.
extension Schema {
    /// `booked_by` as `v9-appointments` wrote it, and as it is from this step on.
    private static let bookedByWorker = "booked_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT"
    private static let bookedByWorkerOrKiosk = "booked_by INTEGER REFERENCES person(id) ON DELETE RESTRICT"

    static func createKiosk(_ db: Database) throws {
        try rebuild("appointment", replacing: bookedByWorker, with: bookedByWorkerOrKiosk, in: db)
        try db.execute(sql: """
            CREATE TABLE kiosk_profile (
                id INTEGER PRIMARY KEY,
                address TEXT NOT NULL,
                area TEXT NOT NULL,
                households TEXT NOT NULL,
                team TEXT NOT NULL,
                saved_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                saved_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE kiosk_notice (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 40),
                date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                body TEXT NOT NULL,
                until TEXT NOT NULL CHECK (until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND until >= date),
                posted_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                posted_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX kiosk_notice_until ON kiosk_notice(until);
            CREATE TABLE reception_rating (
                reception_id INTEGER PRIMARY KEY REFERENCES reception(id) ON DELETE RESTRICT,
                level TEXT NOT NULL CHECK (level IN ('满意', '基本满意', '不满意')),
                reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 20),
                rated_at TEXT NOT NULL
            ) STRICT;
            CREATE TRIGGER reception_rating_no_update BEFORE UPDATE ON reception_rating
            BEGIN SELECT RAISE(ABORT, 'reception_rating is append-only'); END;
            """)
    }
}
