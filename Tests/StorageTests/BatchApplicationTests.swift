import Domain
import Foundation
import Testing
@testable import Storage

/// Batch applications (集中申请、分批报销): an application goes to the street whatever its total;
/// instalments are paid against it and never above it; a reversed instalment gives its amount back.
@Suite struct BatchApplicationTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    private func batch(_ total: String) throws -> ExpenseRecord {
        let request = ExpenseRequest(fund: .party, category: .massActivity, project: "社区运动会", amount: FundsFixture.yuan(total),
                                     payee: "曹杨体育用品", purpose: "运动会器材", payment: .bankTransfer,
                                     date: FundsFixture.day("2024-03-01"), payeeKind: .organisation)
        return try f.database.requestBatch(request, by: f.worker.id, at: Fixture.start, rules: FundsFixture.rules)
    }

    private func instalment(_ batchID: Int64, _ amount: String) throws -> ExpenseRecord {
        try f.database.requestInstalment(of: batchID, amount: FundsFixture.yuan(amount), date: FundsFixture.day("2024-03-04"),
                                         receipts: "No.9", by: f.worker.id, at: Fixture.start, rules: FundsFixture.rules)
    }

    @discardableResult
    private func review(_ id: Int64) throws -> ExpenseRecord {
        try f.database.recordStreetReview(StreetReview(reviewer: "长寿路街道 自治办", reference: "长街审 8 号",
                                                       date: FundsFixture.day("2024-03-02")),
                                          for: id, by: f.director.id, at: Fixture.start, rules: FundsFixture.rules)
    }

    private func approvedBatch(_ total: String = "500") throws -> ExpenseRecord {
        let application = try batch(total)
        try review(application.id)
        try f.streetApprove(application.id)
        return application
    }

    @Test func aBatchUnderTheLocalLimitStillGoesToTheStreet() throws {
        let application = try batch("300")
        #expect(application.route(rules: FundsFixture.rules) == .street)
        #expect(application.status(rules: FundsFixture.rules) == .awaitingReview)
        #expect(throws: StorageError.self) { try f.decide(application.id, f.secretary, as: .secretary) }
        #expect(throws: StorageError.self) { try instalment(application.id, "100") }
        let reviewed = try review(application.id)
        #expect(reviewed.approvalVerdict(rules: FundsFixture.rules).need == .streetApproval)
        #expect(throws: StorageError.self) { try instalment(application.id, "100") }
        let approved = try f.streetApprove(application.id)
        #expect(approved.approvalVerdict(rules: FundsFixture.rules).message
            == "集中申请总额 300.00 元（集中申请向街道、镇提出，不论总额）：已经街道、镇相关科室审核（文号 长街审 8 号，2024-03-02），已按街道、镇程序审批（文号 长街批 8 号，2024-03-02）（附件一 三(二)）")
        try f.pay(try instalment(application.id, "100").id)
    }

    @Test func noInstalmentBeforeTheApplicationIsApproved() throws {
        let application = try batch("500")
        #expect(throws: StorageError.self) { try instalment(application.id, "100") }
    }

    @Test func instalmentsFollowTheApplicationAndArePaidWithoutTheirOwnApprovals() throws {
        let application = try approvedBatch()
        let first = try instalment(application.id, "200")
        #expect(first.status(rules: FundsFixture.rules) == .approved)
        #expect(throws: StorageError.self) { try f.decide(first.id, f.both, as: .secretary) }
        try f.pay(first.id)
        #expect(try f.book().remaining(ofBatch: application.id) == FundsFixture.yuan("300"))
        #expect(try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05")) == [])
    }

    @Test func anInstalmentAboveWhatRemainsIsRefusedWithTheSums() throws {
        let application = try approvedBatch()
        try instalment(application.id, "300")
        #expect(throws: StorageError(.notPermitted, "本次 200.01 元 + 已报 300.00 元 = 500.01 元 > 集中申请总额 500.00 元，超出 0.01 元（附件一 三(二)）")) {
            try instalment(application.id, "200.01")
        }
        let last = try instalment(application.id, "200")
        #expect(try f.book().remaining(ofBatch: application.id) == 0)
        try f.pay(last.id)
    }

    @Test func aStreetRouteTotalNeedsTheStreetReviewEvenForSmallInstalments() throws {
        let application = try batch("3000")
        #expect(throws: StorageError.self) { try instalment(application.id, "400") }
        try review(application.id)
        try f.streetApprove(application.id)
        let small = try instalment(application.id, "400")
        try f.pay(small.id)
    }

    @Test func theApplicationItselfIsNeverPaid() throws {
        let application = try approvedBatch()
        #expect(throws: StorageError(.notPermitted, FundsText.batchNotPaidItself)) { try f.pay(application.id) }
    }
}
