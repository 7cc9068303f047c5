import Domain
import Foundation
import Testing
@testable import Storage

/// The funds through the real migrator: routes at 500.00 / 500.01, who may approve and pay,
/// reversals, and the append-only tables.
@Suite struct FundsTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    @Test func fiveHundredIsLocalAndNeedsTwoDifferentApprovers() throws {
        let record = try f.request("500.00")
        #expect(record.status(rules: FundsFixture.rules) == .awaitingApproval)
        #expect(storageErrorKind { try f.pay(record.id) } == .notPermitted)
        try f.decide(record.id, f.secretary, as: .secretary, reason: "活动必需")
        let done = try f.decide(record.id, f.director, as: .director)
        #expect(done.status(rules: FundsFixture.rules) == .approved)
        let entry = try f.pay(record.id)
        #expect(entry.amount == 50_000 && entry.fundSpentAfter == 50_000 && entry.kind == .payment)
        #expect(try f.book().balance(.party) == 10_000_000 - 50_000)
    }

    @Test func fiveHundredAndOneCentGoesToTheStreetFirst() throws {
        let record = try f.request("500.01")
        #expect(record.status(rules: FundsFixture.rules) == .awaitingReview)
        #expect(throws: StorageError.self) { try f.decide(record.id, f.secretary, as: .secretary) }
        let review = StreetReview(reviewer: "街道财务科 孙科长", reference: "长街审〔2024〕12号", date: FundsFixture.day("2024-03-02"))
        let reviewed = try f.database.recordStreetReview(review, for: record.id, by: f.secretary.id, at: Fixture.start,
                                                         rules: FundsFixture.rules)
        #expect(reviewed.status(rules: FundsFixture.rules) == .awaitingStreetApproval)
        #expect(throws: StorageError.self) { try f.pay(record.id) }
        #expect(try f.streetApprove(record.id).status(rules: FundsFixture.rules) == .approved)
        #expect(try f.pay(record.id).amount == 50_001)
    }

    @Test func aStreetReviewIsRefusedForASmallExpense() throws {
        let record = try f.request("120")
        let review = StreetReview(reviewer: "孙科长", reference: "12号", date: FundsFixture.day("2024-03-02"))
        #expect(storageErrorKind {
            try f.database.recordStreetReview(review, for: record.id, by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
        } == .invalidInput)
    }

    @Test func onePersonHoldingBothRolesCannotApproveTwice() throws {
        let record = try f.request("300")
        try f.decide(record.id, f.both, as: .secretary)
        do {
            try f.decide(record.id, f.both, as: .director)
            Issue.record("a second approval by the same person must be refused")
        } catch let error as StorageError {
            #expect(error.message.contains("一人只计一次"))
        }
        #expect(try f.book().record(record.id)?.status(rules: FundsFixture.rules) == .awaitingApproval)
        try f.decide(record.id, f.director, as: .director)
        #expect(try f.book().record(record.id)?.status(rules: FundsFixture.rules) == .approved)
    }

    @Test func onlyTheRightPeopleApproveAndPay() throws {
        let record = try f.request("200", by: f.director)
        #expect(storageErrorKind { try f.decide(record.id, f.worker, as: .secretary) } == .notPermitted)
        #expect(storageErrorKind { try f.decide(record.id, f.secretary, as: .director) } == .notPermitted)
        #expect(storageErrorKind { try f.decide(record.id, f.director, as: .director) } == .notPermitted, "own request")
        try f.decide(record.id, f.secretary, as: .secretary)
        try f.decide(record.id, f.both, as: .director)
        #expect(storageErrorKind { try f.pay(record.id, by: f.secretary) } == .notPermitted)
        _ = try f.pay(record.id)
        #expect(storageErrorKind { try f.pay(record.id) } == .notPermitted, "paid once")
    }

    @Test func aRefusalNeedsAReasonAndClosesTheExpense() throws {
        let record = try f.request("80")
        #expect(storageErrorKind { try f.decide(record.id, f.secretary, as: .secretary, approve: false) } == .invalidInput)
        let refused = try f.decide(record.id, f.secretary, as: .secretary, approve: false, reason: "不在计划内")
        #expect(refused.status(rules: FundsFixture.rules) == .refused)
        #expect(storageErrorKind { try f.decide(record.id, f.director, as: .director) } == .notPermitted)
    }

    @Test func aReversalRestoresTheBalanceAndBothEntriesStay() throws {
        let record = try f.request("450")
        try f.decide(record.id, f.secretary, as: .secretary)
        try f.decide(record.id, f.director, as: .director)
        try f.pay(record.id)
        #expect(try f.book().balance(.party) == 10_000_000 - 45_000)
        #expect(storageErrorKind {
            try f.database.reversePayment(of: record.id, reason: " ", on: FundsFixture.day("2024-03-04"), by: f.bookkeeper.id,
                                          at: Fixture.start, rules: FundsFixture.rules)
        } == .invalidInput)
        let reversal = try f.database.reversePayment(of: record.id, reason: "票据金额录错", on: FundsFixture.day("2024-03-04"),
                                                     by: f.bookkeeper.id, at: Fixture.start, rules: FundsFixture.rules)
        #expect(reversal.amount == -45_000 && reversal.fundSpentAfter == 0 && reversal.reason == "票据金额录错")
        let book = try f.book()
        #expect(book.balance(.party) == 10_000_000)
        #expect(book.entries.map(\.kind) == [.payment, .reversal])
        #expect(book.record(record.id)?.status(rules: FundsFixture.rules) == .reversed)
        #expect(try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05")).isEmpty)
    }

    @Test func approvedAndPaidRowsCannotBeEdited() throws {
        let record = try f.request("100")
        try f.decide(record.id, f.secretary, as: .secretary)
        for sql in ["UPDATE expense SET amount = 1", "UPDATE expense_decision SET approved = 0", "DELETE FROM expense_decision"] {
            #expect(throws: (any Error).self) { try f.database.rawWrite(sql) }
        }
        #expect(try f.book().record(record.id)?.expense.amount == 10_000)
    }

    @Test func aCategoryOutsideTheFundIsRefusedWithTheRule() throws {
        do {
            try f.request("100", fund: .party, category: .office)
            Issue.record("the party fund may not pay office costs")
        } catch let error as StorageError {
            #expect(error.message.contains("党组织服务群众专项经费不得用于") && error.message.contains("附件一 二(二)"))
        }
        #expect(try f.book().records.isEmpty)
    }

    @Test(arguments: [0, -100, Money.maxFen + 1] as [Int64])
    func anAmountOutsideTheRangeIsRefusedWithMoneysRule(fen: Int64) throws {
        let request = ExpenseRequest(fund: .party, category: .massActivity, project: "重阳节敬老活动", amount: fen, payee: "好邻居文具店",
                                     purpose: "活动用品", payment: .officialCard, date: FundsFixture.day("2024-03-01"), receipts: "",
                                     payeeKind: .organisation)
        do {
            try f.database.requestExpense(request, by: f.worker.id, at: Fixture.start, rules: FundsFixture.rules)
            Issue.record("\(fen) fen must be refused")
        } catch let error as StorageError {
            #expect(error.message == Money.outOfRange)
        }
        #expect(try f.book().records.isEmpty)
    }

    @Test func theSecretarySetsABudgetAndTheLatestCounts() throws {
        try f.database.setBudget(8_000_000, fund: .committee, year: 2024, by: f.secretary.id, at: Fixture.start)
        #expect(storageErrorKind { try f.database.setBudget(1, fund: .committee, year: 2024, by: f.bookkeeper.id, at: Fixture.start) }
                == .notPermitted)
        let book = try f.book()
        #expect(book.budget(.committee) == 8_000_000 && book.budget(.party) == 10_000_000)
    }
}
