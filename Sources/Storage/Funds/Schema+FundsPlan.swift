import Domain
import GRDB

/// The v8 funds tables: verbal approvals of emergency spending (先行支出), batch applications
/// with their instalments (集中申请、分批报销), the year's plan with its revisions and its report to
/// a meeting, and the 一事一议 decisions of expenses outside it. Append-only like the
/// other funds tables: nothing recorded is ever changed.
extension Schema {
    // MARK: - v8

    static func createFundsPlan(_ db: Database) throws {
        try db.execute(sql: verbalApprovalTable + batchTables + planTables
            + ["verbal_approval", "batch_application", "batch_instalment", "plan_line", "plan_report", "case_decision"]
                .map(appendOnlyFunds).joined())
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

    private static var planTables: String {
        let funds = FundKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let categories = ExpenseCategory.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return """
            CREATE TABLE plan_line (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
                fund TEXT NOT NULL CHECK (fund IN (\(funds))),
                category TEXT NOT NULL CHECK (category IN (\(categories))),
                project TEXT NOT NULL CHECK (length(trim(project)) > 0 AND project = trim(project)),
                amount INTEGER NOT NULL CHECK (amount >= 0),
                revises_id INTEGER UNIQUE REFERENCES plan_line(id) ON DELETE RESTRICT,
                reason TEXT NOT NULL DEFAULT '' CHECK (revises_id IS NULL OR length(trim(reason)) > 0),
                set_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE plan_report (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
                meeting TEXT NOT NULL CHECK (meeting IN ('residents', 'party')),
                date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE case_decision (
                expense_id INTEGER PRIMARY KEY REFERENCES expense(id) ON DELETE RESTRICT,
                reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
                date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                created_at TEXT NOT NULL
            ) STRICT;

            """
    }
}
