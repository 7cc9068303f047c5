import GRDB

/// The `v38-kiosk-notice-withdrawal` step: a notice taken off the touch screen before its last
/// day is a row of its own that points at it (who, when, why), never a change of the notice.
extension Schema {
    static func createKioskNoticeWithdrawal(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE kiosk_notice_withdrawal (
                notice_id INTEGER PRIMARY KEY REFERENCES kiosk_notice(id) ON DELETE RESTRICT,
                reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 60),
                withdrawn_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                withdrawn_at TEXT NOT NULL
            ) STRICT;
            CREATE TRIGGER kiosk_notice_withdrawal_no_update BEFORE UPDATE ON kiosk_notice_withdrawal
            BEGIN SELECT RAISE(ABORT, 'kiosk_notice_withdrawal is append-only'); END;
            CREATE TRIGGER kiosk_notice_withdrawal_no_delete BEFORE DELETE ON kiosk_notice_withdrawal
            BEGIN SELECT RAISE(ABORT, 'kiosk_notice_withdrawal is append-only'); END;
            """)
    }
}
