import Domain
import GRDB

/// The v8 funds tables: verbal approvals of emergency spending (先行支出). Append-only like the
/// other funds tables: a recorded approval is never changed.
extension Schema {
    // MARK: - v8

    static func createFundsPlan(_ db: Database) throws {
        try db.execute(sql: verbalApprovalTable + appendOnlyFunds("verbal_approval"))
    }

    private static let verbalApprovalTable = """
        CREATE TABLE verbal_approval (
            expense_id INTEGER PRIMARY KEY REFERENCES expense(id) ON DELETE RESTRICT,
            approver TEXT NOT NULL CHECK (length(trim(approver)) > 0 AND approver = trim(approver)),
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
            recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            created_at TEXT NOT NULL
        ) STRICT;

        """
}
