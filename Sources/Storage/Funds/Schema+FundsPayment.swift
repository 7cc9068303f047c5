import Domain
import GRDB

/// What a payment records from this version on (附件一 三(三)): its 付款凭证号 and how it was paid, on the
/// ledger entry; and whether each payee is a 单位 or a 个人, asked when a payee is first used, for the
/// public disclosure. Payments written before keep NULL in both columns and stay readable; payees
/// used before have no row and are disclosed as 未登记, never guessed.
extension Schema {
    // MARK: - v28, v29

    /// Adds `ledger_entry.voucher` and `ledger_entry.method`; a new payment without either is refused.
    static func addPaymentVoucherMethod(_ db: Database) throws {
        let methods = PaymentMethod.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            ALTER TABLE ledger_entry ADD COLUMN voucher TEXT CHECK (voucher IS NULL OR length(trim(voucher)) > 0);
            ALTER TABLE ledger_entry ADD COLUMN method TEXT CHECK (method IS NULL OR method IN (\(methods)));
            CREATE TRIGGER ledger_payment_needs_voucher BEFORE INSERT ON ledger_entry
            WHEN NEW.kind = 'payment' AND (NEW.voucher IS NULL OR NEW.method IS NULL)
            BEGIN SELECT RAISE(ABORT, 'a payment needs its voucher number and method'); END;
            """)
    }

    /// Creates `payee`: each payee's name and whether it is a 单位 or a 个人, append-only.
    static func createPayeeKinds(_ db: Database) throws {
        let kinds = PayeeKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE payee (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
                kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                created_at TEXT NOT NULL
            ) STRICT;
            """ + appendOnlyFunds("payee"))
    }
}
