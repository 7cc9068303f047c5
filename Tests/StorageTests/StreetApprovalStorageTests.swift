import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// Issue 19: above 500 yuan the street's 审核 and then its 审批 are two records (附件一 三(二)
/// "审核后，按街道、镇相关程序审批"); a review entered before the split counts for both and says so.
@Suite struct StreetApprovalStorageTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    private func review(_ id: Int64, by person: Person) throws {
        try f.database.recordStreetReview(StreetReview(reviewer: "长征镇 自治办", reference: "长街审〔2024〕3号",
                                                       date: FundsFixture.day("2024-03-02")),
                                          for: id, by: person.id, at: Fixture.start, rules: FundsFixture.rules)
    }

    private func approve(_ id: Int64, by person: Person, on date: String = "2024-03-03") throws {
        try f.database.recordStreetApproval(StreetApproval(approver: "长征镇人民政府", reference: "长街批〔2024〕3号",
                                                           date: FundsFixture.day(date)),
                                            for: id, by: person.id, at: Fixture.start, rules: FundsFixture.rules)
    }

    @Test func aReviewedExpenseWaitsForTheStreetsApprovalBeforeItIsPaid() throws {
        let record = try f.request("800")
        try review(record.id, by: f.secretary)
        #expect(try f.book().record(record.id)?.status(rules: FundsFixture.rules) == .awaitingStreetApproval)
        #expect(storageErrorKind { _ = try f.pay(record.id) } != nil)
        try approve(record.id, by: f.director)
        let saved = try #require(try f.book().record(record.id))
        #expect(saved.review?.approval?.reference == "长街批〔2024〕3号")
        #expect(saved.review?.approval?.recordedBy?.id == f.director.id)
        #expect(saved.status(rules: FundsFixture.rules) == .approved)
        #expect(saved.payableFrom == FundsFixture.day("2024-03-03"))
        _ = try f.pay(record.id)
    }

    @Test func theApprovalComesAfterTheReviewOnceByASecretaryOrDirector() throws {
        let record = try f.request("800")
        #expect(storageErrorKind { try approve(record.id, by: f.director) } == .notPermitted)
        try review(record.id, by: f.secretary)
        #expect(storageErrorKind { try approve(record.id, by: f.director, on: "2024-03-01") } == .invalidInput)
        #expect(storageErrorKind { try approve(record.id, by: f.bookkeeper) } == .notPermitted)
        try approve(record.id, by: f.director)
        #expect(storageErrorKind { try approve(record.id, by: f.director) } == .notPermitted)
    }

    @Test func whoeverEnteredTheStreetsApprovalDoesNotPayIt() throws {
        let both = try f.database.addPerson(name: "孙红", roles: [.director, .bookkeeper], zone: nil, pin: nil,
                                            by: f.secretary.id, at: Fixture.start)
        let record = try f.request("800")
        try review(record.id, by: f.secretary)
        try approve(record.id, by: both)
        do {
            try f.pay(record.id, by: both)
            Issue.record("the person who entered the street's approval paid it")
        } catch let error as StorageError {
            #expect(error.message.contains("街道审批记录由 孙红 本人登记，不能再由其支付"))
        }
        #expect(try f.pay(record.id).amount == 80_000, "another bookkeeper pays")
    }

    @Test func theCheckReportsAPaymentMadeOnTheReviewAlone() throws {
        let record = try f.request("800")
        try review(record.id, by: f.secretary)
        try f.database.rawWrite("""
            INSERT INTO ledger_entry (expense_id, kind, amount, date, reason, fund_spent_after, recorded_by, created_at, voucher, method)
            VALUES (?, 'payment', 80000, '2024-03-03', '', 80000, ?, '2024-03-03', 'FP-1', 'officialCard')
            """, [record.id, f.bookkeeper.id])
        let found = try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05"))
        #expect(found.contains { $0.contains("支出 #\(record.id)，但审批路线不完整") && $0.contains("还须按街道、镇相关程序审批") })
    }

    @Test func aReviewEnteredAsOneStepCountsForBoth() throws {
        let record = try f.request("800")
        try f.database.rawWrite("""
            INSERT INTO street_review (expense_id, reviewer, reference, date, recorded_by, created_at, one_step)
            VALUES (?, '长征镇 自治办', '长街审 1 号', '2024-03-02', ?, '2024-03-02', 1)
            """, [record.id, f.secretary.id])
        let saved = try #require(try f.book().record(record.id))
        #expect(saved.review?.oneStep == true)
        #expect(saved.approvalVerdict(rules: FundsFixture.rules).message.contains(ExpenseApproval.oneStepNote))
        #expect(storageErrorKind { try approve(record.id, by: f.director) } == .notPermitted)
        _ = try f.pay(record.id)
    }

    @Test func theMigrationMarksEveryEarlierReviewAsOneStepAndKeepsTheTableAppendOnly() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: Migration.payeeKinds.rawValue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO person (id, name, created_at) VALUES (1, '王书记', 'x');
                INSERT INTO expense (id, year, date, fund, category, project, amount, payee, purpose, payment, requester_id, created_at)
                VALUES (7, 2024, '2024-03-01', 'party', 'massActivity', '', 80000, '店', '用品', 'officialCard', 1, 'x');
                INSERT INTO street_review (expense_id, reviewer, reference, date, recorded_by, created_at)
                VALUES (7, '自治办', '审 1 号', '2024-03-02', 1, 'x');
                """)
        }
        try Schema.migrator.migrate(queue)
        try queue.write { db in
            #expect(try Int.fetchOne(db, sql: "SELECT one_step FROM street_review WHERE expense_id = 7") == 1)
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE street_review SET one_step = 0") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "DELETE FROM street_review") }
            try db.execute(sql: "INSERT INTO street_approval VALUES (7, '办事处', '批 1 号', '2024-03-03', 1, 'x')")
            #expect(throws: DatabaseError.self) { try db.execute(sql: "DELETE FROM street_approval") }
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
        }
    }
}
