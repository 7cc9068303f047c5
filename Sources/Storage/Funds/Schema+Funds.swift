import Domain
import GRDB

/// The funds tables (附件一): budgets, expense requests, decisions, street reviews and the ledger.
///
/// Every table is append-only: a trigger refuses UPDATE and DELETE, so an approved or paid row
/// can never be edited; a correction is a reversing ledger entry with its reason, and a budget
/// change is a new budget row (the latest one counts).
extension Schema {
    // MARK: - v3

    static func createFunds(_ db: Database) throws {
        try db.execute(sql: fundBudgetTable + expenseTable + decisionTable + reviewTable + ledgerTable
            + ["fund_budget", "expense", "expense_decision", "street_review", "ledger_entry"].map(appendOnly).joined())
    }

    private static var funds: String { FundKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") }
    private static let isoDate = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"

    private static var fundBudgetTable: String {
        """
        CREATE TABLE fund_budget (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
            fund TEXT NOT NULL CHECK (fund IN (\(funds))),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            set_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            created_at TEXT NOT NULL
        ) STRICT;

        """
    }

    private static var expenseTable: String {
        let categories = ExpenseCategory.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let payments = PaymentMethod.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return """
            CREATE TABLE expense (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL CHECK (year = CAST(substr(date, 1, 4) AS INTEGER)),
                date TEXT NOT NULL CHECK (date \(isoDate)),
                fund TEXT NOT NULL CHECK (fund IN (\(funds))),
                category TEXT NOT NULL CHECK (category IN (\(categories))),
                project TEXT NOT NULL CHECK (project = trim(project)),
                amount INTEGER NOT NULL CHECK (amount > 0),
                payee TEXT NOT NULL CHECK (length(trim(payee)) > 0),
                purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
                payment TEXT NOT NULL CHECK (payment IN (\(payments))),
                receipts TEXT NOT NULL DEFAULT '',
                spending_item TEXT,
                requester_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX expense_year ON expense(year, fund);

            """
    }

    private static var decisionTable: String {
        """
        CREATE TABLE expense_decision (
            id INTEGER PRIMARY KEY,
            expense_id INTEGER NOT NULL REFERENCES expense(id) ON DELETE RESTRICT,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            role TEXT NOT NULL CHECK (role IN ('\(Role.secretary.rawValue)', '\(Role.director.rawValue)')),
            approved INTEGER NOT NULL CHECK (approved IN (0, 1)),
            reason TEXT NOT NULL CHECK (approved = 1 OR length(trim(reason)) > 0),
            date TEXT NOT NULL CHECK (date \(isoDate)),
            created_at TEXT NOT NULL,
            UNIQUE (expense_id, person_id)
        ) STRICT;

        """
    }

    private static var reviewTable: String {
        """
        CREATE TABLE street_review (
            expense_id INTEGER PRIMARY KEY REFERENCES expense(id) ON DELETE RESTRICT,
            reviewer TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
            reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
            date TEXT NOT NULL CHECK (date \(isoDate)),
            recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            created_at TEXT NOT NULL
        ) STRICT;

        """
    }

    private static var ledgerTable: String {
        """
        CREATE TABLE ledger_entry (
            id INTEGER PRIMARY KEY,
            expense_id INTEGER NOT NULL REFERENCES expense(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL CHECK (kind IN ('payment', 'reversal')),
            amount INTEGER NOT NULL CHECK ((kind = 'payment' AND amount > 0) OR (kind = 'reversal' AND amount < 0)),
            date TEXT NOT NULL CHECK (date \(isoDate)),
            reason TEXT NOT NULL DEFAULT '' CHECK (kind = 'payment' OR length(trim(reason)) > 0),
            reverses_id INTEGER UNIQUE REFERENCES ledger_entry(id) ON DELETE RESTRICT
                CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL)),
            fund_spent_after INTEGER NOT NULL,
            recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX ledger_one_payment ON ledger_entry(expense_id) WHERE kind = 'payment';

        """
    }

    /// Triggers that refuse UPDATE and DELETE on `table`.
    static func appendOnlyFunds(_ table: String) -> String { appendOnly(table) }

    private static func appendOnly(_ table: String) -> String {
        """
        CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
        BEGIN SELECT RAISE(ABORT, '\(table) is append-only: correct with a new entry'); END;
        CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
        BEGIN SELECT RAISE(ABORT, '\(table) is append-only: correct with a new entry'); END;

        """
    }
}
