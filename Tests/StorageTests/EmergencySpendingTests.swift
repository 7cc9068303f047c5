import Domain
import Foundation
import Testing
@testable import Storage

/// Emergency spending (先行支出、后补手续): paid on a recorded verbal approval, accepted by `check`
/// until the written application (the normal route) is overdue, which the rule set puts at 7 days.
@Suite struct EmergencySpendingTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    private func verbal(_ id: Int64, on day: String = "2024-03-01") throws -> ExpenseRecord {
        try f.database.recordVerbalApproval(VerbalApproval(by: f.secretary, date: FundsFixture.day(day)), for: id,
                                            by: f.bookkeeper.id, at: Fixture.start, rules: FundsFixture.rules)
    }

    private func problems(on day: String) throws -> [String] {
        try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day(day))
    }

    @Test func withoutAVerbalApprovalAnOpenRequestIsNotPaid() throws {
        let record = try f.request("300")
        #expect(throws: StorageError.self) { try f.pay(record.id) }
    }

    @Test func aVerbalApprovalLetsTheBookkeeperPayAndCheckAcceptsItWithinTheDeadline() throws {
        let record = try f.request("300", date: "2024-03-01")
        try verbal(record.id)
        try f.pay(record.id)
        #expect(try f.book().record(record.id)?.status(rules: FundsFixture.rules) == .paid)
        #expect(try problems(on: "2024-03-08") == [])
    }

    @Test func checkFlagsThePaymentOnceTheWrittenApplicationIsOverdue() throws {
        let record = try f.request("300", date: "2024-03-01")
        try verbal(record.id)
        try f.pay(record.id)
        let found = try problems(on: "2024-03-09")
        #expect(found.count == 1)
        #expect(found.first?.contains("已逾期 1 天仍未补交") == true)
        let overdue = try f.book().overdueEmergencies(today: FundsFixture.day("2024-03-09"), rules: FundsFixture.rules)
        #expect(overdue.map(\.id) == [record.id])
    }

    @Test func theApprovalsAfterPaymentFileTheWrittenApplicationAndClearTheFlag() throws {
        let record = try f.request("300", date: "2024-03-01")
        try verbal(record.id)
        try f.pay(record.id)
        try f.decide(record.id, f.secretary, as: .secretary)
        let done = try f.decide(record.id, f.director, as: .director)
        #expect(done.routeCompletedOn(rules: FundsFixture.rules) == FundsFixture.day("2024-03-02"))
        #expect(try problems(on: "2024-04-30") == [])
        let verdict = done.emergencyVerdict(today: FundsFixture.day("2024-04-30"), rules: FundsFixture.rules)
        #expect(verdict?.severity == .ok)
    }

    @Test func aVerbalApprovalIsRecordedOnceAndOnlyOnAnOpenRequest() throws {
        let record = try f.request("300")
        try verbal(record.id)
        #expect(throws: StorageError.self) { try verbal(record.id) }
        let refused = try f.request("200", payee: "另一家")
        try f.decide(refused.id, f.secretary, as: .secretary, approve: false, reason: "不必要")
        #expect(throws: StorageError.self) { try verbal(refused.id) }
    }
}
