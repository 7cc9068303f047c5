import Domain
import Foundation
import Testing
@testable import Storage

/// Who an expense benefits and what kind of cost it is (issue 19): stored with the request, refused
/// by storage where the rules refuse it (and by SQLite where no amount allows it), carried by the
/// import, and flagged by `check` on a paid expense only when the recorded answer says so.
@Suite struct ExpenseNatureTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    /// The storage error of `body`, or nil when it went through.
    func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let error as StorageError { return error.message } catch { return "\(error)" }
    }

    @Test func theAnswersAreStoredAndReadBack() throws {
        let record = try f.request("300", beneficiary: .residents, costKind: .renovation)
        let read = try #require(try f.book().record(record.id))
        #expect(read.expense.beneficiary == .residents && read.expense.costKind == .renovation)
    }

    @Test func aStaffMealFromThePartyFundIsRefusedWithItsClause() throws {
        let message = refusal { try f.request("300", purpose: "工作人员聚餐", beneficiary: .staff) }
        #expect(message?.hasPrefix("党组织服务群众专项经费不得用于工作人员工资福利和其他津补贴") == true)
        #expect(message?.hasSuffix("（附件一 二(二)2）") == true)
        #expect(try f.book().records.isEmpty)
        #expect(refusal { try f.request("300", fund: .committee, category: .communityService, beneficiary: .staff) } == nil)
    }

    @Test(arguments: FundKind.allCases)
    func rentAndLargeRenovationAreRefusedFromEveryFund(fund: FundKind) throws {
        let category = fund.categories[1]
        #expect(refusal { try f.request("300", fund: fund, category: category, beneficiary: .residents, costKind: .rent) }?
            .hasSuffix("（附件一 二(一)）") == true)
        let large = refusal { try f.request("10000.01", fund: fund, category: category, beneficiary: .residents, costKind: .renovation) }
        #expect(large?.contains("本程序取值") == true && large?.contains("视为大型装修") == true)
        #expect(refusal { try f.request("10000", fund: fund, category: category, beneficiary: .residents, costKind: .renovation) } == nil)
    }

    @Test func sqliteItselfRefusesStaffBenefitFromThePartyFundAndRent() throws {
        for (fund, beneficiary, kind) in [("party", "staff", "ordinary"), ("committee", "residents", "rent"), ("party", "other", "propertyBorne")] {
            #expect(throws: (any Error).self) {
                try f.database.rawWrite("""
                    INSERT INTO expense (year, date, fund, category, project, amount, payee, purpose, payment, receipts,
                                         requester_id, created_at, beneficiary, cost_kind)
                    VALUES (2024, '2024-03-01', ?, 'massActivity', '', 100, 'x', 'y', 'cash', '', ?, '2024-03-01', ?, ?)
                    """, [fund, f.worker.id, beneficiary, kind])
            }
        }
    }

    @Test func checkFlagsAPaidStaffBenefitOnlyByTheRecordedAnswer() throws {
        let record = try f.request("300", purpose: "工作人员聚餐")   // an old-style record: no answer, nothing guessed
        try f.decide(record.id, f.secretary, as: .secretary)
        try f.decide(record.id, f.director, as: .director)
        try f.pay(record.id)
        let today = FundsFixture.day("2024-03-05")
        #expect(try f.database.verifyFunds(rules: FundsFixture.rules, today: today) == [])
        try f.database.rawWrite("DROP TRIGGER expense_no_update")
        try f.database.rawWrite("UPDATE expense SET beneficiary = 'staff' WHERE id = ?", [record.id])
        let problems = try f.database.verifyFunds(rules: FundsFixture.rules, today: today)
        #expect(problems.contains { $0.contains("支付了支出 #\(record.id)，按其登记的受益对象、费用性质，该经费不得列支") && $0.contains("（附件一 二(二)2）") })
        #expect(problems.contains { $0.contains("与审计日志记录的申请") })
    }

    @Test func anInstalmentCarriesItsApplicationsAnswers() throws {
        let request = ExpenseRequest(fund: .party, category: .massActivity, project: "社区运动会", amount: FundsFixture.yuan("500"),
                                     payee: "曹杨体育用品", purpose: "运动会器材", payment: .bankTransfer, date: FundsFixture.day("2024-03-01"),
                                     payeeKind: .organisation, beneficiary: .residents, costKind: .ordinary)
        let batch = try f.database.requestBatch(request, by: f.worker.id, at: Fixture.start, rules: FundsFixture.rules)
        try f.database.recordStreetReview(StreetReview(reviewer: "长寿路街道 自治办", reference: "长街审 8 号", date: FundsFixture.day("2024-03-02")),
                                          for: batch.id, by: f.director.id, at: Fixture.start, rules: FundsFixture.rules)
        try f.streetApprove(batch.id)
        let part = try f.database.requestInstalment(of: batch.id, amount: FundsFixture.yuan("100"), date: FundsFixture.day("2024-03-04"),
                                                    receipts: "No.9", by: f.worker.id, at: Fixture.start, rules: FundsFixture.rules)
        let read = try #require(try f.book().record(part.id))
        #expect(read.expense.beneficiary == .residents && read.expense.costKind == .ordinary)
    }

    @Test func theImportCarriesTheOptionalColumnsAndRefusesWhatTheRulesRefuse() throws {
        let header = "申请日期,经费类别,用途类别,项目,金额,收款方,支付方式,申请人,书记审批,主任审批,街镇审核编号,支付日期,受益对象,费用性质\n"
        let ok = "2024-03-01,党组织服务群众专项经费,群众活动类项目,重阳节敬老活动,300,好邻居文具店,公务卡,陈杰,,,,,居民群众,以上都不是\n"
            + "2024-03-01,党组织服务群众专项经费,群众活动类项目,重阳节敬老活动,200,好邻居文具店,公务卡,陈杰,,,,,,"
        let rows = try ExpenseImport.parse(header + ok, today: FundsFixture.day("2024-06-30")).get()
        #expect(rows[0].request.beneficiary == .residents && rows[0].request.costKind == .ordinary)
        #expect(rows[1].request.beneficiary == nil && rows[1].request.costKind == nil)
        let staff = "2024-03-01,党组织服务群众专项经费,群众活动类项目,重阳节敬老活动,300,长寿路食府,公务卡,陈杰,,,,,工作人员,以上都不是"
        let refused = try ExpenseImport.parse(header + staff, today: FundsFixture.day("2024-06-30")).get()
        #expect(throws: StaffImportFailure.self) {
            try f.database.importExpenses(refused, by: f.secretary.id, at: Fixture.start, dryRun: false, rules: FundsFixture.rules)
        }
        guard case .failure(let bad) = ExpenseImport.parse(header + ok.replacingOccurrences(of: "居民群众", with: "居民"),
                                                           today: FundsFixture.day("2024-06-30")) else {
            Issue.record("an unknown 受益对象 was read"); return
        }
        #expect(bad.problems.first?.message.contains("受益对象“居民”不存在：可选 居民群众、工作人员、其他") == true)
    }
}
