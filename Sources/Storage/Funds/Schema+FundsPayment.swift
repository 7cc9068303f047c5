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

    // MARK: - v32

    /// An imported payment without a 付款凭证号 stores none (NULL, marked `voucher_missing`), not a text in its
    /// place; and a payee's 单位/个人 is corrected by a new `payee_correction` row (who, when, why), the latest
    /// one read, never by editing `payee`.
    /// The kinds are written out as they were on the day: a migration never reads today's `PayeeKind`.
    static func addUnvouchedImportPayeeCorrection(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE ledger_entry ADD COLUMN voucher_missing INTEGER NOT NULL DEFAULT 0
                CHECK (voucher_missing IN (0, 1) AND (voucher_missing = 0 OR voucher IS NULL));
            DROP TRIGGER ledger_payment_needs_voucher;
            CREATE TRIGGER ledger_payment_needs_voucher BEFORE INSERT ON ledger_entry
            WHEN NEW.kind = 'payment' AND (NEW.method IS NULL OR (NEW.voucher IS NULL AND NEW.voucher_missing = 0))
            BEGIN SELECT RAISE(ABORT, 'a payment needs its voucher number (or the import''s mark that none was given) and method'); END;
            CREATE TABLE payee_correction (
                id INTEGER PRIMARY KEY,
                payee_id INTEGER NOT NULL REFERENCES payee(id) ON DELETE RESTRICT,
                kind TEXT NOT NULL CHECK (kind IN ('unit', 'person')),
                reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                recorded_by INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX payee_correction_payee ON payee_correction(payee_id, id);
            """ + appendOnlyFunds("payee_correction"))
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
