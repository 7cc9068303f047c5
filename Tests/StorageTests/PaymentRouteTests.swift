import Domain
import Foundation
import Testing
@testable import Storage

/// Issue 17 item 1: no expense is paid unless its route is complete by the people the standard
/// names (附件一 三(二)、三(三)), on every way in (screen, import, emergency, batch), and `check`
/// reports every paid expense whose route is not.
@Suite struct PaymentRouteTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    /// 2024-03-10 in Shanghai: after the decisions of the fixture, which are dated 2024-03-02.
    static let later = Date(timeIntervalSince1970: 1_710_061_200)

    /// The street's review entered by `person`, then its approval by the 书记.
    private func review(_ id: Int64, by person: Person) throws {
        try f.database.recordStreetReview(StreetReview(reviewer: "长征镇 自治办", reference: "长街审〔2024〕3号",
                                                       date: FundsFixture.day("2024-03-02")),
                                          for: id, by: person.id, at: Fixture.start, rules: FundsFixture.rules)
        try f.streetApprove(id)
    }

    private func problems() throws -> [String] {
        try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05"))
    }

    // MARK: - Street review

    @Test func theBookkeeperCannotEnterTheStreetReviewAndSoCannotPayAboveTheLimit() throws {
        let record = try f.request("6140.28")
        #expect(storageErrorKind { try review(record.id, by: f.bookkeeper) } == .notPermitted)
        #expect(storageErrorKind { try f.pay(record.id) } == .notPermitted)
        try review(record.id, by: f.director)
        #expect(try f.pay(record.id).amount == 614_028)
    }

    @Test func whoeverEnteredTheStreetReviewDoesNotPayIt() throws {
        let both = try f.database.addPerson(name: "孙红", roles: [.director, .bookkeeper], zone: nil, pin: nil,
                                            by: f.secretary.id, at: Fixture.start)
        let record = try f.request("800")
        try review(record.id, by: both)
        do {
            try f.pay(record.id, by: both)
            Issue.record("the person who entered the review paid it")
        } catch let error as StorageError {
            #expect(error.message.contains("街道审核记录由 孙红 本人登记，不能再由其支付"))
        }
        #expect(try f.pay(record.id).amount == 80_000, "another bookkeeper pays")
    }

    // MARK: - Emergency spending

    @Test func aVerbalApprovalIsGivenByASecretaryOrDirectorChosenFromThePeopleWithinTheLimit() throws {
        let record = try f.request("6140.28")
        let typed = VerbalApproval(approver: "随便一个名字", date: FundsFixture.day("2024-03-01"))
        #expect(storageErrorKind {
            try f.database.recordVerbalApproval(typed, for: record.id, by: f.bookkeeper.id, at: Fixture.start, rules: FundsFixture.rules)
        } == .invalidInput)
        let byWorker = VerbalApproval(by: f.worker, date: FundsFixture.day("2024-03-01"))
        #expect(storageErrorKind {
            try f.database.recordVerbalApproval(byWorker, for: record.id, by: f.bookkeeper.id, at: Fixture.start, rules: FundsFixture.rules)
        } == .notPermitted)
        let bySecretary = VerbalApproval(by: f.secretary, date: FundsFixture.day("2024-03-01"))
        do {
            try f.database.recordVerbalApproval(bySecretary, for: record.id, by: f.bookkeeper.id, at: Fixture.start,
                                                rules: FundsFixture.rules)
            Issue.record("a verbal approval above the emergency limit was recorded")
        } catch let error as StorageError {
            #expect(error.message.contains("单笔 6,140.28 元 > 先行支出上限 2,000.00 元"))
        }
        #expect(storageErrorKind { try f.pay(record.id) } == .notPermitted)
        let small = try f.request("300")
        let stored = try f.database.recordVerbalApproval(bySecretary, for: small.id, by: f.bookkeeper.id, at: Fixture.start,
                                                         rules: FundsFixture.rules)
        #expect(stored.verbalApproval?.person?.id == f.secretary.id)
        try f.pay(small.id)
        #expect(try problems().isEmpty)
    }

    @Test func theRequestersOwnVerbalApprovalDoesNotCount() throws {
        let record = try f.request("300", by: f.secretary)
        do {
            try f.database.recordVerbalApproval(VerbalApproval(by: f.secretary, date: FundsFixture.day("2024-03-01")), for: record.id,
                                                by: f.bookkeeper.id, at: Fixture.start, rules: FundsFixture.rules)
            Issue.record("the requester's own verbal approval was recorded")
        } catch let error as StorageError {
            #expect(error.message.contains("是本笔支出的申请人，本人的口头批准不计入"))
        }
        try f.database.recordVerbalApproval(VerbalApproval(by: f.director, date: FundsFixture.day("2024-03-01")), for: record.id,
                                            by: f.bookkeeper.id, at: Fixture.start, rules: FundsFixture.rules)
        try f.pay(record.id)
    }

    @Test func aPaymentOnAnOldTypedVerbalApprovalIsReportedByTheCheck() throws {
        let record = try f.request("300")
        try f.database.rawWrite("""
            INSERT INTO verbal_approval (expense_id, approver, date, recorded_by, created_at) VALUES (?, '随便一个名字', '2024-03-01', ?, '2024-03-01')
            """, [record.id, f.bookkeeper.id])
        #expect(storageErrorKind { try f.pay(record.id) } == .notPermitted)
        try f.database.rawWrite("""
            INSERT INTO ledger_entry (expense_id, kind, amount, date, reason, fund_spent_after, recorded_by, created_at, voucher, method)
            VALUES (?, 'payment', 30000, '2024-03-03', '', 30000, ?, '2024-03-03', 'FP-1', 'officialCard')
            """, [record.id, f.bookkeeper.id])
        #expect(try problems().contains { $0.contains("支出 #\(record.id)，但审批路线不完整") && $0.contains("口头批准人不是在册的书记、主任") })
    }

    // MARK: - The check

    @Test func theCheckReportsAReviewByThePayerAndAPaymentByAPersonWithoutTheBookkeeperRole() throws {
        let reviewed = try f.request("800")
        try f.database.rawWrite("""
            INSERT INTO street_review (expense_id, reviewer, reference, date, recorded_by, created_at)
            VALUES (?, '随便', '随便 1 号', '2024-03-02', ?, '2024-03-02')
            """, [reviewed.id, f.bookkeeper.id])
        let local = try f.request("300")
        try f.decide(local.id, f.secretary, as: .secretary)
        try f.decide(local.id, f.director, as: .director)
        for (id, amount, after, by) in [(reviewed.id, 80_000, 80_000, f.bookkeeper.id), (local.id, 30_000, 110_000, f.secretary.id)] {
            try f.database.rawWrite("""
                INSERT INTO ledger_entry (expense_id, kind, amount, date, reason, fund_spent_after, recorded_by, created_at, voucher, method)
                VALUES (?, 'payment', ?, '2024-03-03', '', ?, ?, '2024-03-03', 'FP-1', 'officialCard')
                """, [id, amount, after, by])
        }
        let found = try problems()
        #expect(found.contains { $0.contains("支出 #\(reviewed.id)，但审批路线不完整") && $0.contains("钱会计 不担任书记、主任") })
        #expect(found.contains { $0.contains("支出 #\(local.id)，但审批路线不完整") && $0.contains("只有报账员可以登记支付和冲销") })
    }

    @Test func theCheckCountsAnApprovalOnlyBySomeoneHoldingTheRoleOnItsDate() throws {
        let late = try f.database.addPerson(name: "周新", roles: [.worker], zone: nil, pin: nil, by: f.secretary.id, at: Fixture.start)
        _ = try f.database.setRoles([.director], for: late.id, by: f.secretary.id, at: Self.later)
        let record = try f.request("300")
        try f.decide(record.id, f.secretary, as: .secretary)
        try f.decide(record.id, late, as: .director)
        try f.pay(record.id)
        #expect(try problems().contains { $0.contains("支出 #\(record.id)，但审批路线不完整") && $0.contains("还缺主任审批") })
    }

    // MARK: - The import

    @Test func anImportedPaymentIsRecordedByTheBookkeeperItNamesNeverTheSecretary() throws {
        let row = "2024-03-01,党组织服务群众专项经费,群众活动类项目,重阳节敬老活动,300,好邻居文具店,公务卡,陈杰,王书记,李主任,,2024-03-05"
        let header = String(ExpenseImportTests.header.dropLast()) + ",报账员\n"
        let noColumn = try ExpenseImport.parse(ExpenseImportTests.header + row + "\n", today: ExpenseImportTests.today).get()
        let notBookkeeper = try ExpenseImport.parse(header + row + ",李主任\n", today: ExpenseImportTests.today).get()
        for rows in [noColumn, notBookkeeper] {
            #expect(throws: StaffImportFailure.self) {
                try f.database.importExpenses(rows, by: f.secretary.id, at: Fixture.start, dryRun: false, rules: FundsFixture.rules)
            }
        }
        let named = try ExpenseImport.parse(header + row + ",钱会计\n", today: ExpenseImportTests.today).get()
        let records = try f.database.importExpenses(named, by: f.secretary.id, at: Fixture.start, dryRun: false,
                                                    rules: FundsFixture.rules)
        #expect(records.first?.payment?.recordedBy == "钱会计")
        #expect(try problems().isEmpty)
    }

    @Test func anImportedApproverMustHoldTheRoleOnTheRequestDate() throws {
        let late = try f.database.addPerson(name: "周新", roles: [.worker], zone: nil, pin: nil, by: f.secretary.id, at: Fixture.start)
        _ = try f.database.setRoles([.director], for: late.id, by: f.secretary.id, at: Self.later)
        let header = String(ExpenseImportTests.header.dropLast()) + ",报账员\n"
        let row = "2024-03-01,党组织服务群众专项经费,群众活动类项目,重阳节敬老活动,300,好邻居文具店,公务卡,陈杰,王书记,周新,,2024-03-05,钱会计\n"
        let rows = try ExpenseImport.parse(header + row, today: ExpenseImportTests.today).get()
        do {
            _ = try f.database.importExpenses(rows, by: f.secretary.id, at: Fixture.start, dryRun: false, rules: FundsFixture.rules)
            Issue.record("an approver who was not the director that day was accepted")
        } catch let failure as StaffImportFailure {
            #expect(failure.problems.map(\.line) == [2])
            #expect(failure.problems.first?.message.contains("主任审批“周新”在 2024-03-01 不担任主任") == true)
        }
        #expect(try f.book().records.isEmpty)
    }
}
