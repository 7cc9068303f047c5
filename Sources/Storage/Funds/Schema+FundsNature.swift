import Domain
import GRDB

/// What a request records from this version on: who the expense benefits and what kind of cost it
/// is (附件一 二(一)、二(二)2). Expenses written before keep NULL in both (未登记) and stay readable;
/// a new row the rules refuse whatever its amount is refused here too: staff benefit or a property
/// company's cost from the party fund, rent from any fund. (A large renovation depends on the rule
/// set's `large_renovation`, 本程序取值, so the storage rules refuse it before the insert.)
extension Schema {
    // MARK: - v30

    /// Adds `expense.beneficiary` and `expense.cost_kind`, and the trigger refusing what no amount allows.
    static func addExpenseBeneficiaryCostKind(_ db: Database) throws {
        let beneficiaries = Beneficiary.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let kinds = CostKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            ALTER TABLE expense ADD COLUMN beneficiary TEXT CHECK (beneficiary IS NULL OR beneficiary IN (\(beneficiaries)));
            ALTER TABLE expense ADD COLUMN cost_kind TEXT CHECK (cost_kind IS NULL OR cost_kind IN (\(kinds)));
            CREATE TRIGGER expense_outside_funds BEFORE INSERT ON expense
            WHEN NEW.cost_kind = '\(CostKind.rent.rawValue)'
              OR (NEW.fund = '\(FundKind.party.rawValue)' AND (NEW.beneficiary = '\(Beneficiary.staff.rawValue)'
                                                               OR NEW.cost_kind = '\(CostKind.propertyBorne.rawValue)'))
            BEGIN SELECT RAISE(ABORT, 'the funds may not pay this expense (附件一 二(一)、二(二)2)'); END;
            """)
    }
}
