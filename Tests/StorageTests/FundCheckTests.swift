import Domain
import Foundation
import Testing
@testable import Storage

/// The ledger check finds rows changed behind the program's back.
@Suite struct FundCheckTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    private func paidExpense() throws -> ExpenseRecord {
        let record = try f.request("300")
        try f.decide(record.id, f.secretary, as: .secretary)
        try f.decide(record.id, f.director, as: .director)
        try f.pay(record.id)
        return record
    }

    @Test func aCleanLedgerHasNoProblems() throws {
        _ = try paidExpense()
        #expect(try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05")) == [])
    }

    @Test func aLedgerAmountChangedBehindTheProgramsBackIsFound() throws {
        _ = try paidExpense()
        try f.database.rawWrite("DROP TRIGGER ledger_entry_no_update")
        try f.database.rawWrite("UPDATE ledger_entry SET amount = 3000")
        let problems = try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05"))
        #expect(problems.contains { $0.contains("按分录重算为 30.00 元") })
        #expect(problems.contains { $0.contains("与审计日志记录的 300.00 元不符") })
    }

    @Test func aPaymentWhoseApprovalWasRemovedIsFound() throws {
        let record = try paidExpense()
        try f.database.rawWrite("DROP TRIGGER expense_decision_no_delete")
        try f.database.rawWrite("DELETE FROM expense_decision WHERE person_id = ?", [f.director.id])
        let problems = try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05"))
        #expect(problems.count == 1)
        #expect(problems.first?.contains("支出 #\(record.id)，但审批路线不完整") == true)
    }

    @Test func aBrokenAuditChainIsFound() throws {
        _ = try paidExpense()
        try f.database.rawWrite("DROP TRIGGER audit_log_no_update")
        try f.database.rawWrite("UPDATE audit_log SET detail = '{}' WHERE id = 2")
        let problems = try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05"))
        #expect(problems.contains { $0.contains("审计日志在第 2 行断链") })
    }
}
