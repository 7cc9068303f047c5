import Domain
import GRDB

/// The v8 funds tables: verbal approvals of emergency spending (先行支出), and batch applications
/// with their instalments (集中申请、分批报销), both marking rows of `expense`. Append-only like the
/// other funds tables: nothing recorded is ever changed.
extension Schema {
    // MARK: - v8

    static func createFundsPlan(_ db: Database) throws {
        try db.execute(sql: verbalApprovalTable + batchTables
            + ["verbal_approval", "batch_application", "batch_instalment"].map(appendOnlyFunds).joined())
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

    private static let batchTables = """
        CREATE TABLE batch_application (
            expense_id INTEGER PRIMARY KEY REFERENCES expense(id) ON DELETE RESTRICT
        ) STRICT;
        CREATE TABLE batch_instalment (
            expense_id INTEGER PRIMARY KEY REFERENCES expense(id) ON DELETE RESTRICT,
            batch_id INTEGER NOT NULL REFERENCES batch_application(expense_id) ON DELETE RESTRICT
                CHECK (batch_id <> expense_id)
        ) STRICT;
        CREATE INDEX batch_instalment_batch ON batch_instalment(batch_id);

        """
}
