import Domain
import Foundation
import Testing
@testable import Storage

/// 本程序的做法: local approval needs a 书记 and a 主任, two different people other than the requester.
/// When the committee has no such two (here: the only other 主任 has left and the 主任 asked), the
/// small expense goes to the street: the local approvals are refused, the street review approves it.
@Suite struct LocalPairTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    @Test func theDirectorsOwnSmallRequestGoesToTheStreetWhenNoOtherDirectorCanApprove() throws {
        try f.database.setActive(false, for: f.both.id, by: f.secretary.id, at: Fixture.start)
        let record = try f.request("300", by: f.director)
        #expect(record.route(rules: FundsFixture.rules) == .street)
        #expect(record.status(rules: FundsFixture.rules) == .awaitingReview)
        #expect(throws: StorageError.self) { try f.decide(record.id, f.secretary, as: .secretary) }
        try f.database.recordStreetReview(StreetReview(reviewer: "长寿路街道 自治办", reference: "长街审 9 号",
                                                       date: FundsFixture.day("2024-03-02")),
                                          for: record.id, by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
        try f.streetApprove(record.id)
        try f.pay(record.id)
        #expect(try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05")) == [])
    }

    @Test func withTwoLocalApproversTheStreetReviewIsStillRefusedForASmallExpense() throws {
        let record = try f.request("300", by: f.director)
        #expect(record.route(rules: FundsFixture.rules) == .local)
        #expect(throws: StorageError(.invalidInput, FundsText.reviewOnlyForStreet)) {
            try f.database.recordStreetReview(StreetReview(reviewer: "长寿路街道 自治办", reference: "长街审 9 号",
                                                           date: FundsFixture.day("2024-03-02")),
                                              for: record.id, by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
        }
        try f.decide(record.id, f.secretary, as: .secretary)
        let approved = try f.decide(record.id, f.both, as: .director)
        #expect(approved.status(rules: FundsFixture.rules) == .approved)
    }
}
