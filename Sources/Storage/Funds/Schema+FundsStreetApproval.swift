import Domain
import GRDB

/// The street's 审批 as its own step after its 审核 (附件一 三(二) "审核后，按街道、镇相关程序审批"; issue 19).
extension Schema {
    // MARK: - v30

    /// Creates `street_approval` (one per reviewed expense, append-only) and marks every street review
    /// entered before it as `one_step`: it was entered as the whole street route, so it keeps counting
    /// for both steps and says so (`StreetReview.oneStep`). New reviews are entered with `one_step = 0`
    /// unless imported from a file without the 审批 column. The append-only triggers of `street_review`
    /// are lifted only for the marking and put back at once.
    static func addStreetApprovalStep(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE street_approval (
                expense_id INTEGER PRIMARY KEY REFERENCES street_review(expense_id) ON DELETE RESTRICT,
                approver TEXT NOT NULL CHECK (length(trim(approver)) > 0),
                reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
                date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                created_at TEXT NOT NULL
            ) STRICT;
            ALTER TABLE street_review ADD COLUMN one_step INTEGER NOT NULL DEFAULT 0 CHECK (one_step IN (0, 1));
            DROP TRIGGER street_review_no_update;
            DROP TRIGGER street_review_no_delete;
            UPDATE street_review SET one_step = 1;
            """ + appendOnlyFunds("street_review") + appendOnlyFunds("street_approval"))
    }
}
