import GRDB

/// The appointment tables (migration `v9-appointments`): batch-intake days and the residents'
/// bookings. `reception_id` stays empty until the booking is turned into a reception record.
extension Schema {
    static func createAppointments(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE intake_day (
                id INTEGER PRIMARY KEY,
                date TEXT NOT NULL UNIQUE CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
                end_min INTEGER NOT NULL CHECK (end_min > start_min AND end_min <= 1439),
                matter TEXT NOT NULL CHECK (length(matter) > 0),
                slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 120),
                per_slot INTEGER NOT NULL CHECK (per_slot BETWEEN 1 AND 20),
                created_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE appointment (
                id INTEGER PRIMARY KEY,
                date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
                end_min INTEGER NOT NULL CHECK (end_min > start_min AND end_min <= 1439),
                resident_name TEXT NOT NULL CHECK (length(resident_name) > 0),
                room TEXT NOT NULL,
                phone TEXT NOT NULL,
                matter TEXT NOT NULL CHECK (length(matter) > 0),
                policy_id INTEGER,
                policy_title TEXT,
                intake_id INTEGER REFERENCES intake_day(id) ON DELETE RESTRICT,
                reception_id INTEGER,
                booked_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                booked_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX appointment_date ON appointment(date, start_min);
            """)
    }
}
