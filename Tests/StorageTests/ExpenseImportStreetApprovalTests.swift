import Domain
import Foundation
import Testing
@testable import Storage

/// Issue 19: the expense import carries the street's 审批 in an optional last column 街镇审批编号; a
/// file without the column is read as before the two steps were kept apart (the review stands for both).
@Suite struct ExpenseImportStreetApprovalTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    static let header = "申请日期,经费类别,用途类别,项目,金额,收款方,支付方式,申请人,书记审批,主任审批,街镇审核编号,支付日期,报账员,街镇审批编号\n"
    static let today = FundsFixture.day("2024-06-30")

    func imported(_ body: String, header: String = Self.header) throws -> [ExpenseRecord] {
        let rows = try ExpenseImport.parse(header + body, today: Self.today).get()
        return try f.database.importExpenses(rows, by: f.secretary.id, at: Fixture.start, dryRun: false, rules: FundsFixture.rules)
    }

    @Test func bothStepsAreRecordedAndThePaymentPassesTheCheck() throws {
        let records = try imported("""
            2024-03-02,社区基金会匹配资金,居民自治项目,楼组花园,"1,200.50",绿源园艺公司,银行转账,陈杰,,,长街审〔2024〕12号,2024-03-09,钱会计,长街批〔2024〕12号
            2024-03-03,社区基金会匹配资金,居民自治项目,楼组花园,800,绿源园艺公司,银行转账,陈杰,,,长街审〔2024〕13号,,,

            """)
        let rules = FundsFixture.rules
        #expect(records.map { $0.status(rules: rules) } == [.paid, .awaitingStreetApproval])
        #expect(records[0].review?.approval?.reference == "长街批〔2024〕12号" && records[0].review?.approval?.approver == "长征镇")
        #expect(records[0].review?.oneStep == false && records[1].review?.oneStep == false)
        #expect(try f.database.verifyFunds(rules: rules, today: LocalDate(iso: "2026-12-31")!).isEmpty)
    }

    @Test func aPaidRowWithoutTheApprovalIsRefused() throws {
        #expect(throws: StaffImportFailure.self) {
            try imported("""
                2024-03-02,社区基金会匹配资金,居民自治项目,楼组花园,800,绿源园艺公司,银行转账,陈杰,,,长街审〔2024〕12号,2024-03-09,钱会计,

                """)
        }
        #expect(try f.book().records.isEmpty)
    }

    @Test func anApprovalWithoutAReviewIsRefused() throws {
        #expect(throws: StaffImportFailure.self) {
            try imported("""
                2024-03-02,社区基金会匹配资金,居民自治项目,楼组花园,800,绿源园艺公司,银行转账,陈杰,,,,,,长街批〔2024〕12号

                """)
        }
    }

    @Test func aFileWithoutTheColumnIsReadAsOneStepAndSaysSo() throws {
        let old = "申请日期,经费类别,用途类别,项目,金额,收款方,支付方式,申请人,书记审批,主任审批,街镇审核编号,支付日期,报账员\n"
        let records = try imported("""
            2024-03-02,社区基金会匹配资金,居民自治项目,楼组花园,800,绿源园艺公司,银行转账,陈杰,,,长街审〔2024〕12号,2024-03-09,钱会计

            """, header: old)
        #expect(records[0].status(rules: FundsFixture.rules) == .paid)
        #expect(records[0].review?.oneStep == true)
        #expect(records[0].approvalVerdict(rules: FundsFixture.rules).message.contains(ExpenseApproval.oneStepNote))
    }
}
