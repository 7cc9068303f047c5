import Domain
import Foundation
import Testing
@testable import Storage

/// The year's plan: revisions are kept, an expense outside it is paid only with its 一事一议
/// decision, and in a year without a plan every expense is outside it (原则上不予拨款: it still goes
/// through with its 一事一议 decision).
@Suite struct FundPlanTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture(planned: false) }

    private func line(_ project: String, _ amount: String, revises: Int64? = nil, reason: String = "") throws -> PlanLine {
        try f.database.savePlanLine(PlanLine(id: 0, fund: .party, category: .massActivity, project: project,
                                             amount: FundsFixture.yuan(amount), revises: revises, reason: reason),
                                    year: 2024, by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
    }

    private func approved(_ project: String) throws -> ExpenseRecord {
        let request = ExpenseRequest(fund: .party, category: .massActivity, project: project, amount: FundsFixture.yuan("300"),
                                     payee: "好邻居文具店", purpose: "活动用品", payment: .officialCard, date: FundsFixture.day("2024-03-01"),
                                     payeeKind: .organisation)
        let record = try f.database.requestExpense(request, by: f.worker.id, at: Fixture.start, rules: FundsFixture.rules)
        try f.decide(record.id, f.secretary, as: .secretary)
        return try f.decide(record.id, f.director, as: .director)
    }

    @Test func aRevisionIsANewVersionAndTheOldOneStays() throws {
        let first = try line("重阳节敬老活动", "8000")
        let second = try line("重阳节敬老活动", "9500", revises: first.id, reason: "参加人数增加")
        let plan = try f.book().plan
        #expect(plan.current == [second])
        #expect(plan.history(of: second) == [first])
        #expect(throws: StorageError.self) { try line("重阳节敬老活动", "7000", revises: first.id, reason: "再改旧版") }
        #expect(throws: StorageError.self) { try line("重阳节敬老活动", "7000", revises: second.id) }
    }

    @Test func anExpenseOutsideThePlanIsPaidOnlyWithItsCaseDecision() throws {
        try line("重阳节敬老活动", "8000")
        let inPlan = try approved("重阳节敬老活动")
        try f.pay(inPlan.id)
        let outside = try approved("楼道微更新")
        #expect(throws: StorageError.self) { try f.pay(outside.id) }
        try f.database.recordCaseDecision(CaseDecision(reference: "居民会议纪要 2024-3", date: FundsFixture.day("2024-03-02")),
                                          for: outside.id, by: f.bookkeeper.id, at: Fixture.start, rules: FundsFixture.rules)
        try f.pay(outside.id)
        let book = try f.book()
        #expect(book.spent(onLine: book.plan.current[0]) == FundsFixture.yuan("300"))
    }

    @Test func inAYearWithoutAPlanEveryExpenseIsOutsideItAndSaysSo() throws {
        let record = try approved("楼道微更新")
        let message = "本年度尚未登记经费计划，每笔支出都在计划外：没有列入年度经费计划的支出原则上不予拨款；另行增加的项目须按“一事一议”上报确定并记录决定（附件一 三(一)、三(二)）"
        #expect(try f.book().record(record.id)?.planVerdict(rules: FundsFixture.rules).message == message)
        #expect(throws: StorageError.self) { try f.pay(record.id) }
        try f.database.recordCaseDecision(CaseDecision(reference: "居民会议纪要 2024-3", date: FundsFixture.day("2024-03-02")),
                                          for: record.id, by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
        #expect(try f.book().record(record.id)?.planVerdict(rules: FundsFixture.rules).message
            == "计划外支出（本年度尚未登记经费计划），已按“一事一议”上报确定（居民会议纪要 2024-3，2024-03-02）（附件一 三(一)、三(二)）")
        try f.pay(record.id)
        #expect(try f.database.verifyFunds(rules: FundsFixture.rules, today: FundsFixture.day("2024-03-05")) == [])
    }

    @Test func onlyTheSecretaryOrDirectorEntersThePlan() throws {
        #expect(throws: StorageError.self) {
            try f.database.savePlanLine(PlanLine(id: 0, fund: .party, category: .massActivity, project: "x", amount: 100),
                                        year: 2024, by: f.worker.id, at: Fixture.start, rules: FundsFixture.rules)
        }
    }
}
